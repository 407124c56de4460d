"""The Qt user interface: the only package that imports PySide6."""

from typing import Any

__all__ = ["MainWindow"]


def __getattr__(name: str) -> Any:
    # Lazy, so that importing a pure helper such as editor_app.ui.offsets does not start Qt.
    if name == "MainWindow":
        from editor_app.ui.main_window import MainWindow

        return MainWindow
    raise AttributeError(name)

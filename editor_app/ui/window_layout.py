"""Where the user left the window: its geometry, the folder dock and toolbar, and the splitters.

Kept in QSettings under ``window/``: ``geometry``, ``state`` (the dock's width and place, the
toolbar), ``splitter`` (the article beside the panels) and ``panels`` (Entities, Quotes, Corrections
one above the other). The dock is hidden again after restoring: it shows when a folder opens, at the
width it had.
"""

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter

DEFAULT_SIZE = (1320, 840)


class WindowLayout:
    def __init__(
        self,
        settings: QSettings,
        window: QMainWindow,
        splitters: dict[str, QSplitter],
        dock: QDockWidget,
    ):
        self.settings = settings
        self.window = window
        self.splitters = splitters
        self.dock = dock

    def _saved(self, key: str) -> QByteArray | None:
        value = self.settings.value(f"window/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def restore(self) -> None:
        geometry = self._saved("geometry")
        if geometry is None or not self.window.restoreGeometry(geometry):
            self.window.resize(*DEFAULT_SIZE)
        state = self._saved("state")
        if state is not None:
            self.window.restoreState(state)
            self.dock.hide()
        for key, splitter in self.splitters.items():
            sizes = self._saved(key)
            if sizes is not None:
                splitter.restoreState(sizes)

    def save(self) -> None:
        self.settings.setValue("window/geometry", self.window.saveGeometry())
        self.settings.setValue("window/state", self.window.saveState())
        for key, splitter in self.splitters.items():
            self.settings.setValue(f"window/{key}", splitter.saveState())

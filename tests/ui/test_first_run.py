"""First run: the window asks for the user's name in a banner, and never blocks with a dialog."""

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from editor_app.storage import sidecar_path
from tests.ui.conftest import press, select_text


def test_the_first_run_asks_for_the_name_in_a_banner_and_uses_it_for_by(
    qtbot: Any, window: Any, sample_article: Path
) -> None:
    assert window.open_article(sample_article)
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    assert QApplication.activeModalWidget() is None
    banner = window.banners.banner("author")
    assert banner is not None
    field = banner.findChild(QLineEdit, "authorField")
    assert field is not None

    qtbot.keyClicks(field, "Ana Reyes")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.banners.banner("author") is None
    assert window.workspace.author() == "Ana Reyes"

    select_text(window, "Chris Magnus")
    press(qtbot, window, Qt.Key.Key_1)
    assert window.workspace.save()
    assert "by: Ana Reyes" in sidecar_path(sample_article).read_text(encoding="utf-8")


def test_with_a_name_there_is_no_banner(qtbot: Any) -> None:
    from PySide6.QtCore import QSettings

    from editor_app.ui.main_window import MainWindow

    QSettings("editor-app", "editor-app").setValue("author", "Ana Reyes")
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.banners.banner("author") is None

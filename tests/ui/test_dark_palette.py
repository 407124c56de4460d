"""On a dark palette: toolbar icons stand out from the toolbar; suggestions are dimmer than what is
confirmed."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from editor_app.model.vocab import Status
from editor_app.ui.main_window import MainWindow

DARK = {
    QPalette.ColorRole.Window: "#2b2b2b",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1e1e1e",
    QPalette.ColorRole.AlternateBase: "#262626",
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#353535",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.Highlight: "#3d7ab8",
    QPalette.ColorRole.HighlightedText: "#ffffff",
}


@pytest.fixture
def dark_window(qtbot: Any, qapp: QApplication) -> Iterator[MainWindow]:
    """The window built under a dark palette (as the system's dark mode gives it at start)."""
    before = QGuiApplication.palette()
    palette = QPalette(before)
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    qapp.setPalette(palette)
    win = MainWindow()
    win.notices.ask_unsaved = lambda _name: QMessageBox.StandardButton.Discard
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    qapp.setPalette(before)


def _lightness(action_icon: Any) -> float:
    """The mean lightness of the icon's drawn pixels (0 black, 1 white)."""
    image = action_icon.pixmap(24, 24).toImage()
    values = [
        image.pixelColor(x, y).lightnessF()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alphaF() > 0.5
    ]
    assert values
    return float(sum(values) / len(values))


@pytest.mark.parametrize("action_id", ["edit.undo", "edit.redo", "file.next"])
def test_toolbar_icons_are_light_on_a_dark_toolbar(dark_window: MainWindow, action_id: str) -> None:
    icon = dark_window.actions_by_id[action_id].icon()
    assert _lightness(icon) > 0.55


def _background_at(win: MainWindow, position: int) -> QColor:
    view = win.article_view
    block = view.document().findBlock(view.offsets.to_utf16(position))
    inside = view.offsets.to_utf16(position) - block.position()
    for piece in block.layout().formats():
        if piece.start <= inside < piece.start + piece.length:
            return piece.format.background().color()
    raise AssertionError(f"nothing painted at {position}")


def test_a_suggested_mention_is_dimmer_than_a_confirmed_one(
    qtbot: Any, dark_window: MainWindow, sample_with_golden_sidecar: Path
) -> None:
    assert dark_window.open_article(sample_with_golden_sidecar)
    where = dark_window.workspace.doc.text.index("Chris Magnus")
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base).lightnessF()
    confirmed = _background_at(dark_window, where)
    model = dark_window.entity_model
    assert model.setData(model.index(0, 3), Status.SUGGESTED)  # the user marks it as a suggestion again
    suggested = _background_at(dark_window, where)
    assert abs(suggested.lightnessF() - base) < abs(confirmed.lightnessF() - base)
    assert suggested != confirmed

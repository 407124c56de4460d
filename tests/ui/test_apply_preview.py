"""Tools > Apply previews every change before writing, and offers the open corrections as well.

Driven as a user would: real files, the real action, the preview opened with ``open()`` (no nested
event loop), checkboxes toggled with the space bar, OK clicked or Enter pressed.
"""

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from editor_app.storage import sidecar_path
from editor_app.storage.documents import open_document
from editor_app.ui.main_window import MainWindow
from tests.storage.test_apply_corrections import sample_with_accepted_corrections
from tests.ui.conftest import press, select_text


def preview_of(window: MainWindow) -> Any:
    """The preview (an ``ApplyPreview``), found as a user finds it: the dialog the action opened."""
    preview = window.findChild(QDialog, "applyPreview")
    assert preview is not None, "Tools > Apply opens the preview"
    assert preview.isVisible()
    return preview


def test_apply_shows_each_change_as_a_diff_and_writes_only_the_checked_ones(
    qtbot: Any, window: MainWindow, sample_article: Path
) -> None:
    sample_with_accepted_corrections(sample_article)
    article_before = sample_article.read_bytes()
    sidecar_before = sidecar_path(sample_article).read_bytes()
    assert window.open_article(sample_article)
    assert window.findChild(QDialog, "applyPreview") is None, "opening an article never opens the preview"

    window.actions_by_id["tools.apply"].trigger()

    preview = preview_of(window)
    assert sample_article.read_bytes() == article_before, "nothing is written before OK"
    rows = {row.change.correction.id: row for row in preview.rows}
    assert list(rows) == ["c-mangus", "c-tuscon", "c-boiler"]
    mangus = rows["c-mangus"]
    assert "name" in mangus.checkbox.text()
    assert "accepted" in mangus.checkbox.text()
    diff = mangus.diff.text()
    assert "that he be fired, " in diff, "the words before the change"
    assert " said. Then," in diff, "the words after it"
    assert ">Mangus</span>" in diff
    assert ">Magnus</span>" in diff
    assert "line-through" in diff
    boiler = rows["c-boiler"].diff.text()
    assert "Only subscribers" in boiler
    assert "(deleted)" in boiler
    assert all(row.checkbox.isChecked() for row in preview.rows), "accepted ones start checked"
    assert preview.ok.text() == "&Apply 3 correction(s)"

    tuscon = rows["c-tuscon"].checkbox
    tuscon.setFocus()
    qtbot.keyClick(tuscon, Qt.Key.Key_Space)
    assert not tuscon.isChecked()
    assert preview.ok.text() == "&Apply 2 correction(s)"
    qtbot.mouseClick(preview.ok, Qt.MouseButton.LeftButton)

    text = sample_article.read_text(encoding="utf-8")
    assert "Mangus" not in text
    assert "Only subscribers" not in text
    assert "Tuscon" in text, "unchecked: not applied"
    statuses = {c.id: c.status for c in open_document(sample_article).document.corrections}
    assert statuses == {"c-mangus": "applied", "c-tuscon": "accepted", "c-boiler": "applied"}
    assert not window.orphans.isVisible(), "the applied deletion is history, not re-anchoring work"
    assert sidecar_path(sample_article).read_bytes() != sidecar_before


def test_cancelling_the_preview_writes_nothing(qtbot: Any, window: MainWindow, sample_article: Path) -> None:
    sample_with_accepted_corrections(sample_article)
    article_before = sample_article.read_bytes()
    assert window.open_article(sample_article)
    window.actions_by_id["tools.apply"].trigger()
    preview = preview_of(window)
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
    assert not preview.isVisible()
    assert sample_article.read_bytes() == article_before
    assert all(c.status == "accepted" for c in window.workspace.doc.corrections)


def test_apply_offers_an_open_correction_made_with_c_unchecked_until_chosen(
    qtbot: Any, window: MainWindow, sample_article: Path
) -> None:
    assert window.open_article(sample_article)
    select_text(window, "Mangus")
    press(qtbot, window, Qt.Key.Key_C)
    popup = window.correction_popup
    qtbot.keyClicks(popup.replacement, "Magnus")
    qtbot.keyClick(popup.replacement, Qt.Key.Key_Return)
    [correction] = window.workspace.doc.corrections
    assert correction.status == "open"

    window.actions_by_id["tools.apply"].trigger()

    preview = preview_of(window)
    [row] = preview.rows
    assert row.change.correction.id == correction.id
    assert not row.checkbox.isChecked(), "an open correction is offered, not pre-checked"
    assert not preview.ok.isEnabled()
    row.checkbox.setFocus()
    qtbot.keyClick(row.checkbox, Qt.Key.Key_Space)
    assert preview.ok.isEnabled()
    qtbot.keyClick(row.checkbox, Qt.Key.Key_Return)  # the default button: OK

    assert "Mangus" not in sample_article.read_text(encoding="utf-8")
    [applied] = open_document(sample_article).document.corrections
    assert (applied.status, applied.was, applied.span.text) == ("applied", "Mangus", "Magnus")

"""The document's note and an entity's link, edited in the window as undoable edits."""

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from editor_app.storage import sidecar_path


def test_the_document_note_is_edited_in_the_status_bar_and_undone(
    qtbot: Any, window: Any, sample_with_golden_sidecar: Path
) -> None:
    assert window.open_article(sample_with_golden_sidecar)
    field = window.findChild(QLineEdit, "documentNote")
    assert field is not None
    assert field.text() == window.workspace.doc.note
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Check the quote with the AP")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.workspace.doc.note == "Check the quote with the AP"
    assert window.workspace.save()
    assert "note: Check the quote with the AP" in sidecar_path(sample_with_golden_sidecar).read_text()

    window.workspace.undo_stack.undo()
    assert window.workspace.doc.note != "Check the quote with the AP"
    assert field.text() == window.workspace.doc.note


def test_an_entity_link_is_edited_in_the_entities_panel_and_undone(
    qtbot: Any, window: Any, sample_with_golden_sidecar: Path
) -> None:
    assert window.open_article(sample_with_golden_sidecar)
    model = window.entity_model
    columns = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    link = columns.index("Link")
    before = window.workspace.doc.entities[0].link
    view = window.entities_panel
    index = model.index(0, link)
    view.setCurrentIndex(index)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)  # edit the cell, as a user would
    editor = view.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "wikidata:Q6035000")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits the editor's text once back in the loop

    qtbot.waitUntil(lambda: window.workspace.doc.entities[0].link == "wikidata:Q6035000")
    assert model.index(0, link).data() == "wikidata:Q6035000"
    assert window.workspace.save()
    assert 'link: "wikidata:Q6035000"' in sidecar_path(sample_with_golden_sidecar).read_text()
    window.workspace.undo_stack.undo()
    assert window.workspace.doc.entities[0].link == before
    assert before != "wikidata:Q6035000"

"""The panels keep up with edits row by row: the entity tree (a QStandardItemModel whose mentions are
filled in when an entity is first expanded) and the quote table (only rows naming a renamed speaker
are repainted)."""

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from editor_app.model.edits import AddMention, Relabel, RemoveRecord, ReplaceRecord
from editor_app.model.records import Entity
from editor_app.storage.documents import open_document, save_document
from editor_app.ui.item_models import MentionRole, RecordIdRole, SpanRole
from editor_app.ui.main_window import MainWindow
from tests.builders import annotated_sample, find


def open_sample(window: MainWindow, article: Path) -> None:
    opened = open_document(article)
    opened.document = annotated_sample(article)
    save_document(opened)
    assert window.open_article(article)


def magnus(window: MainWindow) -> Entity:
    entity = window.workspace.doc.entity("e-magnus")
    assert entity is not None
    return entity


def mention_rows(window: MainWindow, top: QModelIndex) -> list[tuple[str, str, tuple[int, int]]]:
    model = window.entity_model
    return [
        (
            model.index(row, 0, top).data(),
            model.index(row, 2, top).data(),
            model.index(row, 3, top).data(MentionRole),
        )
        for row in range(model.rowCount(top))
    ]


def test_expanding_an_entity_shows_its_mentions_with_their_ids_on_every_cell(
    qtbot: Any, window: MainWindow, sample_article: Path
) -> None:
    open_sample(window, sample_article)
    model = window.entity_model
    top = model.index_of("e-magnus")
    assert model.rowCount(top) == 3
    assert model.hasChildren(top)
    window.entities_panel.expand(top)
    mentions = magnus(window).mentions
    assert mention_rows(window, top) == [(m.text, f"{m.start}-{m.end}", (m.start, m.end)) for m in mentions]
    for column in range(model.columnCount(top)):
        cell = model.index(1, column, top)
        assert cell.data(RecordIdRole) == "e-magnus"
        assert cell.data(SpanRole) == (mentions[1].start, mentions[1].end)
        assert not cell.flags() & Qt.ItemFlag.ItemIsEditable


def test_a_mention_is_found_in_the_tree_before_its_entity_was_ever_expanded(
    qtbot: Any, window: MainWindow, sample_article: Path
) -> None:
    open_sample(window, sample_article)
    last = magnus(window).mentions[-1]
    index = window.entity_model.index_of("e-magnus", (last.start, last.end))
    assert index.parent() == window.entity_model.index_of("e-magnus")
    assert index.data(MentionRole) == (last.start, last.end)
    assert index.data() == last.text
    assert window.entity_model.mention_at(index) == last


def test_mentions_added_to_an_expanded_and_to_a_collapsed_entity_show_up(
    qtbot: Any, window: MainWindow, sample_article: Path
) -> None:
    open_sample(window, sample_article)
    model = window.entity_model
    text = window.workspace.doc.text
    start = find(text, "Magnus", 1)
    assert window.workspace.push(AddMention("e-magnus", start, start + 6))
    top = model.index_of("e-magnus")
    assert model.rowCount(top) == 4
    assert top.siblingAtColumn(2).data() == "4"
    window.entities_panel.expand(top)
    assert [row[1] for row in mention_rows(window, top)] == [
        f"{m.start}-{m.end}" for m in magnus(window).mentions
    ]
    window.workspace.undo_stack.undo()
    top = model.index_of("e-magnus")
    assert model.rowCount(top) == 3
    assert len(mention_rows(window, top)) == 3
    assert all(row[0] for row in mention_rows(window, top))  # filled, not blank


def test_relabelling_renaming_and_deleting_update_the_row(
    qtbot: Any, window: MainWindow, sample_article: Path
) -> None:
    open_sample(window, sample_article)
    model = window.entity_model
    assert window.workspace.push(Relabel("e-magnus", "ORG"))
    top = model.index_of("e-magnus")
    assert top.siblingAtColumn(1).data() == "ORG"
    assert top.data(Qt.ItemDataRole.DecorationRole) == QColor(window.workspace.schema.get("ORG").colour)

    # Editing the name cell goes through the undo stack.
    assert model.setData(top, "C. Magnus", Qt.ItemDataRole.EditRole)
    assert magnus(window).name == "C. Magnus"
    assert model.index_of("e-magnus").data() == "C. Magnus"
    window.workspace.undo_stack.undo()
    assert model.index_of("e-magnus").data() == "Chris Magnus"

    rows = model.rowCount()
    assert window.workspace.push(RemoveRecord("e-magnus"))
    assert model.rowCount() == rows - 1
    assert not model.index_of("e-magnus").isValid()
    window.workspace.undo_stack.undo()
    assert model.rowCount() == rows
    assert model.index_of("e-magnus").data(RecordIdRole) == "e-magnus"


def test_renaming_a_speaker_repaints_only_the_quotes_it_speaks(
    qtbot: Any, window: MainWindow, sample_article: Path
) -> None:
    open_sample(window, sample_article)
    quotes = window.quote_model
    changed: list[tuple[int, int, int, int]] = []
    quotes.dataChanged.connect(lambda a, b, *_: changed.append((a.row(), a.column(), b.row(), b.column())))
    assert window.workspace.push(Relabel("e-magnus", "ORG"))
    assert changed == []  # the label is not shown in the quotes panel
    assert window.workspace.push(ReplaceRecord(replace(magnus(window), name="Christopher Magnus")))
    row = quotes.row_of("q-excited")
    assert changed == [(row, 1, row, 1)]
    assert quotes.index(row, 1).data() == "Christopher Magnus"


def test_the_entity_model_passes_the_model_tester_with_expanded_entities(
    qtbot: Any, qtmodeltester: Any, window: MainWindow, sample_article: Path
) -> None:
    open_sample(window, sample_article)
    window.entities_panel.expandAll()
    qtmodeltester.check(window.entity_model, force_py=True)
    text = window.workspace.doc.text
    start = find(text, "Magnus", 1)
    assert window.workspace.push(AddMention("e-magnus", start, start + 6))
    window.workspace.undo_stack.undo()
    window.workspace.undo_stack.redo()

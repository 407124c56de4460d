"""An entity of thousands of mentions stays fast to edit: relabelling it repaints what is seen now and
the rest when shown, and its mention rows fill in batches; an edit touches only the rows that changed."""

from pathlib import Path
from typing import Any

from PySide6.QtGui import QColor

from editor_app.model.edits import AddMention, Relabel
from editor_app.model.records import Entity
from editor_app.ui.item_models import FILL_BATCH
from editor_app.ui.main_window import MainWindow

WRITER = "editor_app.ui.recovery_writer"


def big(window: MainWindow) -> Entity:
    entity = window.workspace.doc.entity("e-big00000")
    assert entity is not None
    return entity


def background_at(window: MainWindow, position: int) -> str:
    """The background colour the highlighter gave the character at ``position`` ("" for none)."""
    view = window.article_view
    at = view.offsets.to_utf16(position)
    block = view.document().findBlock(at)
    for piece in block.layout().formats():
        if piece.start <= at - block.position() < piece.start + piece.length:
            brush = piece.format.background()
            return brush.color().name() if brush.style().value else ""
    return ""


def test_relabelling_a_huge_entity_repaints_what_is_seen_now_and_the_rest_when_shown(
    qtbot: Any, window: MainWindow, long_article: Path
) -> None:
    assert window.open_article(long_article)
    view = window.article_view
    person = QColor(window.workspace.schema.get("PERSON").colour).name()
    gpe = QColor(window.workspace.schema.get("GPE").colour).name()
    first, last = view.visible_range()
    mentions = big(window).mentions
    seen = next(m for m in mentions if first <= m.start and m.end <= last)
    far = mentions[-1]
    assert far.start > last
    assert background_at(window, seen.start) == person
    assert background_at(window, far.start) == person
    assert window.workspace.push(Relabel("e-big00000", "GPE"))
    assert background_at(window, seen.start) == gpe  # on screen: at once
    assert background_at(window, far.start) == person  # not seen yet: when it is painted
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    view.viewport().repaint()
    assert background_at(window, far.start) == gpe


def test_a_huge_entity_fills_its_mention_rows_in_batches_and_edits_touch_one_row(
    qtbot: Any, window: MainWindow, long_article: Path
) -> None:
    assert window.open_article(long_article)
    model = window.entity_model
    mentions = big(window).mentions
    late = mentions[FILL_BATCH + 10]
    index = model.index_of("e-big00000", (late.start, late.end))  # as selecting the mention does
    assert index.data() == late.text
    top = model.item(model.row_of("e-big00000"), 0)
    assert top.child(FILL_BATCH + 10, 0) is not None
    assert model.filling()  # the other batches come from a timer
    qtbot.waitUntil(lambda: not model.filling(), timeout=5000)
    assert all(top.child(row, 0) is not None for row in range(len(mentions)))
    kept = top.child(0, 0)
    text = window.workspace.doc.text
    free = next(
        (n, n + len("Magnus"))
        for n in range(len(text))
        if text.startswith("Magnus", n) and (n, n + 6) not in {(m.start, m.end) for m in mentions}
    )
    assert window.workspace.push(AddMention("e-big00000", *free))
    assert top.child(0, 0) is kept  # one row inserted, none rebuilt
    assert top.rowCount() == len(mentions) + 1
    rows = [top.child(row, 0).text() for row in range(top.rowCount())]
    assert rows == [m.text for m in big(window).mentions]

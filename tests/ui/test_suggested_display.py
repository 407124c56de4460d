"""Suggestions look different from confirmed annotations; rejected and orphaned spans are not painted."""

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtGui import QColor, QTextCharFormat, QTextLayout

from editor_app.model import Document, Entity, Mention, Quote
from editor_app.model.edits import ReplaceRecord
from editor_app.storage import read_article
from editor_app.storage.documents import open_document, save_document
from editor_app.ui.highlighter import QUOTE_COLOUR
from editor_app.ui.main_window import MainWindow
from tests.builders import mention, span

DASHED = QTextCharFormat.UnderlineStyle.DashUnderline


def formats_over(window: MainWindow, start: int, end: int) -> list[QTextLayout.FormatRange]:
    """The highlighter's format ranges that overlap ``start:end`` (code points) in the article view."""
    view = window.article_view
    a, b = view.offsets.to_utf16(start), view.offsets.to_utf16(end)
    block = view.document().findBlock(a)
    found = []
    for fr in block.layout().formats():
        lo = block.position() + fr.start
        if lo < b and a < lo + fr.length:
            found.append(fr)
    return found


def open_with(window: MainWindow, article: Path, doc: Document) -> None:
    opened = open_document(article)
    opened.document = doc
    save_document(opened)
    assert window.open_article(article)


def sample_doc(article: Path) -> Document:
    doc = Document(article=read_article(article), file_name=article.name)
    doc.entities = [
        Entity(
            id="e-magnus",
            label="PERSON",
            name="Chris Magnus",
            status="suggested",
            by="rule:title",
            mentions=(mention(doc, "Chris Magnus"),),
        ),
        Entity(
            id="e-mayorkas",
            label="PERSON",
            name="Alejandro Mayorkas",
            status="rejected",
            by="rule:title",
            mentions=(mention(doc, "Alejandro Mayorkas"),),
        ),
    ]
    return doc


def test_a_suggested_entity_is_dashed_and_faded_and_a_rejected_one_is_not_painted(
    qtbot: Any, window: MainWindow, sample_article: Path
) -> None:
    doc = sample_doc(sample_article)
    suggested, rejected = (e.mentions[0] for e in doc.entities)
    open_with(window, sample_article, doc)
    label = QColor(window.workspace.schema.get("PERSON").colour)

    painted = formats_over(window, suggested.start, suggested.end)
    assert painted, "the suggested mention is not highlighted"
    for fr in painted:
        fmt = fr.format
        assert fmt.underlineStyle() == DASHED
        assert fmt.underlineColor() == label
        background = fmt.background().color()
        assert background != label
        assert background.lightness() > label.lightness()  # faded towards white

    assert formats_over(window, rejected.start, rejected.end) == []


def test_accepting_a_suggestion_paints_it_like_any_confirmed_entity(
    qtbot: Any, window: MainWindow, sample_article: Path
) -> None:
    doc = sample_doc(sample_article)
    doc.entities = doc.entities[:1]
    open_with(window, sample_article, doc)
    entity = doc.entities[0]
    assert window.workspace.push(ReplaceRecord(replace(entity, status="confirmed")))
    first = entity.mentions[0]
    painted = formats_over(window, first.start, first.end)
    assert painted
    label = QColor(window.workspace.schema.get("PERSON").colour)
    for fr in painted:
        assert fr.format.underlineStyle() != DASHED
        assert fr.format.background().color() == label


def test_suggested_quotes_are_dashed_rejected_quotes_and_orphaned_mentions_are_not_painted(
    qtbot: Any, window: MainWindow, sample_article: Path
) -> None:
    doc = Document(article=read_article(sample_article), file_name=sample_article.name)
    excited = span(doc, "I am excited about the progress")
    retention = span(doc, "retention")
    doc.quotes = [
        Quote(id="q-excited", span=excited, kind="direct", status="suggested", by="rule:quotes"),
        Quote(id="q-retention", span=retention, kind="scare", status="rejected", by="rule:quotes"),
    ]
    # A mention whose words are no longer at its offsets: kept and listed, never painted over other words.
    tien = mention(doc, "Tien")
    orphan = Mention(tien.start, tien.end, "Ortiz", orphaned=True)
    doc.entities = [Entity(id="e-ortiz", label="PERSON", name="Raul Ortiz", mentions=(orphan,))]
    open_with(window, sample_article, doc)

    painted = formats_over(window, excited.start, excited.end)
    assert painted
    assert all(fr.format.underlineStyle() == DASHED for fr in painted)
    assert all(fr.format.underlineColor() == QUOTE_COLOUR for fr in painted)
    assert formats_over(window, retention.start, retention.end) == []
    assert window.workspace.doc.entities[0].mentions[0].orphaned
    assert formats_over(window, tien.start, tien.end) == []

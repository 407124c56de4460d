"""Annotations follow the words when the article is edited: each lands on the same words or is orphaned."""

import re
from dataclasses import replace
from pathlib import Path

import pytest

from editor_app.model import Correction, Document, Entity, Mention, Quote, Span
from editor_app.model.anchoring import reanchor
from editor_app.storage import read_article
from editor_app.storage.documents import open_document, save_document

Piece = tuple[int, int] | str  # a slice of the old text, or new text


def fully_annotated(article: Path) -> Document:
    """Every occurrence of the names, every quote with its cue, the corrections, the boilerplate."""
    doc = Document(article=read_article(article), file_name=article.name)
    text = doc.text
    entities = []
    for index, (label, pattern) in enumerate(
        [("PERSON", r"Magnus|Mangus"), ("PERSON", r"Mayorkas"), ("PERSON", r"Ortiz"), ("ORG", r"DHS|Times")]
    ):
        mentions = tuple(Mention(m.start(), m.end(), m.group()) for m in re.finditer(pattern, text))
        entities.append(Entity(id=f"e-{index}", label=label, name=mentions[0].text, mentions=mentions))
    doc.entities = entities
    quotes = []
    for index, match in enumerate(re.finditer(r"“([^”]+?)[,.]?”[^\n]*?\b(said)\b", text)):
        quotes.append(
            Quote(
                id=f"q-{index}",
                span=Span(match.start(1), match.end(1), match.group(1)),
                speaker="e-0",
                cue=Span(match.start(2), match.end(2), "said"),
            )
        )
    doc.quotes = quotes
    boiler = text.index("Only subscribers")
    doc.corrections = [
        Correction(
            id="c-mangus", span=doc.span(text.index("Mangus"), text.index("Mangus") + 6), replacement="Magnus"
        ),
        Correction(
            id="c-tuscon", span=doc.span(text.index("Tuscon"), text.index("Tuscon") + 6), replacement="Tucson"
        ),
        Correction(id="c-boiler", span=doc.span(boiler, len(text)), category="boilerplate"),
    ]
    assert len(list(doc.spans())) > 30
    return doc


def edit(old: str, pieces: list[Piece]) -> tuple[str, dict[int, int]]:
    """The new text made of ``pieces``, and where each kept old offset went."""
    new, where = "", dict[int, int]()
    for piece in pieces:
        if isinstance(piece, str):
            new += piece
        else:
            a, b = piece
            for offset in range(a, b + 1):
                where.setdefault(offset, len(new) + offset - a)
            new += old[a:b]
    return new, where


def line_start(text: str, line: int) -> int:
    return sum(len(x) + 1 for x in text.split("\n")[: line - 1])


def check_every_span(before: Document, after: Document, where: dict[int, int]) -> tuple[int, int]:
    """Assert no span moved onto other words; return (placed, orphaned)."""
    placed = orphaned = 0
    for old, new in zip(before.spans(), after.spans(), strict=True):
        expected = (
            where.get(old.start)
            if where.get(old.end) == (where.get(old.start) or 0) + len(old.text)
            else None
        )
        if new.orphaned:
            orphaned += 1
            continue
        assert expected is not None, f"{old.text!r} was placed at {new.start} although its words were edited"
        assert (new.start, new.end) == (expected, expected + len(old.text)), old.text
        assert after.text[new.start : new.end] == old.text
        placed += 1
    return placed, orphaned


@pytest.fixture
def annotated(sample_article: Path) -> tuple[Path, Document]:
    return sample_article, fully_annotated(sample_article)


def reanchored(doc: Document, new_text: str) -> Document:
    after = replace(doc, article=replace(doc.article, text=new_text))
    reanchor(after, doc.text)
    return after


def reopen_after(article: Path, doc: Document, new_text: str) -> Document:
    opened = open_document(article)
    opened.document.entities, opened.document.quotes, opened.document.corrections = (
        doc.entities,
        doc.quotes,
        doc.corrections,
    )
    save_document(opened)  # keeps a snapshot of the text the offsets refer to
    article.write_text(new_text, encoding="utf-8")
    reopened = open_document(article)
    assert reopened.anchoring is not None
    assert "changed since its annotations were saved" in reopened.warnings[0].message
    return reopened.document


def test_a_paragraph_inserted_at_the_top_moves_every_span_with_its_words(annotated):
    article, doc = annotated
    new, where = edit(
        doc.text, ["EDITOR'S NOTE: This story was updated with Magnus's statement.\n\n", (0, len(doc.text))]
    )
    after = reopen_after(article, doc, new)
    assert not any(s.orphaned for s in after.spans())
    for span in after.spans():
        assert after.text[span.start : span.end] == span.text
    _, orphaned = check_every_span(doc, reanchored(doc, new), where)
    assert orphaned == 0


def test_a_rewritten_sentence_orphans_only_the_spans_inside_it(annotated):
    _, doc = annotated
    old = doc.text
    sentence = (
        "On Wednesday, Mayorkas told Magnus he had lost confidence in Magnus "
        "in a conversation between the two."
    )
    start = old.index(sentence)
    rewrite = "Mayorkas told Magnus on Wednesday that he no longer had confidence in him."
    new, where = edit(old, [(0, start), rewrite, (start + len(sentence), len(old))])
    kept = "Mayorkas told Magnus"  # these words survive the rewrite, with their context
    for offset in range(len(kept) + 1):
        where[old.index(kept) + offset] = start + offset
    after = reanchored(doc, new)
    placed, orphaned = check_every_span(doc, after, where)
    assert orphaned <= 3  # the names inside the rewritten sentence, at most
    assert placed >= len(list(doc.spans())) - 3


def test_mangus_fixed_by_hand_orphans_the_misspelt_span_and_nothing_else(annotated):
    _, doc = annotated
    old = doc.text
    at = old.index("Mangus")
    new, where = edit(old, [(0, at), "Magnus", (at + 6, len(old))])
    after = reanchored(doc, new)
    _, orphaned = check_every_span(doc, after, where)
    assert orphaned == 2  # the Mangus mention and the Mangus correction: their words are gone
    assert {s.text for s in after.spans() if s.orphaned} == {"Mangus"}


def test_deleting_the_boilerplate_orphans_only_the_boilerplate_correction(annotated):
    _, doc = annotated
    old = doc.text
    at = old.index("\n\nOnly subscribers")
    new, where = edit(old, [(0, at), "\n"])
    after = reanchored(doc, new)
    check_every_span(doc, after, where)
    assert [s.text[:16] for s in after.spans() if s.orphaned] == ["Only subscribers"]


def test_a_moved_paragraph_takes_its_spans_along(annotated):
    _, doc = annotated
    old = doc.text
    p13, p15, p18 = line_start(old, 13), line_start(old, 15), line_start(old, 18)
    # swap the Wednesday and Tuesday paragraphs
    new, where = edit(old, [(0, p13), (p15, p18 - 2), "\n\n", (p13, p15 - 1), (p18 - 2, len(old))])
    after = reanchored(doc, new)
    _, orphaned = check_every_span(doc, after, where)
    assert orphaned <= 3


def test_without_the_old_text_spans_are_kept_only_where_unambiguous(sample_article):
    doc = fully_annotated(sample_article)
    edited = replace(doc, article=replace(doc.article, text="Update: Mayorkas spoke.\n\n" + doc.text))
    report = reanchor(edited, None)
    assert report.without_old_text
    for span in edited.spans():
        if not span.orphaned:
            assert edited.text[span.start : span.end] == span.text

"""Edits apply to and revert from a pure Document, and say what they changed."""

from pathlib import Path

import pytest

from editor_app.model import Document, Entity, Mention
from editor_app.model.changes import ChangeSet, Session
from editor_app.model.edits import (
    AddMention,
    Compound,
    EditError,
    MergeEntities,
    Relabel,
    RemoveMention,
    RemoveRecord,
    ReplaceRecord,
    ResizeSpan,
    SetDocumentStatus,
    SplitMention,
    mark_all_occurrences,
    new_correction,
    new_entity,
    new_quote,
)
from editor_app.model.selection import occurrences
from editor_app.storage import read_article
from tests.builders import annotated_sample, find


@pytest.fixture
def doc(sample_article: Path) -> Document:
    return Document(article=read_article(sample_article), file_name=sample_article.name)


def snapshot(doc: Document) -> tuple[object, ...]:
    return (list(doc.entities), list(doc.quotes), list(doc.corrections), doc.status)


def chris_magnus(doc: Document) -> Entity:
    start = find(doc.text, "Chris Magnus")
    session = Session(doc)
    session.apply(new_entity(doc, "PERSON", start, start + 12))
    return doc.entities[0]


def test_adding_an_entity_and_reverting_it_leaves_the_document_as_it_was(doc: Document) -> None:
    before = snapshot(doc)
    start = find(doc.text, "Chris Magnus")
    edit = new_entity(doc, "PERSON", start, start + 12, by="Ana")
    changes = edit.apply(doc)
    assert [c.kind for c in changes.records()] == ["inserted"]
    assert doc.entities[0].name == "Chris Magnus"
    assert doc.entities[0].mentions[0].text == "Chris Magnus"
    assert [(s.start, s.end) for s in changes.spans()] == [(start, start + 12)]
    reverted = edit.revert(doc)
    assert [c.kind for c in reverted.records()] == ["removed"]
    assert snapshot(doc) == before


def test_an_edit_replays_the_same_steps_after_undo(doc: Document) -> None:
    start = find(doc.text, "Chris Magnus")
    edit = new_entity(doc, "PERSON", start, start + 12)
    edit.apply(doc)
    after = snapshot(doc)
    edit.revert(doc)
    edit.apply(doc)
    assert snapshot(doc) == after


def test_mark_all_occurrences_skips_those_inside_the_entitys_mentions(doc: Document) -> None:
    magnus = chris_magnus(doc)
    edit = mark_all_occurrences(doc, magnus.id, occurrences(doc.text, "Magnus"))
    total = len(list(occurrences(doc.text, "Magnus")))
    assert len(edit) == total - 1
    edit.apply(doc)
    mentions = doc.entities[0].mentions
    assert len(mentions) == total
    assert all(doc.text[m.start : m.end] == m.text for m in mentions)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    edit.revert(doc)
    assert doc.entities[0] == magnus


def test_a_compound_edit_reverts_in_reverse_order(doc: Document) -> None:
    magnus = chris_magnus(doc)
    first, second = list(occurrences(doc.text, "Magnus"))[1:3]
    edit = Compound("two", [AddMention(magnus.id, *first), AddMention(magnus.id, *second)])
    edit.apply(doc)
    assert len(doc.entities[0].mentions) == 3
    edit.revert(doc)
    assert doc.entities == [magnus]


def test_removing_the_last_mention_removes_the_entity_and_clears_its_quotes(sample_article: Path) -> None:
    doc = annotated_sample(sample_article)
    for mention in doc.entities[0].mentions[:-1]:
        RemoveMention("e-magnus", mention.start, mention.end).apply(doc)
    last = doc.entities[0].mentions[0]
    edit = RemoveMention("e-magnus", last.start, last.end)
    edit.apply(doc)
    assert doc.entities == []
    assert doc.quotes[0].speaker is None
    edit.revert(doc)
    assert doc.quotes[0].speaker == "e-magnus"


def test_merging_moves_mentions_and_speakers_to_the_kept_entity(sample_article: Path) -> None:
    doc = annotated_sample(sample_article)
    start = find(doc.text, "Alejandro Mayorkas")
    new_entity(doc, "PERSON", start, start + 18).apply(doc)
    other = doc.entities[1]
    before = snapshot(doc)
    edit = MergeEntities(other.id, ["e-magnus"])
    edit.apply(doc)
    assert [e.id for e in doc.entities] == [other.id]
    assert len(doc.entities[0].mentions) == 4
    assert doc.quotes[0].speaker == other.id
    edit.revert(doc)
    assert sorted(map(repr, snapshot(doc)[0])) == sorted(map(repr, before[0]))  # type: ignore[call-overload]
    assert doc.quotes[0].speaker == "e-magnus"


def test_splitting_a_mention_makes_a_new_entity_named_after_it(sample_article: Path) -> None:
    doc = annotated_sample(sample_article)
    mangus = doc.entities[0].mentions[-1]
    edit = SplitMention("e-magnus", mangus.start, mangus.end, "e-new")
    edit.apply(doc)
    new = doc.entity("e-new")
    assert new is not None
    assert (new.name, new.label, new.mentions) == ("Mangus", "PERSON", (mangus,))
    assert mangus not in doc.entities[0].mentions
    edit.revert(doc)
    assert doc.entity("e-new") is None


def test_relabel_resize_and_status_are_undoable(sample_article: Path) -> None:
    doc = annotated_sample(sample_article)
    before = snapshot(doc)
    quote = doc.quotes[0]
    edits = [
        Relabel("e-magnus", "ORG"),
        ResizeSpan(quote.id, quote.span.start - 1, quote.span.end),
        ResizeSpan("e-magnus", 76, 82, mention=(70, 82)),
        SetDocumentStatus("done"),
    ]
    for edit in edits:
        edit.apply(doc)
    assert doc.entities[0].label == "ORG"
    assert doc.quotes[0].span.text == "“" + quote.span.text
    assert doc.entities[0].mentions[0] == Mention(76, 82, "Magnus")
    assert doc.status == "done"
    for edit in reversed(edits):
        edit.revert(doc)
    assert snapshot(doc) == before


def test_quotes_and_corrections_are_added_with_the_text_they_cover(doc: Document) -> None:
    start = find(doc.text, "Mangus")
    correction = new_correction(doc, start, start + 6, "Magnus", "name")
    quote = new_quote(doc, 570, 646)
    Compound("both", [correction, quote]).apply(doc)
    assert doc.corrections[0].span.text == "Mangus"
    assert doc.corrections[0].replacement == "Magnus"
    assert doc.quotes[0].span.text.startswith("I am excited")


def test_replacing_and_removing_records_by_id(sample_article: Path) -> None:
    doc = annotated_sample(sample_article)
    quote = doc.quotes[0]
    from dataclasses import replace

    ReplaceRecord(replace(quote, kind="indirect")).apply(doc)
    assert doc.quotes[0].kind == "indirect"
    RemoveRecord(quote.id).apply(doc)
    assert doc.quotes == []


@pytest.mark.parametrize(
    "edit",
    [
        AddMention("e-missing", 0, 3),
        Relabel("e-magnus", " "),
        ResizeSpan("q-excited", 10, 5),
        SetDocumentStatus("finished"),
        MergeEntities("e-magnus", ["e-magnus"]),
    ],
)
def test_edits_that_do_not_fit_the_document_are_refused_before_changing_it(
    sample_article: Path, edit: AddMention
) -> None:
    doc = annotated_sample(sample_article)
    before = snapshot(doc)
    with pytest.raises(EditError):
        edit.prepare(doc)
    assert snapshot(doc) == before


def test_the_session_tells_listeners_what_changed(doc: Document) -> None:
    session = Session(doc)
    seen: list[ChangeSet] = []
    session.subscribe(seen.append)
    edit = SetDocumentStatus("in-progress")
    session.apply(edit)
    session.revert(edit)
    assert [[(f.before, f.after) for f in c.fields()] for c in seen] == [
        [("new", "in-progress")],
        [("in-progress", "new")],
    ]

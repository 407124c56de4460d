"""Suggesting and deciding go through model/edits: one edit each, applied and undone like any other."""

import re

import pytest

from editor_app.model import Document, Entity
from editor_app.model.changes import Session
from editor_app.model.copies import shallow_copy
from editor_app.model.edits import EditError
from editor_app.storage import dump_sidecar
from editor_app.suggest import engine
from tests.builders import mention
from tests.suggest.helpers import document

STORY = (
    "Mayor Ana Reyes opened the meeting on Tuesday. Reyes said the budget was balanced.\n\n"
    "“We kept every promise,” Reyes said. Critics said Reyez had ignored them. Reyes disagreed."
)
MINTED = re.compile(r"[eqc]-[abcdefghijkmnpqrstuvwxyz23456789]{8}")


def _with_reyes() -> Document:
    doc = document(STORY)
    doc.entities.append(
        Entity("e-reyes", "PERSON", "Ana Reyes", by="Ana", mentions=(mention(doc, "Ana Reyes"),))
    )
    return doc


def test_adding_suggestions_is_one_edit_whose_revert_restores_the_document_exactly():
    doc = _with_reyes()
    before = shallow_copy(doc)
    sidecar = dump_sidecar(doc)
    result = engine.suggest(doc)
    assert result.records
    assert result.extended
    edit = engine.add_suggestions_edit(result)
    session = Session(doc)

    changes = session.apply(edit)

    inserted = [c.after for c in changes.records() if c.kind == "inserted"]
    changed = [c.after for c in changes.records() if c.kind == "changed"]
    assert inserted == result.records
    assert changed == result.extended
    assert doc.entity("e-reyes") == result.extended[0]

    session.revert(edit)

    assert (doc.entities, doc.quotes, doc.corrections) == (before.entities, before.quotes, before.corrections)
    assert dump_sidecar(doc) == sidecar


def test_add_suggestions_applies_the_edit_and_returns_its_change_set():
    doc = document(STORY)
    result = engine.suggest(doc)

    changes = engine.add_suggestions(doc, result)

    assert [c.record_id for c in changes.records()] == [r.id for r in result.records]
    assert list(doc.records()) == result.records


def test_a_suggestion_edit_that_no_longer_fits_changes_nothing():
    doc = document(STORY)
    result = engine.suggest(doc)
    engine.add_suggestions(doc, result)
    before = shallow_copy(doc)

    with pytest.raises(EditError):
        engine.add_suggestions(doc, result)  # the same ids again

    assert (doc.entities, doc.quotes, doc.corrections) == (before.entities, before.quotes, before.corrections)


def test_suggestion_ids_are_minted_by_model_ids_and_new_to_the_document():
    doc = _with_reyes()
    result = engine.suggest(doc)
    ids = [r.id for r in result.records]
    assert all(MINTED.fullmatch(i) for i in ids)
    assert len(set(ids)) == len(ids)
    assert not set(ids) & set(doc.ids())


def test_deciding_is_an_edit_that_can_be_undone():
    doc = document(STORY)
    engine.add_suggestions(doc, engine.suggest(doc))
    quote = doc.quotes[0]
    edit = engine.decision(doc, quote.id, accepted=False, by="Ana Reyes")

    changes = edit.apply(doc)

    assert [(c.before, c.after) for c in changes.records()] == [(quote, doc.quotes[0])]
    assert (doc.quotes[0].status, doc.quotes[0].by) == ("rejected", "Ana Reyes")
    edit.revert(doc)
    assert doc.quotes[0] == quote


def test_decide_accepts_through_the_edit_and_refuses_an_unknown_id():
    doc = document(STORY)
    engine.add_suggestions(doc, engine.suggest(doc))
    correction = doc.corrections[0]

    changes = engine.decide(doc, correction.id, accepted=True)

    assert [c.record_id for c in changes.records()] == [correction.id]
    assert doc.corrections[0].status == "accepted"
    with pytest.raises(EditError):
        engine.decide(doc, "c-nothere", accepted=True)

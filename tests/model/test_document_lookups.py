"""Finding a record by id is a table look-up that stays right however the document's lists change."""

from collections.abc import Callable
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.model import Article, Correction, Document, Entity, Mention, Quote, Span
from editor_app.model.changes import ChangeSet, RecordChange, apply_step
from editor_app.model.intervals import SpanIndex
from editor_app.model.records import Record

TEXT = "Chris Magnus said the agency was ready, Magnus said."


def entity(n: int) -> Entity:
    return Entity(id=f"e-{n}", label="PERSON", name=f"Person {n}", mentions=(Mention(0, 5, "Chris"),))


def quote(n: int) -> Quote:
    return Quote(id=f"q-{n}", span=Span(18, 24, "agency"))


def correction(n: int) -> Correction:
    return Correction(id=f"c-{n}", span=Span(6, 12, "Magnus"), status="open")


def new_doc() -> Document:
    return Document(article=Article(TEXT), file_name="story.txt")


def naive_find(doc: Document, record_id: str) -> Record | None:
    return next((r for r in doc.records() if r.id == record_id), None)


def test_a_record_is_found_after_it_is_added_changed_and_removed_by_steps() -> None:
    doc = new_doc()
    first, second = entity(1), entity(2)
    apply_step(doc, RecordChange(None, first))
    apply_step(doc, RecordChange(None, second))
    assert doc.find("e-2") is second
    renamed = replace(second, name="Someone")
    apply_step(doc, RecordChange(second, renamed))
    assert doc.find("e-2") is renamed
    assert doc.entity("e-2") is renamed
    apply_step(doc, RecordChange(first, None))
    assert doc.find("e-1") is None
    assert doc.find("e-2") is renamed
    assert "e-2" in doc.ids()
    assert "e-1" not in doc.ids()
    assert set(doc.ids()) == {"e-2"}


def test_lists_changed_behind_the_documents_back_are_noticed() -> None:
    doc = new_doc()
    doc.entities.extend(entity(n) for n in range(5))
    assert doc.find("e-3") is doc.entities[3]
    doc.entities.append(entity(9))  # appended directly, not by a step
    assert doc.find("e-9") is doc.entities[-1]
    doc.entities.reverse()  # reordered in place: same list, same length
    assert doc.find("e-0") is doc.entities[-1]
    doc.entities = [entity(7)]  # a new list
    assert doc.find("e-0") is None
    assert doc.find("e-7") is doc.entities[0]
    doc.sort()
    assert doc.find("e-7") is doc.entities[0]


def test_the_id_view_answers_membership_and_can_be_copied() -> None:
    doc = new_doc()
    doc.entities.append(entity(1))
    doc.quotes.append(quote(1))
    doc.corrections.append(correction(1))
    ids = doc.ids()
    assert {"e-1", "q-1", "c-1"} <= ids
    assert len(ids) == 3
    assert sorted(ids) == ["c-1", "e-1", "q-1"]
    assert set(ids) | {"x"} == {"e-1", "q-1", "c-1", "x"}
    minted = doc.mint_id(Entity)
    assert minted.startswith("e-")
    assert minted not in ids


MAKERS: dict[str, Callable[[int], Record]] = {"e": entity, "q": quote, "c": correction}
operation = st.tuples(
    st.sampled_from(["add", "remove", "change", "sort", "append_directly"]),
    st.sampled_from(sorted(MAKERS)),
    st.integers(0, 12),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(operation, max_size=40))
def test_look_ups_agree_with_a_scan_whatever_happens_to_the_lists(
    operations: list[tuple[str, str, int]],
) -> None:
    doc = new_doc()
    index = SpanIndex.of(doc)
    for action, prefix, n in operations:
        record = MAKERS[prefix](n)
        present = naive_find(doc, record.id)
        if action == "add" and present is None:
            step = RecordChange(None, record)
        elif action == "remove" and present is not None:
            step = RecordChange(present, None)
        elif action == "change" and present is not None:
            step = RecordChange(present, replace(present, status="suggested"))
        elif action == "sort":
            doc.sort()
            continue
        elif action == "append_directly" and present is None:
            doc.records_of(type(record)).append(record)
            index = SpanIndex.of(doc)
            continue
        else:
            continue
        apply_step(doc, step)
        index.update(_changes(step))
        for prefix_, maker in MAKERS.items():
            for k in range(13):
                record_id = maker(k).id
                assert doc.find(record_id) is naive_find(doc, record_id), (prefix_, k)
                assert (record_id in doc.ids()) == (naive_find(doc, record_id) is not None)
        counts = SpanIndex.of(doc).counts
        assert index.counts == counts


def _changes(step: RecordChange) -> ChangeSet:
    return ChangeSet((step,))


def test_counts_follow_the_change_sets() -> None:
    doc = new_doc()
    index = SpanIndex.of(doc)
    added = entity(1)
    for step in (
        RecordChange(None, added),
        RecordChange(None, correction(1)),
        RecordChange(None, quote(1)),
        RecordChange(added, replace(added, mentions=(*added.mentions, Mention(6, 12, "Magnus")))),
    ):
        apply_step(doc, step)
        index.update(_changes(step))
    assert index.counts.summary() == "1 entities (2 mentions) · 1 quotes · 1 corrections (1 open)"
    assert index.counts == SpanIndex.of(doc).counts

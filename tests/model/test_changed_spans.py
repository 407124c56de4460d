"""Change sets name the spans that changed: a mention added to an entity of thousands is one span, and
the span index follows such an edit without rebuilding the entity's entries."""

import random
from dataclasses import replace

from editor_app.model import Article, Document, Entity, Mention
from editor_app.model.changes import RecordChange, mention_changes
from editor_app.model.edits import AddMention, Relabel, RemoveMention, ReplaceRecord, ResizeSpan
from editor_app.model.intervals import SpanIndex

TEXT = " ".join(f"word{n:04d}" for n in range(3000))


def big_document(mentions: int = 1000) -> Document:
    doc = Document(article=Article(TEXT), file_name="big.txt")
    spans = [(n * 9, n * 9 + 8) for n in range(0, 2 * mentions, 2)]
    doc.entities.append(
        Entity(
            id="e-big",
            label="PERSON",
            name="word0000",
            mentions=tuple(Mention(s, e, TEXT[s:e]) for s, e in spans),
        )
    )
    return doc


def spans_of(changes: object) -> list[tuple[int, int]]:
    return sorted((s.start, s.end) for s in changes.changed_spans())  # type: ignore[attr-defined]


def test_adding_a_mention_to_a_big_entity_names_one_span() -> None:
    doc = big_document()
    changes = AddMention("e-big", 9, 17).apply(doc)
    assert spans_of(changes) == [(9, 17)]
    assert len(list(changes.spans())) == 2001  # every span before and after, as before


def test_removing_and_moving_a_mention_name_only_those() -> None:
    doc = big_document()
    assert spans_of(RemoveMention("e-big", 18, 26).apply(doc)) == [(18, 26)]
    assert spans_of(ResizeSpan("e-big", 27, 35, mention=(0, 8)).apply(doc)) == [(0, 8), (27, 35)]


def test_a_label_or_status_change_repaints_every_mention_once() -> None:
    doc = big_document(50)
    every = sorted((m.start, m.end) for m in doc.entities[0].mentions)
    assert spans_of(Relabel("e-big", "ORG").apply(doc)) == every
    entity = doc.entity("e-big")
    assert entity is not None
    assert spans_of(ReplaceRecord(replace(entity, status="suggested")).apply(doc)) == every


def test_a_mention_rebuilt_equal_is_not_a_change() -> None:
    doc = big_document(10)
    before = doc.entities[0]
    after = replace(before, mentions=tuple(replace(m) for m in before.mentions))
    assert mention_changes(before, after) == ([], [])
    assert list(RecordChange(before, after).changed_spans()) == []


def test_the_index_kept_up_to_date_equals_one_built_afresh() -> None:
    rng = random.Random(3)
    doc = big_document(300)
    index = SpanIndex.of(doc)
    taken = {(m.start, m.end) for m in doc.entities[0].mentions}
    for step in range(200):
        entity = doc.entities[0]
        choice = rng.random()
        if choice < 0.4:
            n = rng.randrange(3000)
            span = (n * 9, n * 9 + 8)
            if span in taken:
                continue
            edit = AddMention("e-big", *span)
            taken.add(span)
        elif choice < 0.8 and len(entity.mentions) > 1:
            m = rng.choice(entity.mentions)
            edit = RemoveMention("e-big", m.start, m.end)  # type: ignore[assignment]
            taken.discard((m.start, m.end))
        elif choice < 0.9:
            edit = Relabel("e-big", "ORG" if step % 2 else "PERSON")  # type: ignore[assignment]
        else:
            changed = replace(entity, name=f"name {step}", status=rng.choice(["confirmed", "suggested"]))
            edit = ReplaceRecord(changed)  # type: ignore[assignment]
        index.update(edit.apply(doc))
    fresh = SpanIndex.of(doc)
    assert index.count == fresh.count
    assert index.counts == fresh.counts
    for start in range(0, len(TEXT), 500):
        assert index.overlapping(start, start + 500) == fresh.overlapping(start, start + 500)

"""Spans that could not be placed on the article's new text, and the edits that place or drop them.

An orphaned span keeps its old offsets and words and is never moved by a guess: the user picks the
right words (:func:`place_edit`) or deletes the annotation (:func:`delete_edit`).
"""

from dataclasses import dataclass, replace

from editor_app.model.applied import is_history
from editor_app.model.changes import ChangeSet, EditLike
from editor_app.model.document import Document
from editor_app.model.edits import RemoveMention, RemoveRecord, ReplaceRecord, ResizeSpan
from editor_app.model.records import Entity, Quote, Record, Span


@dataclass(frozen=True)
class Orphan:
    record: Record
    kind: str
    """``mention``, ``quote``, ``cue`` or ``correction``."""
    span: Span

    @property
    def record_id(self) -> str:
        return self.record.id

    @property
    def is_cue(self) -> bool:
        return self.kind == "cue"


def orphans_of(doc: Document) -> list[Orphan]:
    """The spans to re-anchor; never an applied correction's (history: it becomes a point instead)."""
    found: list[Orphan] = []
    for entity in doc.entities:
        found.extend(Orphan(entity, "mention", m) for m in entity.mentions if m.orphaned)
    for quote in doc.quotes:
        if quote.span.orphaned:
            found.append(Orphan(quote, "quote", quote.span))
        if quote.cue is not None and quote.cue.orphaned:
            found.append(Orphan(quote, "cue", quote.cue))
    found.extend(
        Orphan(c, "correction", c.span) for c in doc.corrections if c.span.orphaned and not is_history(c)
    )
    return found


def touches_orphans(changes: ChangeSet) -> bool:
    return any(span.orphaned for span in changes.changed_spans())


def place_edit(doc: Document, orphan: Orphan, start: int, end: int) -> EditLike:
    """The edit that puts ``orphan`` on ``start:end`` of the current text."""
    record = doc.find(orphan.record_id)
    if isinstance(record, Quote) and orphan.is_cue:
        edit: EditLike = ReplaceRecord(replace(record, cue=doc.span(start, end)), "Place cue")
        return edit
    mention = (orphan.span.start, orphan.span.end) if isinstance(record, Entity) else None
    resize = ResizeSpan(orphan.record_id, start, end, mention)
    resize.text = "Place orphaned span"
    return resize


def delete_edit(doc: Document, orphan: Orphan) -> EditLike:
    record = doc.find(orphan.record_id)
    if isinstance(record, Entity):
        return RemoveMention(record.id, orphan.span.start, orphan.span.end)
    if isinstance(record, Quote) and orphan.is_cue:
        return ReplaceRecord(replace(record, cue=None), "Remove cue")
    return RemoveRecord(orphan.record_id)

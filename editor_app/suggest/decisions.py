"""Accepting and rejecting suggestions: small and free of the suggesters' dependencies, so the window
can import it at start (the suggesters themselves, with RapidFuzz and the spell checker, load on first use).
"""

from collections.abc import Iterable
from dataclasses import replace
from typing import TypeVar

from editor_app.model.document import Document
from editor_app.model.edits import EditError, ReplaceRecord
from editor_app.model.records import Correction, Entity, Quote, Record
from editor_app.model.vocab import Status

SUGGESTED, CONFIRMED, REJECTED, ACCEPTED = (
    Status.SUGGESTED,
    Status.CONFIRMED,
    Status.REJECTED,
    Status.ACCEPTED,
)
R = TypeVar("R", Entity, Quote, Correction)


def is_suggestion(record: Record) -> bool:
    return record.status == SUGGESTED


def pending(doc: Document) -> list[Record]:
    """The suggestions of ``doc`` nobody has accepted or rejected yet, in document order."""
    found: list[Record] = [r for r in doc.records() if r.status == SUGGESTED]
    return sorted(found, key=_position)


def _position(record: Record) -> int:
    return record.position if isinstance(record, Entity) else record.span.start


Waiting = tuple[int, str, tuple[int, int] | None]
"""A suggestion to decide: where it starts, its record's id, and the mention's span for a mention."""


def waiting(doc: Document) -> list[Waiting]:
    """Every suggestion still to decide, in document order: suggested records, and the suggested
    mentions of entities that are not suggestions themselves."""
    found: list[Waiting] = [(_position(r), r.id, None) for r in pending(doc)]
    found += [
        (m.start, e.id, (m.start, m.end))
        for e in doc.entities
        if e.status != SUGGESTED
        for m in e.mentions
        if m.status == SUGGESTED
    ]
    return sorted(found, key=lambda w: w[0])


def next_waiting(doc: Document, after: int) -> Waiting | None:
    """The first suggestion to decide that starts after ``after``, wrapping round to the first."""
    found = waiting(doc)
    later = [w for w in found if w[0] > after]
    return (later or found)[0] if found else None


def accept(record: R, by: str | None = None) -> R:
    """The record accepted: an entity or quote becomes ``confirmed`` (an entity's suggested mentions
    with it), a correction ``accepted``. ``by`` (a person) replaces the rule's name when given."""
    who = by or record.by
    if isinstance(record, Entity):
        mentions = tuple(
            replace(m, status=None, by=None) if m.status == SUGGESTED else m for m in record.mentions
        )
        return replace(record, status=CONFIRMED, mentions=mentions, by=who)
    if isinstance(record, Quote):
        return replace(record, status=CONFIRMED, by=who)
    return replace(record, status=ACCEPTED, by=who)


def reject(record: R, by: str | None = None) -> R:
    """The record rejected; it stays in the sidecar so that it is never suggested again."""
    return replace(record, status=REJECTED, by=by or record.by)


def decided(record: Record, accepted: bool, by: str | None = None) -> Record:
    """``record`` accepted (:func:`accept`) or rejected (:func:`reject`)."""
    if isinstance(record, Entity):
        return accept(record, by) if accepted else reject(record, by)
    if isinstance(record, Quote):
        return accept(record, by) if accepted else reject(record, by)
    return accept(record, by) if accepted else reject(record, by)


def decision(doc: Document, record_id: str, accepted: bool, by: str | None = None) -> ReplaceRecord:
    """The edit accepting or rejecting record ``record_id`` of ``doc``. Raises :class:`EditError`
    when there is no such record."""
    record = doc.find(record_id)
    if record is None:
        raise EditError(f"there is no annotation with id {record_id!r}")
    return ReplaceRecord(
        decided(record, accepted, by), "Accept suggestion" if accepted else "Reject suggestion"
    )


def accept_mention(entity: Entity, start: int, end: int) -> Entity:
    """``entity`` with its suggested mention at ``start:end`` accepted."""
    return _set_mention(entity, start, end, None if entity.status == CONFIRMED else CONFIRMED)


def reject_mention(entity: Entity, start: int, end: int) -> Entity:
    """``entity`` with its mention at ``start:end`` rejected (kept, never suggested again)."""
    return _set_mention(entity, start, end, REJECTED)


def _set_mention(entity: Entity, start: int, end: int, status: str | None) -> Entity:
    found = False
    mentions = []
    for mention in entity.mentions:
        if (mention.start, mention.end) == (start, end):
            found = True
            mention = replace(mention, status=status, by=mention.by if status == REJECTED else None)
        mentions.append(mention)
    if not found:
        raise KeyError(f"entity {entity.id} has no mention at {start}-{end}")
    return replace(entity, mentions=tuple(mentions))


def accept_all(records: Iterable[R], by: str | None = None) -> list[R]:
    """Every suggestion among ``records`` accepted (Shift+A on a panel); the others as they were."""
    return [accept(r, by) if r.status == SUGGESTED else r for r in records]

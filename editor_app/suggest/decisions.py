"""Accepting and rejecting suggestions: small and free of the suggesters' dependencies, so the window
can import it at start (the suggesters themselves, with RapidFuzz and the spell checker, load on first use).
"""

from collections.abc import Iterable
from dataclasses import replace
from typing import TypeVar

from editor_app.model.document import Document
from editor_app.model.edits import EditError, ReplaceRecord
from editor_app.model.records import Correction, Entity, Mention, Quote, Record
from editor_app.model.vocab import OPEN_CORRECTIONS, Status

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
    """Every suggestion still to decide, in document order: suggested quotes and corrections, and each
    suggested mention on its own (of a suggested entity, or a new mention of a confirmed one)."""
    found: list[Waiting] = [(_position(r), r.id, None) for r in pending(doc) if not isinstance(r, Entity)]
    for entity in doc.entities:
        mentions = [m for m in entity.mentions if mention_status(entity, m) == SUGGESTED]
        found += [(m.start, entity.id, (m.start, m.end)) for m in mentions]
        if entity.status == SUGGESTED and not entity.mentions:
            found.append((entity.position, entity.id, None))
    return sorted(found, key=lambda w: (w[0], w[1]))


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


class NotDecidable(ValueError):
    """What the editor pointed at is not something to accept or reject (the message says why)."""


def mention_status(entity: Entity, mention: Mention) -> str:
    """A mention's own status, or its entity's when it has none."""
    return mention.status or entity.status


def accept_mention(entity: Entity, start: int, end: int, by: str | None = None) -> Entity:
    """``entity`` with its suggested mention at ``start:end`` accepted.

    A suggested entity is confirmed with it; its other mentions that were suggestions only through the
    entity stay suggestions, marked as such, to be decided one by one.
    """
    if entity.status != SUGGESTED:
        return _set_mention(entity, start, end, None)
    mentions = tuple(
        replace(m, status=SUGGESTED, by=m.by or entity.by) if m.status is None else m for m in entity.mentions
    )
    confirmed = replace(entity, status=CONFIRMED, by=by or entity.by, mentions=mentions)
    return _set_mention(confirmed, start, end, None)


def reject_mention(entity: Entity, start: int, end: int, by: str | None = None) -> Entity:
    """``entity`` with its mention at ``start:end`` rejected (kept, never suggested again). A suggested
    entity none of whose mentions is left standing is rejected too."""
    rejected = _set_mention(entity, start, end, REJECTED, by)
    standing = [m for m in rejected.mentions if mention_status(rejected, m) != REJECTED]
    if rejected.status == SUGGESTED and not standing:
        return replace(rejected, status=REJECTED)
    return rejected


def _set_mention(entity: Entity, start: int, end: int, status: str | None, by: str | None = None) -> Entity:
    found = False
    mentions = []
    for mention in entity.mentions:
        if (mention.start, mention.end) == (start, end):
            found = True
            who = (by or mention.by or entity.by) if status == REJECTED else None
            mention = replace(mention, status=status, by=who)
        mentions.append(mention)
    if not found:
        raise NotDecidable(f"entity {entity.id} has no mention at {start}-{end}")
    return replace(entity, mentions=tuple(mentions))


def decided_target(
    doc: Document,
    record_id: str,
    mention: tuple[int, int] | None,
    accepted: bool,
    by: str | None = None,
    whole_entity: bool = False,
) -> Record:
    """What the editor pointed at, accepted or rejected, and nothing more.

    With ``mention`` (a span of the entity), only that mention is decided, unless ``whole_entity``;
    otherwise the record is: a suggested entity or quote, or a suggested or open correction.
    Raises :class:`NotDecidable` when what is pointed at is not waiting for a decision.
    """
    record = doc.find(record_id)
    if record is None:
        raise NotDecidable(f"there is no annotation with id {record_id!r}")
    if isinstance(record, Entity) and mention is not None and not whole_entity:
        found = next((m for m in record.mentions if (m.start, m.end) == mention), None)
        if found is None or mention_status(record, found) != SUGGESTED:
            raise NotDecidable("this mention is not a suggestion")
        return (accept_mention if accepted else reject_mention)(record, *mention, by=by)
    if isinstance(record, Correction):
        if record.status not in OPEN_CORRECTIONS:
            raise NotDecidable("this correction is already decided")
        return accept(record, by) if accepted else reject(record, by)
    if record.status != SUGGESTED:
        raise NotDecidable("this annotation is not a suggestion")
    return decided(record, accepted, by)


def quotes_spoken_by(doc: Document, entity_id: str) -> list[Quote]:
    """The quotes, not rejected, that name ``entity_id`` as their speaker."""
    return [q for q in doc.quotes if q.speaker == entity_id and q.status != REJECTED]


def accept_all(records: Iterable[R], by: str | None = None) -> list[R]:
    """Every suggestion among ``records`` accepted (Shift+A on a panel); the others as they were."""
    return [accept(r, by) if r.status == SUGGESTED else r for r in records]

"""What an edit changed, and the session that applies edits and tells listeners.

Views never guess what to repaint: every edit returns a :class:`ChangeSet` naming the records that
were inserted, removed or changed (with their spans), and the document fields that changed. Its
:meth:`ChangeSet.changed_spans` names only the spans whose look changed: a mention added to an
entity of 2,500 mentions is one span, not 2,501; relabelling that entity is all of them.
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from editor_app.model.document import Document
from editor_app.model.records import Entity, Mention, Quote, Record, Span

Kind = Literal["inserted", "removed", "changed"]


@dataclass(frozen=True, slots=True)
class RecordChange:
    """One record replaced: ``before`` is None for an insertion, ``after`` is None for a removal."""

    before: Record | None
    after: Record | None

    @property
    def kind(self) -> Kind:
        if self.before is None:
            return "inserted"
        if self.after is None:
            return "removed"
        return "changed"

    @property
    def record_id(self) -> str:
        record = self.after if self.after is not None else self.before
        assert record is not None
        return record.id

    @property
    def record_type(self) -> type[Record]:
        record = self.after if self.after is not None else self.before
        return type(record)  # type: ignore[return-value]

    def inverse(self) -> "RecordChange":
        return RecordChange(self.after, self.before)

    def spans(self) -> Iterator[Span]:
        """Spans of the record before and after, so that both old and new highlights are repainted."""
        for record in (self.before, self.after):
            if record is not None:
                yield from record_spans(record)

    def changed_spans(self) -> Iterator[Span]:
        """The spans whose look changed: for an entity that kept its label, status and name, only the
        mentions added, removed or changed; otherwise every span before and after."""
        before, after = self.before, self.after
        if isinstance(before, Entity) and isinstance(after, Entity):
            if same_look(before, after):
                gone, came = mention_changes(before, after)
                yield from (before.mentions[i] for i in gone)
                yield from (after.mentions[i] for i in came)
                return
            if before.mentions is after.mentions:  # the same places, each in a new look
                yield from after.mentions
                return
        yield from self.spans()


@dataclass(frozen=True, slots=True)
class FieldChange:
    """A document-level field changed: ``status`` or ``note`` (text), or ``document_extra`` (the keys
    of ``document:`` this version does not know, such as a merge's ``conflict:``)."""

    name: str
    before: Any
    after: Any

    def inverse(self) -> "FieldChange":
        return FieldChange(self.name, self.after, self.before)


Step = RecordChange | FieldChange


@dataclass(frozen=True, slots=True)
class ChangeSet:
    steps: tuple[Step, ...] = ()

    def records(self) -> Iterator[RecordChange]:
        return (s for s in self.steps if isinstance(s, RecordChange))

    def fields(self) -> Iterator[FieldChange]:
        return (s for s in self.steps if isinstance(s, FieldChange))

    def spans(self) -> Iterator[Span]:
        for change in self.records():
            yield from change.spans()

    def changed_spans(self) -> Iterator[Span]:
        """The spans to repaint (see :meth:`RecordChange.changed_spans`)."""
        for change in self.records():
            yield from change.changed_spans()


def same_look(before: Entity, after: Entity) -> bool:
    """Whether an entity's own fields that every mention shows with (label, status, name) are equal."""
    return before.label == after.label and before.status == after.status and before.name == after.name


def mention_changes(before: Entity, after: Entity) -> tuple[list[int], list[int]]:
    """Which mentions an entity lost and gained: positions in ``before.mentions`` and in
    ``after.mentions``, each ascending. Edits keep the mentions they do not touch as the same objects,
    so identity finds the difference; a mention rebuilt equal (a reload, a merge) is not a change.

    One mention added or removed (the common edit) is found by bisecting on identity and checked by
    comparing the rest as tuples, in C: an entity of 2,500 mentions costs microseconds. Every listener
    of a change set asks about the same pair, so the last answer is kept.
    """
    global _last
    old, new = before.mentions, after.mentions
    if old is new:
        return [], []
    if _last is not None and _last[0] is old and _last[1] is new:
        return _last[2]
    found = _one_apart(old, new)
    if found is None:
        found = _mention_difference(old, new)
    _last = (old, new, found)
    return found


_Changes = tuple[list[int], list[int]]
_last: tuple[tuple[Mention, ...], tuple[Mention, ...], _Changes] | None = None


def _one_apart(old: tuple[Mention, ...], new: tuple[Mention, ...]) -> _Changes | None:
    """The answer when ``new`` is ``old`` with one mention inserted or taken out; else None."""
    if len(new) == len(old) + 1:
        longer, shorter = new, old
    elif len(old) == len(new) + 1:
        longer, shorter = old, new
    else:
        return None
    low, high = 0, len(shorter)
    while low < high:  # the first position where the two differ
        middle = (low + high) // 2
        if shorter[middle] is longer[middle]:
            low = middle + 1
        else:
            high = middle
    if shorter[:low] != longer[:low] or shorter[low:] != longer[low + 1 :]:
        return None
    return ([], [low]) if longer is new else ([low], [])


def _mention_difference(old: tuple[Mention, ...], new: tuple[Mention, ...]) -> _Changes:
    kept_old = {id(m) for m in old}
    kept_new = {id(m) for m in new}
    gone = [i for i, m in enumerate(old) if id(m) not in kept_new]
    came = [i for i, m in enumerate(new) if id(m) not in kept_old]
    if gone and came:
        lost: set[Mention] = {old[i] for i in gone}
        gained: set[Mention] = {new[i] for i in came}
        gone = [i for i in gone if old[i] not in gained]
        came = [i for i in came if new[i] not in lost]
    return gone, came


def record_spans(record: Record) -> Iterator[Span]:
    """Every span a record covers in the article."""
    if isinstance(record, Entity):
        yield from record.mentions
    elif isinstance(record, Quote):
        yield record.span
        if record.cue is not None:
            yield record.cue
    else:
        yield record.span


def collection(doc: Document, record_type: type[Record]) -> list[Record]:
    """The document's list holding records of ``record_type``."""
    return doc.records_of(record_type)


def apply_step(doc: Document, step: Step) -> None:
    """Make one step on ``doc``. Raises KeyError if the record to replace is not there."""
    if isinstance(step, FieldChange):
        setattr(doc, step.name, step.after)
        return
    kind = step.record_type
    if step.before is None:
        assert step.after is not None
        doc.append_record(step.after)
        return
    index = doc.position(kind, step.before.id)
    if index is None:
        raise KeyError(step.before.id)
    if step.after is None:
        doc.remove_record_at(kind, index)
    else:
        doc.replace_record_at(index, step.after)


Listener = Callable[[ChangeSet], None]


class Session:
    """A document being edited: applies and reverts edits, and tells listeners what changed."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.version = 0
        """Counts applied and reverted edits: work started on a snapshot checks it before it lands."""
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def apply(self, edit: "EditLike") -> ChangeSet:
        return self._notify(edit.apply(self.doc))

    def revert(self, edit: "EditLike") -> ChangeSet:
        return self._notify(edit.revert(self.doc))

    def _notify(self, changes: ChangeSet) -> ChangeSet:
        self.version += 1
        for listener in list(self._listeners):
            listener(changes)
        return changes


class EditLike:
    """The protocol edits follow (see :mod:`editor_app.model.edits`)."""

    text: str = ""

    def apply(self, doc: Document) -> ChangeSet:
        raise NotImplementedError

    def revert(self, doc: Document) -> ChangeSet:
        raise NotImplementedError

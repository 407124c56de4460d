"""Edits as data: every user action is an object that applies to, and reverts from, a pure Document.

An edit works out what it does (its *steps*: records replaced, document fields set) from the document
the first time it is prepared or applied, and replays those steps afterwards; reverting applies the
inverse steps in reverse order. Records are found by id, never by list position, because saving
sorts the lists.
"""

from collections.abc import Iterable, Sequence
from dataclasses import replace

from editor_app.model import vocab
from editor_app.model.changes import (
    ChangeSet,
    EditLike,
    FieldChange,
    RecordChange,
    Step,
    apply_step,
    record_spans,
)
from editor_app.model.document import Document
from editor_app.model.records import Correction, Entity, Mention, Quote, Record


class EditError(ValueError):
    """The edit does not fit the document (a record is missing, a span is outside the article ...)."""


class Edit(EditLike):
    """An edit made of steps worked out from the document once, by :meth:`_plan`."""

    text = "Edit"

    def __init__(self) -> None:
        self._steps: tuple[Step, ...] | None = None

    def _plan(self, doc: Document) -> Iterable[Step]:
        raise NotImplementedError

    def prepare(self, doc: Document) -> "Edit":
        """Work out the steps now. Raises :class:`EditError` if the edit does not fit ``doc``."""
        if self._steps is None:
            self._steps = tuple(self._plan(doc))
        return self

    @property
    def steps(self) -> tuple[Step, ...]:
        if self._steps is None:
            raise EditError("the edit has not been prepared")
        return self._steps

    def apply(self, doc: Document) -> ChangeSet:
        self.prepare(doc)
        for step in self.steps:
            apply_step(doc, step)
        return ChangeSet(self.steps)

    def revert(self, doc: Document) -> ChangeSet:
        inverse = tuple(step.inverse() for step in reversed(self.steps))
        for step in inverse:
            apply_step(doc, step)
        return ChangeSet(inverse)


class Compound(EditLike):
    """Several edits made and undone as one (for example, "Mark all occurrences")."""

    def __init__(self, text: str, edits: Sequence[EditLike]):
        self.text = text
        self.edits = tuple(edits)

    def apply(self, doc: Document) -> ChangeSet:
        steps: list[Step] = []
        done: list[EditLike] = []
        try:
            for edit in self.edits:
                steps.extend(edit.apply(doc).steps)
                done.append(edit)
        except Exception:
            # All or nothing: a part that does not fit leaves the document as it was.
            for edit in reversed(done):
                edit.revert(doc)
            raise
        return ChangeSet(tuple(steps))

    def revert(self, doc: Document) -> ChangeSet:
        steps: list[Step] = []
        for edit in reversed(self.edits):
            steps.extend(edit.revert(doc).steps)
        return ChangeSet(tuple(steps))

    def __len__(self) -> int:
        return len(self.edits)


def _require(doc: Document, record_id: str) -> Record:
    record = doc.find(record_id)
    if record is None:
        raise EditError(f"there is no annotation with id {record_id!r}")
    return record


def _require_entity(doc: Document, entity_id: str) -> Entity:
    entity = doc.entity(entity_id)
    if entity is None:
        raise EditError(f"there is no entity with id {entity_id!r}")
    return entity


def _check_span(doc: Document, start: int, end: int) -> None:
    if not 0 <= start < end <= len(doc.text):
        raise EditError(f"the span {start}-{end} is empty or outside the article (0-{len(doc.text)})")


def _with_mentions(entity: Entity, mentions: Iterable[Mention]) -> Entity:
    return replace(entity, mentions=tuple(sorted(mentions, key=lambda m: (m.start, m.end))))


# Records ------------------------------------------------------------------------------------------


class AddRecord(Edit):
    """Add an entity, a quote or a correction."""

    def __init__(self, record: Record, text: str | None = None):
        super().__init__()
        self.record = record
        self.text = text or f"Add {type(record).__name__.lower()}"

    def _plan(self, doc: Document) -> Iterable[Step]:
        if self.record.id in doc.ids():
            raise EditError(f"the id {self.record.id!r} is taken")
        for span in record_spans(self.record):
            _check_span(doc, span.start, span.end)
        return [RecordChange(None, self.record)]


class RemoveRecord(Edit):
    """Remove an annotation; removing an entity also clears it as the speaker of its quotes."""

    def __init__(self, record_id: str):
        super().__init__()
        self.record_id = record_id
        self.text = "Delete annotation"

    def _plan(self, doc: Document) -> Iterable[Step]:
        record = _require(doc, self.record_id)
        self.text = f"Delete {type(record).__name__.lower()}"
        steps: list[Step] = []
        if isinstance(record, Entity):
            steps.extend(
                RecordChange(q, replace(q, speaker=None)) for q in doc.quotes if q.speaker == record.id
            )
        steps.append(RecordChange(record, None))
        return steps


class ReplaceRecord(Edit):
    """Replace a record by a new version with the same id (any field: name, kind, note, status ...)."""

    def __init__(self, after: Record, text: str = "Change annotation"):
        super().__init__()
        self.after = after
        self.text = text

    def _plan(self, doc: Document) -> Iterable[Step]:
        before = _require(doc, self.after.id)
        if type(before) is not type(self.after):
            raise EditError(
                f"{self.after.id!r} is a {type(before).__name__}, not a {type(self.after).__name__}"
            )
        if isinstance(self.after, Quote) and self.after.speaker is not None:
            _require_entity(doc, self.after.speaker)
        return [] if before == self.after else [RecordChange(before, self.after)]


# Entities and mentions ----------------------------------------------------------------------------


class AddMention(Edit):
    def __init__(self, entity_id: str, start: int, end: int):
        super().__init__()
        self.entity_id, self.start, self.end = entity_id, start, end
        self.text = "Add mention"

    def _plan(self, doc: Document) -> Iterable[Step]:
        entity = _require_entity(doc, self.entity_id)
        _check_span(doc, self.start, self.end)
        if any((m.start, m.end) == (self.start, self.end) for m in entity.mentions):
            raise EditError(f"{doc.text[self.start : self.end]!r} is already a mention of {entity.name}")
        mention = Mention(self.start, self.end, doc.text[self.start : self.end])
        return [RecordChange(entity, _with_mentions(entity, (*entity.mentions, mention)))]


class RemoveMention(Edit):
    """Remove one mention; an entity left with no mention is removed too."""

    def __init__(self, entity_id: str, start: int, end: int):
        super().__init__()
        self.entity_id, self.start, self.end = entity_id, start, end
        self.text = "Delete mention"

    def _plan(self, doc: Document) -> Iterable[Step]:
        entity = _require_entity(doc, self.entity_id)
        kept = [m for m in entity.mentions if (m.start, m.end) != (self.start, self.end)]
        if len(kept) == len(entity.mentions):
            raise EditError(f"{entity.name} has no mention at {self.start}-{self.end}")
        if not kept:
            return RemoveRecord(entity.id).prepare(doc).steps
        return [RecordChange(entity, replace(entity, mentions=tuple(kept)))]


class Relabel(Edit):
    def __init__(self, entity_id: str, label: str):
        super().__init__()
        self.entity_id, self.label = entity_id, label
        self.text = f"Relabel as {label}"

    def _plan(self, doc: Document) -> Iterable[Step]:
        entity = _require_entity(doc, self.entity_id)
        if not self.label.strip():
            raise EditError("a label cannot be empty")
        return [] if entity.label == self.label else [RecordChange(entity, replace(entity, label=self.label))]


class MergeEntities(Edit):
    """Merge ``others`` into ``keep``: their mentions move over and their quotes name ``keep`` as speaker."""

    def __init__(self, keep_id: str, other_ids: Sequence[str]):
        super().__init__()
        self.keep_id, self.other_ids = keep_id, tuple(i for i in other_ids if i != keep_id)
        self.text = "Merge entities"

    def _plan(self, doc: Document) -> Iterable[Step]:
        keep = _require_entity(doc, self.keep_id)
        others = [_require_entity(doc, i) for i in self.other_ids]
        if not others:
            raise EditError("choose at least two entities to merge")
        seen = {(m.start, m.end) for m in keep.mentions}
        mentions = list(keep.mentions)
        for other in others:
            for m in other.mentions:
                if (m.start, m.end) not in seen:
                    seen.add((m.start, m.end))
                    mentions.append(m)
        steps: list[Step] = [RecordChange(keep, _with_mentions(keep, mentions))]
        gone = set(self.other_ids)
        steps.extend(RecordChange(q, replace(q, speaker=keep.id)) for q in doc.quotes if q.speaker in gone)
        steps.extend(RecordChange(o, None) for o in others)
        return steps


class SplitMention(Edit):
    """Take one mention out of its entity into a new entity named after the mention's text."""

    def __init__(self, entity_id: str, start: int, end: int, new_id: str, label: str | None = None):
        super().__init__()
        self.entity_id, self.start, self.end = entity_id, start, end
        self.new_id, self.label = new_id, label
        self.text = "Split mention into a new entity"

    def _plan(self, doc: Document) -> Iterable[Step]:
        entity = _require_entity(doc, self.entity_id)
        mention = next((m for m in entity.mentions if (m.start, m.end) == (self.start, self.end)), None)
        if mention is None:
            raise EditError(f"{entity.name} has no mention at {self.start}-{self.end}")
        if len(entity.mentions) == 1:
            raise EditError(
                f"{mention.text!r} is the only mention of {entity.name}; there is nothing to split"
            )
        if self.new_id in doc.ids():
            raise EditError(f"the id {self.new_id!r} is taken")
        kept = tuple(m for m in entity.mentions if m is not mention)
        new = Entity(
            id=self.new_id,
            label=self.label or entity.label,
            name=mention.text,
            status=entity.status,
            by=entity.by,
            mentions=(mention,),
        )
        return [RecordChange(entity, replace(entity, mentions=kept)), RecordChange(None, new)]


# Spans --------------------------------------------------------------------------------------------


class ResizeSpan(Edit):
    """Move the span of a quote, a correction, or one mention (given by its current start and end)."""

    def __init__(self, record_id: str, start: int, end: int, mention: tuple[int, int] | None = None):
        super().__init__()
        self.record_id, self.start, self.end, self.mention = record_id, start, end, mention
        self.text = "Resize span"

    def _plan(self, doc: Document) -> Iterable[Step]:
        record = _require(doc, self.record_id)
        _check_span(doc, self.start, self.end)
        after: Record
        if isinstance(record, Entity):
            if self.mention is None:
                raise EditError("say which mention of the entity to resize")
            old = next((m for m in record.mentions if (m.start, m.end) == self.mention), None)
            if old is None:
                raise EditError(f"{record.name} has no mention at {self.mention[0]}-{self.mention[1]}")
            if any((m.start, m.end) == (self.start, self.end) for m in record.mentions if m is not old):
                raise EditError("another mention of the entity already covers that span")
            moved = replace(
                old, start=self.start, end=self.end, text=doc.text[self.start : self.end], orphaned=False
            )
            after = _with_mentions(record, [moved if m is old else m for m in record.mentions])
        else:
            after = replace(record, span=record.span.moved(self.start, self.end, doc.text))
        return [] if after == record else [RecordChange(record, after)]


# The document -------------------------------------------------------------------------------------


class SetDocumentStatus(Edit):
    def __init__(self, status: str):
        super().__init__()
        self.status = status
        self.text = f"Set document status to {status}"

    def _plan(self, doc: Document) -> Iterable[Step]:
        if self.status not in vocab.DOCUMENT_STATUSES:
            raise EditError(f"{self.status!r} is not one of {', '.join(vocab.DOCUMENT_STATUSES)}")
        return [] if doc.status == self.status else [FieldChange("status", doc.status, self.status)]


class SetDocumentNote(Edit):
    """The note on the whole article (``document.note``): free text for the desk."""

    def __init__(self, note: str):
        super().__init__()
        self.note = note
        self.text = "Set document note"

    def _plan(self, doc: Document) -> Iterable[Step]:
        return [] if doc.note == self.note else [FieldChange("note", doc.note, self.note)]


# Compound edits built from the above --------------------------------------------------------------


def mark_all_occurrences(doc: Document, entity_id: str, occurrences: Iterable[tuple[int, int]]) -> Compound:
    """Make every occurrence not already inside a mention of the entity a mention of it, as one edit."""
    entity = _require_entity(doc, entity_id)
    covered = [(m.start, m.end) for m in entity.mentions]
    edits = [
        AddMention(entity_id, start, end)
        for start, end in occurrences
        if not any(s <= start and end <= e for s, e in covered)
    ]
    return Compound(f"Mark all occurrences ({len(edits)})", edits)


def new_entity(doc: Document, label: str, start: int, end: int, by: str | None = None) -> AddRecord:
    _check_span(doc, start, end)
    text = doc.text[start:end]
    entity = Entity(
        id=doc.mint_id(Entity),
        label=label,
        name=" ".join(text.split()),
        by=by,
        mentions=(Mention(start, end, text),),
    )
    return AddRecord(entity, f"Add {label} {entity.name}")


def new_quote(doc: Document, start: int, end: int, by: str | None = None) -> AddRecord:
    _check_span(doc, start, end)
    quote = Quote(id=doc.mint_id(Quote), span=doc.span(start, end), by=by)
    return AddRecord(quote, "Add quote")


def new_correction(
    doc: Document, start: int, end: int, replacement: str, category: str, by: str | None = None
) -> AddRecord:
    _check_span(doc, start, end)
    if category not in vocab.CORRECTION_CATEGORIES:
        raise EditError(f"{category!r} is not one of {', '.join(vocab.CORRECTION_CATEGORIES)}")
    correction = Correction(
        id=doc.mint_id(Correction),
        span=doc.span(start, end),
        replacement=replacement,
        category=category,
        by=by,
    )
    return AddRecord(correction, "Add correction")

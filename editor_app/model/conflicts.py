"""Merge conflicts kept in the sidecar, and the edits that resolve them.

A conflict is an optional ``conflict:`` key of a record (or of ``document:``), written by the merge
driver (:mod:`editor_app.model.field_merge`) where both sides changed the same field differently, or
one deleted what the other changed. The record holds our version; the key holds the rest:

- ``theirs``: their values of the fields in conflict, or ``deleted`` (they deleted the record);
- ``ours: deleted``: we deleted it and they changed it (the record holds their version);
- ``base``: the common version's values of those fields (absent for records both sides made).

It is plain data in the record's ``extra``, so the file stays valid YAML that every reader loads;
``editor-app check`` lists each one, and resolving one is an ordinary, undoable edit.
"""

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any, Final

from editor_app.model.changes import EditLike, FieldChange, Step
from editor_app.model.document import Document
from editor_app.model.edits import Edit, EditError, RemoveRecord, ReplaceRecord
from editor_app.model.record_values import (
    CONFLICT_KEY,
    field_values,
    to_mention,
    with_fields,
    without_conflict,
)
from editor_app.model.records import Correction, Entity, Quote, Record

DELETED: Final = "deleted"
_SIDES: Final = frozenset({"theirs", "ours", "base"})


def conflict_problem(value: Any) -> str | None:
    """What is wrong with a ``conflict:`` value, or None when it is one the app can resolve."""
    if not isinstance(value, Mapping) or not value:
        return "conflict must be a mapping with theirs (or ours: deleted) and base"
    unknown = sorted(str(k) for k in value if k not in _SIDES)
    if unknown:
        return f"conflict: unknown key(s) {', '.join(unknown)}; it takes theirs, ours and base"
    theirs, ours = value.get("theirs"), value.get("ours")
    if theirs is None and ours is None:
        return "conflict has neither theirs nor ours: deleted"
    if theirs is not None and theirs != DELETED and not isinstance(theirs, Mapping):
        return f"conflict: theirs must be the fields in conflict or {DELETED!r}"
    if ours is not None and ours != DELETED:
        return f"conflict: ours can only be {DELETED!r}"
    if not isinstance(value.get("base", {}), Mapping):
        return "conflict: base must be the fields in conflict"
    return None


@dataclass(frozen=True)
class Unresolved:
    """One conflict to resolve: of a record (``record_id``) or of the document's own fields (None)."""

    record_id: str | None
    kind: str
    """``entity``, ``quote``, ``correction`` or ``document``."""
    value: Mapping[str, Any]

    @property
    def they_deleted(self) -> bool:
        return self.value.get("theirs") == DELETED

    @property
    def we_deleted(self) -> bool:
        return self.value.get("ours") == DELETED

    @property
    def theirs(self) -> Mapping[str, Any]:
        theirs = self.value.get("theirs")
        return theirs if isinstance(theirs, Mapping) else {}

    @property
    def can_keep_both(self) -> bool:
        """Both sides' mentions can be kept (Keep both)."""
        return "mentions" in self.theirs


def unresolved(doc: Document) -> list[Unresolved]:
    """Every conflict in ``doc``: the document's first, then records in the document's order."""
    found: list[Unresolved] = []
    if CONFLICT_KEY in doc.document_extra:
        found.append(Unresolved(None, "document", doc.document_extra[CONFLICT_KEY]))
    for record in doc.records():
        value = record.extra.get(CONFLICT_KEY)
        if value is not None:
            found.append(Unresolved(record.id, kind_of(record), value))
    return found


def kind_of(record: Record) -> str:
    return {Entity: "entity", Quote: "quote", Correction: "correction"}[type(record)]


def describe_document_conflict(doc: Document) -> str:
    """One line for the conflict of the document's own fields."""
    ours = {"status": doc.status, "note": doc.note, **doc.document_extra}
    return describe_conflict(None, doc.document_extra.get(CONFLICT_KEY), ours)


def describe_conflict(record: Record | None, value: Any = None, ours: Mapping[str, Any] | None = None) -> str:
    """One line: ``correction c-1 "Mangus": replacement: yours "Magnus", theirs "Magnes"``."""
    if record is None:
        title = "document"
    else:
        title = f"{kind_of(record)} {record.id} {_quoted(_label(record))}"
        value = record.extra.get(CONFLICT_KEY) if value is None else value
        ours = field_values(record)
    if not isinstance(value, Mapping):
        return f"{title}: unresolved conflict"
    if value.get("theirs") == DELETED:
        return f"{title}: changed here, deleted on their side; unresolved conflict"
    if value.get("ours") == DELETED:
        return f"{title}: deleted here, changed on their side; unresolved conflict"
    theirs = value.get("theirs")
    parts = []
    for name, their_value in theirs.items() if isinstance(theirs, Mapping) else ():
        mine = ours.get(name) if ours is not None else None
        parts.append(f"{name}: yours {_shown(name, mine)}, theirs {_shown(name, their_value)}")
    return f"{title}: unresolved conflict ({'; '.join(parts)})"


def _label(record: Record) -> str:
    return record.name if isinstance(record, Entity) else record.span.text


def _shown(name: str, value: Any) -> str:
    if name == "mentions" and isinstance(value, list):
        return f"{len(value)} mention(s)"
    if isinstance(value, Mapping) and "start" in value:
        return f"{value.get('start')}-{value.get('end')} {_quoted(str(value.get('text', '')))}"
    return _quoted("(none)" if value is None else str(value))


def _quoted(text: str, limit: int = 40) -> str:
    return '"' + (text if len(text) <= limit else text[: limit - 1] + "…") + '"'


# Resolving ----------------------------------------------------------------------------------------


def take_mine(doc: Document, item: Unresolved) -> EditLike:
    """Keep this side's version (a record we deleted goes)."""
    if item.record_id is None:
        return SetDocumentFields({}, "Take mine")
    record = _record(doc, item.record_id)
    if item.we_deleted:
        edit = RemoveRecord(record.id)
        edit.text = "Take mine (delete)"
        return edit
    return ReplaceRecord(without_conflict(record), "Take mine")


def take_theirs(doc: Document, item: Unresolved) -> EditLike:
    """Take their values of the fields in conflict (a record they deleted goes)."""
    if item.record_id is None:
        return SetDocumentFields(dict(item.theirs), "Take theirs")
    record = _record(doc, item.record_id)
    if item.they_deleted:
        edit = RemoveRecord(record.id)
        edit.text = "Take theirs (delete)"
        return edit
    try:
        after = with_fields(without_conflict(record), item.theirs)
    except ValueError as exc:
        raise EditError(f"their version of {record.id} cannot be used: {exc}") from exc
    return ReplaceRecord(after, "Take theirs")


def keep_both(doc: Document, item: Unresolved) -> EditLike:
    """Keep the mentions of both sides (other fields in conflict keep mine)."""
    record = _record(doc, item.record_id) if item.record_id is not None else None
    if not isinstance(record, Entity) or not item.can_keep_both:
        raise EditError("Keep both is for an entity's mentions")
    try:
        theirs = [to_mention(m) for m in item.theirs["mentions"]]
    except (TypeError, ValueError) as exc:
        raise EditError(f"their mentions of {record.id} cannot be used: {exc}") from exc
    have = {(m.start, m.end) for m in record.mentions}
    mentions = [*record.mentions, *(m for m in theirs if (m.start, m.end) not in have)]
    mentions.sort(key=lambda m: (m.start, m.end))
    bare = without_conflict(record)
    assert isinstance(bare, Entity)
    after = replace(bare, mentions=tuple(mentions))
    return ReplaceRecord(after, "Keep both")


def _record(doc: Document, record_id: str) -> Record:
    record = doc.find(record_id)
    if record is None:
        raise EditError(f"there is no annotation with id {record_id!r}")
    return record


class SetDocumentFields(Edit):
    """Resolve the document's conflict: set the given fields (status, note, others) and drop the flag."""

    def __init__(self, values: Mapping[str, Any], text: str):
        super().__init__()
        self.values = dict(values)
        self.text = text

    def _plan(self, doc: Document) -> list[Step]:
        steps: list[Step] = []
        extra = {k: v for k, v in doc.document_extra.items() if k != CONFLICT_KEY}
        for name, value in self.values.items():
            if name in ("status", "note"):
                if not isinstance(value, str):
                    raise EditError(f"their document {name} {value!r} is not text")
                if getattr(doc, name) != value:
                    steps.append(FieldChange(name, getattr(doc, name), value))
            elif value is None:
                extra.pop(name, None)
            else:
                extra[name] = value
        if extra != doc.document_extra:
            steps.append(FieldChange("document_extra", dict(doc.document_extra), extra))
        return steps

"""A record's fields as plain values (strings, numbers, lists, mappings), and back.

The field-wise merge compares records field by field, a conflict carries the other side's fields in
the sidecar (``conflict: {theirs: {...}, base: {...}}``), and the semantic diff names changed fields:
all three need one spelling of "the value of field X of this record" that YAML can hold. A span is
``{start, end, text}`` (plus ``orphaned`` and unknown keys), an entity's mentions a list of those, sorted
by position; keys other tools added to the record are fields of their own.
"""

from collections.abc import Mapping
from dataclasses import replace
from typing import Any, Final

from editor_app.model.records import Correction, Entity, Mention, Quote, Record, Span

CONFLICT_KEY: Final = "conflict"
"""The optional key of a record (or of ``document:``) holding an unresolved merge conflict."""

FIELDS: Final[dict[type[Record], tuple[str, ...]]] = {
    Entity: ("label", "name", "link", "status", "by", "mentions"),
    Quote: ("span", "speaker", "cue", "kind", "status", "by"),
    Correction: ("span", "was", "replacement", "category", "status", "note", "by"),
}


def field_values(record: Record) -> dict[str, Any]:
    """Every field of ``record`` but its id and a conflict, as plain values, in the sidecar's order."""
    values: dict[str, Any] = {}
    for name in FIELDS[type(record)]:
        values[name] = plain(name, getattr(record, name))
    for key, value in record.extra.items():
        if key != CONFLICT_KEY:
            values[key] = value
    return values


def plain(name: str, value: Any) -> Any:
    """The plain value of field ``name`` holding ``value``."""
    if name == "mentions":
        return [mention_value(m) for m in sorted(value, key=lambda m: (m.start, m.end))]
    if isinstance(value, Span):
        return span_value(value)
    return value


def span_value(span: Span) -> dict[str, Any]:
    value: dict[str, Any] = {"start": span.start, "end": span.end, "text": span.text}
    if span.orphaned:
        value["orphaned"] = True
    value.update(span.extra)
    return value


def mention_value(mention: Mention) -> dict[str, Any]:
    value = span_value(mention)
    if mention.status is not None:
        value["status"] = mention.status
    if mention.by is not None:
        value["by"] = mention.by
    return value


def with_fields(record: Record, values: Mapping[str, Any]) -> Record:
    """``record`` with the given fields set from plain values; a key that is not a field goes to extra.

    Raises ValueError when a value does not fit its field (a hand-edited conflict, say).
    """
    known = FIELDS[type(record)]
    changes: dict[str, Any] = {}
    extra = dict(record.extra)
    for name, value in values.items():
        if name in known:
            changes[name] = _field(name, value)
        elif name != "id":
            extra[name] = value
    if extra != record.extra:
        changes["extra"] = extra
    return replace(record, **changes)


def without_conflict(record: Record) -> Record:
    if CONFLICT_KEY not in record.extra:
        return record
    return replace(record, extra={k: v for k, v in record.extra.items() if k != CONFLICT_KEY})


def with_conflict(record: Record, conflict: Mapping[str, Any]) -> Record:
    extra = {k: v for k, v in record.extra.items() if k != CONFLICT_KEY}
    extra[CONFLICT_KEY] = dict(conflict)
    return replace(record, extra=extra)


def _field(name: str, value: Any) -> Any:
    if name == "mentions":
        if not isinstance(value, list):
            raise ValueError("mentions must be a list")
        return tuple(sorted((to_mention(v) for v in value), key=lambda m: (m.start, m.end)))
    if name == "span":
        return to_span(value)
    if name == "cue":
        return None if value is None else to_span(value)
    if value is not None and not isinstance(value, str):
        raise ValueError(f"{name} must be text, not {value!r}")
    if value is None and name not in ("link", "by", "speaker", "was"):
        raise ValueError(f"{name} cannot be empty")
    return value


def to_span(value: Any) -> Span:
    start, end, text, orphaned, extra = _span_parts(value, frozenset())
    return Span(start, end, text, orphaned, extra)


def to_mention(value: Any) -> Mention:
    start, end, text, orphaned, extra = _span_parts(value, frozenset({"status", "by"}))
    status, by = value.get("status"), value.get("by")
    for what, item in (("status", status), ("by", by)):
        if item is not None and not isinstance(item, str):
            raise ValueError(f"a mention's {what} must be text")
    return Mention(start, end, text, orphaned, extra, status=status, by=by)


def _span_parts(value: Any, own: frozenset[str]) -> tuple[int, int, str, bool, dict[str, Any]]:
    if not isinstance(value, Mapping):
        raise ValueError(f"a span must be a mapping of start, end and text, not {value!r}")
    start, end, text = value.get("start"), value.get("end"), value.get("text", "")
    if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool):
        raise ValueError("a span's start and end must be whole numbers")
    if not isinstance(text, str):
        raise ValueError("a span's text must be text")
    orphaned = value.get("orphaned", False) is True
    skip = {"start", "end", "text", "orphaned", *own}
    return start, end, text, orphaned, {k: v for k, v in value.items() if k not in skip}

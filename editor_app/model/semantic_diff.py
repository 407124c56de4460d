"""What changed between two versions of a document's annotations, by record id and by field.

``editor-app diff OLD NEW`` prints it: a line per record added (``+``), removed (``-``) or changed
(``~``, naming each changed field with its old and new value; mentions as the ones added and removed).
"""

from collections.abc import Mapping
from typing import Any

from editor_app.model.annotation_lines import (
    correction_lines,
    entity_lines,
    quote_lines,
    quoted,
    value_text,
)
from editor_app.model.conflicts import kind_of
from editor_app.model.document import Document
from editor_app.model.record_values import CONFLICT_KEY, field_values
from editor_app.model.records import Entity, Quote, Record


def diff_lines(old: Document, new: Document) -> list[str]:
    """Empty when the two hold the same annotations."""
    lines: list[str] = []
    if old.article.sha256 != new.article.sha256:
        lines.append(
            f"~ source: made on another version of the article text "
            f"(sha256 {old.article.sha256[:12]} -> {new.article.sha256[:12]})"
        )
    changed = _changed_fields(_document_values(old), _document_values(new))
    if changed:
        lines.append(f"~ document: {changed}")
    names = {e.id: e.name for e in (*old.entities, *new.entities)}
    olds = {r.id: r for r in old.records()}
    news = {r.id: r for r in new.records()}
    order = [r.id for r in _canonical(new)] + [r.id for r in _canonical(old) if r.id not in news]
    for record_id in order:
        before, after = olds.get(record_id), news.get(record_id)
        if before is None and after is not None:
            lines.append("+ " + _headline(after, names))
        elif after is None and before is not None:
            lines.append("- " + _headline(before, names))
        elif before is not None and after is not None and before != after:
            changed = _changed_fields(_values(before), _values(after))
            if changed:
                lines.append(f"~ {kind_of(after)} {record_id} {_label(after)}: {changed}")
    return lines


def _canonical(doc: Document) -> list[Record]:
    entities, quotes, corrections = doc.in_canonical_order()
    return [*entities, *quotes, *corrections]


def _headline(record: Record, names: Mapping[str, str]) -> str:
    if isinstance(record, Entity):
        return next(iter(entity_lines(record)))
    if isinstance(record, Quote):
        return next(iter(quote_lines(record, names)))
    return next(iter(correction_lines(record)))


def _label(record: Record) -> str:
    return quoted(record.name if isinstance(record, Entity) else record.span.text)


def _values(record: Record) -> dict[str, Any]:
    values = field_values(record)
    if CONFLICT_KEY in record.extra:
        values[CONFLICT_KEY] = "unresolved"
    return values


def _document_values(doc: Document) -> dict[str, Any]:
    values: dict[str, Any] = {"status": doc.status, "note": doc.note}
    values.update(doc.document_extra)
    return values


def _changed_fields(before: Mapping[str, Any], after: Mapping[str, Any]) -> str:
    parts = []
    for name in dict.fromkeys([*before, *after]):
        old, new = before.get(name), after.get(name)
        if old == new:
            continue
        if name == "mentions":
            parts.append(_mentions_changed(old or [], new or []))
        elif name == CONFLICT_KEY:
            parts.append("conflict resolved" if new is None else "conflict added")
        else:
            parts.append(f"{name} {value_text(old)} -> {value_text(new)}")
    return "; ".join(parts)


def _mentions_changed(old: list[Any], new: list[Any]) -> str:
    def key(m: Mapping[str, Any]) -> tuple[Any, ...]:
        return tuple(sorted((k, str(v)) for k, v in m.items()))

    before, after = {key(m): m for m in old}, {key(m): m for m in new}
    added = [value_text(m) for k, m in after.items() if k not in before]
    removed = [value_text(m) for k, m in before.items() if k not in after]
    parts = []
    if added:
        parts.append("mentions added " + ", ".join(added))
    if removed:
        parts.append("mentions removed " + ", ".join(removed))
    return "; ".join(parts) or "mentions reordered"

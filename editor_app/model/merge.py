"""Three-way merge of two versions of a document's annotations, record by record id.

``base`` is the version both sides started from (the sidecar as loaded), ``mine`` the one in the
window, ``theirs`` the one someone else saved. For each id:

- the same on both sides, or changed on one side only: that side's version;
- deleted on one side and unchanged on the other: deleted;
- added on one side only: added;
- changed on both sides differently (or deleted on one side and changed on the other): a
  :class:`Conflict`, and the result keeps *mine* (a deletion of mine stays a deletion), so nothing the
  user did is lost and nothing is resolved silently: every conflict is listed.

Without a base (no common ancestor is known) the result is the union, and an id whose records differ
is a conflict. Mentions have no ids, so an entity is merged as one record (its mentions included);
mention order does not count as a change. The document's own fields (status, note, unknown keys) are
merged the same way, one field at a time. A quote's speaker must stay an entity of the result: an
entity the merge would drop while a kept quote names it is kept instead, and listed.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any, Final

from editor_app.model.document import Document
from editor_app.model.records import Correction, Entity, Mention, Quote, Record

KINDS: Final = (("entity", "entities"), ("quote", "quotes"), ("correction", "corrections"))
_MISSING: Final = object()


@dataclass(frozen=True)
class Conflict:
    """One record (or document field) changed differently on both sides; the result holds ``mine``.

    ``kind`` is "entity", "quote" or "correction" (``mine`` / ``theirs`` / ``base`` are the three
    versions, None where that side has no such record), or "document" for a document field: then
    ``field`` names it and the ``*_value`` attributes hold the values.
    """

    record_id: str
    kind: str
    mine: Record | None
    theirs: Record | None
    base: Record | None
    field: str | None = None
    mine_value: Any = None
    theirs_value: Any = None
    base_value: Any = None
    note: str = ""

    def describe(self) -> str:
        """One line for the user: 'entity e-k3 "Chris Magnus": changed on both sides (label differ)...'."""
        if self.kind == "document":
            return (
                f"document {self.field}: yours {_short(self.mine_value)}, "
                f"theirs {_short(self.theirs_value)}; yours kept"
            )
        record = self.mine or self.theirs or self.base
        title = f"{self.kind} {self.record_id}" + (f" {_short(_label(record))}" if record is not None else "")
        if self.note:
            return f"{title}: {self.note}"
        if self.mine is not None and self.theirs is not None:
            differ = _differing_fields(self.mine, self.theirs)
            which = f" ({', '.join(differ)} differ)" if differ else ""
            both = "added on both sides" if self.base is None else "changed on both sides"
            return f"{title}: {both}{which}; yours kept"
        if self.mine is not None:
            return f"{title}: you changed it, they deleted it; yours kept"
        return f"{title}: you deleted it, they changed it; left deleted"


@dataclass
class MergeResult:
    document: Document
    conflicts: list[Conflict]
    added_from_theirs: int = 0
    changed_from_theirs: int = 0
    removed_by_theirs: int = 0


def merge_documents(base: Document | None, mine: Document, theirs: Document) -> MergeResult:
    """Merge ``theirs`` into ``mine`` against their common ancestor ``base`` (None when unknown).

    None of the three documents is changed; the result is a new document on ``mine``'s article, its
    records in ``mine``'s order followed by those only ``theirs`` has, in their order.
    """
    result = MergeResult(Document(article=mine.article, file_name=mine.file_name), [])
    mine_ids = _kind_of_ids(mine)
    chosen: dict[str, dict[str, Record | None]] = {}
    orders: dict[str, list[str]] = {}
    for kind, attr in KINDS:
        chosen[kind], orders[kind] = _merge_kind(
            kind,
            getattr(base, attr) if base is not None else None,
            getattr(mine, attr),
            getattr(theirs, attr),
            mine_ids,
            result,
        )
    _keep_speakers(base, mine, theirs, chosen, orders, result)
    out = result.document
    for kind, attr in KINDS:
        picked = chosen[kind]
        setattr(out, attr, [r for r in (picked[i] for i in orders[kind]) if r is not None])
    _merge_document_fields(base, mine, theirs, result)
    return result


def _merge_kind(
    kind: str,
    base_list: Sequence[Record] | None,
    mine_list: Sequence[Record],
    theirs_list: Sequence[Record],
    mine_ids: Mapping[str, str],
    result: MergeResult,
) -> tuple[dict[str, Record | None], list[str]]:
    """Decide each id of one kind: the record the result keeps, or None for none."""
    base_map = _by_id(base_list) if base_list is not None else None
    mine_map, theirs_map = _by_id(mine_list), _by_id(theirs_list)
    chosen: dict[str, Record | None] = {}
    order = list(mine_map)
    for record_id, m in mine_map.items():
        t = theirs_map.get(record_id)
        b = base_map.get(record_id) if base_map is not None else None
        chosen[record_id] = m
        if t is not None and same(m, t):
            continue
        if base_map is None:
            if t is not None:
                result.conflicts.append(Conflict(record_id, kind, m, t, None))
            continue
        if t is None:
            if b is None:
                continue  # added by me
            if same(m, b):
                chosen[record_id] = None
                result.removed_by_theirs += 1
            else:
                result.conflicts.append(Conflict(record_id, kind, m, None, b))
            continue
        if b is not None and same(m, b):
            chosen[record_id] = t
            result.changed_from_theirs += 1
        elif b is not None and same(t, b):
            continue  # changed by me only
        else:
            result.conflicts.append(Conflict(record_id, kind, m, t, b))
    for record_id, t in theirs_map.items():
        if record_id in mine_map:
            continue
        b = base_map.get(record_id) if base_map is not None else None
        if record_id in mine_ids:
            result.conflicts.append(
                Conflict(
                    record_id,
                    kind,
                    None,
                    t,
                    b,
                    note=f"their {kind} has the id of your {mine_ids[record_id]}; theirs left out",
                )
            )
            continue
        order.append(record_id)
        if b is None:
            chosen[record_id] = t
            result.added_from_theirs += 1
        elif same(t, b):
            chosen[record_id] = None  # deleted by me, unchanged by them
        else:
            chosen[record_id] = None
            result.conflicts.append(Conflict(record_id, kind, None, t, b))
    return chosen, order


def _keep_speakers(
    base: Document | None,
    mine: Document,
    theirs: Document,
    chosen: dict[str, dict[str, Record | None]],
    orders: dict[str, list[str]],
    result: MergeResult,
) -> None:
    """Bring back an entity the merge dropped while a quote of the result still names it as speaker."""
    entities = chosen["entity"]
    mine_entities, theirs_entities = _by_id(mine.entities), _by_id(theirs.entities)
    base_entities = _by_id(base.entities) if base is not None else {}
    mine_kinds = _kind_of_ids(mine)
    needed: dict[str, str] = {}
    for quote_id in orders["quote"]:
        quote = chosen["quote"].get(quote_id)
        if isinstance(quote, Quote) and quote.speaker is not None and entities.get(quote.speaker) is None:
            needed.setdefault(quote.speaker, quote_id)
    for entity_id, quote_id in needed.items():
        m, t = mine_entities.get(entity_id), theirs_entities.get(entity_id)
        b = base_entities.get(entity_id)
        if m is not None:
            entities[entity_id] = m
            result.removed_by_theirs -= 1
            note = f"they deleted it, but quote {quote_id} still names it as speaker; kept"
        elif t is not None and entity_id not in mine_kinds:
            entities[entity_id] = t
            if entity_id not in orders["entity"]:
                orders["entity"].append(entity_id)
            note = f"you deleted it, but quote {quote_id} still names it as speaker; restored"
        else:
            continue  # named by a quote but an entity on neither side: not the merge's doing
        result.conflicts = [
            c for c in result.conflicts if not (c.kind == "entity" and c.record_id == entity_id)
        ]
        result.conflicts.append(Conflict(entity_id, "entity", m, t, b, note=note))


def _merge_document_fields(
    base: Document | None, mine: Document, theirs: Document, result: MergeResult
) -> None:
    out = result.document
    for name in ("status", "note"):
        value = _merge_value(
            name,
            getattr(base, name) if base is not None else _MISSING,
            getattr(mine, name),
            getattr(theirs, name),
            result,
        )
        setattr(out, name, value)
    for attr, prefix in (("source_extra", "source."), ("document_extra", ""), ("extra", "")):
        b_map: Mapping[str, Any] | None = getattr(base, attr) if base is not None else None
        m_map: Mapping[str, Any] = getattr(mine, attr)
        t_map: Mapping[str, Any] = getattr(theirs, attr)
        merged: dict[str, Any] = {}
        for key in [*m_map, *(k for k in t_map if k not in m_map)]:
            b_value = b_map.get(key, _MISSING) if b_map is not None else _MISSING
            value = _merge_value(
                prefix + key,
                b_value,
                m_map.get(key, _MISSING),
                t_map.get(key, _MISSING),
                result,
                has_base=base is not None,
            )
            if value is not _MISSING:
                merged[key] = value
        setattr(out, attr, merged)


def _merge_value(name: str, b: Any, m: Any, t: Any, result: MergeResult, has_base: bool | None = None) -> Any:
    has_base = (b is not _MISSING) if has_base is None else has_base
    if m == t:
        return m
    if has_base and m == b:
        result.changed_from_theirs += 1
        return t
    if has_base and t == b:
        return m
    shown = [None if v is _MISSING else v for v in (m, t, b)]
    result.conflicts.append(
        Conflict(
            f"document.{name}",
            "document",
            None,
            None,
            None,
            field=name,
            mine_value=shown[0],
            theirs_value=shown[1],
            base_value=shown[2],
        )
    )
    return m


def same(a: Record, b: Record) -> bool:
    """Whether two versions of a record hold the same annotation (an entity's mention order aside)."""
    if isinstance(a, Entity) and isinstance(b, Entity):
        return a == b or replace(a, mentions=_sorted(a.mentions)) == replace(b, mentions=_sorted(b.mentions))
    return a == b


def _sorted(mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    return tuple(
        sorted(mentions, key=lambda m: (m.start, m.end, m.text, m.orphaned, m.status or "", m.by or ""))
    )


def _by_id(records: Sequence[Record]) -> dict[str, Record]:
    found: dict[str, Record] = {}
    for record in records:
        found.setdefault(record.id, record)
    return found


def _kind_of_ids(doc: Document) -> dict[str, str]:
    kinds: dict[str, str] = {}
    for kind, attr in KINDS:
        for record in getattr(doc, attr):
            kinds.setdefault(record.id, kind)
    return kinds


def _label(record: Record) -> str:
    if isinstance(record, Entity):
        return record.name
    if isinstance(record, Quote | Correction):
        return record.span.text
    return ""


def _differing_fields(a: Record, b: Record) -> list[str]:
    if type(a) is not type(b):
        return []
    differ = [f.name for f in fields(a) if getattr(a, f.name) != getattr(b, f.name)]
    if isinstance(a, Entity) and isinstance(b, Entity) and _sorted(a.mentions) == _sorted(b.mentions):
        differ = [name for name in differ if name != "mentions"]
    return differ


def _short(value: Any, limit: int = 40) -> str:
    text = str(value) if value is not None else "(none)"
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f'"{text}"'

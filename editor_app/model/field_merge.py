"""Three-way merge of two sidecars by record id and by field: what git's merge driver writes.

Unlike :mod:`editor_app.model.merge` (the window's merge with disk, which keeps the user's whole record
when both sides touched it), this goes down to fields, and a conflict is written into the result for
someone to resolve later, not shown once and forgotten:

- changes to different records, or to different fields of one record, merge cleanly; an entity's
  mentions merge one mention at a time (by position);
- two records made independently for the same thing (entities sharing a mention span and label,
  quotes with the same span, corrections with the same span and replacement) become one record: our
  id survives, their quotes naming their id as speaker are re-pointed to ours, mentions are united
  and ``by`` names both (``ana; ben``);
- a field changed differently on both sides keeps our value, and the record carries theirs and the
  base's under ``conflict:`` (:mod:`editor_app.model.conflicts`);
- a record deleted on one side and changed on the other is kept in its changed version, flagged;
- an entity that a kept quote names as speaker is kept, flagged when the other side deleted it.

Nothing here reads the article: spans are compared as numbers and words. When the two sides were
annotated on different versions of the article text the records are merged all the same and the result
is marked as made on the base's version (:func:`merged_article`), so the next open re-anchors every
span whose words are not where it points.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Final

from editor_app.model.article import Article, stand_in, text_sha256
from editor_app.model.conflicts import DELETED, describe_conflict, describe_document_conflict
from editor_app.model.document import Document
from editor_app.model.ids import PREFIXES, new_id
from editor_app.model.record_values import (
    CONFLICT_KEY,
    FIELDS,
    field_values,
    with_conflict,
    with_fields,
    without_conflict,
)
from editor_app.model.records import Correction, Entity, Quote, Record

_MISSING: Final = object()
_KINDS: Final[tuple[tuple[type[Record], str], ...]] = (
    (Entity, "entities"),
    (Quote, "quotes"),
    (Correction, "corrections"),
)


@dataclass
class FieldMerge:
    document: Document
    conflicts: list[str] = field(default_factory=list)
    """One line per record (or the document) left with a ``conflict:``."""
    unified: list[tuple[str, str]] = field(default_factory=list)
    """(their id, our id) of records both sides made for the same thing, now one record."""
    notes: list[str] = field(default_factory=list)
    """Things to tell the user that are not conflicts (unknown keys that differ, ours kept)."""
    mixed_texts: bool = False
    """The sides annotated different versions of the article: the next open re-anchors."""


def merge_fields(base: Document | None, ours: Document, theirs: Document) -> FieldMerge:
    """Merge ``theirs`` into ``ours`` against ``base`` (None: the file is new on both sides).

    None of the documents is changed. The result's records are in no particular order (the writer
    sorts them).
    """
    out = Document(article=merged_article(base, ours, theirs), file_name=ours.file_name)
    result = FieldMerge(out, mixed_texts=ours.article.sha256 != theirs.article.sha256)
    base_ids = {r.id for r in base.records()} if base is not None else set()
    renames = _twins(base_ids, ours, theirs, result)
    theirs_by_kind = _renamed(theirs, renames)
    twins = set(renames.values())
    for kind, attr in _KINDS:
        base_map = {r.id: r for r in getattr(base, attr)} if base is not None else {}
        merged = _merge_kind(base_map, getattr(ours, attr), theirs_by_kind[kind], twins)
        setattr(out, attr, merged)
    _keep_speakers(base, ours, theirs_by_kind[Entity], out)
    _merge_document(base, ours, theirs, result)
    for record in out.records():
        if CONFLICT_KEY in record.extra:
            result.conflicts.append(describe_conflict(record))
    if CONFLICT_KEY in out.document_extra:
        result.conflicts.append(describe_document_conflict(out))
    return result


def merged_article(base: Document | None, ours: Document, theirs: Document) -> Article:
    """The article the result's offsets are said to refer to.

    Both sides on one text: that text. Otherwise no single text fits every span; the result names the
    base's text (without a base, no text at all), so that loading it against whatever article the merge
    leaves marks the spans whose words moved, and opening it re-anchors them.
    """
    if ours.article.sha256 == theirs.article.sha256:
        return ours.article
    sha = base.article.sha256 if base is not None else text_sha256("")
    length = max(ours.article.length, theirs.article.length)
    return stand_in(length, sha, ours.article.encoding, ours.article.newline)


# Records made twice --------------------------------------------------------------------------------


def _twins(base_ids: set[str], ours: Document, theirs: Document, result: FieldMerge) -> dict[str, str]:
    """Their id -> the id it takes in the result: ours for a record made on both sides for the same
    thing, a fresh one where their new record has the id of one of ours of another kind."""
    ours_ids, theirs_ids = {r.id for r in ours.records()}, {r.id for r in theirs.records()}
    renames: dict[str, str] = {}
    for _, attr in _KINDS:
        index: dict[tuple[Any, ...], str] = {}
        for record in getattr(ours, attr):
            if record.id not in base_ids and record.id not in theirs_ids:
                for key in _identity(record, {}):
                    index.setdefault(key, record.id)
        for record in getattr(theirs, attr):
            if record.id in base_ids or record.id in ours_ids:
                continue
            match = next((index[k] for k in _identity(record, renames) if k in index), None)
            if match is not None:
                renames[record.id] = match
                result.unified.append((record.id, match))
    taken = ours_ids | theirs_ids | base_ids
    ours_kinds = {r.id: type(r) for r in ours.records()}
    for record in theirs.records():
        if record.id in ours_kinds and ours_kinds[record.id] is not type(record):
            fresh = new_id(PREFIXES[type(record)], taken)
            taken.add(fresh)
            renames[record.id] = fresh
            result.notes.append(f"their {record.id} had the id of another kind of record; now {fresh}")
    return renames


def _identity(record: Record, renames: Mapping[str, str]) -> Iterable[tuple[Any, ...]]:
    """The keys under which two independently made records are the same thing."""
    if isinstance(record, Entity):
        for m in record.mentions:
            yield (record.label, m.start, m.end, m.text)
    elif isinstance(record, Quote):
        yield (record.span.start, record.span.end, record.span.text)
    else:
        yield (record.span.start, record.span.end, record.span.text, record.replacement)


def _renamed(theirs: Document, renames: Mapping[str, str]) -> dict[type[Record], dict[str, Record]]:
    """Their records by kind and by the id each takes, speakers re-pointed; two of theirs that became
    one of ours are united first."""
    found: dict[type[Record], dict[str, Record]] = {}
    for kind, attr in _KINDS:
        records: dict[str, Record] = {}
        for record in getattr(theirs, attr):
            if isinstance(record, Quote) and record.speaker is not None and record.speaker in renames:
                record = replace(record, speaker=renames[record.speaker])
            record_id = renames.get(record.id, record.id)
            if record_id != record.id:
                record = replace(record, id=record_id)
            earlier = records.get(record_id)
            records[record_id] = record if earlier is None else _unite(earlier, record)[0]
        found[kind] = records
    return found


# One kind of record -------------------------------------------------------------------------------


def _merge_kind(
    base_map: Mapping[str, Record],
    ours_list: Sequence[Record],
    theirs_map: Mapping[str, Record],
    twins: set[str],
) -> list[Record]:
    out: list[Record] = []
    ours_ids = set()
    for o in ours_list:
        ours_ids.add(o.id)
        t = theirs_map.get(o.id)
        b = base_map.get(o.id)
        if t is not None:
            if o == t:
                out.append(o)
            elif b is None or o.id in twins:
                out.append(_flagged(*_unite(o, t)))
            else:
                out.append(_three_way(b, o, t))
        elif b is None or o.id in twins:
            out.append(o)  # added by us
        elif not same_record(o, b):
            out.append(with_conflict(o, {"theirs": DELETED, "base": _changed_fields(b, o)}))
        # else: unchanged by us, deleted by them
    for record_id, t in theirs_map.items():
        if record_id in ours_ids:
            continue
        b = base_map.get(record_id)
        if b is None:
            out.append(t)  # added by them
        elif not same_record(t, b):
            out.append(with_conflict(t, {"ours": DELETED, "base": _changed_fields(b, t)}))
        # else: unchanged by them, deleted by us
    return out


def same_record(a: Record, b: Record) -> bool:
    """The same annotation, whatever the order of an entity's mentions and a conflict aside."""
    return a == b or field_values(a) == field_values(b)


def _changed_fields(base: Record, changed: Record) -> dict[str, Any]:
    """The base's values of the fields ``changed`` changed."""
    b, c = field_values(base), field_values(changed)
    return {name: b.get(name) for name in _names(b, c) if b.get(name, _MISSING) != c.get(name, _MISSING)}


def _three_way(base: Record, ours: Record, theirs: Record) -> Record:
    b, o, t = field_values(base), field_values(ours), field_values(theirs)
    merged: dict[str, Any] = {}
    theirs_side: dict[str, Any] = {}
    base_side: dict[str, Any] = {}
    for name in _names(o, t, b):
        bv, ov, tv = b.get(name, _MISSING), o.get(name, _MISSING), t.get(name, _MISSING)
        if ov == tv or tv == bv:
            value = ov
        elif ov == bv:
            value = tv
        elif name == "mentions" and (united := _merge_mentions(bv, ov, tv)) is not None:
            value = united
        else:
            value = ov
            theirs_side[name] = None if tv is _MISSING else tv
            base_side[name] = None if bv is _MISSING else bv
        if value is not _MISSING:
            merged[name] = value
    record = _rebuilt(ours, merged)
    if theirs_side:
        return with_conflict(record, {"theirs": theirs_side, "base": base_side})
    return _carried_conflict(record, ours, theirs)


def _unite(ours: Record, theirs: Record) -> tuple[Record, dict[str, Any]]:
    """One record from two made without a common version: mentions united, ``by`` naming both; any
    other field that differs keeps ours and is returned as theirs (a conflict to flag)."""
    o, t = field_values(ours), field_values(theirs)
    merged: dict[str, Any] = {}
    theirs_side: dict[str, Any] = {}
    for name in _names(o, t):
        ov, tv = o.get(name, _MISSING), t.get(name, _MISSING)
        value: Any
        if name == "mentions":
            value = _merge_mentions([], ov, tv)
            if value is None:  # the same span with other details: ours, and theirs are kept too
                value = ov
                theirs_side[name] = tv
        elif name == "by":
            value = join_by(None if ov is _MISSING else ov, None if tv is _MISSING else tv)
        elif ov == tv or tv is _MISSING:
            value = ov
        elif ov is _MISSING:
            value = tv
        else:
            value = ov
            theirs_side[name] = tv
        if value is not _MISSING:
            merged[name] = value
    return _carried_conflict(_rebuilt(ours, merged), ours, theirs), theirs_side


def _flagged(record: Record, theirs_side: dict[str, Any]) -> Record:
    return with_conflict(record, {"theirs": theirs_side}) if theirs_side else record


def _carried_conflict(record: Record, ours: Record, theirs: Record) -> Record:
    """A conflict one side already carried (not yet resolved) stays: ours first."""
    for side in (ours, theirs):
        if CONFLICT_KEY in side.extra:
            return with_conflict(record, side.extra[CONFLICT_KEY])
    return without_conflict(record)


def _merge_mentions(b: Any, o: Any, t: Any) -> list[Any] | None:
    """Mentions merged one position at a time; None when one mention changed differently on both sides."""
    b, o, t = ([] if v is _MISSING or v is None else v for v in (b, o, t))

    def key(m: Mapping[str, Any]) -> tuple[int, int]:
        return (m["start"], m["end"])

    bm, om, tm = ({key(m): m for m in v} for v in (b, o, t))
    out = []
    for k in dict.fromkeys([*om, *tm]):
        bv, ov, tv = bm.get(k), om.get(k), tm.get(k)
        if ov == tv or tv == bv:
            value = ov
        elif ov == bv:
            value = tv
        else:
            return None
        if value is not None:
            out.append(value)
    return sorted(out, key=key)


def join_by(ours: str | None, theirs: str | None) -> str | None:
    """``by`` of a record two people made: ``ana; ben`` (each name once, ours first)."""
    if ours is None or ours == theirs:
        return theirs if ours is None else ours
    if theirs is None:
        return ours
    names = [n.strip() for n in ours.split(";")]
    names += [n.strip() for n in theirs.split(";") if n.strip() not in names]
    return "; ".join(n for n in names if n)


def _rebuilt(record: Record, values: Mapping[str, Any]) -> Record:
    known = FIELDS[type(record)]
    bare = replace(record, extra={})
    rebuilt = with_fields(bare, {k: v for k, v in values.items() if k in known})
    extra = {k: v for k, v in values.items() if k not in known}
    return replace(rebuilt, extra=extra) if extra else rebuilt


def _names(*maps: Mapping[str, Any]) -> list[str]:
    return list(dict.fromkeys(name for m in maps for name in m))


# Speakers and the document ------------------------------------------------------------------------


def _keep_speakers(
    base: Document | None, ours: Document, theirs_entities: Mapping[str, Record], out: Document
) -> None:
    """An entity a kept quote names as speaker stays, flagged when one side deleted it."""
    have = {e.id for e in out.entities}
    base_entities = {e.id: e for e in base.entities} if base is not None else {}
    for index, quote in enumerate(out.quotes):
        speaker = quote.speaker
        if speaker is None or speaker in have:
            continue
        mine, theirs = ours.entity(speaker), theirs_entities.get(speaker)
        b = base_entities.get(speaker)
        restored: Record | None = None
        if mine is not None:
            restored = with_conflict(mine, {"theirs": DELETED, "base": field_values(b) if b else {}})
        elif isinstance(theirs, Entity):
            restored = with_conflict(theirs, {"ours": DELETED, "base": field_values(b) if b else {}})
        if isinstance(restored, Entity):
            out.entities.append(restored)
            have.add(speaker)
        else:
            out.quotes[index] = replace(quote, speaker=None)


def _merge_document(base: Document | None, ours: Document, theirs: Document, result: FieldMerge) -> None:
    out = result.document

    def fields(doc: Document) -> dict[str, Any]:
        values = {"status": doc.status, "note": doc.note}
        values.update((k, v) for k, v in doc.document_extra.items() if k != CONFLICT_KEY)
        return values

    b = fields(base) if base is not None else None
    o, t = fields(ours), fields(theirs)
    merged: dict[str, Any] = {}
    theirs_side: dict[str, Any] = {}
    base_side: dict[str, Any] = {}
    for name in _names(o, t, b or {}):
        ov, tv = o.get(name, _MISSING), t.get(name, _MISSING)
        bv = b.get(name, _MISSING) if b is not None else _MISSING
        if ov == tv or (b is not None and tv == bv):
            value = ov
        elif b is not None and ov == bv:
            value = tv
        elif b is None and (ov is _MISSING or tv is _MISSING):
            value = tv if ov is _MISSING else ov
        else:
            value = ov
            theirs_side[name] = None if tv is _MISSING else tv
            if bv is not _MISSING:
                base_side[name] = bv
        if value is not _MISSING:
            merged[name] = value
    out.status = merged.pop("status", ours.status)
    out.note = merged.pop("note", ours.note)
    out.document_extra = merged
    if theirs_side:
        conflict: dict[str, Any] = {"theirs": theirs_side}
        if base_side:
            conflict["base"] = base_side
        out.document_extra[CONFLICT_KEY] = conflict
    else:
        carried = ours.document_extra.get(CONFLICT_KEY, theirs.document_extra.get(CONFLICT_KEY))
        if carried is not None:
            out.document_extra[CONFLICT_KEY] = carried
    for attr, prefix in (("source_extra", "source."), ("extra", "")):
        setattr(out, attr, _merge_plain(base, ours, theirs, attr, prefix, result))
    if result.mixed_texts:
        result.notes.append(
            "the two sides annotated different versions of the article: every annotation is kept, and "
            "spans are re-anchored when the article is next opened"
        )


def _merge_plain(
    base: Document | None, ours: Document, theirs: Document, attr: str, prefix: str, result: FieldMerge
) -> dict[str, Any]:
    """Keys other tools keep in ``source:`` or at the top: merged by key; where both changed one,
    ours is kept and the user told."""
    b: Mapping[str, Any] = getattr(base, attr) if base is not None else {}
    o: Mapping[str, Any] = getattr(ours, attr)
    t: Mapping[str, Any] = getattr(theirs, attr)
    merged: dict[str, Any] = {}
    for name in _names(o, t, b):
        ov, tv, bv = o.get(name, _MISSING), t.get(name, _MISSING), b.get(name, _MISSING)
        value = tv if ov == bv and base is not None else ov
        if ov != tv and tv != bv and not (ov == bv and base is not None):
            if ov is _MISSING:
                value = tv
            elif tv is not _MISSING:
                result.notes.append(f"{prefix}{name} differs on both sides; ours kept")
        if value is not _MISSING:
            merged[name] = value
    return merged

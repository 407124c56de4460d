"""Importing JSONL (and JSON) written by doccano, Prodigy or our own :mod:`.jsonl_write`.

Each record is told apart by its keys:

- ``entity_records`` (ours): entities, mentions, quotes and corrections come back as they were;
- ``spans`` (Prodigy): ``start``, ``end``, ``label``; a span's ``text``, when given, must match;
- ``label`` (doccano sequence labelling): ``[[start, end, "LABEL"], ...]``; ``--label-key`` and
  ``--text-key`` name other columns;
- ``entities`` with ``start_offset``/``end_offset`` (doccano relation extraction): the spans become
  mentions carrying their doccano id, and ``relations`` are kept in the document section.

Mentions of flat formats are grouped into entities by label and text
(:func:`.build.group_into_entities`). Offsets are code points; a text with ``\\r\\n`` or a BOM has
its offsets mapped onto the normalised text. Every other top-level key (``meta`` entries, Prodigy's
``_input_hash`` and ``answer`` ...) is kept in the sidecar's document section and written back on
export; Prodigy's ``tokens`` are dropped (they follow from the text). A ``.json`` file holds one
record or a list of them.
"""

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from editor_app.formats.build import (
    FlatSpan,
    Imported,
    ImportFailure,
    Normalised,
    UnreadableInput,
    check_span,
    group_into_entities,
    input_lines,
    new_document,
    parse_json,
    read_input,
    safe_file_name,
)
from editor_app.model import vocab
from editor_app.model.ids import IdMinter
from editor_app.model.records import Correction, Entity, Mention, Quote, Record, Span
from editor_app.model.vocab import Category, DocumentStatus, QuoteKind, Status

_SPAN_KEYS = frozenset(
    ["start", "end", "label", "text", "entity", "status", "by", "token_start", "token_end"]
)


@dataclass(frozen=True)
class JsonlOptions:
    out: Path | None = None
    """Folder for the articles and sidecars (None: beside the input)."""
    text_key: str = "text"
    label_key: str = "label"


class _Bad(Exception):
    pass


def read_jsonl(path: Path, options: JsonlOptions) -> Iterator[Imported | ImportFailure]:
    """Every record of ``path``, as a document or as the reason it cannot be imported."""
    for number, source, record in _records(path):
        if isinstance(record, ImportFailure):
            yield record
            continue
        try:
            yield _imported(record, path, number, source, options)
        except _Bad as exc:
            yield ImportFailure(source, str(exc))


def _records(path: Path) -> Iterator[tuple[int, str, Any]]:
    """(record number, where, the parsed record or an ImportFailure) for each record of ``path``."""
    if path.suffix.lower() == ".json":
        try:
            data = parse_json(read_input(path).decode("utf-8-sig"))
        except (UnicodeDecodeError, UnreadableInput) as exc:
            yield 0, str(path), ImportFailure(str(path), f"is not JSON: {exc}")
            return
        for index, record in enumerate(data if isinstance(data, list) else [data], 1):
            yield index, f"{path}[{index}]", record
        return
    try:
        yield from _lines(path)  # split on \n only: U+2028 inside a string is not a line break
    except UnreadableInput as exc:
        yield 0, str(path), ImportFailure(str(path), str(exc))


def _lines(path: Path) -> Iterator[tuple[int, str, Any]]:
    for number, raw in enumerate(input_lines(path), 1):
        source = f"{path}:{number}"
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8").strip()
        except UnicodeDecodeError as exc:
            yield (
                number,
                source,
                ImportFailure(source, f"is not UTF-8 ({exc.reason} at byte {exc.start})"),
            )
            continue
        if not line:
            continue
        try:
            yield number, source, json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, source, ImportFailure(source, f"is not JSON: {exc.msg} at column {exc.colno}")
        except (ValueError, RecursionError):
            try:
                parse_json(line)
            except UnreadableInput as refused:
                yield number, source, ImportFailure(source, str(refused))


def _imported(record: Any, path: Path, number: int, source: str, options: JsonlOptions) -> Imported:
    if not isinstance(record, dict):
        raise _Bad("is not a JSON object")
    raw_text = record.get(options.text_key)
    if not isinstance(raw_text, str):
        raise _Bad(f"has no text under {options.text_key!r} (--text-key names another key)")
    normalised = Normalised(raw_text)
    consumed = {options.text_key, "tokens"}
    meta = record.get("meta")
    name = safe_file_name(meta.get("file")) if isinstance(meta, dict) else None
    text = normalised.text
    records: Sequence[Record] = []
    notes: list[str] = []
    flat: list[FlatSpan] | None = None
    if "entity_records" in record:
        consumed |= {"entity_records", "spans", "label", "quotes", "corrections"}
        records = _ours(record, normalised, notes)
    elif isinstance(record.get("spans"), list):
        consumed |= {"spans"}
        flat = _prodigy_spans(record["spans"], normalised)
    elif isinstance(record.get(options.label_key), list):
        consumed |= {options.label_key}
        flat = _doccano_spans(record[options.label_key], normalised)
    elif isinstance(record.get("entities"), list):
        consumed |= {"entities"}
        flat = _doccano_relation_spans(record["entities"], normalised)
    else:
        for key, value in record.items():
            if isinstance(value, list) and value and all(_looks_like_span(item) for item in value):
                raise _Bad(f"no spans under {options.label_key!r}, but {key!r} holds some: --label-key {key}")
    if flat is not None:
        records, notes = group_into_entities(text, flat, IdMinter())
    status, note, document_extra = _meta(meta, consumed)
    for key, value in record.items():
        if key not in consumed:
            document_extra[key] = value
    name = name or f"{path.stem}-{number:04d}.txt"
    doc = new_document(text, name, records, status=status, note=note, document_extra=document_extra)
    if record.get("answer") not in (None, "accept"):
        notes.append(f"Prodigy answer {record['answer']!r}: imported as it is")
    out = options.out or path.parent
    return Imported(doc, out / doc.file_name, True, source, notes)


def _meta(meta: Any, consumed: set[str]) -> tuple[str, str, dict[str, Any]]:
    """The document's status and note found in ``meta``, and the document section holding the rest."""
    status, note = DocumentStatus.NEW, ""
    if meta is None:
        return status, note, {}
    consumed.add("meta")
    if not isinstance(meta, dict):
        return status, note, {"meta": meta}
    rest = dict(meta)
    rest.pop("file", None)
    if rest.get("status") in vocab.DOCUMENT_STATUSES:
        status = rest.pop("status")
    if isinstance(rest.get("note"), str):
        note = rest.pop("note")
    return status, note, {"meta": rest} if rest else {}


def _span(normalised: Normalised, start: Any, end: Any, label: Any, text: Any = None) -> tuple[int, int]:
    why = check_span(len(normalised.raw), start, end, label)
    if why:
        raise _Bad(why)
    if text is not None and normalised.raw[start:end] != text:
        raise _Bad(f"span {start}-{end} says {text!r} but the text there is {normalised.raw[start:end]!r}")
    return normalised.offset(start), normalised.offset(end)


def _prodigy_spans(spans: list[Any], normalised: Normalised) -> list[FlatSpan]:
    result = []
    for item in spans:
        if not isinstance(item, dict):
            raise _Bad("a span is not an object")
        start, end = _span(
            normalised, item.get("start"), item.get("end"), item.get("label"), item.get("text")
        )
        extra = {k: v for k, v in item.items() if k not in _SPAN_KEYS}
        result.append(FlatSpan(start, end, item["label"], extra))
    return result


def _looks_like_span(item: Any) -> bool:
    return isinstance(item, list) and len(item) == 3 and isinstance(item[0], int) and isinstance(item[2], str)


def _doccano_spans(labels: list[Any], normalised: Normalised) -> list[FlatSpan]:
    result = []
    for item in labels:
        if not isinstance(item, list) or len(item) != 3:
            raise _Bad(f"{item!r} is not a span [start, end, label] (a text classification label?)")
        start, end = _span(normalised, *item)
        result.append(FlatSpan(start, end, item[2]))
    return result


def _doccano_relation_spans(entities: list[Any], normalised: Normalised) -> list[FlatSpan]:
    result = []
    for item in entities:
        if not isinstance(item, dict):
            raise _Bad("an entity is not an object")
        start, end = _span(normalised, item.get("start_offset"), item.get("end_offset"), item.get("label"))
        extra = {"doccano_id": item["id"]} if "id" in item else {}
        result.append(FlatSpan(start, end, item["label"], extra))
    return result


def _ours(record: dict[str, Any], normalised: Normalised, notes: list[str]) -> list[Record]:
    text = normalised.text
    by_id: dict[str, Entity] = {}
    for item in _objects(record.get("entity_records"), "entity_records"):
        entity_id, label = _required_str(item, "id"), _required_str(item, "label")
        name = _required_str(item, "name")
        by_id[entity_id] = Entity(
            id=entity_id,
            label=label,
            name=name,
            link=_optional_str(item.get("link")),
            status=str(item.get("status", Status.CONFIRMED)),
            by=_optional_str(item.get("by")),
            extra=_rest(item, {"id", "label", "name", "link", "status", "by"}),
        )
    mentions: dict[str, list[Mention]] = {key: [] for key in by_id}
    loose: list[FlatSpan] = []
    for item in _objects(record.get("spans"), "spans"):
        start, end = _span(
            normalised, item.get("start"), item.get("end"), item.get("label"), item.get("text")
        )
        owner = item.get("entity")
        if owner in mentions:
            mentions[owner].append(
                Mention(
                    start,
                    end,
                    text[start:end],
                    status=_optional_str(item.get("status")),
                    by=_optional_str(item.get("by")),
                    extra=_rest(item, _SPAN_KEYS),
                )
            )
        else:
            loose.append(FlatSpan(start, end, item["label"], _rest(item, _SPAN_KEYS)))
    records: list[Record] = [
        Entity(**{**_fields(entity), "mentions": tuple(mentions[entity_id])})
        for entity_id, entity in by_id.items()
    ]
    if loose:
        notes.append(f"{len(loose)} span(s) named no entity record; grouped by label and text")
        grouped, grouping_notes = group_into_entities(text, loose, IdMinter(by_id.keys()))
        records += grouped
        notes += grouping_notes
    for item in _objects(record.get("quotes"), "quotes"):
        cue = item.get("cue")
        records.append(
            Quote(
                id=_required_str(item, "id"),
                span=_record_span(item, normalised),
                speaker=_optional_str(item.get("speaker")),
                cue=None if cue is None else _record_span(cue, normalised),
                kind=str(item.get("kind", QuoteKind.DIRECT)),
                status=str(item.get("status", Status.CONFIRMED)),
                by=_optional_str(item.get("by")),
                extra=_rest(item, {"id", "start", "end", "text", "speaker", "cue", "kind", "status", "by"}),
            )
        )
    for item in _objects(record.get("corrections"), "corrections"):
        keys = {"id", "start", "end", "text", "replacement", "category", "status", "note", "by"}
        records.append(
            Correction(
                id=_required_str(item, "id"),
                span=_record_span(item, normalised),
                replacement=str(item.get("replacement", "")),
                category=str(item.get("category", Category.OTHER)),
                status=str(item.get("status", Status.OPEN)),
                note=str(item.get("note", "")),
                by=_optional_str(item.get("by")),
                extra=_rest(item, keys),
            )
        )
    return records


def _fields(entity: Entity) -> dict[str, Any]:
    return {name: getattr(entity, name) for name in ("id", "label", "name", "link", "status", "by", "extra")}


def _record_span(item: Any, normalised: Normalised) -> Span:
    if not isinstance(item, dict):
        raise _Bad("a span is not an object")
    start, end = _span(normalised, item.get("start"), item.get("end"), "span", item.get("text"))
    return Span(start, end, normalised.text[start:end])


def _objects(value: Any, key: str) -> list[dict[str, Any]]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise _Bad(f"{key} is not a list of objects")
    return value


def _required_str(item: dict[str, Any], key: str) -> str:
    value = item.get(key)
    if not isinstance(value, str) or not value:
        raise _Bad(f"a record has no {key}")
    return value


def _optional_str(value: Any) -> str | None:
    return None if value is None else str(value)


def _rest(item: dict[str, Any], known: set[str] | frozenset[str]) -> dict[str, Any]:
    return {k: v for k, v in item.items() if k not in known}

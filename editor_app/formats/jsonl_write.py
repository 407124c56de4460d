"""JSONL export: one article per line, readable by doccano and by Prodigy as it is.

Each line holds:

- ``text``: the article text (newlines ``\\n``; offsets count code points, as doccano and Prodigy do);
- ``label``: every entity mention as doccano reads it, ``[start, end, "LABEL"]``;
- ``spans``: the same mentions as Prodigy reads them, ``{"start", "end", "label"}``, plus ``text``
  and ``entity`` (the entity's id). No ``token_start``/``token_end``: they would have to match
  Prodigy's own tokenizer, and Prodigy adds them itself;
- ``entity_records``: the entities (id, label, name, link, status, by);
- ``quotes`` and ``corrections``: as in the sidecar, one object each;
- ``meta``: ``file``, ``status`` (and ``note``) of the document; other keys of the sidecar's document
  section come out at the top level (``story`` for instance), where :mod:`.jsonl_read` puts them back.

Keys the sidecar kept from other tools ride along in the objects they belong to.
"""

import json
from pathlib import Path
from typing import Any

from editor_app.formats.output import OutputFile
from editor_app.formats.prepare import Prepared
from editor_app.model.document import Document
from editor_app.storage.output_guard import OutputGuard

TOP_KEYS = ("text", "label", "spans", "entity_records", "quotes", "corrections", "meta")


def document_record(doc: Document) -> dict[str, Any]:
    """The JSON object of one line."""
    label: list[list[Any]] = []
    spans: list[dict[str, Any]] = []
    entities: list[dict[str, Any]] = []
    for entity in doc.entities:
        record: dict[str, Any] = {**entity.extra, "id": entity.id, "label": entity.label, "name": entity.name}
        if entity.link is not None:
            record["link"] = entity.link
        record["status"] = entity.status
        if entity.by is not None:
            record["by"] = entity.by
        entities.append(record)
        for mention in entity.mentions:
            label.append([mention.start, mention.end, entity.label])
            span: dict[str, Any] = {
                **mention.extra,
                "start": mention.start,
                "end": mention.end,
                "label": entity.label,
                "text": mention.text,
                "entity": entity.id,
            }
            if mention.status is not None:
                span["status"] = mention.status
            if mention.by is not None:
                span["by"] = mention.by
            spans.append(span)
    label.sort()
    spans.sort(key=lambda s: (s["start"], s["end"], s["label"]))
    quotes = [
        {
            **quote.extra,
            "id": quote.id,
            "start": quote.span.start,
            "end": quote.span.end,
            "text": quote.span.text,
            "speaker": quote.speaker,
            "cue": None
            if quote.cue is None
            else {"start": quote.cue.start, "end": quote.cue.end, "text": quote.cue.text},
            "kind": quote.kind,
            "status": quote.status,
            "by": quote.by,
        }
        for quote in doc.quotes
    ]
    corrections = [
        {
            **correction.extra,
            "id": correction.id,
            "start": correction.span.start,
            "end": correction.span.end,
            "text": correction.span.text,
            "replacement": correction.replacement,
            "category": correction.category,
            "status": correction.status,
            "note": correction.note,
            "by": correction.by,
        }
        for correction in doc.corrections
    ]
    extra_meta = doc.document_extra.get("meta")
    meta: dict[str, Any] = dict(extra_meta) if isinstance(extra_meta, dict) else {}
    meta.update(file=doc.file_name, status=doc.status)
    if doc.note:
        meta["note"] = doc.note
    line: dict[str, Any] = {
        "text": doc.text,
        "label": label,
        "spans": spans,
        "entity_records": entities,
        "quotes": quotes,
        "corrections": corrections,
        "meta": meta,
    }
    for key, value in doc.document_extra.items():
        line.setdefault(key, value)
    return line


def dumps(record: dict[str, Any]) -> str:
    """One JSON line. U+2028, U+2029 and NEL are escaped: some line readers split on them."""
    line = json.dumps(record, ensure_ascii=False, separators=(",", ":"), default=str)
    if not line.isascii():
        line = line.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("\x85", "\\u0085")
    return line


def jsonl_line(prepared: Prepared) -> bytes:
    """The document's JSONL line, newline included."""
    return dumps(document_record(prepared.document)).encode("utf-8") + b"\n"


class JsonlWriter:
    def __init__(self, out: Path, guard: OutputGuard | None = None):
        self.out = OutputFile(out, guard)

    def write(self, prepared: Prepared) -> list[str]:
        return self.write_line(jsonl_line(prepared))

    def write_line(self, line: bytes) -> list[str]:
        """Write a line :func:`jsonl_line` made (in a worker process, with ``--jobs``)."""
        self.out.write(line)
        return []

    def close(self) -> None:
        self.out.close()

    def abort(self) -> None:
        self.out.abort()

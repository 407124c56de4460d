"""Writing sidecars: the canonical, diff-friendly layout of format v1."""

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from editor_app.model.document import Document
from editor_app.model.records import Correction, Entity, Mention, Quote, Span
from editor_app.model.validation import validate
from editor_app.storage.atomic import atomic_write
from editor_app.storage.errors import SidecarError
from editor_app.storage.yaml_emit import block, flow_map, scalar
from editor_app.storage.yaml_guard import MAX_DEPTH, MAX_SIDECAR_BYTES, max_nodes_for, too_large

FORMAT_NAME = "editor-app/annotations"
FORMAT_VERSION = 1
SIDECAR_SUFFIX = ".annotations.yaml"


def sidecar_path(article_path: Path) -> Path:
    """``story.txt`` -> ``story.txt.annotations.yaml`` in the same folder."""
    article_path = Path(article_path)
    return article_path.with_name(article_path.name + SIDECAR_SUFFIX)


def dump_sidecar(doc: Document) -> str:
    """The sidecar text for ``doc``, in canonical order; identical documents give identical text.

    ``doc`` is not changed: the records are written in that order, not sorted where they are."""
    entities, quotes, corrections = doc.in_canonical_order()
    article = doc.article
    out = [
        f"format: {FORMAT_NAME}",
        f"version: {FORMAT_VERSION}",
        "source:",
        f"  file: {scalar(_readable_name(doc.file_name))}",
        f"  sha256: {article.sha256}",
        f"  length: {article.length}",
        f"  encoding: {scalar(article.encoding)}",
        f"  newline: {article.newline}",
        "  offsets: codepoint",
    ]
    _extra(doc.source_extra, 2, out)
    out.append("document:")
    out.append(f"  status: {scalar(doc.status)}")
    out.append(f"  note: {scalar(doc.note)}")
    _extra(doc.document_extra, 2, out)
    _records("entities", entities, _entity, out)
    _records("quotes", quotes, _quote, out)
    _records("corrections", corrections, _correction, out)
    _extra(doc.extra, 0, out)
    return "\n".join(out) + "\n"


def save_sidecar(doc: Document, path: Path) -> bytes:
    """Validate ``doc`` and write it atomically to ``path``; returns the bytes written.

    Raises :class:`SidecarError` if the annotations are inconsistent (nothing is written then)."""
    data = encode_sidecar(doc, path)
    write_sidecar(path, data)
    return data


def write_sidecar(path: Path, data: bytes) -> None:
    """Replace the sidecar at ``path`` with ``data`` (from :func:`encode_sidecar`), atomically."""
    atomic_write(path, data)


def encode_sidecar(doc: Document, path: Path) -> bytes:
    """The bytes :func:`save_sidecar` writes for ``doc``; raises :class:`SidecarError` naming ``path``
    when ``doc`` must not be written: it is inconsistent, or the reader would refuse what it gives
    (:func:`check_readable`)."""
    problems = validate(doc)
    if problems:
        listing = "; ".join(p.message for p in problems[:5])
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        raise SidecarError(path, f"not saved, the annotations are inconsistent: {listing}{more}")
    try:
        data = dump_sidecar(doc).encode("utf-8")
    except ValueError as exc:  # Unwritable, or an int too long for str()
        raise SidecarError(path, f"not saved: a value {exc}") from None
    check_readable(doc, data, path)
    return data


def check_readable(doc: Document, data: bytes, path: Path) -> None:
    """Refuse to write what :mod:`~editor_app.storage.sidecar_read` would refuse to read back.

    Checked on the document and the encoded bytes, without parsing them (that would cost the save
    target): the size limit, the number of YAML values, and the nesting of keys kept from other tools.
    The emitter itself refuses text UTF-8 cannot hold, and never writes NUL bytes, aliases, tags or
    conflict markers.
    """
    if len(data) > MAX_SIDECAR_BYTES:
        raise SidecarError(path, f"not saved: it would be {too_large(len(data)).removeprefix('is ')}")
    values, depth = _shape(doc)
    limit = max_nodes_for(len(doc.text))
    if values > limit:
        raise SidecarError(path, f"not saved: it would hold {values:,} YAML values, over {limit:,}")
    if depth > MAX_DEPTH:
        raise SidecarError(
            path, f"not saved: values kept from another tool nest {depth} levels deep, over {MAX_DEPTH}"
        )


def _shape(doc: Document) -> tuple[int, int]:
    """How many YAML values the sidecar of ``doc`` holds (at least), and how deep it nests."""
    count = 16 + _count(doc.extra) + _count(doc.source_extra) + _count(doc.document_extra)
    depth = max(1 + _depth(doc.extra), 2 + _depth(doc.source_extra), 2 + _depth(doc.document_extra))
    for entity in doc.entities:
        count += 16 + _count(entity.extra)
        if entity.extra:
            depth = max(depth, 3 + _depth(entity.extra))
        for mention in entity.mentions:
            count += 10 + _count(mention.extra)
            if mention.extra:
                depth = max(depth, 5 + _depth(mention.extra))
    extras: list[Mapping[str, Any]] = [q.extra for q in doc.quotes] + [c.extra for c in doc.corrections]
    for extra in extras:
        count += 24 + _count(extra)
        if extra:
            depth = max(depth, 3 + _depth(extra))
    for quote in doc.quotes:
        if quote.cue is not None and quote.cue.extra:
            count += _count(quote.cue.extra)
            depth = max(depth, 4 + _depth(quote.cue.extra))
    return count, depth


def _count(value: Any) -> int:
    """Values in ``value`` (a mapping counts its keys too)."""
    if isinstance(value, Mapping):
        return 1 + sum(1 + _count(item) for item in value.values())
    if isinstance(value, list):
        return 1 + sum(_count(item) for item in value)
    return 1


def _depth(value: Any) -> int:
    """Collections nested in ``value``: 0 for a scalar, 1 for a flat list or mapping."""
    stack = [(value, 0)]
    deepest = 0
    while stack:
        item, level = stack.pop()
        children = item.values() if isinstance(item, Mapping) else item if isinstance(item, list) else None
        if children is None:
            continue
        deepest = max(deepest, level + 1)
        if deepest > MAX_DEPTH:
            return deepest
        stack.extend((child, level + 1) for child in children)
    return deepest


def _readable_name(name: str) -> str:
    """The article's file name as UTF-8 can hold it: bytes a file system allowed but UTF-8 does not
    (``caf\\xe9.txt`` from a Latin-1 machine) are shown as U+FFFD; the name is for people to read."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape" if _escaped_bytes(name) else "replace").decode(
            "utf-8", "replace"
        )
    return name


def _escaped_bytes(name: str) -> bool:
    return all(not 0xD800 <= ord(c) <= 0xDFFF or 0xDC80 <= ord(c) <= 0xDCFF for c in name)


def _records(key: str, records: list[Any], write: Any, out: list[str]) -> None:
    if not records:
        out.append(f"{key}: []")
        return
    out.append(f"{key}:")
    for record in records:
        write(record, out)


def _entity(entity: Entity, out: list[str]) -> None:
    out.append(f"- id: {scalar(entity.id)}")
    out.append(f"  label: {scalar(entity.label)}")
    out.append(f"  name: {scalar(entity.name)}")
    if entity.link is not None:
        out.append(f"  link: {scalar(entity.link)}")
    out.append(f"  status: {scalar(entity.status)}")
    if entity.by is not None:
        out.append(f"  by: {scalar(entity.by)}")
    if entity.mentions:
        out.append("  mentions:")
        out.extend(f"  - {_mention(m)}" for m in entity.mentions)
    else:
        out.append("  mentions: []")
    _extra(entity.extra, 2, out)


def _span_items(span: Span) -> list[tuple[str, Any]]:
    items: list[tuple[str, Any]] = [("start", span.start), ("end", span.end), ("text", span.text)]
    if span.orphaned:
        items.append(("orphaned", True))
    return items


def _mention(mention: Mention) -> str:
    items = _span_items(mention)
    if mention.status is not None:
        items.append(("status", mention.status))
    if mention.by is not None:
        items.append(("by", mention.by))
    items.extend(mention.extra.items())
    return flow_map(items)


def _record_span(span: Span, out: list[str], first: str) -> None:
    out.append(f"- id: {first}")
    out.append(f"  start: {span.start}")
    out.append(f"  end: {span.end}")
    out.append(f"  text: {scalar(span.text)}")
    if span.orphaned:
        out.append("  orphaned: true")


def _quote(quote: Quote, out: list[str]) -> None:
    _record_span(quote.span, out, scalar(quote.id))
    out.append(f"  speaker: {scalar(quote.speaker)}")
    if quote.cue is not None:
        out.append(f"  cue: {flow_map([*_span_items(quote.cue), *quote.cue.extra.items()])}")
    out.append(f"  kind: {scalar(quote.kind)}")
    out.append(f"  status: {scalar(quote.status)}")
    if quote.by is not None:
        out.append(f"  by: {scalar(quote.by)}")
    _extra(quote.extra, 2, out)


def _correction(correction: Correction, out: list[str]) -> None:
    _record_span(correction.span, out, scalar(correction.id))
    if correction.was is not None:  # applied: the words it replaced (absent before, so older files stay)
        out.append(f"  was: {scalar(correction.was)}")
    out.append(f"  replacement: {scalar(correction.replacement)}")
    out.append(f"  category: {scalar(correction.category)}")
    out.append(f"  status: {scalar(correction.status)}")
    out.append(f"  note: {scalar(correction.note)}")
    if correction.by is not None:
        out.append(f"  by: {scalar(correction.by)}")
    _extra(correction.extra, 2, out)


def _extra(extra: Any, indent: int, out: list[str]) -> None:
    if extra:
        block(dict(extra), indent, out)

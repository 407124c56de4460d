"""Building documents from what other tools wrote: their text, their offsets, their flat lists of spans.

A reader collects the records first and makes the document from them at the end (:func:`new_document`):
a document nobody holds yet is built, not changed, so it needs no edits.
"""

import json
import os
import stat
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from editor_app.model.article import Article
from editor_app.model.document import Document
from editor_app.model.ids import IdMinter
from editor_app.model.records import Correction, Entity, Mention, Quote, Record
from editor_app.model.vocab import DocumentStatus, Status
from editor_app.storage.bounded_read import ReadRefused, read_bounded


@dataclass
class Imported:
    """One document read from another tool's file, ready to be saved as a sidecar."""

    document: Document
    article: Path
    """The article the sidecar belongs to (it exists, or is written from ``document``'s text)."""
    carries_text: bool
    """Whether the input held the text (JSONL, CoNLL, Label Studio) rather than pointing at a file (brat)."""
    source: str
    """Where it came from, ``file`` or ``file:line``, for messages."""
    notes: list[str] = field(default_factory=list)


@dataclass
class ImportFailure:
    source: str
    message: str


@dataclass(frozen=True, slots=True)
class FlatSpan:
    """A labelled span as flat formats hold it: no entity, no grouping."""

    start: int
    end: int
    label: str
    extra: Mapping[str, Any] = field(default_factory=dict)


class Normalised:
    """Text with its newlines made ``\\n`` and its BOM removed, as the app keeps articles.

    Other tools count offsets in the text as they read it, ``\\r\\n`` and BOM included;
    :meth:`offset` maps such an offset into the normalised text.
    """

    def __init__(self, raw: str):
        removed: list[int] = []
        if raw.startswith("\ufeff"):
            removed.append(0)
        if "\r" in raw:
            position = raw.find("\r\n")
            while position != -1:
                removed.append(position)
                position = raw.find("\r\n", position + 2)
        self.raw = raw
        self._removed = removed
        text = raw[1:] if raw.startswith("\ufeff") else raw
        self.text = text.replace("\r\n", "\n").replace("\r", "\n")

    def offset(self, raw_offset: int) -> int:
        return raw_offset - bisect_left(self._removed, raw_offset)


def new_document(
    text: str,
    file_name: str,
    records: Iterable[Record] = (),
    *,
    status: str = DocumentStatus.NEW,
    note: str = "",
    document_extra: Mapping[str, Any] | None = None,
    extra: Mapping[str, Any] | None = None,
) -> Document:
    """A document over ``text`` holding ``records`` (each kind in the order given)."""
    collected = list(records)
    return Document(
        article=Article(text),
        file_name=file_name,
        status=status,
        note=note,
        entities=[r for r in collected if isinstance(r, Entity)],
        quotes=[r for r in collected if isinstance(r, Quote)],
        corrections=[r for r in collected if isinstance(r, Correction)],
        document_extra=dict(document_extra or {}),
        extra=dict(extra or {}),
    )


def group_into_entities(
    text: str,
    spans: Iterable[FlatSpan],
    mint: IdMinter,
    *,
    status: str = Status.CONFIRMED,
    by: str | None = None,
) -> tuple[list[Entity], list[str]]:
    """``spans`` of ``text`` as entities, one per label and text holding every such mention; and notes.

    Flat formats do not say which mentions name the same thing; within one article the same words
    under the same label almost always do. Exact duplicates are dropped; one note says how many.
    """
    notes: list[str] = []
    groups: dict[tuple[str, str], list[Mention]] = {}
    seen: set[tuple[int, int, str]] = set()
    duplicates = 0
    for span in sorted(spans, key=lambda s: (s.start, s.end, s.label)):
        key = (span.start, span.end, span.label)
        if key in seen:
            duplicates += 1
            continue
        seen.add(key)
        covered = text[span.start : span.end]
        groups.setdefault((span.label, covered), []).append(
            Mention(span.start, span.end, covered, extra=dict(span.extra))
        )
    if duplicates:
        notes.append(f"dropped {duplicates} duplicate span(s)")
    entities = [
        Entity(id=mint(Entity), label=label, name=name, status=status, by=by, mentions=tuple(mentions))
        for (label, name), mentions in groups.items()
    ]
    return entities, notes


def check_span(length: int, start: object, end: object, label: object) -> str | None:
    """Why ``start``, ``end``, ``label`` is not a usable span of a text of ``length`` (None when it is)."""
    if (
        not isinstance(start, int)
        or not isinstance(end, int)
        or isinstance(start, bool)
        or isinstance(end, bool)
    ):
        return f"offsets {start!r}-{end!r} are not whole numbers"
    if not 0 <= start < end <= length:
        return f"offsets {start}-{end} are outside the text (0-{length}) or empty"
    if not isinstance(label, str) or not label.strip():
        return f"the label {label!r} is not a name"
    return None


def safe_file_name(name: object) -> str | None:
    """``name`` when it is a plain article file name (no folders, not hidden), else None."""
    if not isinstance(name, str):
        return None
    candidate = Path(name).name
    if candidate != name or candidate.startswith(".") or not candidate.lower().endswith((".txt", ".md")):
        return None
    if any(ord(c) < 32 or ord(c) == 0x7F or 0xD800 <= ord(c) <= 0xDFFF for c in candidate):
        return None
    return candidate


MAX_IMPORT_BYTES = 512 * 1024 * 1024
"""Largest import file read whole (JSON, Label Studio, CoNLL, brat); JSONL is read line by line."""


class UnreadableInput(Exception):
    """An import file that cannot be parsed: the message says why in a few words."""


def read_input(path: Path) -> bytes:
    """The bytes of an import file, bounded (:func:`~editor_app.storage.bounded_read.read_bounded`)."""
    try:
        return read_bounded(path, MAX_IMPORT_BYTES)
    except ReadRefused as exc:
        raise UnreadableInput(exc.message) from None
    except OSError as exc:
        raise UnreadableInput(f"cannot be read: {exc.strerror or exc}") from None


MAX_LINE_BYTES = 64 * 1024 * 1024
"""Longest JSONL line read (one article of 16 MiB with its spans fits several times)."""


def input_lines(path: Path) -> Iterator[bytes]:
    """The lines of an import file, each at most :data:`MAX_LINE_BYTES` (a longer one raises
    :class:`UnreadableInput`); a FIFO, device or folder is refused before anything is read."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise UnreadableInput(f"cannot be read: {exc.strerror or exc}") from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise UnreadableInput("is not a regular file; it was not read")
    os.set_blocking(fd, True)
    with os.fdopen(fd, "rb") as stream:
        while line := stream.readline(MAX_LINE_BYTES + 1):
            if len(line) > MAX_LINE_BYTES:
                raise UnreadableInput(f"has a line over {MAX_LINE_BYTES // 2**20} MiB; it was not read")
            yield line


def parse_json(text: str | bytes) -> Any:
    """``json.loads``, with every way hostile JSON fails (nesting thousands deep, numbers of thousands
    of digits) raised as :class:`UnreadableInput`."""
    try:
        return json.loads(text)
    except RecursionError:
        raise UnreadableInput("is not usable JSON: it is nested too deeply") from None
    except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError, over-long integers
        raise UnreadableInput(f"is not JSON: {exc}") from None

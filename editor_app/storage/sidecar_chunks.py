"""Sidecars in the canonical layout cut into one piece of text per record, for the merge driver.

A merge of two 20,000-annotation sidecars with a hundred changes a side touches a few hundred records;
reading all three files into records costs seconds. In the canonical layout (the only one the app
writes) each record is a run of lines starting with ``- id:`` at the left margin, and a record whose
text is the same on two sides is the same record. So the driver compares records as text, keeps
every record decided by that comparison as it is, and reads (and merges field by field) only the
records changed on both sides, new on both sides, or that those name as speaker.

:func:`split` returns None for a file that is not in that layout; the caller then reads the whole
files. The joined result is always read back in full before it is written, so a mistake here can
cost time, never a bad file.
"""

import re
from dataclasses import dataclass, field
from typing import Final

import yaml

SECTIONS: Final = ("entities", "quotes", "corrections")
_INT: Final = re.compile(r"-?[0-9]+")
_MENTION_START: Final = re.compile(r"  - \{start: (-?[0-9]+),")


@dataclass
class Chunks:
    head: str
    """Everything before ``entities:``: format, version, source, document."""
    records: dict[str, dict[str, str]] = field(default_factory=dict)
    """Section -> record id -> the record's lines (ending in a newline)."""
    tail: str = ""
    """Top-level keys after the records (other tools' keys)."""


def split(text: str) -> Chunks | None:
    """The file cut into its head, one text per record of each section, and its tail; None when the
    file is not in the canonical layout (then it must be read whole)."""
    lines = text.splitlines(keepends=True)
    position = 0
    head: list[str] = []
    while position < len(lines) and not lines[position].startswith("entities:"):
        head.append(lines[position])
        position += 1
    chunks = Chunks("".join(head))
    for section in SECTIONS:
        if position >= len(lines):
            return None
        line = lines[position]
        records: dict[str, str] = {}
        chunks.records[section] = records
        position += 1
        if line == f"{section}: []\n":
            continue
        if line != f"{section}:\n":
            return None
        current: list[str] = []
        while position < len(lines) and lines[position][:1] in ("-", " "):
            line = lines[position]
            if line.startswith("- "):
                if current and not _add(records, current):
                    return None
                if not line.startswith("- id: "):
                    return None
                current = [line]
            elif not current:
                return None
            else:
                current.append(line)
            position += 1
        if current and not _add(records, current):
            return None
    chunks.tail = "".join(lines[position:])
    return chunks


def _add(records: dict[str, str], lines: list[str]) -> bool:
    record_id = lines[0][len("- id: ") :].rstrip("\n")
    if not record_id or record_id[0] in "\"'" or record_id in records:
        return False  # a quoted id (or a repeated one): leave it to the full reader
    records[record_id] = "".join(lines)
    return True


def join(chunks: Chunks) -> str:
    """The file text: the records of each section in the canonical order."""
    out = [chunks.head]
    for section in SECTIONS:
        records = chunks.records.get(section, {})
        if not records:
            out.append(f"{section}: []\n")
            continue
        out.append(f"{section}:\n")
        ordered = sorted(records.items(), key=lambda item: (*position(section, item[1]), item[0]))
        out.extend(text for _, text in ordered)
    out.append(chunks.tail)
    return "".join(out)


def position(section: str, text: str) -> tuple[int, int, int]:
    """Where the record sorts: (no mentions?, start, end) as :meth:`Document.in_canonical_order`."""
    if section == "entities":
        found = _MENTION_START.search(text)
        return (0, int(found.group(1)), 0) if found else (1, 0, 0)
    lines = text.split("\n", 3)
    start = lines[1].removeprefix("  start: ") if len(lines) > 2 else ""
    end = lines[2].removeprefix("  end: ") if len(lines) > 2 else ""
    if not (_INT.fullmatch(start) and _INT.fullmatch(end)):
        return (0, -1, -1)  # not canonical: the read-back will tell
    return (0, int(start), int(end))


def speaker(text: str) -> str | None:
    """The id a quote's text names as speaker, or None."""
    for line in text.split("\n"):
        if line.startswith("  speaker: "):
            raw = line[len("  speaker: ") :]
            value = yaml.safe_load(raw) if raw[:1] in "\"'" else (None if raw == "null" else raw)
            return value if isinstance(value, str) else None
    return None

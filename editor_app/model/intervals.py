"""An interval index of a document's annotated spans, kept up to date from change sets.

Spans are kept in fixed-width buckets of the text (a span goes into every bucket it touches), so
finding what overlaps one paragraph costs a few dictionary look-ups however many annotations there
are, and one edit updates only the buckets of the spans it touched.
"""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from editor_app.model.changes import ChangeSet
from editor_app.model.document import Document
from editor_app.model.records import Entity, Quote, Record

EntryKind = Literal["mention", "quote", "cue", "correction"]
BUCKET = 256

SUGGESTED = frozenset({"suggested"})


@dataclass(frozen=True, slots=True)
class Entry:
    """One highlighted span: what it belongs to, and what it needs to be painted."""

    start: int
    end: int
    kind: EntryKind
    record_id: str
    label: str = ""
    status: str = ""
    note: str = ""

    @property
    def suggested(self) -> bool:
        return self.status in SUGGESTED

    @property
    def mention(self) -> tuple[int, int] | None:
        return (self.start, self.end) if self.kind == "mention" else None


def entries(record: Record) -> Iterator[Entry]:
    """The entries a record shows as."""
    if isinstance(record, Entity):
        for m in record.mentions:
            yield Entry(
                m.start, m.end, "mention", record.id, record.label, m.status or record.status, record.name
            )
    elif isinstance(record, Quote):
        yield Entry(record.span.start, record.span.end, "quote", record.id, "", record.status)
        if record.cue is not None:
            yield Entry(record.cue.start, record.cue.end, "cue", record.id, "", record.status)
    else:
        note = f"{record.span.text} → {record.replacement}" + (f" ({record.note})" if record.note else "")
        yield Entry(
            record.span.start, record.span.end, "correction", record.id, record.category, record.status, note
        )


class SpanIndex:
    def __init__(self) -> None:
        self._buckets: dict[int, set[Entry]] = {}
        self.count = 0

    @classmethod
    def of(cls, doc: Document) -> "SpanIndex":
        index = cls()
        for record in doc.records():
            index.add_all(entries(record))
        return index

    def add_all(self, items: Iterable[Entry]) -> None:
        for entry in items:
            for bucket in range(entry.start // BUCKET, (max(entry.end, entry.start + 1) - 1) // BUCKET + 1):
                self._buckets.setdefault(bucket, set()).add(entry)
            self.count += 1

    def remove_all(self, items: Iterable[Entry]) -> None:
        for entry in items:
            for bucket in range(entry.start // BUCKET, (max(entry.end, entry.start + 1) - 1) // BUCKET + 1):
                found = self._buckets.get(bucket)
                if found is not None:
                    found.discard(entry)
            self.count -= 1

    def update(self, changes: ChangeSet) -> None:
        for change in changes.records():
            if change.before is not None:
                self.remove_all(entries(change.before))
            if change.after is not None:
                self.add_all(entries(change.after))

    def overlapping(self, start: int, end: int) -> list[Entry]:
        """Entries overlapping ``start:end`` (an empty range finds entries containing ``start``)."""
        end = max(end, start + 1)
        found: set[Entry] = set()
        for bucket in range(start // BUCKET, (end - 1) // BUCKET + 1):
            found.update(e for e in self._buckets.get(bucket, ()) if e.start < end and start < e.end)
        return sorted(found, key=lambda e: (e.start, -e.end, e.kind, e.record_id))

    def at(self, position: int) -> list[Entry]:
        """Entries containing the character at ``position``, innermost (shortest) first."""
        return sorted(self.overlapping(position, position + 1), key=lambda e: e.end - e.start)

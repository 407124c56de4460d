"""An interval index of a document's annotated spans, kept up to date from change sets.

Spans are kept in fixed-width buckets of the text (a span goes into every bucket it touches), so
finding what overlaps one paragraph costs a few dictionary look-ups however many annotations there
are, and one edit updates only the buckets of the spans it touched.
"""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Literal

from editor_app.model.changes import ChangeSet, mention_changes, same_look
from editor_app.model.document import Document
from editor_app.model.records import Correction, Entity, Mention, Quote, Record
from editor_app.model.vocab import OPEN_CORRECTIONS, Status

EntryKind = Literal["mention", "quote", "cue", "correction"]
BUCKET = 256

SUGGESTED = frozenset({Status.SUGGESTED})
HIDDEN = frozenset({Status.REJECTED, Status.APPLIED})
"""Statuses whose spans are not painted nor picked by a click: rejected suggestions stay in the
sidecar out of sight, and applied corrections are history (a deletion's is a point, which covers no
character: :meth:`SpanIndex.at` never finds it)."""


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
    orphaned: bool = False
    replacement: str = ""
    """A correction's replacement (shown beside the struck original)."""
    original: str = ""
    """A correction's words as they stand in the article."""

    @property
    def suggested(self) -> bool:
        return self.status in SUGGESTED

    @property
    def shown(self) -> bool:
        """Painted in the article: not rejected, and its text is where it points (not orphaned)."""
        return not self.orphaned and self.status not in HIDDEN

    @property
    def mention(self) -> tuple[int, int] | None:
        return (self.start, self.end) if self.kind == "mention" else None


def entries(record: Record) -> Iterator[Entry]:
    """The entries a record shows as."""
    if isinstance(record, Entity):
        for m in record.mentions:
            yield mention_entry(record, m)
    elif isinstance(record, Quote):
        span = record.span
        yield Entry(span.start, span.end, "quote", record.id, "", record.status, "", span.orphaned)
        if record.cue is not None:
            cue = record.cue
            yield Entry(cue.start, cue.end, "cue", record.id, "", record.status, "", cue.orphaned)
    else:
        span = record.span
        note = f"{span.text} → {record.replacement}" + (f" ({record.note})" if record.note else "")
        yield Entry(
            span.start,
            span.end,
            "correction",
            record.id,
            record.category,
            record.status,
            note,
            span.orphaned,
            record.replacement,
            span.text,
        )


def mention_entry(entity: Entity, m: Mention) -> Entry:
    status = m.status or entity.status
    return Entry(m.start, m.end, "mention", entity.id, entity.label, status, entity.name, m.orphaned)


@dataclass(slots=True)
class Counts:
    """How many records of each kind a document holds, for the status bar.

    Rejected suggestions stay in the sidecar (so they are never suggested again) but are not part
    of the article's annotations: they are not counted, as they are not painted.
    """

    entities: int = 0
    mentions: int = 0
    quotes: int = 0
    corrections: int = 0
    open_corrections: int = 0

    def add(self, record: Record, sign: int = 1) -> None:
        if record.status in HIDDEN:
            return
        if isinstance(record, Entity):
            self.entities += sign
            self.mentions += sign * sum(m.status not in HIDDEN for m in record.mentions)
        elif isinstance(record, Quote):
            self.quotes += sign
        elif isinstance(record, Correction):
            self.corrections += sign
            if record.status in OPEN_CORRECTIONS:
                self.open_corrections += sign

    def summary(self) -> str:
        return (
            f"{self.entities} entities ({self.mentions} mentions) · {self.quotes} quotes · "
            f"{self.corrections} corrections ({self.open_corrections} open)"
        )


def _order(entry: Entry) -> tuple[int, int, str, str]:
    return (entry.start, -entry.end, entry.kind, entry.record_id)


class SpanIndex:
    def __init__(self) -> None:
        self._buckets: dict[int, set[Entry]] = {}
        self.count = 0
        self.counts = Counts()
        """Records by kind, kept up to date by :meth:`update`: the status bar reads it in O(1)."""
        self._of: dict[str, dict[tuple[int, int, str], Entry]] = {}
        """Each record's entries as they were added, so that dropping a record does not build its
        entries again to find them."""
        self._looks: dict[str, Entity] = {}
        """Entities relabelled or renamed (same mentions, same status) since their entries were made:
        their mention entries are given the entity's label and name as they are found, so that
        relabelling an entity of thousands of mentions touches none of them here."""

    @classmethod
    def of(cls, doc: Document) -> "SpanIndex":
        index = cls()
        for record in doc.records():
            index.add_all(entries(record))
            index.counts.add(record)
        return index

    def add_all(self, items: Iterable[Entry]) -> None:
        for entry in items:
            self._of.setdefault(entry.record_id, {})[(entry.start, entry.end, entry.kind)] = entry
            for bucket in range(entry.start // BUCKET, (max(entry.end, entry.start + 1) - 1) // BUCKET + 1):
                self._buckets.setdefault(bucket, set()).add(entry)
            self.count += 1

    def remove_all(self, items: Iterable[Entry]) -> None:
        for entry in items:
            own = self._of.get(entry.record_id)
            if own is not None:  # the entry as it was added (its look may since have been overridden)
                entry = own.pop((entry.start, entry.end, entry.kind), entry)
            for bucket in range(entry.start // BUCKET, (max(entry.end, entry.start + 1) - 1) // BUCKET + 1):
                found = self._buckets.get(bucket)
                if found is not None:
                    found.discard(entry)
            self.count -= 1

    def update(self, changes: ChangeSet) -> None:
        for change in changes.records():
            before, after = change.before, change.after
            if isinstance(before, Entity) and isinstance(after, Entity):
                if same_look(before, after):
                    # Only the mentions that came or went: an entity of thousands stays cheap to edit.
                    gone, came = mention_changes(before, after)
                    self.remove_all(mention_entry(before, before.mentions[i]) for i in gone)
                    self.add_all(mention_entry(after, after.mentions[i]) for i in came)
                elif before.mentions is after.mentions and before.status == after.status:
                    self._looks[after.id] = after  # relabelled or renamed: see _looks
                else:
                    self._replace(before, after)
                if after.id in self._looks:
                    self._looks[after.id] = after
                self.counts.add(before, -1)
                self.counts.add(after)
                continue
            if change.before is not None:
                self._looks.pop(change.before.id, None)
                self.remove_all(list(self._of.pop(change.before.id, {}).values()))
                self.counts.add(change.before, -1)
            if change.after is not None:
                self.add_all(entries(change.after))
                self.counts.add(change.after)

    def _replace(self, before: Record, after: Record) -> None:
        self._looks.pop(before.id, None)
        self.remove_all(list(self._of.pop(before.id, {}).values()))
        self.add_all(entries(after))

    def _restyled(self, entry: Entry) -> Entry:
        look = self._looks.get(entry.record_id)
        if look is None or entry.kind != "mention" or (entry.label, entry.note) == (look.label, look.name):
            return entry
        return replace(entry, label=look.label, note=look.name)

    def overlapping(self, start: int, end: int) -> list[Entry]:
        """Entries overlapping ``start:end`` (an empty range finds entries containing ``start``)."""
        end = max(end, start + 1)
        first, last = start // BUCKET, (end - 1) // BUCKET
        if first == last:
            found = [e for e in self._buckets.get(first, ()) if e.start < end and start < e.end]
        else:
            # An entry sits in every bucket it touches: the same object, so its id tells repeats apart
            # (cheaper than hashing its fields).
            seen: dict[int, Entry] = {}
            for bucket in range(first, last + 1):
                for e in self._buckets.get(bucket, ()):
                    if e.start < end and start < e.end:
                        seen[id(e)] = e
            found = list(seen.values())
        if self._looks:
            found = [self._restyled(e) for e in found]
        found.sort(key=_order)
        return found

    def at(self, position: int) -> list[Entry]:
        """Entries containing the character at ``position``, innermost (shortest) first."""
        return sorted(self.overlapping(position, position + 1), key=lambda e: e.end - e.start)

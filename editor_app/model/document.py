"""A document: one article and all of its annotations."""

from collections.abc import Iterator, Set
from dataclasses import dataclass, field, replace
from typing import Any

from editor_app.model.article import Article
from editor_app.model.ids import PREFIXES, new_id
from editor_app.model.records import Correction, Entity, Quote, Record, Span
from editor_app.model.vocab import DocumentStatus


@dataclass
class Document:
    """The article, the document-level fields and three lists of records.

    ``source_extra``, ``document_extra`` and ``extra`` hold keys of the ``source:`` and ``document:``
    sections and of the top level that this version does not know, so that they are written back.
    """

    article: Article
    file_name: str
    status: str = DocumentStatus.NEW
    note: str = ""
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    corrections: list[Correction] = field(default_factory=list)
    source_extra: dict[str, Any] = field(default_factory=dict)
    document_extra: dict[str, Any] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
    _positions: "_Positions" = field(
        default_factory=lambda: _Positions(), init=False, repr=False, compare=False
    )

    @property
    def text(self) -> str:
        return self.article.text

    def records(self) -> Iterator[Record]:
        yield from self.entities
        yield from self.quotes
        yield from self.corrections

    def ids(self) -> Set[str]:
        """Every record id: a live read-only view (``in`` is a dictionary look-up); copy it to keep it."""
        return _IdView(self)

    def has_id(self, record_id: str) -> bool:
        return any(record_id in self._positions.of(self, kind) for kind in RECORD_TYPES)

    def entity(self, entity_id: str) -> Entity | None:
        found = self.position(Entity, entity_id)
        return None if found is None else self.entities[found]

    def find(self, record_id: str) -> Record | None:
        for kind in RECORD_TYPES:
            found = self.position(kind, record_id)
            if found is not None:
                return self.records_of(kind)[found]
        return None

    def records_of(self, kind: type[Record]) -> list[Record]:
        """The list holding records of ``kind``. Raises TypeError for anything else."""
        if kind is Entity:
            return self.entities  # type: ignore[return-value]
        if kind is Quote:
            return self.quotes  # type: ignore[return-value]
        if kind is Correction:
            return self.corrections  # type: ignore[return-value]
        raise TypeError(f"not a record type: {kind!r}")

    def position(self, kind: type[Record], record_id: str) -> int | None:
        """Where the record ``record_id`` is in the list of ``kind`` records, or None: O(1)."""
        return self._positions.find(self, kind, record_id)

    def append_record(self, record: Record) -> None:
        kind = type(record)
        self.records_of(kind).append(record)
        self._positions.appended(self, kind)

    def remove_record_at(self, kind: type[Record], index: int) -> None:
        items = self.records_of(kind)
        removed = items.pop(index)
        self._positions.removed(self, kind, index, removed.id)

    def replace_record_at(self, index: int, record: Record) -> None:
        kind = type(record)
        items = self.records_of(kind)
        before = items[index]
        items[index] = record
        if before.id != record.id:
            self._positions.tables.pop(kind, None)

    def mint_id(self, kind: type[Record]) -> str:
        return new_id(PREFIXES[kind], self.ids())

    def span(self, start: int, end: int) -> Span:
        """A span over ``start:end`` of the article text."""
        return Span(start, end, self.text[start:end])

    def spans(self) -> Iterator[Span]:
        """Every span of the document: mentions, quotes with their cues, corrections."""
        for entity in self.entities:
            yield from entity.mentions
        for quote in self.quotes:
            yield quote.span
            if quote.cue is not None:
                yield quote.cue
        for correction in self.corrections:
            yield correction.span

    def in_canonical_order(self) -> tuple[list[Entity], list[Quote], list[Correction]]:
        """The records in new lists, in the canonical order: by position, then id (mentions by
        position). The document is not changed."""
        entities = sorted(
            (_with_sorted_mentions(e) for e in self.entities),
            key=lambda e: (_entity_position(e), e.id),
        )
        quotes = sorted(self.quotes, key=lambda q: (q.span.start, q.span.end, q.id))
        corrections = sorted(self.corrections, key=lambda c: (c.span.start, c.span.end, c.id))
        return entities, quotes, corrections

    def sort(self) -> None:
        """Put records in the canonical order (:meth:`in_canonical_order`), in place."""
        self.entities, self.quotes[:], self.corrections[:] = self.in_canonical_order()


RECORD_TYPES: tuple[type[Record], ...] = (Entity, Quote, Correction)


class _Positions:
    """Record id -> list position, per record type, so that finding a record does not scan 20,000.

    The lists stay public and anyone may change them, so a cached table is trusted only while its
    list is the same object with the same length, and a position is checked (the record there must
    have that id) before it is returned; anything else rebuilds that one table. Edits going through
    :func:`editor_app.model.changes.apply_step` keep the tables current, so they are rarely rebuilt.
    The one change it cannot see is a record replaced, outside those methods, by one with another id
    at the same place: use :meth:`Document.replace_record_at` (or a new list) for that.
    """

    __slots__ = ("tables",)

    def __init__(self) -> None:
        self.tables: dict[type[Record], tuple[list[Record], int, dict[str, int]]] = {}

    def of(self, doc: "Document", kind: type[Record]) -> dict[str, int]:
        items = doc.records_of(kind)
        cached = self.tables.get(kind)
        if cached is not None and cached[0] is items and cached[1] == len(items):
            return cached[2]
        return self._rebuild(kind, items)

    def _rebuild(self, kind: type[Record], items: list[Record]) -> dict[str, int]:
        table = {r.id: i for i, r in enumerate(items)}
        self.tables[kind] = (items, len(items), table)
        return table

    def find(self, doc: "Document", kind: type[Record], record_id: str) -> int | None:
        found = self.of(doc, kind).get(record_id)
        if found is None:
            return None
        items = doc.records_of(kind)
        if found < len(items) and items[found].id == record_id:
            return found
        return self._rebuild(kind, items).get(record_id)  # the list was reordered in place

    def appended(self, doc: "Document", kind: type[Record]) -> None:
        """The last record of ``kind`` was just appended."""
        items = doc.records_of(kind)
        cached = self.tables.get(kind)
        if cached is not None and cached[0] is items and cached[1] == len(items) - 1:
            cached[2][items[-1].id] = len(items) - 1
            self.tables[kind] = (items, len(items), cached[2])

    def removed(self, doc: "Document", kind: type[Record], index: int, record_id: str) -> None:
        """The record ``record_id`` of ``kind`` was deleted from ``index``: the ones after it moved."""
        items = doc.records_of(kind)
        cached = self.tables.get(kind)
        if cached is None or cached[0] is not items or cached[1] != len(items) + 1:
            self.tables.pop(kind, None)
            return
        table = cached[2]
        if len(items) - index > len(items) // 4:
            # Many moved (an old record went): cheaper to rebuild in one go when next asked.
            self.tables.pop(kind, None)
            return
        # Usually the newest records (an undone add): shift the few after it.
        table.pop(record_id, None)
        for position in range(index, len(items)):
            table[items[position].id] = position
        self.tables[kind] = (items, len(items), table)


class _IdView(Set[str]):
    __slots__ = ("doc",)

    def __init__(self, doc: Document):
        self.doc = doc

    def __contains__(self, record_id: object) -> bool:
        return isinstance(record_id, str) and self.doc.has_id(record_id)

    def __iter__(self) -> Iterator[str]:
        return (r.id for r in self.doc.records())

    def __len__(self) -> int:
        return len(self.doc.entities) + len(self.doc.quotes) + len(self.doc.corrections)


def _entity_position(entity: Entity) -> tuple[int, int]:
    if not entity.mentions:
        return (1, 0)
    return (0, min(m.start for m in entity.mentions))


def _with_sorted_mentions(entity: Entity) -> Entity:
    ordered = tuple(sorted(entity.mentions, key=lambda m: (m.start, m.end)))
    return entity if ordered == entity.mentions else replace(entity, mentions=ordered)

"""A document: one article and all of its annotations."""

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from editor_app.model.article import Article
from editor_app.model.ids import new_id
from editor_app.model.records import Correction, Entity, Quote, Record, Span

ID_PREFIXES = {Entity: "e", Quote: "q", Correction: "c"}


@dataclass
class Document:
    """The article, the document-level fields and three lists of records.

    ``source_extra``, ``document_extra`` and ``extra`` hold keys of the ``source:`` and ``document:``
    sections and of the top level that this version does not know, so that they are written back.
    """

    article: Article
    file_name: str
    status: str = "new"
    note: str = ""
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    corrections: list[Correction] = field(default_factory=list)
    source_extra: dict[str, Any] = field(default_factory=dict)
    document_extra: dict[str, Any] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.article.text

    def records(self) -> Iterator[Record]:
        yield from self.entities
        yield from self.quotes
        yield from self.corrections

    def ids(self) -> set[str]:
        return {r.id for r in self.records()}

    def entity(self, entity_id: str) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    def find(self, record_id: str) -> Record | None:
        return next((r for r in self.records() if r.id == record_id), None)

    def mint_id(self, kind: type[Record]) -> str:
        return new_id(ID_PREFIXES[kind], self.ids())

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

    def sort(self) -> None:
        """Put records in the canonical order: by position, then id (mentions by position)."""
        self.entities = sorted(
            (_with_sorted_mentions(e) for e in self.entities),
            key=lambda e: (_entity_position(e), e.id),
        )
        self.quotes.sort(key=lambda q: (q.span.start, q.span.end, q.id))
        self.corrections.sort(key=lambda c: (c.span.start, c.span.end, c.id))


def _entity_position(entity: Entity) -> tuple[int, int]:
    if not entity.mentions:
        return (1, 0)
    return (0, min(m.start for m in entity.mentions))


def _with_sorted_mentions(entity: Entity) -> Entity:
    ordered = tuple(sorted(entity.mentions, key=lambda m: (m.start, m.end)))
    return entity if ordered == entity.mentions else replace(entity, mentions=ordered)

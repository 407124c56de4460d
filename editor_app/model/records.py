"""Annotation records: immutable values, replaced (never mutated) by edits.

Every record keeps the keys it did not understand in ``extra`` so that fields added by other tools
survive a load and save.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from editor_app.model.vocab import Category, QuoteKind, Status

Extra = Mapping[str, Any]


def _no_extra() -> dict[str, Any]:
    return {}


@dataclass(frozen=True, slots=True)
class Span:
    """Characters ``start`` to ``end`` (exclusive) of the article, in code points, and the text they cover.

    ``orphaned`` marks a span whose text is no longer where it was in the article: it is kept and shown,
    and exempt from the check that ``text`` equals the slice.
    """

    start: int
    end: int
    text: str
    orphaned: bool = False
    extra: Extra = field(default_factory=_no_extra, hash=False, compare=True)

    def moved(self, start: int, end: int, article: str) -> "Span":
        return replace(self, start=start, end=end, text=article[start:end], orphaned=False)

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Mention(Span):
    """A span naming an entity; ``status`` and ``by`` are set only where they differ from the entity's."""

    status: str | None = None
    by: str | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    label: str
    name: str
    link: str | None = None
    status: str = Status.CONFIRMED
    by: str | None = None
    mentions: tuple[Mention, ...] = ()
    extra: Extra = field(default_factory=_no_extra, hash=False)

    @property
    def position(self) -> int:
        return min((m.start for m in self.mentions), default=-1)


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    span: Span
    speaker: str | None = None
    cue: Span | None = None
    kind: str = QuoteKind.DIRECT
    status: str = Status.CONFIRMED
    by: str | None = None
    extra: Extra = field(default_factory=_no_extra, hash=False)


@dataclass(frozen=True, slots=True)
class Correction:
    """A copy-desk flag on ``span``; once applied, history (see :mod:`editor_app.model.applied`).

    An applied correction's span covers its replacement where it now stands (a point, ``start ==
    end``, for a deletion) and ``was`` keeps the words it replaced; ``was`` is None before applying.
    """

    id: str
    span: Span
    replacement: str = ""
    category: str = Category.OTHER
    status: str = Status.OPEN
    note: str = ""
    by: str | None = None
    extra: Extra = field(default_factory=_no_extra, hash=False)
    was: str | None = None


Record = Entity | Quote | Correction

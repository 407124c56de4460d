"""Applying corrections to the article text, and moving every other span with the text."""

from bisect import bisect_right
from dataclasses import dataclass, field, replace
from typing import Protocol, TypeVar

from editor_app.model.applied import LEGACY_KEY, is_history, point
from editor_app.model.article import Article
from editor_app.model.document import Document
from editor_app.model.records import Correction, Quote, Span
from editor_app.model.vocab import QuoteKind, Status

S = TypeVar("S", bound=Span)


@dataclass
class Applied:
    """The outcome of applying corrections: the new document, and what happened to whom."""

    document: Document
    applied: list[Correction] = field(default_factory=list)
    skipped: list[tuple[Correction, str]] = field(default_factory=list)
    orphaned: list[Span] = field(default_factory=list)


def corrections_inside_direct_quotes(doc: Document, corrections: list[Correction]) -> list[Correction]:
    """Those of ``corrections`` that change words inside a direct quote: newsrooms do not, silently."""
    quotes = [
        q.span
        for q in doc.quotes
        if q.kind in (QuoteKind.DIRECT, QuoteKind.MIXED) and q.status != Status.REJECTED
    ]
    return [c for c in corrections if any(c.span.overlaps(q) for q in quotes)]


def applicable(doc: Document) -> list[Correction]:
    """The accepted corrections: what ``editor-app apply`` and an export with corrections apply."""
    return [c for c in doc.corrections if c.status == Status.ACCEPTED and not c.span.orphaned]


def offered(doc: Document) -> list[Correction]:
    """What Tools > Apply offers: the accepted corrections and the open ones (the copy desk's own)."""
    return [c for c in doc.corrections if c.status in (Status.ACCEPTED, Status.OPEN) and not c.span.orphaned]


def apply_corrections(doc: Document, corrections: list[Correction]) -> Applied:
    """A new document with ``corrections`` applied to the text; ``doc`` is left as it was.

    Corrections that overlap one already taken are skipped. Every other span moves with its words; one
    that covered corrected words now covers their replacement; one lying wholly inside deleted text is
    orphaned (kept at its old place, never zero-length, never dropped) and listed in ``orphaned``.
    Applied corrections become ``applied`` history (:mod:`editor_app.model.applied`): they cover their
    replacement, a point for a deletion, and keep the words they replaced in ``was``; those applied
    before move too, and shrink to a point instead of being orphaned.
    """
    result = Applied(document=doc)
    chosen: list[Correction] = []
    for correction in sorted(corrections, key=lambda c: (c.span.start, c.span.end, c.id)):
        if is_history(correction) or correction.span.orphaned:
            result.skipped.append((correction, "already applied" if is_history(correction) else "orphaned"))
            continue
        if chosen and correction.span.start < chosen[-1].span.end:
            result.skipped.append((correction, f"overlaps correction {chosen[-1].id}"))
            continue
        chosen.append(correction)
    old = doc.text
    pieces: list[str] = []
    starts: list[int] = []  # old start of each applied correction
    ends: list[int] = []
    shifts: list[int] = []  # total shift after each applied correction
    new_starts: list[int] = []
    cursor = shift = 0
    for correction in chosen:
        pieces.append(old[cursor : correction.span.start])
        new_starts.append(correction.span.start + shift)
        pieces.append(correction.replacement)
        shift += len(correction.replacement) - (correction.span.end - correction.span.start)
        starts.append(correction.span.start)
        ends.append(correction.span.end)
        shifts.append(shift)
        cursor = correction.span.end
    pieces.append(old[cursor:])
    new_text = "".join(pieces)

    def shift_before(position: int) -> int:
        index = bisect_right(ends, position) - 1
        return shifts[index] if index >= 0 else 0

    def map_start(position: int) -> int:
        index = bisect_right(starts, position) - 1
        if index >= 0 and position < ends[index]:
            return new_starts[index]  # inside a corrected region: from the replacement's start
        return position + shift_before(position)

    def map_end(position: int) -> int:
        index = bisect_right(starts, position - 1) - 1
        if index >= 0 and position <= ends[index] and position > starts[index]:
            return new_starts[index] + len(chosen[index].replacement)
        return position + shift_before(position)

    chosen_ids = {c.id for c in chosen}

    def map_point(position: int) -> int:
        index = bisect_right(starts, position) - 1
        if index >= 0 and starts[index] < position < ends[index]:
            return new_starts[index]  # the words around the point were replaced: at their start
        return position + shift_before(position)

    def move_history(span: Span) -> Span:
        if span.orphaned:
            return span
        if span.start == span.end:
            return point(span, map_point(span.start))
        start, end = map_start(span.start), map_end(span.end)
        if start >= end:
            return point(span, map_start(span.start))
        return replace(span, start=start, end=end, text=new_text[start:end])

    def move(span: S) -> S:
        if span.orphaned:
            return span
        start, end = map_start(span.start), map_end(span.end)
        if start >= end:
            orphan = replace(span, orphaned=True)
            result.orphaned.append(orphan)
            return orphan
        return replace(span, start=start, end=end, text=new_text[start:end])

    new_doc = replace(doc, article=Article(new_text, doc.article.encoding, doc.article.newline))
    new_doc.entities = [replace(e, mentions=tuple(move(m) for m in e.mentions)) for e in doc.entities]
    new_doc.quotes = [_move_quote(q, move) for q in doc.quotes]
    new_corrections = []
    for correction in doc.corrections:
        if is_history(correction):
            new_corrections.append(replace(correction, span=move_history(correction.span)))
            continue
        if correction.id not in chosen_ids:
            new_corrections.append(replace(correction, span=move(correction.span)))
            continue
        extra = {k: v for k, v in correction.extra.items() if k != LEGACY_KEY}
        start = map_start(correction.span.start)
        span = Span(start, start + len(correction.replacement), correction.replacement)  # a point if ""
        applied = replace(correction, span=span, status=Status.APPLIED, extra=extra, was=correction.span.text)
        new_corrections.append(applied)
        result.applied.append(applied)
    new_doc.corrections = new_corrections
    new_doc.source_extra = dict(doc.source_extra)
    new_doc.document_extra = dict(doc.document_extra)
    new_doc.extra = dict(doc.extra)
    result.document = new_doc
    return result


class _Mover(Protocol):
    def __call__(self, span: S) -> S: ...


def _move_quote(quote: Quote, move: _Mover) -> Quote:
    return replace(quote, span=move(quote.span), cue=move(quote.cue) if quote.cue is not None else None)

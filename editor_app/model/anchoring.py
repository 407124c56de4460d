"""Re-anchoring: moving spans onto an article whose text changed since they were saved.

Three steps per span, in order of confidence:

1. along a diff of the old and new text: a span inside unchanged text moves by the length of what was
   inserted or deleted before it;
2. by searching for the exact covered text, accepted only where the text around it (a short prefix and
   suffix, read from the old article) matches well and clearly better than anywhere else;
3. otherwise the span is orphaned: kept where it was, marked, and listed for the user.

An orphan is acceptable; a span silently placed on other words is not. Without the old text (the article
was edited on another machine, and no snapshot of it exists here) a weaker rule runs, and the report says
so: a span stays where its text still stands at its offsets, or goes where its text (of 4 characters or
more) occurs exactly once in the article; every other span is orphaned.

Applied corrections are history (:mod:`editor_app.model.applied`), never orphaned: one that cannot be
placed by the steps above, and a deletion's point, go to the point where their old place now is.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from typing import Protocol, TypeVar

from editor_app.model.applied import is_history, point
from editor_app.model.document import Document
from editor_app.model.records import Span

CONTEXT = 24
"""Characters of context compared on each side of a span."""
MIN_CONTEXT_SCORE = 0.75
MIN_MARGIN = 0.2
_CHAR_DIFF_LIMIT = 20_000

S = TypeVar("S", bound=Span)


@dataclass
class AnchorReport:
    kept: int = 0
    moved: int = 0
    searched: int = 0
    orphaned: list[Span] = field(default_factory=list)
    without_old_text: bool = False

    @property
    def summary(self) -> str:
        parts = [f"{self.moved} moved with the text", f"{self.searched} found again by their words"]
        if self.without_old_text:
            parts.append("the previous text was not available here, so check the annotations")
        if self.orphaned:
            parts.append(f"{len(self.orphaned)} could not be placed and need re-anchoring")
        return ", ".join(parts)


class _Blocks:
    """Matching blocks of old and new text: a line-level diff, refined by characters inside changes."""

    def __init__(self, old: str, new: str):
        self.blocks: list[tuple[int, int, int]] = []  # (old start, new start, length)
        old_lines = old.splitlines(keepends=True)
        new_lines = new.splitlines(keepends=True)
        old_at = _starts(old_lines)
        new_at = _starts(new_lines)
        matcher = SequenceMatcher(None, old_lines, new_lines, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            o1, o2, n1, n2 = old_at[i1], old_at[i2], new_at[j1], new_at[j2]
            if tag == "equal":
                self.blocks.append((o1, n1, o2 - o1))
            elif tag == "replace" and (o2 - o1) + (n2 - n1) <= _CHAR_DIFF_LIMIT:
                chars = SequenceMatcher(None, old[o1:o2], new[n1:n2], autojunk=False)
                for a, b, size in chars.get_matching_blocks():
                    if size:
                        self.blocks.append((o1 + a, n1 + b, size))
        self.blocks.sort()

    def map_span(self, start: int, end: int) -> int | None:
        """The new start of old ``start:end`` if it lies inside one unchanged block."""
        for o, n, size in self._around(start):
            if o <= start and end <= o + size:
                return n + (start - o)
        return None

    def approximate(self, position: int) -> int:
        """Where old ``position`` would be in the new text, from the nearest block before it."""
        best = 0
        for o, n, size in self.blocks:
            if o > position:
                break
            best = n + min(position - o, size)
        return best

    def _around(self, position: int) -> Iterable[tuple[int, int, int]]:
        lo, hi = 0, len(self.blocks)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.blocks[mid][0] <= position:
                lo = mid + 1
            else:
                hi = mid
        return self.blocks[max(0, lo - 1) : lo + 1]


def _starts(lines: list[str]) -> list[int]:
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    return starts


def reanchor(doc: Document, old_text: str | None) -> AnchorReport:
    """Move every span of ``doc`` onto ``doc.text`` (the new article text), in place.

    ``old_text`` is the article text the spans were made on, or None when it is not available.
    """
    report = AnchorReport()
    new = doc.text
    if old_text is not None:
        blocks = _Blocks(old_text, new)

        def place(span: S) -> S:
            placed = _place_with_old_text(span, old_text, new, blocks, report)
            return placed if placed is not None else _orphan(span, report)

        def place_history(span: Span) -> Span:
            placed = (
                None if span.start == span.end else _place_with_old_text(span, old_text, new, blocks, report)
            )
            if placed is not None:
                return placed
            at = min(span.start, len(old_text))
            moved_to = blocks.map_span(at, at)
            report.moved += 1
            return point(span, blocks.approximate(at) if moved_to is None else moved_to)

        _remap(doc, place, place_history)
    else:
        report.without_old_text = True
        unanchored = _Unanchored(doc, report)
        _remap(doc, unanchored.place, unanchored.place_history)
    return report


def _place_with_old_text(span: S, old: str, new: str, blocks: _Blocks, report: AnchorReport) -> S | None:
    """``span`` on the new text, counted in ``report``; None when it cannot be placed with confidence."""
    if old[span.start : span.end] != span.text:
        if not span.orphaned and new[span.start : span.end] == span.text:
            # Made on the new text already: a merge joined annotations of both versions.
            report.kept += 1
            return span
        return None  # already orphaned before this change: leave it to the user
    start = blocks.map_span(span.start, span.end)
    if start is not None:
        if start == span.start and not span.orphaned:
            report.kept += 1
        else:
            report.moved += 1
        return replace(span, start=start, end=start + len(span.text), orphaned=False)
    found = _search(span, old, new, blocks.approximate(span.start))
    if found is None:
        return None
    report.searched += 1
    return replace(span, start=found, end=found + len(span.text), orphaned=False)


def _search(span: Span, old: str, new: str, near: int) -> int | None:
    """The one place in ``new`` where the span's text stands with nearly the same text around it."""
    prefix = old[max(0, span.start - CONTEXT) : span.start]
    suffix = old[span.end : span.end + CONTEXT]
    scored: list[tuple[float, int, int]] = []
    for candidate in _occurrences(new, span.text):
        score = _context_score(prefix, suffix, new, candidate, candidate + len(span.text))
        scored.append((score, -abs(candidate - near), candidate))
    if not scored:
        return None
    scored.sort(reverse=True)
    best = scored[0]
    if best[0] < MIN_CONTEXT_SCORE:
        return None
    if len(scored) > 1 and best[0] - scored[1][0] < MIN_MARGIN:
        return None
    return best[2]


def _context_score(prefix: str, suffix: str, new: str, start: int, end: int) -> float:
    """Share of the old context found unchanged next to ``start:end``: 1.0 when all of it is."""
    if not prefix and not suffix:
        return 0.0
    new_prefix = new[max(0, start - len(prefix)) : start]
    new_suffix = new[end : end + len(suffix)]
    same_before = 0
    while same_before < min(len(prefix), len(new_prefix)) and (
        prefix[-1 - same_before] == new_prefix[-1 - same_before]
    ):
        same_before += 1
    same_after = 0
    while same_after < min(len(suffix), len(new_suffix)) and suffix[same_after] == new_suffix[same_after]:
        same_after += 1
    return (same_before + same_after) / (len(prefix) + len(suffix))


def _occurrences(text: str, needle: str) -> list[int]:
    found = []
    start = text.find(needle)
    while start != -1:
        found.append(start)
        start = text.find(needle, start + 1)
    return found


class _Unanchored:
    """Placement without the old text: a span's words, once, between its placed neighbours."""

    def __init__(self, doc: Document, report: AnchorReport):
        self.new = doc.text
        self.report = report

    def place(self, span: S) -> S:
        placed = self._placed(span)
        return placed if placed is not None else _orphan(span, self.report)

    def place_history(self, span: Span) -> Span:
        """An applied correction: its words where they stand, else a point as near its place as known."""
        placed = self._placed(span) if span.start < span.end else None
        if placed is not None:
            return placed
        self.report.kept += 1
        return point(span, min(span.start, len(self.new)))

    def _placed(self, span: S) -> S | None:
        if self.new[span.start : span.end] == span.text and not span.orphaned:
            self.report.kept += 1
            return span
        occurrences = _occurrences(self.new, span.text)
        if len(occurrences) == 1 and len(span.text) >= 4:
            self.report.searched += 1
            return replace(span, start=occurrences[0], end=occurrences[0] + len(span.text), orphaned=False)
        return None


def _orphan(span: S, report: AnchorReport) -> S:
    orphan = span if span.orphaned else replace(span, orphaned=True)
    report.orphaned.append(orphan)
    return orphan


class _Placer(Protocol):
    def __call__(self, span: S) -> S: ...


def _remap(doc: Document, place: _Placer, place_history: Callable[[Span], Span]) -> None:
    doc.entities = [replace(e, mentions=tuple(place(m) for m in e.mentions)) for e in doc.entities]
    doc.quotes = [
        replace(q, span=place(q.span), cue=place(q.cue) if q.cue is not None else None) for q in doc.quotes
    ]
    doc.corrections = [
        replace(c, span=place_history(c.span) if is_history(c) else place(c.span)) for c in doc.corrections
    ]

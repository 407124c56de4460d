"""What every correction detector is given: the article and what the other suggesters found in it."""

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from editor_app.model.names_list import NamesList
from editor_app.suggest.findings import CorrectionFinding, EntityFinding, Offsets
from editor_app.suggest.house_rules import StyleRule
from editor_app.suggest.quotes import QuoteScan
from editor_app.suggest.text import Layout


@dataclass(frozen=True)
class DetectorContext:
    text: str
    layout: Layout
    entities: Sequence[EntityFinding] = ()
    scan: QuoteScan = field(default_factory=QuoteScan)
    rules: Sequence[StyleRule] = ()
    """The house-style rules to apply (the caller's choice: the bundled ones plus a newsroom's)."""
    names: NamesList = field(default_factory=NamesList)
    """The desk's names list that applies to the article (``names.yaml``; empty when there is none)."""


Detector = Callable[[DetectorContext], Iterable[CorrectionFinding]]


class Spans:
    """Does a span overlap one of these? Bisection over the merged spans."""

    def __init__(self, spans: Iterable[Offsets]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [m[0] for m in merged]
        self.ends = [m[1] for m in merged]

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect_right(self.starts, end - 1) - 1
        return index >= 0 and self.ends[index] > start

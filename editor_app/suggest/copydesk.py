"""Correction suggester: what a copy desk flags, one detector per kind of slip.

Each detector is a function of a :class:`~editor_app.suggest.detector_context.DetectorContext`
listed in :data:`DETECTORS`:

- names spelt two ways in one article ("Mangus" once, "Magnus" everywhere else), and place names that
  are near misses of a gazetteer entry ("Tuscon" -> "Tucson"): :mod:`~editor_app.suggest.name_checks`;
- ordinary words not in the dictionary: :mod:`~editor_app.suggest.spelling`;
- boilerplate pasted in from the web page, doubled words, repeated spaces, stray blank lines, mixed
  or unbalanced quotation marks, and the house-style rules: :mod:`~editor_app.suggest.pattern_checks`.

Where two detectors flag the same place, the one listed first wins. A correction inside a direct
quote says so in its note: newsrooms do not silently change what someone said.
"""

from bisect import bisect_left
from collections.abc import Mapping, Sequence

from editor_app.model.names_list import NamesList
from editor_app.model.vocab import QuoteKind
from editor_app.suggest.desk_names import names_list_check, without_listed
from editor_app.suggest.detector_context import Detector, DetectorContext, Spans
from editor_app.suggest.findings import CorrectionFinding, EntityFinding
from editor_app.suggest.house_rules import StyleRule, default_style_rules
from editor_app.suggest.name_checks import name_consistency, place_names
from editor_app.suggest.pattern_checks import (
    boilerplate,
    doubled_words,
    house_style,
    quotation_marks,
    spacing,
)
from editor_app.suggest.quotes import QuoteScan
from editor_app.suggest.spelling import spelling_mistakes
from editor_app.suggest.text import Layout

QUOTE_WARNING = "Inside a direct quote: check with the source before changing what was said."
SPELLING = "spelling"
DETECTORS: Mapping[str, Detector] = {
    "boilerplate": boilerplate,
    "names-list": names_list_check,
    "name-consistency": name_consistency,
    "place-names": place_names,
    SPELLING: spelling_mistakes,
    "doubled-words": doubled_words,
    "spacing": spacing,
    "quotation-marks": quotation_marks,
    "house-style": house_style,
}
"""The detectors in order of precedence: boilerplate first, since a deleted paragraph needs no fixes."""
_WORD_CATEGORIES = frozenset({"spelling", "name", "grammar", "style", "fact", "other"})


def find_corrections(
    text: str,
    entities: Sequence[EntityFinding],
    scan: QuoteScan,
    layout: Layout | None = None,
    rules: Sequence[StyleRule] | None = None,
    spelling: bool = True,
    names: NamesList | None = None,
) -> list[CorrectionFinding]:
    """Every correction suggested for ``text``, in order, none overlapping another.

    ``rules`` are the house-style rules to apply (the bundled defaults when None; a newsroom's own
    rules from its ``.editor-app.yaml`` are added by the caller, who loads them). ``spelling``:
    False leaves out the dictionary check. ``names``: the desk's names list (``names.yaml``), whose
    spellings are never flagged and whose near misses are.
    """
    names = names or NamesList()
    context = DetectorContext(
        text,
        layout or Layout(text),
        entities,
        scan,
        default_style_rules() if rules is None else rules,
        names,
    )
    found: list[CorrectionFinding] = []
    for name, detector in DETECTORS.items():
        if name != SPELLING or spelling:
            found += detector(context)
    chosen = _without_overlaps(without_listed(text, found, names))
    quoted = Spans((q.start, q.end) for q in scan.quotes if q.kind in (QuoteKind.DIRECT, QuoteKind.MIXED))
    return [_warn_in_quotes(f, quoted) for f in chosen]


def _without_overlaps(found: list[CorrectionFinding]) -> list[CorrectionFinding]:
    """One correction per place: the first found there."""
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[CorrectionFinding] = []
    for finding in found:
        index = bisect_left(starts, finding.start)
        if index < len(starts) and starts[index] < finding.end:
            continue  # the next chosen one starts inside this one
        if index > 0 and ends[index - 1] > finding.start:
            continue  # the one before reaches into this one
        starts.insert(index, finding.start)
        ends.insert(index, finding.end)
        chosen.insert(index, finding)
    return chosen


def _warn_in_quotes(finding: CorrectionFinding, quoted: Spans) -> CorrectionFinding:
    if finding.category not in _WORD_CATEGORIES or not quoted.overlaps(finding.start, finding.end):
        return finding
    note = f"{QUOTE_WARNING} {finding.note}".strip()
    return CorrectionFinding(
        finding.start, finding.end, finding.replacement, finding.category, note, finding.rule
    )

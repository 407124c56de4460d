"""Applied corrections: history kept in the sidecar, never a span that needs re-anchoring.

The rule (README, "The sidecar format"): a correction with ``status: applied`` covers its
replacement where it now stands in the article, ``text`` is that replacement, and ``was`` holds the
words it replaced. A deletion leaves a point, ``start == end`` and ``text: ""``, between the two
characters where the words were. Such a correction moves with the text like any span; when its words
are later cut or cannot be found again it shrinks to a point where they were instead of being orphaned.

Files written before ``was`` existed kept the replaced words under ``original`` and left an applied
deletion ``orphaned: true`` at its offsets in the text before the apply; :func:`upgraded` reads them as
the same history.
"""

from dataclasses import replace

from editor_app.model.records import Correction, Span
from editor_app.model.vocab import Status

LEGACY_KEY = "original"
"""Where versions before ``was`` kept the replaced words (an unknown key, kept in ``extra``)."""


def is_history(correction: Correction) -> bool:
    """Already applied: left out of re-anchoring lists, exports, painting and a later apply."""
    return correction.status == Status.APPLIED


def point(span: Span, at: int) -> Span:
    """``span`` shrunk to the point ``at``: what an applied correction becomes when its words go."""
    return replace(span, start=at, end=at, text="", orphaned=False)


def upgraded(corrections: list[Correction], length: int) -> list[Correction]:
    """``corrections`` with applied ones of the old form (``original``, orphaned deletions) in the new.

    An old deletion's offsets are those of the text before its apply. The corrections applied together
    are walked in the order of that text, adding up how much each changed the length, to find the
    point each deletion left (exact for one apply; clamped to the article for anything else).
    """
    if not any(is_history(c) and LEGACY_KEY in c.extra for c in corrections):
        return corrections
    legacy = {c.id: c for c in corrections if is_history(c) and isinstance(c.extra.get(LEGACY_KEY), str)}
    shift = 0  # how much the corrections taken so far changed the length
    deletions = sorted((c.span.start, c.id) for c in legacy.values() if _old_deletion(c))
    replaced = sorted((c.span.start, c.id) for c in legacy.values() if not _old_deletion(c))
    points: dict[str, int] = {}
    while deletions or replaced:
        take_deletion = bool(deletions) and (not replaced or deletions[0][0] <= replaced[0][0] - shift)
        start, correction_id = (deletions if take_deletion else replaced).pop(0)
        correction = legacy[correction_id]
        if take_deletion:
            points[correction_id] = min(max(start + shift, 0), length)
        shift += len(correction.replacement) - len(correction.extra[LEGACY_KEY])
    result = []
    for correction in corrections:
        old = legacy.get(correction.id)
        if old is None:
            result.append(correction)
            continue
        extra = {k: v for k, v in old.extra.items() if k != LEGACY_KEY}
        span = point(old.span, points[old.id]) if old.id in points else old.span
        result.append(replace(old, span=span, extra=extra, was=old.was or old.extra[LEGACY_KEY]))
    return result


def _old_deletion(correction: Correction) -> bool:
    return not correction.replacement and correction.span.orphaned

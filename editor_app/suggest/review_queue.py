"""The cards of review mode: one per suggestion still to decide, in document order, with filters.

A suggested entity gives one card per suggested mention. Open corrections are the copy desk's own and
are not suggestions (F8 visits them).
"""

import re
from dataclasses import dataclass

from editor_app.model.document import Document
from editor_app.model.records import Correction, Entity, Quote, Record
from editor_app.suggest.decisions import waiting

_SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bJr)(?<!\bSen)(?<!\bRep)(?<!\bGov)"
    r"[.!?]['\"”’)]*\s+|\n\s*\n"
)
"""Where a sentence ends: not after an initial or a title ("U.S.", "Mr."), and at a blank line."""
CONTEXT = 240
"""At most this many characters are shown on each side of a suggestion."""


@dataclass(frozen=True)
class Card:
    record_id: str
    mention: tuple[int, int] | None
    kind: str
    """``entity``, ``quote`` or ``correction``."""
    label: str
    """The entity's label, the quote's kind or the correction's category."""
    rule: str
    """Who suggested it (``rule:people``); empty when unknown."""
    start: int
    end: int


def card_of(doc: Document, record: Record, mention: tuple[int, int] | None) -> Card:
    if isinstance(record, Entity):
        found = next((m for m in record.mentions if (m.start, m.end) == mention), None)
        start, end = mention or (record.position, record.position)
        by = (found.by if found else None) or record.by or ""
        return Card(record.id, mention, "entity", record.label, by, start, end)
    kind = "quote" if isinstance(record, Quote) else "correction"
    label = record.kind if isinstance(record, Quote) else record.category
    assert isinstance(record, Quote | Correction)
    return Card(record.id, None, kind, label, record.by or "", record.span.start, record.span.end)


def cards(doc: Document, kind: str = "", label: str = "", rule: str = "") -> list[Card]:
    """Every suggestion waiting for a decision, as cards, keeping those that match the filters."""
    found: list[Card] = []
    for _position, record_id, mention in waiting(doc):
        record = doc.find(record_id)
        if record is None:
            continue
        card = card_of(doc, record, mention)
        if (kind and card.kind != kind) or (label and card.label != label) or (rule and card.rule != rule):
            continue
        found.append(card)
    return found


def sentence_around(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The sentence(s) holding ``start:end``, cut into before, the span, and after."""
    lower = max(0, start - CONTEXT)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lower, start)]
    begin = ends[-1] if ends else lower
    after = _SENTENCE_END.search(text, end, min(len(text), end + CONTEXT))
    finish = after.start() + 1 if after else min(len(text), end + CONTEXT)
    return text[begin:start], text[start:end], text[end:finish].rstrip()

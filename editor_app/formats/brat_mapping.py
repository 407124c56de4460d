"""How editor-app annotations map onto brat's types, relations, attributes and notes (both directions).

=====================  ==========================================================================
editor-app             brat
=====================  ==========================================================================
entity mention         ``T`` line typed with the entity's label (``T1<TAB>PERSON 70 82<TAB>Chris Magnus``)
entity (2+ mentions)   ``*<TAB>Coref T1 T4 T9`` (an equivalence, like brat's own ``Alias``)
entity link            ``N1<TAB>Reference T1 wikidata:Q5108848<TAB>Chris Magnus`` (the name too)
entity name            ``#1<TAB>AnnotatorNotes T1<TAB>name: Chris Magnus`` when unlinked and unlike
                       its first mention
quote                  ``T`` line of type ``Quote``; ``A1<TAB>QuoteKind T5 direct``
speaker                ``R1<TAB>Speaker Arg1:T5 Arg2:T2`` (the speaker's mention nearest the quote)
cue                    ``T`` line of type ``Cue``; ``R2<TAB>QuoteCue Arg1:T5 Arg2:T6``
correction             ``T`` line of type ``Correction``; ``A2<TAB>CorrectionCategory T7 name``,
                       ``A3<TAB>CorrectionStatus T7 open``, and the replacement and note as
                       ``#2<TAB>AnnotatorNotes T7<TAB>replace with "Magnus" — Spelt Magnus ...``
=====================  ==========================================================================

Not carried: ids, statuses and annotators of entities, mentions and quotes. Lines of an imported
``.ann`` that editor-app cannot represent (events, other relations and attributes, notes on mentions)
are kept in the sidecar under the top-level key ``brat`` and written back with the ids they had.
"""

import json
import re

QUOTE, CUE, CORRECTION = "Quote", "Cue", "Correction"
SPAN_TYPES = frozenset([QUOTE, CUE, CORRECTION])
SPEAKER, QUOTE_CUE, COREF = "Speaker", "QuoteCue", "Coref"
QUOTE_KIND, CATEGORY, CORRECTION_STATUS = "QuoteKind", "CorrectionCategory", "CorrectionStatus"
NOTES, REFERENCE = "AnnotatorNotes", "Reference"
NAME_PREFIX = "name: "
KEPT_KEY = "brat"
"""Top-level sidecar key holding the ``.ann`` lines editor-app cannot represent."""
ID_KEY = "brat_id"
"""Key (of a mention, quote or correction) holding its ``T`` id when a kept line points at it."""

_NOTE = re.compile(r'replace with ("(?:[^"\\]|\\.)*")(?: — (.*))?')


def brat_type(label: str) -> str:
    """A label as a brat type name: no whitespace."""
    return re.sub(r"\s+", "_", label.strip())


def one_line(text: str) -> str:
    """Text for a brat field: tabs and line breaks would end the field or the line."""
    return re.sub(r"[\t\r\n\u2028\u2029\x85]+", " ", text)


def correction_note(replacement: str, note: str) -> str:
    text = "replace with " + json.dumps(replacement, ensure_ascii=False)
    return text + (f" — {one_line(note)}" if note else "")


def parse_correction_note(text: str) -> tuple[str, str] | None:
    """``(replacement, note)`` from a note written by :func:`correction_note`, else None."""
    match = _NOTE.fullmatch(text)
    if match is None:
        return None
    try:
        replacement = json.loads(match.group(1))
    except json.JSONDecodeError:
        return None
    return str(replacement), match.group(2) or ""

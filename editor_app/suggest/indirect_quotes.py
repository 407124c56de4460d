"""Indirect quotes: reported speech without quotation marks.

Two shapes: a reporting verb after its subject ("Reyes said Tuesday that the library would stay
open") and an attribution closing the sentence ("The library will stay open, Reyes said."). Only
sentences without quotation marks are read; "was told" is not an attribution.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass

from editor_app.suggest.attribution import ADVERBS
from editor_app.suggest.findings import Offsets
from editor_app.suggest.quote_marks import Passage
from editor_app.suggest.speakers import ORG_NOUNS, PERSON_NOUNS, PRONOUNS, Speakers
from editor_app.suggest.text import Layout, words

_REPORTING_CUES = sorted(
    words(
        "said says told tells added adds explained argued insisted warned acknowledged admitted claimed "
        "noted wrote writes stated testified announced confirmed conceded complained maintained contended "
        "predicted recalled replied responded"
    ),
    key=lambda w: (-len(w), w),
)
_REPORTING = "|".join(_REPORTING_CUES)
_TRAILING = re.compile(
    rf",\s+(?P<speaker>[^,.;!?“”\"]{{1,60}}?|[^,.;!?“”\"]{{1,60}},[^.;!?“”\"]{{1,90}},)\s+"
    rf"{ADVERBS}{{0,2}}(?P<cue>{_REPORTING})(?:\s+(?:on\s+)?[A-Za-z]+day)?\s*[.!]?[”\"]?$"
    rf"|,\s+(?P<cue2>said|says|according\s+to)\s+(?P<speaker2>[^,.;!?“”\"]{{2,60}})\s*[.!]?$"
)
_LEADING = re.compile(
    rf"\b(?P<cue>{_REPORTING})\b(?P<object>\s+(?:him|her|them|us|me|reporters|[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?))?"
    r"(?P<extra>(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|"
    r"previously|earlier|later|last\s+week|this\s+week|in\s+a\s+statement|in\s+an\s+interview|"
    r"in\s+a\s+letter|on\s+social\s+media)){0,2})"
    r"\s+(?:that\s+)?(?P<clause>(?!to\b|for\b|about\b|of\b|by\b|with\b|in\b|on\b|at\b|and\b|or\b|but\b)[^\s].{10,})$"
)
_NOT_A_SPEAKER = frozenset({"was", "were", "is", "are", "be", "been", "being", "not", "never"})


@dataclass(frozen=True, slots=True)
class ReportedSpeech:
    """A reported clause ``start:end``, its cue, and the phrase naming who reported it."""

    start: int
    end: int
    cue: Offsets
    speaker_phrase: Offsets


def find_reported_speech(
    text: str, layout: Layout, passages: Sequence[Passage], speakers: Speakers
) -> list[ReportedSpeech]:
    """Candidates in document order, at most one a sentence; sentences with a passage are skipped."""
    found: list[ReportedSpeech] = []
    quoted_sentences = {layout.sentence_index(p.open) for p in passages}
    quoted_sentences |= {layout.sentence_index(p.start) for p in passages}
    for index, sentence in enumerate(layout.sentences):
        if index in quoted_sentences:
            continue
        body = text[sentence.start : sentence.end]
        if any(mark in body for mark in '“”"«»'):
            continue
        match = _TRAILING.search(body)
        if match:
            cue_group = "cue" if match.group("cue") else "cue2"
            speaker_group = "speaker" if match.group("cue") else "speaker2"
            clause_end = sentence.start + match.start()
            clause_start = sentence.start
            if clause_end - clause_start > 15:
                found.append(
                    ReportedSpeech(
                        clause_start,
                        clause_end,
                        (sentence.start + match.start(cue_group), sentence.start + match.end(cue_group)),
                        (
                            sentence.start + match.start(speaker_group),
                            sentence.start + match.end(speaker_group),
                        ),
                    )
                )
                continue
        for cue in _LEADING.finditer(body):
            cue_start = sentence.start + cue.start("cue")
            speaker_phrase = _subject_before(text, sentence.start, cue_start, speakers)
            if speaker_phrase is None:
                continue
            clause = cue.group("clause").rstrip(' .!?”"')
            clause_start = sentence.start + cue.start("clause")
            if len(clause.split()) < 3:
                continue
            found.append(
                ReportedSpeech(
                    clause_start,
                    clause_start + len(clause),
                    (cue_start, sentence.start + cue.end("cue")),
                    speaker_phrase,
                )
            )
            break
    return found


def _subject_before(text: str, sentence_start: int, cue_start: int, speakers: Speakers) -> Offsets | None:
    """The span naming who speaks, right before a cue: a mention, a pronoun or "the official"
    (auxiliaries and adverbs allowed in between; "was told" is not an attribution)."""
    before = text[sentence_start:cue_start]
    match = re.search(
        rf"(?P<who>[^,;]{{1,80}}?|[^,;]{{1,60}},[^;]{{1,100}},)\s+{ADVERBS}{{0,2}}$",
        before,
    )
    if match is None:
        return None
    who = match.group("who").strip()
    last_word = re.findall(r"[\w’'\-]+", who.split(",")[0])
    if not last_word:
        return None
    if last_word[-1].lower() in _NOT_A_SPEAKER:
        return None
    start = sentence_start + match.start("who")
    end = sentence_start + match.end("who")
    if speakers.first_mention(start, end, ("PERSON", "ORG")) is not None:
        return (start, end)
    lead = who.split()[-1].lower() if who.split() else ""
    if lead in PRONOUNS or (who.lower().split()[0] in PRONOUNS and len(who.split()) == 1):
        return (start, end)
    if re.match(r"(?:the|a|an)\s", who.split(",")[0].strip().lower().split(" ", 1)[0] + " ") and (
        last_word[-1].lower() in PERSON_NOUNS | ORG_NOUNS
    ):
        return (start, end)
    return None

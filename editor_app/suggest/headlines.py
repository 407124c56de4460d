"""Speakers of quotes in headlines: "Ada Brennan: ‘We Will Carry Every County’", "Mayor Omar Tull
Says Plan Is ‘A Mistake’". A headline's subject says its quote."""

import re
from bisect import bisect_left

from editor_app.suggest.speakers import Speakers
from editor_app.suggest.text import Block, words

_WORD = re.compile(r"[^\W\d_][\w’'\-]*")
_CUE = re.compile(r"\b(?:Says|Said|Tells|Told|Writes|Wrote|Warns|Claims|Asks|Admits|Insists|Argues)\b")
_ROLES = words("Challenger Rival Aide Adviser Spokesman Spokeswoman Gov Sen Rep Mayor")


def is_headline(text: str, paragraph: Block) -> bool:
    """A short paragraph of one sentence whose words are mostly capitalised."""
    body = text[paragraph.start : paragraph.end].strip()
    found = _WORD.findall(body)
    if len(found) < 3 or len(body) > 160 or re.search(r"[.!?]\s+[A-Z]", body):
        return False
    return sum(1 for w in found if w[0].isupper()) / len(found) >= 0.7


def headline_speaker(
    speakers: Speakers, paragraph: Block, open_mark: int, close_mark: int | None
) -> int | None:
    """The person a headline's quote is by: the one named right before a cue ("..., Omar Tull
    Says"), else the subject before a colon ahead of the quote ("Tull Rival Ada Brennan: ‘...’"; a
    headline opening with an organisation and a colon has no person speaking), else its subject."""
    text = speakers.text
    quote_end = close_mark + 1 if close_mark is not None else open_mark
    for cue in _CUE.finditer(text, paragraph.start, paragraph.end):
        if open_mark <= cue.start() < quote_end:
            continue
        people = _people(speakers, paragraph.start, cue.start(), (open_mark, quote_end))
        if people:
            return people[-1][2]
    colon = text.find(":", paragraph.start, open_mark)
    if colon >= 0:
        return _subject(speakers, _people(speakers, paragraph.start, colon, (open_mark, quote_end)))
    people = _people(speakers, paragraph.start, paragraph.end, (open_mark, quote_end))
    return _subject(speakers, [p for p in people if speakers.entities[p[2]].label == "PERSON"])


def _people(speakers: Speakers, start: int, end: int, quote: tuple[int, int]) -> list[tuple[int, int, int]]:
    """The mentions of people and organisations in ``start:end`` outside the quote."""
    found = []
    index = bisect_left(speakers.mention_starts, start)
    while index < len(speakers.mentions) and speakers.mentions[index][0] < end:
        m_start, m_end, entity = speakers.mentions[index]
        index += 1
        inside = quote[0] <= m_start < quote[1]
        if not inside and speakers.entities[entity].label in ("PERSON", "ORG"):
            found.append((m_start, m_end, entity))
    return found


def _subject(speakers: Speakers, people: list[tuple[int, int, int]]) -> int | None:
    """The first person named, unless a role makes them the modifier of the next ("Tull Rival Ada
    Brennan"); an organisation first means no person."""
    if not people or speakers.entities[people[0][2]].label != "PERSON":
        return None
    if len(people) > 1 and speakers.text[people[0][1] : people[1][0]].strip(" .") in _ROLES:
        return people[1][2]
    return people[0][2]

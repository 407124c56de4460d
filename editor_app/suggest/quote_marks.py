"""Quoted passages: quotation marks paired paragraph by paragraph.

Curly and straight double quotes and guillemets count everywhere, single quotes only in articles that
use no double quotes (British style), where they must be told from apostrophes. A quote running over
several paragraphs (an opening mark at each paragraph start, a closing mark only at the end) becomes
one passage per paragraph, all of one chain.
"""

import re
from dataclasses import dataclass, field

from editor_app.suggest.text import Block, Layout

DOUBLE_OPEN = "“«„"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "’›"
ALL_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + "\"'"
_ANY_MARK = re.compile(f"[{re.escape(ALL_MARKS)}]")
_DOUBLE = re.compile(f'[{re.escape(DOUBLE_OPEN + DOUBLE_CLOSE)}"]')


@dataclass(frozen=True, slots=True)
class Passage:
    """Quoted words ``start:end`` between an opening mark at ``open`` and a closing mark at ``close``."""

    open: int
    close: int | None  # None: continues in the next paragraph
    start: int
    end: int
    paragraph: int
    chain: int
    """The passages of one quote running over several paragraphs share their chain."""


@dataclass
class Marks:
    """The passages in document order, and the quotation marks that have no partner."""

    passages: list[Passage] = field(default_factory=list)
    stray: list[int] = field(default_factory=list)


def find_passages(text: str, layout: Layout) -> Marks:
    """Pair the quotation marks of ``text`` into passages."""
    doubles = DOUBLE_OPEN + DOUBLE_CLOSE + '"'
    british = not any(c in text for c in doubles)
    found = Marks()
    chain = 0
    open_at: int | None = None
    continuing = False
    paragraphs = layout.paragraphs
    for index, paragraph in enumerate(paragraphs):
        # single quotes count in British copy, and in a paragraph with no double quote of its own
        # (a headline: Clinton Calls Plan 'A Disaster')
        singles = british or _DOUBLE.search(text, paragraph.start, paragraph.end) is None
        marks = _marks(text, paragraph, singles)
        if continuing and not (marks and marks[0][0] == paragraph.start and marks[0][1] == "open"):
            continuing = False
        open_at = None
        for position, role in marks:
            if role == "open":
                if open_at is not None:
                    found.stray.append(open_at)
                open_at = position
                if not (continuing and position == paragraph.start):
                    chain += 1
                    continuing = False
            elif role == "close":
                if open_at is None:
                    found.stray.append(position)
                    continue
                found.passages.append(_passage(text, open_at, position, index, chain))
                open_at = None
                continuing = False
        if open_at is not None:
            following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            if following is not None and text[following.start] in DOUBLE_OPEN + SINGLE_OPEN + "\"'":
                found.passages.append(_passage(text, open_at, None, index, chain, paragraph.end))
                continuing = True
            else:
                found.stray.append(open_at)
                continuing = False
    found.stray.sort()
    return found


def _marks(text: str, paragraph: Block, singles: bool) -> list[tuple[int, str]]:
    """The quotation marks of ``paragraph`` with their role, "open" or "close"."""
    marks: list[tuple[int, str]] = []
    state_open = False
    for found in (_ANY_MARK if singles else _DOUBLE).finditer(text, paragraph.start, paragraph.end):
        position = found.start()
        char = found.group()
        before = text[position - 1] if position > paragraph.start else " "
        after = text[position + 1] if position + 1 < paragraph.end else " "
        role: str | None
        if char in DOUBLE_OPEN:
            role = "open"
        elif char in DOUBLE_CLOSE:
            role = "close"
        elif char == '"' and state_open and before == " " and text[position - 2] in "'’":
            role = "close"  # a quote ending with a quote in it: "... 'harvest its brain,' " she said
        elif char == '"':
            role = _straight_role(before, after, state_open)
        elif not singles:
            continue
        elif char in "‘‹":
            role = "open" if not (before.isalnum() and after.isalnum()) else None
        elif char in "’›'":
            role = _single_role(char, before, after, state_open, text, position)
        else:
            role = None
        if role is None:
            continue
        state_open = role == "open"
        marks.append((position, role))
    return marks


def _passage(
    text: str, open_at: int, close: int | None, paragraph: int, chain: int, end: int | None = None
) -> Passage:
    start = open_at + 1
    stop = close if close is not None else (end if end is not None else start)
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and (text[stop - 1].isspace() or text[stop - 1] in ",—–"):
        stop -= 1
    return Passage(open_at, close, start, stop, paragraph, chain)


def _straight_role(before: str, after: str, state_open: bool) -> str:
    opens = before.isspace() or (before in "([{—–-/" and not after.isspace())
    closes = not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-")
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "close" if state_open else "open"


def _single_role(
    char: str, before: str, after: str, state_open: bool, text: str, position: int
) -> str | None:
    if before.isalnum() and after.isalnum():
        return None  # an apostrophe: don't, O’Neill
    if char == "'" and (before.isspace() or before in "([{—–-") and after.isalnum():
        return "open"
    if before.isspace() or before in "([{":
        return "open" if after.isalnum() else None
    if not state_open:
        return None  # a plural possessive (the students’ union) or a dropped letter
    if before == "s" and re.match(r"\s+[a-z]", text[position + 1 : position + 4]):
        return None  # the students’ demands
    return "close" if after.isspace() or after in ".,;:!?)]}—–-" or position + 1 >= len(text) else None

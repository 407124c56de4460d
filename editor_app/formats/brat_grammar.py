"""The brat standoff format, line by line, as brat's documentation describes it.

======  ==============================================================  ===========================
prefix  layout (fields separated by one tab, items by one space)        what
======  ==============================================================  ===========================
``T``   ``T1<TAB>TYPE START END[;START END...]<TAB>TEXT``               a text span (fragments)
``R``   ``R1<TAB>TYPE ROLE:ID ROLE:ID<TAB>``                            a relation
``E``   ``E1<TAB>TYPE:TRIGGER[ ROLE:ID...]``                            an event
``A``   ``A1<TAB>NAME ID[ VALUE]`` (``M`` in old files)                 an attribute
``N``   ``N1<TAB>TYPE ID DB:DBID<TAB>TEXT``                             a normalisation
``#``   ``#1<TAB>TYPE ID<TAB>TEXT``                                     a note (AnnotatorNotes)
``*``   ``*<TAB>TYPE ID ID[ ID...]``                                    an equivalence
======  ==============================================================  ===========================

Offsets count characters (code points) of the ``.txt`` file as read, newlines included. The text of a
span with several fragments is the fragments' texts joined by single spaces.
"""

import re
from dataclasses import dataclass

_PATTERNS = {
    "T": re.compile(r"(T\d+)\t(\S+) (\d{1,18} \d{1,18}(?:;\d{1,18} \d{1,18})*)\t(.*)"),
    "R": re.compile(r"(R\d+)\t(\S+) (\S+):([TER]\d+) (\S+):([TER]\d+)\t?[ \t]*"),
    "E": re.compile(r"(E\d+)\t(\S+):(T\d+)((?: \S+:[TE]\d+)*)[ \t]*"),
    "A": re.compile(r"([AM]\d+)\t(\S+) ([TER]\d+)(?: (\S+))?[ \t]*"),
    "N": re.compile(r"(N\d+)\t(\S+) ([TER]\d+) ([^\s:]+):(\S+)\t(.*)"),
    "#": re.compile(r"(#\d+)\t(\S+) ([TERAN#]\d+)(?:\t(.*))?"),
    "*": re.compile(r"(\*)\t(\S+)((?: [TE]\d+)+)[ \t]*"),
}
_PATTERNS["M"] = _PATTERNS["A"]


class BratSyntaxError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class BratLine:
    id: str
    """``T1``, ``R2``, ... (``*`` for an equivalence, which has none)."""
    type: str
    refs: tuple[str, ...] = ()
    """The annotations this line points at: a relation's arguments, an attribute's target ..."""
    roles: tuple[str, ...] = ()
    """A relation's or event's roles, parallel to ``refs`` (an event's trigger has role ``""``)."""
    fragments: tuple[tuple[int, int], ...] = ()
    text: str = ""
    value: str = ""
    """An attribute's value, a normalisation's ``DB:ID``."""
    raw: str = ""

    @property
    def kind(self) -> str:
        return self.id[0]

    @property
    def number(self) -> int:
        return int(self.id[1:]) if self.id[1:].isdigit() else 0


def parse_line(line: str) -> BratLine:
    """One line of an ``.ann`` file (without its newline); raises :class:`BratSyntaxError`."""
    pattern = _PATTERNS.get(line[:1])
    match = pattern.fullmatch(line) if pattern else None
    if match is None:
        raise BratSyntaxError(f"not a brat annotation line: {line!r}")
    groups = match.groups()
    kind = line[0]
    if kind == "T":
        fragments = tuple(
            (int(start), int(end)) for start, end in (part.split(" ") for part in groups[2].split(";"))
        )
        if any(start > end for start, end in fragments):
            raise BratSyntaxError(f"a fragment ends before it starts: {line!r}")
        return BratLine(groups[0], groups[1], fragments=fragments, text=groups[3], raw=line)
    if kind == "R":
        return BratLine(groups[0], groups[1], (groups[3], groups[5]), (groups[2], groups[4]), raw=line)
    if kind == "E":
        pairs = [item.rsplit(":", 1) for item in groups[3].split()]
        return BratLine(
            groups[0],
            groups[1],
            (groups[2], *(ref for _, ref in pairs)),
            ("", *(role for role, _ in pairs)),
            raw=line,
        )
    if kind in "AM":
        return BratLine(groups[0], groups[1], (groups[2],), value=groups[3] or "", raw=line)
    if kind == "N":
        return BratLine(
            groups[0], groups[1], (groups[2],), value=f"{groups[3]}:{groups[4]}", text=groups[5], raw=line
        )
    if kind == "#":
        return BratLine(groups[0], groups[1], (groups[2],), text=groups[3] or "", raw=line)
    return BratLine("*", groups[1], tuple(groups[2].split()), raw=line)


def t_line(number: int, label: str, fragments: list[tuple[int, int]], text: str) -> str:
    """A ``T`` line for ``fragments`` of ``text`` (the whole article)."""
    offsets = ";".join(f"{start} {end}" for start, end in fragments)
    return f"T{number}\t{label} {offsets}\t" + " ".join(text[start:end] for start, end in fragments)


def fragments_of(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``start``-``end`` cut at line breaks, as brat cuts a span that crosses lines.

    Empty or whitespace-only pieces are left out; a span with no visible text keeps one fragment.
    """
    pieces: list[tuple[int, int]] = []
    cursor = start
    while cursor < end:
        newline = text.find("\n", cursor, end)
        stop = end if newline == -1 else newline
        if text[cursor:stop].strip():
            pieces.append((cursor, stop))
        cursor = stop + 1
    return pieces or [(start, end)]

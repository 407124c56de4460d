"""Splitting an article into paragraphs, sentences and word tokens, keeping code point offsets."""

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

# Upper-case letters of Latin scripts: Python's `re` has no \p{Lu}.
UPPER = "".join(sorted({c for c in map(chr, range(0x41, 0x250)) if c.isupper()}))
UPPER_CLASS = "[" + re.escape(UPPER) + "]"


def words(listed: str) -> frozenset[str]:
    """The words of a space-separated list, for word lists written inline."""
    return frozenset(listed.split())


WORD = re.compile(r"[^\W\d_](?:[\w\-]|['’](?=[^\W\d_]))*")
_BLANK = re.compile(r"\n[ \t]*\n\s*")
_ABBREVIATIONS = words(
    "Mr Mrs Ms Dr Prof Sen Rep Gov Gen Lt Col Capt Sgt Cpl Maj Adm Rev St Jr Sr Inc Co Corp Ltd No vs "
    "Jan Feb Mar Apr Aug Sept Sep Oct Nov Dec Ave Blvd Mt Ft etc"
)
_SENTENCE_END = re.compile(r"[.!?]+[”’\"')\]]*(?=\s+[“‘\"'(\[]?[" + re.escape(UPPER) + r"0-9])")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def capitalised(self) -> bool:
        return self.text[0].isupper()


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph (or a sentence): ``text[start:end]``."""

    start: int
    end: int


def paragraphs(text: str) -> list[Block]:
    """Paragraphs separated by blank lines; with no blank line in the text, each line is one."""
    separator = _BLANK if "\n\n" in text or re.search(r"\n[ \t]+\n", text) else re.compile(r"\n\s*")
    blocks: list[Block] = []
    position = 0
    for match in separator.finditer(text):
        _add_block(blocks, text, position, match.start())
        position = match.end()
    _add_block(blocks, text, position, len(text))
    return blocks


def _add_block(blocks: list[Block], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        blocks.append(Block(start, end))


def sentences(text: str, block: Block) -> list[Block]:
    """The sentences of a paragraph; a full stop after an abbreviation or an initial ends none."""
    found: list[Block] = []
    start = block.start
    for match in _SENTENCE_END.finditer(text, block.start, block.end):
        if match.group().startswith(".") and ends_with_abbreviation(text, match.start()):
            continue
        found.append(Block(start, match.end()))
        start = match.end()
        while start < block.end and text[start].isspace():
            start += 1
    if start < block.end:
        found.append(Block(start, block.end))
    return found


def ends_with_abbreviation(text: str, dot: int, abbreviations: frozenset[str] = _ABBREVIATIONS) -> bool:
    """Whether the full stop at ``dot`` ends one of ``abbreviations``, an initial or a dotted acronym."""
    word = re.search(r"([\w.]+)$", text[max(0, dot - 12) : dot])
    if word is None:
        return False
    last = word.group(1)
    if last in abbreviations:
        return True
    # initials and dotted acronyms: "J." "U.S." (a sentence rarely ends with a single capital)
    return bool(re.fullmatch(r"(?:[A-Za-z]\.)*[A-Z]", last))


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word tokens: letters, digits, inner hyphens and apostrophes ("O’Neill", "El-Sayed", "don't")."""
    end = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group()) for m in WORD.finditer(text, start, end)]


class Layout:
    """Paragraphs and sentences of one article, with fast look-ups by offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.paragraphs = paragraphs(text)
        self.sentences: list[Block] = []
        self.sentence_paragraph: list[int] = []
        for index, paragraph in enumerate(self.paragraphs):
            for sentence in sentences(text, paragraph):
                self.sentences.append(sentence)
                self.sentence_paragraph.append(index)
        self._paragraph_starts = [p.start for p in self.paragraphs]
        self._sentence_starts = [s.start for s in self.sentences]

    def paragraph_index(self, offset: int) -> int:
        return max(0, bisect_right(self._paragraph_starts, offset) - 1)

    def sentence_index(self, offset: int) -> int:
        return max(0, bisect_right(self._sentence_starts, offset) - 1)

    def sentence_at(self, offset: int) -> Block:
        return self.sentences[self.sentence_index(offset)] if self.sentences else Block(0, len(self.text))

    @cached_property
    def sentence_starts(self) -> frozenset[int]:
        """Offsets where a sentence (or a paragraph, or a quote opening a sentence) starts."""
        starts = set(self._sentence_starts)
        for start in self._sentence_starts:
            # a sentence opening with a quotation mark, bracket or dash: its first word also counts
            match = re.match(r"[“‘\"'(\[—–-]+\s*", self.text[start : start + 4])
            if match:
                starts.add(start + match.end())
        for match in re.finditer(r"[“‘\"«:]\s*", self.text):
            starts.add(match.end())
        return frozenset(starts)

    def is_sentence_start(self, offset: int) -> bool:
        return offset in self.sentence_starts

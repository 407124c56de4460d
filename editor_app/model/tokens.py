"""Words and sentences of an article, for token-level formats (CoNLL) and token-level agreement.

A small, predictable tokenizer rather than a linguistic one: words are runs of letters, digits and
combining marks, joined across an inner apostrophe, hyphen or full stop (``don't``, ``self-driving``,
``U.S``, ``3.5``); every other visible character is a token of its own, together with the marks,
variation selectors, skin tones and zero-width joiners that belong to it, so an emoji ZWJ sequence
or a flag stays one token. Offsets are code points, like every offset of the app.
"""

import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence

Token = tuple[int, int]
"""``(start, end)`` of a token in the text, end exclusive."""

_JOINERS = frozenset("'’-.")
_ZWJ = "\u200d"
_CLOSERS = frozenset("\"'”’)]»›")
_OPENERS = frozenset("\"'“‘([«‹")
_ENDERS = frozenset(".!?…")
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "jr",
        "sr",
        "gov",
        "sen",
        "rep",
        "gen",
        "lt",
        "col",
        "sgt",
        "capt",
        "prof",
        "rev",
        "hon",
        "inc",
        "co",
        "corp",
        "ltd",
        "no",
        "vs",
        "etc",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "ave",
        "blvd",
        "rd",
        "mt",
        "ft",
        "fig",
        "approx",
        "dept",
        "est",
    ]
)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_" or unicodedata.category(char).startswith("M")


def _attaches(char: str) -> bool:
    """Characters that belong to the symbol before them: marks, variation selectors, skin tones."""
    code = ord(char)
    return (
        unicodedata.category(char).startswith("M")
        or 0xFE00 <= code <= 0xFE0F
        or 0x1F3FB <= code <= 0x1F3FF
        or 0xE0020 <= code <= 0xE007F  # tag characters of subdivision flags
    )


def _is_initialism(word: str) -> bool:
    """``U.S``, ``e.g``: single letters joined by full stops."""
    parts = word.split(".")
    return len(parts) > 1 and all(len(part) == 1 and part.isalpha() for part in parts)


def _is_regional_indicator(char: str) -> bool:
    return 0x1F1E6 <= ord(char) <= 0x1F1FF


def tokenize(text: str) -> list[Token]:
    """The tokens of ``text`` in order; whitespace (NBSP included) separates and is never a token."""
    tokens: list[Token] = []
    length = len(text)
    i = 0
    while i < length:
        char = text[i]
        if char.isspace():
            i += 1
            continue
        start = i
        if _is_word_char(char):
            i += 1
            while i < length:
                if _is_word_char(text[i]):
                    i += 1
                elif text[i] in _JOINERS and i + 1 < length and _is_word_char(text[i + 1]):
                    i += 2
                else:
                    break
            if i < length and text[i] == "." and _is_initialism(text[start:i]):
                i += 1  # "U.S." keeps its last full stop, as CoNLL-2003 writes it
        else:
            i += 1
            if _is_regional_indicator(char) and i < length and _is_regional_indicator(text[i]):
                i += 1
            while i < length:
                if _attaches(text[i]):
                    i += 1
                elif text[i] == _ZWJ and i + 1 < length and not text[i + 1].isspace():
                    i += 2
                else:
                    break
        tokens.append((start, i))
    return tokens


def split_at(tokens: Sequence[Token], boundaries: Iterable[int]) -> list[Token]:
    """``tokens`` with every token that straddles one of ``boundaries`` cut in two there.

    Annotations made in the app may start or end inside what the tokenizer sees as one word
    (``Magnus's``); cutting keeps every annotation expressible as whole tokens.
    """
    cuts = sorted(set(boundaries))
    if not cuts:
        return list(tokens)
    result: list[Token] = []
    for start, end in tokens:
        index = bisect_right(cuts, start)
        while index < len(cuts) and cuts[index] < end:
            result.append((start, cuts[index]))
            start = cuts[index]
            index += 1
        result.append((start, end))
    return result


def sentences(text: str, tokens: Sequence[Token], keep_together: Iterable[Token] = ()) -> list[list[Token]]:
    """``tokens`` grouped into sentences.

    A sentence ends at a line break, and after ``.``, ``!``, ``?`` or ``…`` (and any closing quotes
    or brackets) when the next token starts with a capital, a digit or an opening quote, unless the
    full stop ends a known abbreviation or an initial. No sentence ends inside a ``keep_together``
    span (an annotated name or quote is never split across sentences).
    """
    inside = _covered_gaps(tokens, keep_together)
    result: list[list[Token]] = []
    current: list[Token] = []
    for index, token in enumerate(tokens):
        if current and index not in inside and _breaks_before(text, tokens, index):
            result.append(current)
            current = []
        current.append(token)
    if current:
        result.append(current)
    return result


def _covered_gaps(tokens: Sequence[Token], spans: Iterable[Token]) -> set[int]:
    """Indexes ``i`` such that the gap between token ``i - 1`` and token ``i`` lies inside a span."""
    starts = [start for start, _ in tokens]
    covered: set[int] = set()
    for start, end in spans:
        first = bisect_right(starts, start)  # the token after the one holding ``start``
        last = bisect_left(starts, end)  # tokens from here on start at or after ``end``
        covered.update(range(first, last))
    return covered


def _breaks_before(text: str, tokens: Sequence[Token], index: int) -> bool:
    previous_end = tokens[index - 1][1]
    if "\n" in text[previous_end : tokens[index][0]]:
        return True
    back = index - 1
    while back >= 0 and text[tokens[back][0] : tokens[back][1]] in _CLOSERS:
        back -= 1
    if back < 0:
        return False
    ender = text[tokens[back][0] : tokens[back][1]]
    if not ender or ender[0] not in _ENDERS:
        return False
    if ender == "." and back > 0 and _is_abbreviation(text, tokens[back - 1], tokens[back]):
        return False
    following = text[tokens[index][0]]
    return following.isupper() or following.isdigit() or following in _OPENERS


def _is_abbreviation(text: str, word: Token, stop: Token) -> bool:
    if word[1] != stop[0]:
        return False  # "said ." is not an abbreviation
    value = text[word[0] : word[1]]
    if len(value) == 1 and value.isalpha():
        return True  # an initial: "John F. Kennedy"
    return value.lower() in _ABBREVIATIONS or ("." in value and value.replace(".", "").isalpha())

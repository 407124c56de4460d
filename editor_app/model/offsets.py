"""The one place that converts between code points and UTF-16 units.

The sidecar counts code points (Python ``str`` indices). Qt's text classes, Label Studio and browsers
count UTF-16 code units, where every character above U+FFFF (most emoji) takes two. The app
normalises newlines to ``\\n`` before Qt sees the text, so a ``QPlainTextEdit`` position is exactly a
UTF-16 offset into the normalised text. Nothing else in the app does this arithmetic.
"""

import re
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class OffsetMap:
    """Converts offsets for one text in O(log n), after an O(n) scan for astral characters."""

    __slots__ = ("_astral_cp", "_astral_u16", "length", "utf16_length")

    def __init__(self, text: str):
        self._astral_cp: list[int] = []
        self._astral_u16: list[int] = []
        if not text.isascii():  # the scan is the regular expression engine's (1 MB: milliseconds)
            for before, match in enumerate(_ASTRAL.finditer(text)):
                index = match.start()
                self._astral_u16.append(index + before)
                self._astral_cp.append(index)
        self.length = len(text)
        self.utf16_length = self.length + len(self._astral_cp)

    def to_utf16(self, codepoint: int) -> int:
        """The UTF-16 offset of code point offset ``codepoint`` (0 <= codepoint <= length)."""
        return codepoint + bisect_left(self._astral_cp, codepoint)

    def to_codepoint(self, utf16: int) -> int:
        """The code point offset of UTF-16 offset ``utf16``.

        An offset between the two halves of a surrogate pair is rounded down to the character's start.
        """
        return utf16 - bisect_right(self._astral_u16, utf16 - 1)


def utf16_to_codepoint(text: str, utf16: int) -> int:
    return OffsetMap(text).to_codepoint(utf16)


def codepoint_to_utf16(text: str, codepoint: int) -> int:
    return OffsetMap(text).to_utf16(codepoint)

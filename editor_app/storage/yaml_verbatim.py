"""Scalars of other tools' keys, kept as they were typed.

A sidecar keeps keys this version does not know and writes them back. Typing them as YAML would change
what was typed: ``zip: 02139`` would come back as ``2139``, ``1.10`` as ``1.1`` and ``1e999`` as
``.inf`` (which then reads as text). So a plain scalar keeps its source text beside its value; the
emitter writes the source. The values stay ints, floats and strings for whoever reads them.
"""

import re
import sys
from typing import Any

_SAFE_ANYWHERE = re.compile(r"[0-9A-Za-z+.][0-9A-Za-z_+.:-]*|-[0-9A-Za-z_+.:][0-9A-Za-z_+.:-]*")
"""Plain text that reads the same in block and in flow context (no spaces, commas, brackets, #)."""

_INT = re.compile(r"[-+]?[0-9]+")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_MAX_DIGITS = min(4000, sys.get_int_max_str_digits() or 4000)


class VerbatimInt(int):
    source: str


class VerbatimFloat(float):
    source: str


class VerbatimText(str):
    source: str


Verbatim = VerbatimInt | VerbatimFloat | VerbatimText


def plain_value(text: str) -> Any:
    """The value of the plain (unquoted) scalar ``text``, written back as ``text`` where it safely can be.

    Whole numbers too long to convert stay text, written as typed.
    """
    value: Any
    if _INT.fullmatch(text):
        value = VerbatimText(text) if len(text) > _MAX_DIGITS else VerbatimInt(text)
    elif _FLOAT.fullmatch(text):
        value = VerbatimFloat(text)
    elif _SAFE_ANYWHERE.fullmatch(text):
        value = VerbatimText(text)
    else:
        return text
    value.source = text
    return value


def source_of(value: object) -> str | None:
    """The text to write for ``value`` when it was read as typed, else None."""
    if isinstance(value, VerbatimInt | VerbatimFloat | VerbatimText):
        return value.source
    return None

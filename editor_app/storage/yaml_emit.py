"""A YAML emitter for the sidecar's canonical layout.

libyaml's dumper escapes emoji and takes seconds on 20,000 annotations; PyYAML's pure-Python dumper
is slower still and emits anchors when one object appears twice. The sidecar needs neither: its
layout is fixed, so this module writes it directly. Strings are written plain only when every YAML
reader (1.1 or 1.2) reads them back as that same string; everything else is double-quoted with
escapes for the characters a YAML reader would fold or reject.
"""

import math
import re
from collections.abc import Iterable, Mapping
from typing import Any

from editor_app.storage.yaml_verbatim import source_of

_PLAIN_OK = re.compile(r"[^\W\d_][\w .'/-]*", re.UNICODE)
_NOT_PLAIN = frozenset(["y", "n", "yes", "no", "on", "off", "true", "false", "null", "nan", "inf"])
_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\n": "\\n",
    "\t": "\\t",
    "\r": "\\r",
    "\0": "\\0",
    "\x85": "\\N",
    "\xa0": "\\_",
    "\u2028": "\\L",
    "\u2029": "\\P",
}
_NEEDS_ESCAPE = re.compile(r'[\\"\x00-\x1f\x7f-\x9f\xa0\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]')


def scalar(value: Any) -> str:
    """One scalar in its canonical spelling (an unknown key's scalar as it was typed)."""
    if type(value) is str:
        return string(value)
    source = source_of(value)
    if source is not None:
        return source
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return ".nan"
        if math.isinf(value):
            return ".inf" if value > 0 else "-.inf"
        mantissa, e, exponent = repr(value).partition("e")
        if "." not in mantissa:
            mantissa += ".0"  # YAML 1.1 readers only see a float where there is a point
        return mantissa + (e + exponent if e else "")
    return string(str(value))


def string(value: str) -> str:
    if (
        _PLAIN_OK.fullmatch(value)
        and not value.endswith(" ")
        and "  " not in value
        and (value.lower() not in _NOT_PLAIN)
    ):
        return value
    return '"' + _NEEDS_ESCAPE.sub(_escape, value) + '"'


class Unwritable(ValueError):
    """A value no YAML reader could read back as it is (a lone surrogate: UTF-8 cannot hold one)."""


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    known = _ESCAPES.get(char)
    if known is not None:
        return known
    code = ord(char)
    if 0xD800 <= code <= 0xDFFF:
        raise Unwritable(f"holds a lone surrogate U+{code:04X}, which no UTF-8 file can hold")
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def flow_map(items: Iterable[tuple[str, Any]]) -> str:
    """``{key: value, ...}`` on one line."""
    return "{" + ", ".join(f"{scalar(k)}: {flow(v)}" for k, v in items) + "}"


def flow(value: Any) -> str:
    """Any value on one line, in flow style."""
    if isinstance(value, Mapping):
        return flow_map(value.items())
    if isinstance(value, list):
        return "[" + ", ".join(flow(v) for v in value) + "]"
    return scalar(value)


def block(value: Any, indent: int, out: list[str]) -> None:
    """Append the lines of an arbitrary value nested ``indent`` spaces deep (for keys kept verbatim)."""
    pad = " " * indent
    if isinstance(value, Mapping):
        for key, item in value.items():
            _block_item(f"{pad}{scalar(key)}:", item, indent, out)
    elif isinstance(value, list):
        for item in value:
            _block_item(f"{pad}-", item, indent, out, in_sequence=True)
    else:
        out.append(pad + scalar(value))


def _block_item(head: str, item: Any, indent: int, out: list[str], in_sequence: bool = False) -> None:
    if isinstance(item, Mapping) and item:
        if in_sequence:
            inner: list[str] = []
            block(item, indent + 2, inner)
            out.append(head + " " + inner[0].lstrip())
            out.extend(inner[1:])
        else:
            out.append(head)
            block(item, indent + 2, out)
    elif isinstance(item, list) and item:
        out.append(head)
        block(item, indent + (2 if in_sequence else 0), out)
    elif isinstance(item, Mapping):
        out.append(head + " {}")
    elif isinstance(item, list):
        out.append(head + " []")
    else:
        out.append(head + " " + scalar(item))

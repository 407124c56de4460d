"""Checks on sidecar text made before any YAML parser sees it.

Some hazards cannot be caught once parsing starts: PyYAML built against libyaml 0.2.5 or older
segfaults on text nested some tens of thousands of levels deep (no ``try`` catches that), an alias
bomb of a few hundred bytes expands to billions of nodes when walked, and a file holding git conflict
markers parses into nonsense or fails far from the cause.
"""

import codecs
import re
from pathlib import Path

import yaml

from editor_app.storage.errors import SidecarError

MAX_SIDECAR_BYTES = 32 * 1024 * 1024
"""Sidecars larger than this are refused (20,000 annotations take about 3 MB)."""

MAX_DEPTH = 64
"""Deepest nesting accepted (the format itself needs 5 levels; other tools' keys may add a few)."""

_CONFLICT = re.compile(r"^(<{7}|={7}|>{7}|\|{7})(?: |$)", re.MULTILINE)


def decode_sidecar(data: bytes, path: Path) -> str:
    """The sidecar's text: UTF-8 (a BOM is allowed), or UTF-16 with a BOM."""
    if len(data) > MAX_SIDECAR_BYTES:
        raise SidecarError(
            path,
            f"is {len(data) / 1e6:.1f} MB, over the {MAX_SIDECAR_BYTES // 2**20} MiB "
            "limit for sidecars; it was not loaded",
        )
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    elif b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise SidecarError(path, "is a binary file (it contains NUL bytes), not an annotations sidecar", line)
    else:
        encoding = "utf-8-sig"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SidecarError(
            path,
            f"is not valid {encoding.upper().replace('-SIG', '')} text "
            f"(byte {exc.start}); sidecars are UTF-8",
            line,
        ) from exc


def check_text(text: str, path: Path) -> None:
    """Refuse conflict markers, deep nesting and anchors/aliases before the parser runs."""
    conflicts = [text.count("\n", 0, m.start()) + 1 for m in _CONFLICT.finditer(text)]
    if conflicts:
        lines = ", ".join(str(n) for n in conflicts[:12])
        raise SidecarError(
            path,
            f"has unresolved git merge conflict markers (lines {lines}); resolve the conflict "
            "(keep the annotations you want, delete the marker lines) and open it again",
            conflicts[0],
        )
    _check_depth(text, path)
    if "&" in text or "*" in text:
        _check_anchors(text, path)


def _check_depth(text: str, path: Path) -> None:
    """Bound the nesting depth with a cheap over-estimate that no YAML construct can get under.

    Block nesting needs at least one column of indentation or a ``- `` per level (a sequence may sit
    at its parent key's indentation, hence the factor 2); flow nesting needs a bracket per level.
    """
    flow_depth = 0
    for number, line in enumerate(text.split("\n"), start=1):
        body = line.lstrip(" ")
        indent = len(line) - len(body)
        dashes = 0
        while body.startswith(("- ", "-\t")) or body == "-":
            dashes += 1
            body = body[2:].lstrip(" \t")
        if "[" in body or "{" in body or flow_depth:
            flow_depth = _flow_depth_after(body, flow_depth)
        if indent > 2 * MAX_DEPTH or dashes + flow_depth > MAX_DEPTH:
            raise SidecarError(
                path,
                f"is nested more than {MAX_DEPTH} levels deep; no sidecar needs that, so it was not loaded",
                number,
                indent + 1,
            )


def _flow_depth_after(body: str, depth: int) -> int:
    quote = ""
    previous = " "
    peak = depth
    for char in body:
        if quote:
            if char == quote and previous != "\\":
                quote = ""
        elif char in "\"'" and (previous in " ,[{:" or depth == 0):
            quote = char
        elif char == "#" and previous in " \t":
            break
        elif char in "[{":
            depth += 1
            peak = max(peak, depth)
            if peak > MAX_DEPTH:
                return peak
        elif char in "]}":
            depth = max(0, depth - 1)
        previous = char
    return depth if peak <= MAX_DEPTH else peak


def _check_anchors(text: str, path: Path) -> None:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        for event in yaml.parse(text, Loader=loader):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                mark = event.start_mark
                raise SidecarError(
                    path,
                    "uses a YAML anchor or alias (& or *); sidecars do not, so it was not loaded",
                    mark.line + 1 if mark else None,
                    mark.column + 1 if mark else None,
                )
    except yaml.MarkedYAMLError:
        return  # the parse proper reports syntax errors with their position

"""Checks on sidecar text made before any YAML parser sees it.

Some hazards cannot be caught once parsing starts: PyYAML built against libyaml 0.2.5 or older
segfaults on text nested some tens of thousands of levels deep (no ``try`` catches that), and a file
holding git conflict markers parses into nonsense or fails far from the cause. (Anchors and aliases
are refused by the composer in ``yaml_events`` as they arrive.)
"""

import codecs
import re
from pathlib import Path

from editor_app.storage.errors import SidecarError

MAX_SIDECAR_BYTES = 16 * 1024 * 1024
"""Sidecars larger than this are refused (20,000 annotations take about 2.6 MB)."""

MAX_NODES = 850_000
"""Most YAML values (keys, scalars, lists, mappings) in the sidecar of a short article: 20,000 annotations
make about 307,000. A longer article may carry more (:func:`max_nodes_for`).

The byte limit alone does not bound the work: ``[0,0,0,...]`` is a value every two bytes, and each
costs about half a kilobyte once composed. At this limit a hostile file is refused in about 2 s and
under 0.5 GB."""

NODES_PER_CHARACTER = 0.5
"""Annotations point at text: a sidecar holds at most this many values per character of its article
beyond :data:`MAX_NODES` (the benchmark's 4 MB article with its annotations writes about 1.5 million)."""


def max_nodes_for(article_length: int) -> int:
    """How many YAML values the sidecar of an article of ``article_length`` characters may hold."""
    return max(MAX_NODES, int(article_length * NODES_PER_CHARACTER))


MAX_DEPTH = 64
"""Deepest nesting accepted (the format itself needs 5 levels; other tools' keys may add a few)."""

_CONFLICT = re.compile(r"^(<{7}|={7}|>{7}|\|{7})(?: |$)", re.MULTILINE)


def decode_sidecar(data: bytes, path: Path) -> str:
    """The sidecar's text: UTF-8 (a BOM is allowed), or UTF-16 with a BOM."""
    if len(data) > MAX_SIDECAR_BYTES:
        raise SidecarError(path, too_large(len(data)))
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


def too_large(size: int) -> str:
    return (
        f"is {size / 1e6:.1f} MB, over the {MAX_SIDECAR_BYTES // 2**20} MiB limit for sidecars; "
        "it was not loaded"
    )


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


def _check_depth(text: str, path: Path) -> None:
    """Refuse the shapes of pathological nesting: a long run of brackets or dashes, or huge indentation.

    The composer in ``yaml_events`` is iterative and stops at ``MAX_DEPTH`` itself; this scan keeps such
    text away from libyaml altogether, whatever version PyYAML was built against.
    """
    match = _DEEP.search(text)
    if match:
        line = text.count("\n", 0, match.start()) + 1
        column = match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
        raise SidecarError(
            path,
            f"is nested more than {MAX_DEPTH} levels deep; no sidecar needs that, so it was not loaded",
            line,
            column,
        )


_DEEP = re.compile(
    rf"[\[{{](?:[ \t\r\n]*[\[{{]){{{MAX_DEPTH}}}|^(?:[ \t]*-[ \t]+){{{MAX_DEPTH}}}|^ {{{4 * MAX_DEPTH}}}",
    re.MULTILINE,
)

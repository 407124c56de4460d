"""Every bad sidecar gets exit 1 from `editor-app check`, a message naming file and line, and stays as is."""

import io
import re
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.storage import sidecar_path
from tests.conftest import SAMPLE

GOLDEN = Path(__file__).resolve().parent.parent / "data" / "golden" / f"{SAMPLE.name}.annotations.yaml"


def golden() -> str:
    return GOLDEN.read_text(encoding="utf-8")


def truncated() -> bytes:
    text = golden()
    return text[: text.index("  - {start: 703")].encode() + b"  - {start: 703, end: 70"


def replaced(old: str, new: str, count: int = 1) -> Callable[[], bytes]:
    def make() -> bytes:
        text = golden()
        assert old in text, old
        return text.replace(old, new, count).encode()

    return make


def alias_bomb() -> bytes:
    lines = [
        "format: editor-app/annotations",
        "version: 1",
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    ]
    for n in range(1, 9):
        refs = ",".join([f"*{chr(96 + n)}"] * 9)
        lines.append(f"{chr(97 + n)}: &{chr(97 + n)} [{refs}]")
    return ("\n".join(lines) + "\n").encode()


def deep_nesting() -> bytes:
    return b"format: editor-app/annotations\nversion: 1\nentities: " + b"[" * 30000 + b"]" * 30000 + b"\n"


def deep_block_nesting() -> bytes:
    return b"format: editor-app/annotations\nversion: 1\nentities:\n" + b"- " * 20000 + b"x\n"


def huge() -> bytes:
    padding = "# " + "x" * 98 + "\n"
    return (golden() + padding * (50 * 1024 * 1024 // len(padding) + 1)).encode()


def zip_file() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("story.txt", "not a sidecar " * 100)
    return buffer.getvalue()


def png_file() -> bytes:
    return (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde"
    )


def conflict() -> bytes:
    text = golden()
    return text.replace(
        "  status: in-progress\n",
        "<<<<<<< HEAD\n  status: in-progress\n=======\n  status: done\n>>>>>>> theirs\n",
    ).encode()


BAD_SIDECARS: dict[str, tuple[Callable[[], bytes], str, int | None]] = {
    # name: (bytes, a phrase the message must contain, the line it must name, or None for "any line")
    "truncated YAML": (truncated, "not valid YAML", None),
    "wrong type for an offset": (replaced("start: 70,", "start: seventy,"), "whole number", 23),
    "wrong type for a record list": (
        replaced("quotes:\n", "quotes: twelve\nx-quotes:\n"),
        "must be a list",
        27,
    ),
    "offsets out of range": (
        replaced("start: 1639, end: 1645", "start: 1639, end: 99999"),
        "outside the article",
        25,
    ),
    "text mismatch": (replaced("text: Chris Magnus", "text: Chris Magnuss"), "does not match", 23),
    "duplicate ids": (replaced("- id: c-mangus", "- id: q-excited"), "duplicate id", 39),
    "duplicate keys": (replaced("  kind: direct\n", "  kind: direct\n  kind: mixed\n"), "appears twice", 35),
    "unknown speaker": (replaced("speaker: e-magnus", "speaker: e-nobody"), "speaker", 32),
    "unknown status": (replaced("  status: open", "  status: maybe"), "not one of", 45),
    "alias bomb": (alias_bomb, "anchor or alias", 3),
    "deep flow nesting": (deep_nesting, "nested more than", 3),
    "deep block nesting": (deep_block_nesting, "nested more than", 4),
    "a 50 MB sidecar": (huge, "MiB limit", None),
    "a zip file": (zip_file, "binary file", None),
    "a PNG image": (png_file, "binary file", None),
    "git conflict markers": (conflict, "merge conflict markers (lines 12, 14, 16)", 12),
    "a foreign YAML file": (lambda: b"name: Chris\nmentions: [1, 2]\n", "not an editor-app sidecar", None),
    "a newer format version": (replaced("version: 1", "version: 2"), "newer version of editor-app", 2),
    "invalid UTF-8": (
        lambda: golden().encode().replace(b"Ana Reyes", b"Ana \xff\xfeReyes", 1),
        "not valid UTF-8",
        21,
    ),
    "an empty file": (lambda: b"", "is empty", None),
    "a YAML tag": (replaced("name: Chris Magnus", "name: !!python/object:os.system Chris Magnus"), "tag", 18),
}


@pytest.mark.parametrize("case", BAD_SIDECARS, ids=list(BAD_SIDECARS))
def test_a_bad_sidecar_is_reported_with_its_line_and_left_byte_identical(case, tmp_path, capsys):
    make, phrase, line = BAD_SIDECARS[case]
    article = tmp_path / SAMPLE.name
    shutil.copyfile(SAMPLE, article)
    side = sidecar_path(article)
    data = make()
    side.write_bytes(data)

    assert main(["check", str(article)]) == 1

    out = capsys.readouterr().out
    assert phrase in out
    assert out.startswith(str(side))
    if line is not None:
        assert re.match(rf"{re.escape(str(side))}:{line}:\d+: ", out), out
    assert side.read_bytes() == data


def test_opening_a_bad_sidecar_in_the_app_layer_raises_without_writing(tmp_path):
    from editor_app.storage import SidecarError
    from editor_app.storage.documents import open_document

    article = tmp_path / SAMPLE.name
    shutil.copyfile(SAMPLE, article)
    side = sidecar_path(article)
    side.write_bytes(alias_bomb())
    before = side.stat().st_mtime_ns
    with pytest.raises(SidecarError, match="anchor or alias"):
        open_document(article)
    assert side.stat().st_mtime_ns == before

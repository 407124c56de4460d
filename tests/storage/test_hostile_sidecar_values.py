"""Values a hand or a hostile tool can put in a sidecar: huge numbers, tags on keys, unknown scalars.

Each is either kept exactly as typed or refused in one line naming the file and line; never a traceback.
"""

import shutil
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.storage import load_sidecar, read_article, save_sidecar, sidecar_path
from editor_app.storage.errors import SidecarError
from tests.conftest import DATA

GOLDEN = DATA / "golden" / "cbp-commissioner-magnus.txt.annotations.yaml"


def with_sidecar(article: Path, text: str) -> Path:
    side = sidecar_path(article)
    side.write_text(text, encoding="utf-8")
    return side


def golden() -> str:
    return GOLDEN.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("  - {start: 70, end: 82", "  - {start: 70" + "0" * 4301 + ", end: 82"),
        ("version: 1\n", "version: 1\nzip: " + "7" * 4301 + "\n"),
        ("version: 1\n", "version: 1" + "0" * 4400 + "\n"),
    ],
    ids=["offset", "unknown-key", "version"],
)
def test_a_number_of_thousands_of_digits_is_a_located_problem_or_kept(sample_article, capsys, old, new):
    text = golden()
    assert old in text
    side = with_sidecar(sample_article, text.replace(old, new, 1))
    before = side.read_bytes()
    code = main(["check", str(sample_article)])
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    if "zip" in new:
        assert code == 0, out.out
        loaded = load_sidecar(side, read_article(sample_article))
        save_sidecar(loaded.document, side)
        assert f"\nzip: {'7' * 4301}\n" in side.read_text()  # kept digit for digit
    else:
        assert code == 1
        assert f"{side}:" in out.out
        assert out.out.count("\n") == 1
        assert side.read_bytes() == before


@pytest.mark.parametrize(
    "typed",
    [
        "02139",
        "007",
        "1.10",
        "1e999",
        "-0",
        "0x1F",
        "0o17",
        "+5",
        "1_000",
        "12:30:00",
        ".5",
        "1E3",
        "7" * 5000,
    ],
)
def test_unknown_scalars_are_written_back_exactly_as_typed(sample_article, typed):
    text = golden().replace("version: 1\n", f"version: 1\nzip: {typed}\n", 1)
    mention = "- {start: 703, end: 709, text: Magnus}"
    assert mention in text
    text = text.replace(mention, mention[:-1] + f", desk: {typed}}}")
    side = with_sidecar(sample_article, text)
    before = side.read_bytes()
    loaded = load_sidecar(side, read_article(sample_article))
    save_sidecar(loaded.document, side)
    after = side.read_bytes().decode()
    assert f"\nzip: {typed}\n" in after
    assert f"desk: {typed}}}" in after
    again = load_sidecar(side, read_article(sample_article))
    save_sidecar(again.document, side)
    assert side.read_bytes().decode() == after
    assert before.count(typed.encode()) == after.encode().count(typed.encode())


@pytest.mark.parametrize(
    "line",
    [
        "!!python/object/apply:os.system note: x",
        "!!python/name:os.system note: x",
        "!custom note: x",
        "? !!python/object/apply:os.system [ls]\n: x",
    ],
)
def test_a_tag_on_a_key_is_refused_and_names_the_line(sample_article, capsys, line):
    text = golden().replace("document:\n", f"{line}\ndocument:\n", 1)
    side = with_sidecar(sample_article, text)
    before = side.read_bytes()
    with pytest.raises(SidecarError) as caught:
        load_sidecar(side, read_article(sample_article))
    assert "tag" in caught.value.message
    assert caught.value.line is not None
    assert main(["check", str(sample_article)]) == 1
    assert "tag" in capsys.readouterr().out
    assert side.read_bytes() == before


def test_the_sample_and_its_golden_sidecar_still_load(sample_article):
    shutil.copyfile(GOLDEN, sidecar_path(sample_article))
    load_sidecar(sidecar_path(sample_article), read_article(sample_article))

"""``editor-app search``: one line (or JSON object) per hit, the index kept in step with the disk."""

import json
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.storage.archive_index import index_file
from tests.archive.helpers import magnus_article, write_article


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "desk"
    magnus_article(folder / "a.txt")
    magnus_article(folder / "b.txt", name="Mayorkas", quote="Border first")
    return folder


def test_one_line_per_hit_with_the_words_around(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", str(folder), "fix", "--kind", "quote", "--jobs", "1"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f'{folder}/a.txt:22-36 quote direct (Chris Magnus) "We will fix it"  '
        "“[We will fix it],” Magnus said of the Mangus plan."
    ]


def test_json_and_filters(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["search", str(folder), "--kind", "correction", "--status", "open", "--label", "name", "--json"])
        == 0
    )
    hits = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(Path(h["path"]).name, h["kind"], h["label"], h["text"], h["status"]) for h in hits] == [
        ("a.txt", "correction", "name", "Mangus", "open"),
        ("b.txt", "correction", "name", "Mangus", "open"),
    ]
    assert {"path", "start", "end", "kind", "label", "text", "speaker", "status"} <= set(hits[0])
    assert main(["search", str(folder), "--kind", "quote", "--speaker", "mayorkas", "--json"]) == 0
    hits = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(h["text"], h["speaker"]) for h in hits] == [("Border first", "Chris Mayorkas")]


def test_a_change_on_disk_is_seen_by_the_next_search(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", str(folder), "Tucson"]) == 0
    assert capsys.readouterr().out == ""
    write_article(folder / "new.txt", "From Tucson, a report.\n")
    assert main(["search", str(folder), "Tucson"]) == 0
    assert capsys.readouterr().out.startswith(f'{folder}/new.txt:5-11 text "Tucson"')


def test_a_corrupt_index_is_rebuilt_with_a_notice(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", str(folder), "Magnus", "--kind", "entity"]) == 0
    first = capsys.readouterr().out
    index_file(folder).write_bytes(b"\x00garbage" * 1000)
    for suffix in ("-wal", "-shm"):
        Path(str(index_file(folder)) + suffix).unlink(missing_ok=True)
    assert main(["search", str(folder), "Magnus", "--kind", "entity"]) == 0
    captured = capsys.readouterr()
    assert captured.out == first
    assert "the search index was unusable" in captured.err


def test_exit_codes(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", str(folder)]) == 2
    assert main(["search", str(folder / "missing"), "x"]) == 2
    (folder / "a.txt.annotations.yaml").write_text("format: editor-app/annotations\nversion: [\n")
    assert main(["search", str(folder), "Magnus"]) == 1
    assert "a.txt.annotations.yaml:" in capsys.readouterr().err

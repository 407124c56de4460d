"""The folder index: kept in step with the disk, rebuilt when damaged, shared by several processes."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor_app.storage.archive_index import ArchiveIndex, Hit, index_file
from editor_app.storage.sidecar_write import sidecar_path
from tests.archive.helpers import magnus_article, write_article

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "desk"
    magnus_article(folder / "a.txt")
    magnus_article(folder / "sub" / "b.txt", quote="Nothing changes")
    write_article(folder / "c.txt", "A plain story about Tucson.\n")
    return folder


def refreshed(folder: Path) -> ArchiveIndex:
    index = ArchiveIndex(folder)
    index.refresh()
    return index


def rels(hits: list[Hit]) -> list[str]:
    return [h.rel for h in hits]


def test_the_index_lives_in_the_cache_folder_not_beside_the_articles(folder: Path) -> None:
    index = refreshed(folder)
    assert index.path == index_file(folder)
    assert Path(os.environ["XDG_CACHE_HOME"]) in index.path.parents
    assert sorted(p.name for p in folder.iterdir()) == ["a.txt", "a.txt.annotations.yaml", "c.txt", "sub"]
    assert [s.path.name for s in index.summaries()] == ["a.txt", "c.txt", "b.txt"]
    summary = index.summaries()[0]
    assert (summary.title, summary.entities, summary.mentions, summary.quotes, summary.corrections) == (
        "Chris Magnus spoke.",
        1,
        2,
        1,
        1,
    )


def test_search_by_words_kind_label_status_speaker(folder: Path) -> None:
    index = refreshed(folder)
    quotes = index.search("fix", kind="quote")
    assert [(h.rel, h.text, h.speaker) for h in quotes] == [("a.txt", "We will fix it", "Chris Magnus")]
    assert rels(index.search(kind="quote", speaker="magnus")) == ["a.txt", "sub/b.txt"]
    assert rels(index.search(kind="correction", label="name", status="open")) == ["a.txt", "sub/b.txt"]
    assert rels(index.search("Tucson")) == ["c.txt"]  # the article's own text
    hit = index.search("Tucson")[0]
    assert (hit.kind, hit.start, hit.end, hit.text) == ("text", 20, 26, "Tucson")
    assert index.context(hit) == ("A plain story about ", ".")


def test_changed_added_deleted_and_renamed_while_closed_show_up(folder: Path) -> None:
    refreshed(folder).close()
    magnus_article(folder / "a.txt", name="Mayorkas", quote="Border first")  # changed
    magnus_article(folder / "d.txt", quote="A new one")  # added
    (folder / "c.txt").unlink()  # deleted
    os.rename(folder / "sub" / "b.txt", folder / "sub" / "e.txt")  # renamed, with its sidecar
    os.rename(sidecar_path(folder / "sub" / "b.txt"), sidecar_path(folder / "sub" / "e.txt"))
    index = ArchiveIndex(folder)
    plan = index.plan()
    assert plan.changed == ["a.txt", "d.txt", "sub/e.txt"]
    assert plan.gone == ["c.txt", "sub/b.txt"]
    index.refresh(plan=plan)
    assert rels(index.search("border", kind="quote")) == ["a.txt"]
    assert rels(index.search("Tucson")) == []
    assert rels(index.search("nothing changes", kind="quote")) == ["sub/e.txt"]
    assert rels(index.search(kind="quote", speaker="Magnus")) == ["d.txt", "sub/e.txt"]
    assert index.plan().changed == []


def test_a_sidecar_rewritten_with_the_same_size_is_read_again(folder: Path) -> None:
    index = refreshed(folder)
    side = sidecar_path(folder / "a.txt")
    data = side.read_text(encoding="utf-8")
    side.write_text(data.replace("by: Ana", "by: Bob"), encoding="utf-8")
    assert index.plan().changed == ["a.txt"]
    index.refresh()
    assert rels(index.search(kind="quote", by="bob")) == ["a.txt"]


@pytest.mark.parametrize("damage", ["garbage", "truncated", "old-schema"])
def test_a_damaged_index_is_rebuilt_and_nothing_is_lost(folder: Path, damage: str) -> None:
    index = refreshed(folder)
    before = [(h.rel, h.start, h.kind) for h in index.search("Magnus")]
    index.close()
    path = index_file(folder)
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    if damage == "garbage":
        path.write_bytes(b"this is not a database" * 100)
    elif damage == "truncated":
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 3])
    else:
        import sqlite3

        db = sqlite3.connect(path)
        db.execute("PRAGMA user_version = 1")
        db.commit()
        db.close()
    again = ArchiveIndex(folder)
    assert again.rebuilt
    again.refresh()
    assert [(h.rel, h.start, h.kind) for h in again.search("Magnus")] == before


def test_damage_found_while_reading_rebuilds_through_recover(folder: Path) -> None:
    import sqlite3

    index = refreshed(folder)
    index.recover(sqlite3.DatabaseError("database disk image is malformed"))
    assert index.rebuilt == "database disk image is malformed"
    assert len(index) == 0
    index.refresh()
    assert len(index) == 3
    with pytest.raises(sqlite3.OperationalError):
        index.recover(sqlite3.OperationalError("database is locked"))


WRITER = """
import sys
from pathlib import Path
from editor_app.storage.archive_index import ArchiveIndex, read_entry
folder = Path(sys.argv[1])
index = ArchiveIndex(folder)
plan = index.plan()
entries = [read_entry(index.folder, rel, plan.on_disk[rel]) for rel in plan.on_disk]
for _ in range(int(sys.argv[2])):
    index.store(entries)
    index.search("Magnus")
    index.summaries()
print("ok", len(index))
"""


def test_two_processes_share_one_index_without_locking_errors(folder: Path) -> None:
    for n in range(20):
        magnus_article(folder / "many" / f"{n:02d}.txt")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(folder), "30"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    results = [run.communicate(timeout=120) for run in runs]
    for run, (out, err) in zip(runs, results, strict=True):
        assert run.returncode == 0, err
        assert out.strip() == "ok 23"
        assert "locked" not in err
    index = ArchiveIndex(folder)
    assert index.plan().changed == []
    assert len(index.search(kind="quote")) == 22

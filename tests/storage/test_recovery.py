"""Recovery files: unsaved work kept in the user's data folder, read back whole, never lost silently."""

import hashlib
import os
import re
import shutil
import time
from dataclasses import replace
from pathlib import Path

import pytest

from editor_app.model import Article, Document
from editor_app.storage import read_article, sidecar_path
from editor_app.storage.errors import FileProblem
from editor_app.storage.recovery import (
    Recovery,
    RecoveryUnreadable,
    discard_recovery,
    find_recovery,
    list_recoveries,
    recovery_path,
    write_recovery,
)
from editor_app.storage.sidecar_read import load_sidecar
from editor_app.storage.sidecar_write import dump_sidecar
from tests.conftest import SAMPLE
from tests.storage.test_atomic_save import GOLDEN


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return home


@pytest.fixture
def article(tmp_path: Path, data_home: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    path = folder / SAMPLE.name
    shutil.copyfile(SAMPLE, path)
    shutil.copyfile(GOLDEN, sidecar_path(path))
    return path


def golden_document(article: Path) -> Document:
    return load_sidecar(sidecar_path(article), read_article(article), article.name).document


def edited(doc: Document) -> Document:
    """The golden document after some unsaved edits: a note, a renamed entity, a deleted correction."""
    doc.note = "unsaved: checking the spelling"
    doc.status = "done"
    doc.entities[0] = replace(doc.entities[0], name="Christopher Magnus")
    doc.corrections.clear()
    return doc


def base_sha(article: Path) -> str:
    return hashlib.sha256(sidecar_path(article).read_bytes()).hexdigest()


def test_the_recovery_file_is_in_the_data_folder_named_after_the_article(article, data_home):
    path = recovery_path(article)
    digest = hashlib.sha256(os.fsencode(str(article.resolve()))).hexdigest()[:16]
    assert path == data_home / "editor-app" / "recovery" / f"{SAMPLE.name}-{digest}.annotations.yaml"


def test_two_articles_with_the_same_name_in_different_folders_get_different_files(tmp_path, data_home):
    assert recovery_path(tmp_path / "a" / "story.txt") != recovery_path(tmp_path / "b" / "story.txt")


def test_a_relative_path_or_a_symlink_to_the_article_finds_the_same_file(article, monkeypatch):
    link = article.parent.parent / "link.txt"
    link.symlink_to(article)
    monkeypatch.chdir(article.parent)
    assert recovery_path(Path(article.name)) == recovery_path(article)
    assert recovery_path(link) == recovery_path(article)


def test_unsaved_work_round_trips_through_the_recovery_file(article):
    doc = edited(golden_document(article))
    expected = (list(doc.entities), list(doc.quotes), list(doc.corrections), doc.status, doc.note)
    base = base_sha(article)
    before = time.time()

    written = write_recovery(article, doc, base)
    found = find_recovery(article, read_article(article))

    assert found is not None
    assert written == recovery_path(article) == found.path
    assert found.article == article.resolve()
    assert found.base_sha256 == base
    assert before - 1 <= found.written <= time.time() + 1
    restored = found.document
    assert (
        restored.entities,
        restored.quotes,
        restored.corrections,
        restored.status,
        restored.note,
    ) == expected
    assert found.counts == {"entities": 1, "mentions": 3, "quotes": 1, "corrections": 0}
    assert found.summary().startswith("1 entity, 3 mentions, 1 quote, 0 corrections, saved ")
    assert not found.article_changed


def test_the_recovery_file_holds_the_sidecar_text_after_a_comment_header(article):
    doc = edited(golden_document(article))
    path = write_recovery(article, doc, None)
    text = path.read_text(encoding="utf-8")
    header, _, body = text.partition("\nformat: ")
    assert header.startswith("# editor-app recovery:")
    assert all(line.startswith("# ") for line in header.splitlines())
    assert f'# article: "{article.resolve()}"' in header
    assert "# base-sha256: null" in header
    assert "format: " + body == dump_sidecar(doc)


def test_without_a_sidecar_the_base_is_none(article):
    sidecar_path(article).unlink()
    doc = Document(article=read_article(article), file_name=article.name, note="first words")
    write_recovery(article, doc, None)
    found = find_recovery(article, read_article(article))
    assert found is not None
    assert found.base_sha256 is None
    assert found.document.note == "first words"


def test_writing_a_recovery_file_never_touches_the_sidecar_or_the_article_folder(article):
    before = {p.name: p.read_bytes() for p in article.parent.iterdir()}
    write_recovery(article, edited(golden_document(article)), base_sha(article))
    assert {p.name: p.read_bytes() for p in article.parent.iterdir()} == before


def test_writing_a_recovery_file_leaves_the_documents_order_alone(article):
    doc = golden_document(article)
    doc.entities.reverse()
    doc.quotes.reverse()
    order = [e.id for e in doc.entities], [q.id for q in doc.quotes]
    write_recovery(article, doc, None)
    assert ([e.id for e in doc.entities], [q.id for q in doc.quotes]) == order


def test_a_later_write_replaces_the_recovery_file(article):
    doc = golden_document(article)
    doc.note = "first"
    write_recovery(article, doc, None)
    doc.note = "second"
    write_recovery(article, doc, None)
    found = find_recovery(article, read_article(article))
    assert found is not None
    assert found.document.note == "second"
    assert [p.name for p in recovery_path(article).parent.iterdir()] == [recovery_path(article).name]


def test_a_write_that_fails_halfway_keeps_the_previous_recovery_file_and_leaves_no_partial_file(
    article, monkeypatch
):
    doc = golden_document(article)
    doc.note = "kept"
    path = write_recovery(article, doc, None)
    before = path.read_bytes()
    real_write = os.write

    def half_then_full(fd: int, data: bytes) -> int:
        real_write(fd, bytes(data[: len(data) // 2]))
        raise OSError(28, "No space left on device")

    doc.note = "lost"
    with monkeypatch.context() as patched:
        patched.setattr(os, "write", half_then_full)
        with pytest.raises(OSError, match="No space left"):
            write_recovery(article, doc, None)

    assert path.read_bytes() == before
    assert [p.name for p in path.parent.iterdir()] == [path.name]
    found = find_recovery(article, read_article(article))
    assert found is not None
    assert found.document.note == "kept"


def test_no_recovery_file_means_none(article):
    assert find_recovery(article, read_article(article)) is None


def test_discarding_removes_the_recovery_file_and_may_be_repeated(article):
    write_recovery(article, golden_document(article), None)
    discard_recovery(article)
    assert not recovery_path(article).exists()
    discard_recovery(article)
    assert find_recovery(article, read_article(article)) is None


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: data[: len(data) // 2] + b"\n  - {start: [", id="truncated"),
        pytest.param(lambda data: b"", id="empty"),
        pytest.param(lambda data: b"\x00\x01binary" + data, id="binary"),
        pytest.param(lambda data: data.replace(b"# article: ", b"# article: {", 1), id="bad-header"),
        pytest.param(lambda data: data.split(b"\n", 1)[1], id="no-header"),
        pytest.param(lambda data: data.replace(b"format: editor-app", b"format: other-app"), id="not-ours"),
        pytest.param(lambda data: data.replace(b"status: confirmed", b"status: [", 1), id="bad-yaml"),
    ],
)
def test_a_corrupt_recovery_file_is_moved_aside_and_reported_never_deleted(article, damage):
    path = write_recovery(article, edited(golden_document(article)), None)
    broken = damage(path.read_bytes())
    path.write_bytes(broken)

    with pytest.raises(RecoveryUnreadable) as caught:
        find_recovery(article, read_article(article))

    aside = path.with_name(path.name + ".corrupt")
    assert isinstance(caught.value, FileProblem)
    assert caught.value.path == aside
    assert "could not be read and was kept as" in caught.value.message
    assert aside.read_bytes() == broken
    assert not path.exists()
    assert find_recovery(article, read_article(article)) is None


def test_a_second_corrupt_recovery_file_does_not_replace_the_first(article):
    path = recovery_path(article)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"first garbage")
    with pytest.raises(RecoveryUnreadable):
        find_recovery(article, read_article(article))
    path.write_bytes(b"second garbage")
    with pytest.raises(RecoveryUnreadable) as caught:
        find_recovery(article, read_article(article))
    assert caught.value.path.name.endswith(".corrupt-2")
    assert path.with_name(path.name + ".corrupt").read_bytes() == b"first garbage"
    assert caught.value.path.read_bytes() == b"second garbage"


def test_a_recovery_file_recorded_for_another_article_is_not_restored(article, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("Something else.\n", encoding="utf-8")
    doc = Document(article=read_article(other), file_name=other.name, note="other work")
    written = write_recovery(other, doc, None)
    shutil.move(written, recovery_path(article))
    with pytest.raises(RecoveryUnreadable, match="belongs to"):
        find_recovery(article, read_article(article))


def test_when_the_article_changed_the_recovered_spans_are_kept_as_orphans(article):
    doc = golden_document(article)
    write_recovery(article, doc, None)
    changed = Article("A new lede.\n\n" + doc.text)
    found = find_recovery(article, changed)
    assert found is not None
    assert found.article_changed
    assert found.counts["mentions"] == sum(len(e.mentions) for e in doc.entities)
    assert all(span.orphaned for span in found.document.spans())


def written_at(path: Path, when: float) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?m)^# written: .*$", f"# written: {when}", text, count=1), encoding="utf-8")


def test_recoveries_are_listed_by_article_newest_first(article, tmp_path):
    second = tmp_path / "second.txt"
    second.write_text("Another story.\n", encoding="utf-8")
    written_at(
        write_recovery(second, Document(article=read_article(second), file_name=second.name), None), 2000
    )
    written_at(write_recovery(article, golden_document(article), None), 1000)
    folder = recovery_path(article).parent
    (folder / "junk.annotations.yaml").write_bytes(b"not a recovery file")
    (folder / ".temp.annotations.yaml.editor-app-tmp-x").write_bytes(b"half")

    assert list_recoveries() == [second.resolve(), article.resolve()]


def test_no_recovery_folder_means_nothing_to_list(data_home):
    assert list_recoveries() == []


def test_the_summary_counts_and_gives_the_time(article):
    written = time.mktime((*time.localtime()[:3], 14, 2, 31, 0, 0, -1))
    recovery = Recovery(
        path=Path("x"),
        article=article,
        written=written,
        base_sha256=None,
        document=Document(article=Article(""), file_name="x"),
        counts={"entities": 3, "mentions": 12, "quotes": 2, "corrections": 1},
    )
    assert recovery.summary() == "3 entities, 12 mentions, 2 quotes, 1 correction, saved 14:02:31"
    one = replace(recovery, counts={"entities": 1, "mentions": 1, "quotes": 1, "corrections": 0})
    assert one.summary() == "1 entity, 1 mention, 1 quote, 0 corrections, saved 14:02:31"
    days_ago = replace(recovery, written=written - 3 * 86400)
    assert days_ago.summary().startswith("3 entities, 12 mentions, 2 quotes, 1 correction, saved 14:02:31, ")

"""A save never silently overwrites a sidecar someone else changed since it was opened."""

import shutil

import pytest

from editor_app.storage import sidecar_path
from editor_app.storage.documents import open_document, save_document
from editor_app.storage.errors import ChangedOnDisk
from tests.conftest import SAMPLE
from tests.storage.test_atomic_save import GOLDEN


@pytest.fixture
def article(tmp_path):
    path = tmp_path / SAMPLE.name
    shutil.copyfile(SAMPLE, path)
    shutil.copyfile(GOLDEN, sidecar_path(path))
    return path


def test_an_unchanged_sidecar_is_saved_and_the_next_save_needs_no_reload(article):
    opened = open_document(article)
    assert not opened.changed_on_disk()
    opened.document.note = "first"
    save_document(opened)
    opened.document.note = "second"
    save_document(opened)
    assert "note: second" in sidecar_path(article).read_text(encoding="utf-8")


def test_a_sidecar_changed_by_someone_else_is_not_saved_over(article):
    side = sidecar_path(article)
    opened = open_document(article)
    theirs = side.read_text(encoding="utf-8").replace("status: in-progress", "status: done", 1)
    assert theirs != side.read_text(encoding="utf-8")
    side.write_text(theirs, encoding="utf-8")
    opened.document.note = "mine"
    assert opened.changed_on_disk()
    with pytest.raises(ChangedOnDisk, match="changed on disk"):
        save_document(opened)
    assert side.read_text(encoding="utf-8") == theirs
    save_document(opened, overwrite_changes=True)
    assert "note: mine" in side.read_text(encoding="utf-8")


def test_a_sidecar_deleted_meanwhile_counts_as_changed(article):
    opened = open_document(article)
    sidecar_path(article).unlink()
    with pytest.raises(ChangedOnDisk):
        save_document(opened)


def test_a_new_document_whose_sidecar_appeared_meanwhile_is_not_saved_over(tmp_path):
    path = tmp_path / SAMPLE.name
    shutil.copyfile(SAMPLE, path)
    opened = open_document(path)
    shutil.copyfile(GOLDEN, sidecar_path(path))
    with pytest.raises(ChangedOnDisk):
        save_document(opened)

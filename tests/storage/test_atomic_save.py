"""A save that fails halfway leaves the previous sidecar whole."""

import os
import shutil
import stat
from pathlib import Path

import pytest

from editor_app.storage import save_sidecar, sidecar_path
from editor_app.storage.atomic import atomic_write
from editor_app.storage.documents import open_document
from tests.conftest import SAMPLE

GOLDEN = Path(__file__).resolve().parent.parent / "data" / "golden" / f"{SAMPLE.name}.annotations.yaml"


class DiskFull(OSError):
    pass


def test_a_save_interrupted_mid_write_leaves_the_old_file_intact(tmp_path, monkeypatch):
    article = tmp_path / SAMPLE.name
    shutil.copyfile(SAMPLE, article)
    side = sidecar_path(article)
    shutil.copyfile(GOLDEN, side)
    before = side.read_bytes()
    doc = open_document(article).document
    doc.note = "changed"

    real_write = os.write

    def write_half_then_fail(fd: int, data: bytes) -> int:
        real_write(fd, bytes(data[: len(data) // 2]))
        raise DiskFull(28, "No space left on device")

    monkeypatch.setattr(os, "write", write_half_then_fail)
    with pytest.raises(OSError, match="No space left"):
        save_sidecar(doc, side)
    monkeypatch.undo()

    assert side.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [article.name, side.name]


def test_a_failing_fsync_leaves_the_old_file_intact(tmp_path, monkeypatch):
    target = tmp_path / "file.yaml"
    target.write_bytes(b"old\n")

    def failing_fsync(fd: int) -> None:
        raise DiskFull(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(OSError, match="Input/output"):
        atomic_write(target, b"new\n")
    monkeypatch.undo()
    assert target.read_bytes() == b"old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["file.yaml"]


def test_a_save_keeps_the_file_permissions(tmp_path):
    target = tmp_path / "file.yaml"
    target.write_bytes(b"old\n")
    os.chmod(target, 0o640)
    atomic_write(target, b"new\n")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert target.read_bytes() == b"new\n"

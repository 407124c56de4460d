"""Autosave hands a snapshot to a worker thread: the window goes on, a newer snapshot supersedes an older
one, a cancel lets nothing land after it, and a failure is said."""

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from editor_app.storage import recovery
from editor_app.storage.recovery import recovery_path
from editor_app.ui.main_window import MainWindow
from tests.ui.conftest import press, select_text

WRITER = "editor_app.ui.recovery_writer"


def test_autosave_hands_a_snapshot_to_a_worker_and_the_window_goes_on(
    qtbot: Any, window: MainWindow, sample_with_golden_sidecar: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    real = recovery.recovery_bytes

    def slow(*args: Any) -> bytes:
        release.wait(10)
        return real(*args)

    monkeypatch.setattr(f"{WRITER}.recovery_bytes", slow)
    assert window.open_article(sample_with_golden_sidecar)
    select_text(window, "Alejandro Mayorkas")
    press(qtbot, window, Qt.Key.Key_1)
    window.autosave.write_soon()  # the timer's slot: returns with the worker still serialising
    assert window.autosave.writer.busy()
    assert not recovery_path(sample_with_golden_sidecar).exists()
    release.set()
    qtbot.waitUntil(recovery_path(sample_with_golden_sidecar).exists, timeout=5000)
    qtbot.waitUntil(lambda: window.autosave.recovery_written is not None, timeout=5000)


def test_a_newer_snapshot_supersedes_an_older_one_and_a_cancel_lets_nothing_land(
    qtbot: Any, window: MainWindow, sample_with_golden_sidecar: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    real = recovery.recovery_bytes
    written: list[int] = []

    def slow(article: Path, doc: Any, base: Any) -> bytes:
        release.wait(10)
        return real(article, doc, base)

    def record(article: Path, data: bytes) -> Path:
        written.append(data.count(b"- id: e-"))
        return real_write(article, data)

    real_write = recovery.write_recovery_bytes
    monkeypatch.setattr(f"{WRITER}.recovery_bytes", slow)
    monkeypatch.setattr(f"{WRITER}.write_recovery_bytes", record)
    assert window.open_article(sample_with_golden_sidecar)
    writer = window.autosave.writer
    files = window.workspace.files
    assert files is not None
    article = files.article_path
    for words in ("Alejandro Mayorkas", "Department of Homeland Security"):
        select_text(window, words)
        press(qtbot, window, Qt.Key.Key_2)
        writer.submit(writer.snapshot(article, window.workspace.doc, None, None))
    release.set()
    assert writer.wait(10)
    assert written == [len(window.workspace.doc.entities)]  # the older one was never written

    release.clear()
    writer.submit(writer.snapshot(article, window.workspace.doc, None, None))
    recovery_path(article).unlink()
    threading.Timer(0.2, release.set).start()
    writer.cancel()  # returns once nothing taken so far can be written
    assert writer.wait(10)
    assert not recovery_path(article).exists()


def test_a_recovery_file_that_cannot_be_written_is_said(
    qtbot: Any, window: MainWindow, sample_with_golden_sidecar: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*args: Any) -> bytes:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(f"{WRITER}.recovery_bytes", full)
    assert window.open_article(sample_with_golden_sidecar)
    select_text(window, "Alejandro Mayorkas")
    press(qtbot, window, Qt.Key.Key_1)
    window.autosave.write_soon()

    def said() -> bool:
        notice = window.banners.banner("notice")
        return notice is not None and "No space left" in notice.text

    qtbot.waitUntil(said, timeout=5000)

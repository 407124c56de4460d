"""Nothing lost: autosave and recovery, files changed by others, locks, failed saves, re-anchoring."""

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from editor_app.storage import sidecar_path
from editor_app.storage.documents import open_document
from editor_app.storage.locks import LockInfo, acquire_lock, lock_path, read_lock
from editor_app.storage.recovery import recovery_path
from editor_app.ui.main_window import MainWindow
from tests.conftest import ROOT
from tests.ui.conftest import press, select_text


@pytest.fixture
def annotated(sample_with_golden_sidecar: Path) -> Path:
    return sample_with_golden_sidecar


def add_person(qtbot: Any, win: MainWindow, words: str) -> None:
    select_text(win, words)
    press(qtbot, win, Qt.Key.Key_1)
    assert any(e.name == words for e in win.workspace.doc.entities)


def names(path: Path) -> set[str]:
    return {e.name for e in open_document(path).document.entities}


# Autosave and recovery ----------------------------------------------------------------------------


def test_unsaved_work_goes_to_a_recovery_file_not_the_sidecar(qtbot, window, annotated):
    side = sidecar_path(annotated)
    before = side.read_bytes()
    assert window.open_article(annotated)
    window.autosave.set_seconds(0.2)
    add_person(qtbot, window, "Alejandro Mayorkas")
    recovery = recovery_path(annotated)
    qtbot.waitUntil(recovery.exists, timeout=5000)
    assert side.read_bytes() == before
    assert not str(recovery).startswith(str(annotated.parent))
    assert window.workspace.save()
    assert not recovery.exists()
    assert "Alejandro Mayorkas" in names(annotated)


KILLED_APP = textwrap.dedent(
    """
    import os, signal, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from editor_app.storage.recovery import recovery_path
    from editor_app.ui.main_window import MainWindow
    app = QApplication([])
    win = MainWindow()
    win.show()
    article = sys.argv[1]
    assert win.open_article(article)
    win.autosave.set_seconds(0.5)
    text = win.workspace.doc.text
    start = text.index("Alejandro Mayorkas")
    win.article_view.select_range(start, start + len("Alejandro Mayorkas"))
    assert win.annotator.label_key(1)
    def check():
        if recovery_path(article).exists():
            os.kill(os.getpid(), signal.SIGKILL)
    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(50)
    QTimer.singleShot(20000, app.quit)
    app.exec()
    sys.exit(3)
    """
)


def test_after_the_app_is_killed_the_edits_are_offered_back(qtbot, window, annotated):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", KILLED_APP, str(annotated)],
        env=env,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == -signal.SIGKILL, result.stderr.decode()[-2000:]
    assert "Alejandro Mayorkas" not in names(annotated)  # the sidecar was never written

    assert window.open_article(annotated)
    banner = window.banners.banner("recovery")
    assert banner is not None
    assert "2 entities" in banner.text  # what it holds, before restoring
    assert window.workspace.read_only_reason is None  # the dead process's lock was stale and taken over
    banner.click("Restore")
    assert any(e.name == "Alejandro Mayorkas" for e in window.workspace.doc.entities)
    assert window.workspace.is_dirty()
    assert window.workspace.save()
    assert "Alejandro Mayorkas" in names(annotated)
    assert not recovery_path(annotated).exists()


def test_discarding_a_recovery_removes_it(qtbot, window, annotated):
    assert window.open_article(annotated)
    add_person(qtbot, window, "Alejandro Mayorkas")
    assert window.autosave.write_now() is not None
    window.workspace.close(keep_recovery=True)
    window.workspace.files = None
    assert window.open_article(annotated)
    banner = window.banners.banner("recovery")
    assert banner is not None
    banner.click("Discard")
    assert not recovery_path(annotated).exists()
    assert not any(e.name == "Alejandro Mayorkas" for e in window.workspace.doc.entities)


# Changes on disk ----------------------------------------------------------------------------------


def edit_on_disk(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_sidecar_changed_on_disk_with_no_local_edits_is_reloaded(qtbot, window, annotated):
    assert window.open_article(annotated)
    edit_on_disk(sidecar_path(annotated), "status: in-progress", "status: done")
    qtbot.waitUntil(lambda: window.workspace.doc.status == "done", timeout=5000)
    assert not window.workspace.is_dirty()
    notice = window.banners.banner("notice")
    assert notice is not None
    assert "reloaded" in notice.text


def test_local_edits_and_a_change_on_disk_are_never_silently_overwritten(qtbot, window, annotated):
    side = sidecar_path(annotated)
    assert window.open_article(annotated)
    add_person(qtbot, window, "Alejandro Mayorkas")
    edit_on_disk(side, "status: in-progress", "status: done")
    theirs = side.read_bytes()
    qtbot.waitUntil(lambda: window.banners.banner("external") is not None, timeout=5000)
    assert window.workspace.is_dirty()
    assert not window.workspace.save()
    assert side.read_bytes() == theirs

    window.banners.banner("external").click("Merge")
    doc = window.workspace.doc
    assert doc.status == "done"
    assert any(e.name == "Alejandro Mayorkas" for e in doc.entities)
    assert window.workspace.save()
    saved = open_document(annotated).document
    assert saved.status == "done"
    assert "Alejandro Mayorkas" in {e.name for e in saved.entities}


def test_keep_mine_and_take_theirs(qtbot, window, annotated):
    side = sidecar_path(annotated)
    assert window.open_article(annotated)
    add_person(qtbot, window, "Alejandro Mayorkas")
    edit_on_disk(side, "status: in-progress", "status: done")
    qtbot.waitUntil(lambda: window.banners.banner("external") is not None, timeout=5000)
    window.banners.banner("external").click("Take theirs")
    assert window.workspace.doc.status == "done"
    assert not any(e.name == "Alejandro Mayorkas" for e in window.workspace.doc.entities)
    assert not window.workspace.is_dirty()

    add_person(qtbot, window, "Alejandro Mayorkas")
    edit_on_disk(side, "status: done", "status: needs-review")
    qtbot.waitUntil(lambda: window.banners.banner("external") is not None, timeout=5000)
    window.banners.banner("external").click("Keep mine")
    saved = open_document(annotated).document
    assert saved.status == "done"
    assert "Alejandro Mayorkas" in {e.name for e in saved.entities}


def test_the_same_annotation_changed_on_both_sides_is_shown_and_mine_kept(qtbot, window, annotated):
    side = sidecar_path(annotated)
    assert window.open_article(annotated)
    correction = window.workspace.doc.corrections[0]
    from dataclasses import replace

    from editor_app.model.edits import ReplaceRecord

    assert window.workspace.push(ReplaceRecord(replace(correction, note="mine"), "Change note"))
    text = side.read_text(encoding="utf-8")
    side.write_text(text.replace(f"note: {correction.note}", "note: theirs", 1), encoding="utf-8")
    assert "note: theirs" in side.read_text(encoding="utf-8")
    qtbot.waitUntil(lambda: window.banners.banner("external") is not None, timeout=5000)
    window.banners.banner("external").click("Merge")
    assert window.workspace.doc.find(correction.id).note == "mine"
    report = window.banners.banner("external")
    assert report is not None
    assert "changed on both sides" in report.text
    assert correction.id in report.text


# Locks --------------------------------------------------------------------------------------------

HOLD_LOCK = textwrap.dedent(
    """
    import sys, time
    from editor_app.storage.locks import acquire_lock
    acquire_lock(__import__("pathlib").Path(sys.argv[1]))
    print("locked", flush=True)
    time.sleep(60)
    """
)


def test_an_article_locked_by_someone_else_opens_read_only(qtbot, window, annotated):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(annotated)], env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        before = sidecar_path(annotated).read_bytes()
        assert window.open_article(annotated)
        banner = window.banners.banner("lock")
        assert banner is not None
        assert "Read-only" in banner.text
        assert "Take over" not in banner.buttons  # the holder is alive
        assert "(read-only)" in window.windowTitle()
        select_text(window, "Alejandro Mayorkas")
        press(qtbot, window, Qt.Key.Key_1)
        assert not any(e.name == "Alejandro Mayorkas" for e in window.workspace.doc.entities)
        assert not window.workspace.save()
        assert sidecar_path(annotated).read_bytes() == before
    finally:
        holder.kill()
        holder.wait()
    # The holder died without removing its lock: it was this user's, on this machine, so it is taken back.
    window.workspace.close()
    window.workspace.files = None
    assert window.open_article(annotated)
    assert window.banners.banner("lock") is None
    assert window.workspace.read_only_reason is None
    info = read_lock(annotated)
    assert info is not None
    assert info.pid == os.getpid()


def test_a_stale_lock_of_someone_else_is_taken_over_after_confirmation(qtbot, window, annotated):
    old = LockInfo("ana", "desk-07", 4242, time.time() - 13 * 3600, "Ana Ruiz")
    lock_path(annotated).write_bytes(old.to_json())
    assert window.open_article(annotated)
    banner = window.banners.banner("lock")
    assert banner is not None
    assert "Ana Ruiz (ana) on desk-07" in banner.text
    assert "stale" in banner.text
    window.notices.confirm = lambda question: False
    banner.click("Take over")
    assert window.workspace.read_only_reason is not None
    assert read_lock(annotated) == old
    asked: list[str] = []

    def yes(question: str) -> bool:
        asked.append(question)
        return True

    window.notices.confirm = yes
    banner.click("Take over")
    assert asked
    assert "Ana Ruiz" in asked[0]
    assert window.workspace.read_only_reason is None
    assert window.banners.banner("lock") is None
    mine = read_lock(annotated)
    assert mine is not None
    assert mine.pid == os.getpid()
    add_person(qtbot, window, "Alejandro Mayorkas")
    assert window.workspace.save()


def test_closing_removes_the_lock(qtbot, window, annotated):
    assert window.open_article(annotated)
    assert read_lock(annotated) is not None
    window.close()
    assert read_lock(annotated) is None
    acquire_lock(annotated).release()


# Failing saves ------------------------------------------------------------------------------------


def test_a_full_disk_keeps_the_old_sidecar_and_the_work(qtbot, window, annotated, monkeypatch):
    side = sidecar_path(annotated)
    before = side.read_bytes()
    assert window.open_article(annotated)
    add_person(qtbot, window, "Alejandro Mayorkas")

    def no_space(path: Any, data: bytes) -> None:
        raise OSError(28, "No space left on device")

    import editor_app.storage.sidecar_write as sidecar_write

    with monkeypatch.context() as patch:
        patch.setattr(sidecar_write, "atomic_write", no_space)
        assert not window.workspace.save()
    assert side.read_bytes() == before
    assert window.workspace.is_dirty()
    notice = window.banners.banner("notice")
    assert notice is not None
    assert "No space left" in notice.text
    assert recovery_path(annotated).exists()


# Re-anchoring on open -----------------------------------------------------------------------------


def test_an_edited_article_reanchors_on_open_and_lists_what_it_cannot_place(qtbot, window, annotated):
    assert window.open_article(annotated)
    text = annotated.read_text(encoding="utf-8")
    # A paragraph inserted at the top, and the misspelt name rewritten by hand (its mention cannot follow).
    edited = "EDITOR'S NOTE: updated with comment.\n\n" + text.replace("Mangus", "the commissioner", 1)
    annotated.write_text(edited, encoding="utf-8")

    assert window.open_article(annotated)
    doc = window.workspace.doc
    notice = window.banners.banner("notice")
    assert notice is not None
    assert "changed since its annotations were saved" in notice.text
    for span in doc.spans():
        if not span.orphaned:
            assert doc.text[span.start : span.end] == span.text
    assert window.orphans.isVisible()
    rows = window.orphans.model.rows
    assert [(o.kind, o.span.text) for o in rows] == [("mention", "Mangus"), ("correction", "Mangus")]
    assert window.workspace.is_dirty()  # the new offsets are not saved yet

    start, end = select_text(window, "the commissioner")
    assert window.orphans.place()  # the first in the list: the mention
    assert [o.kind for o in window.orphans.model.rows] == ["correction"]
    assert window.orphans.delete()  # the correction is moot: the name was rewritten by hand
    assert not window.orphans.isVisible()
    magnus = window.workspace.doc.entity("e-magnus")
    assert magnus is not None
    assert (start, end, "the commissioner") in {(m.start, m.end, m.text) for m in magnus.mentions}
    assert window.workspace.save()


def test_on_start_the_app_offers_articles_with_unsaved_work(qtbot, window, annotated):
    assert window.open_article(annotated)
    add_person(qtbot, window, "Alejandro Mayorkas")
    assert window.autosave.write_now() is not None
    window.workspace.close(keep_recovery=True)  # as if the app had died here

    fresh = MainWindow()
    qtbot.addWidget(fresh)
    fresh.show()
    fresh.autosave.offer_on_start()
    banner = fresh.banners.banner("recovery")
    assert banner is not None
    assert annotated.name in banner.text
    banner.click(f"Open {annotated.name}")
    assert fresh.workspace.files is not None
    offer = fresh.banners.banner("recovery")
    assert offer is not None
    offer.click("Restore")
    assert any(e.name == "Alejandro Mayorkas" for e in fresh.workspace.doc.entities)
    fresh.workspace.undo_stack.setClean()


TERMINATED_APP = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    import editor_app.app as app_module
    from editor_app.ui.main_window import MainWindow

    def annotate_then_report():
        win = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        text = win.workspace.doc.text
        start = text.index("Alejandro Mayorkas")
        win.article_view.select_range(start, start + len("Alejandro Mayorkas"))
        assert win.annotator.label_key(1)
        print("edited", flush=True)

    qt_app = QApplication([])
    QTimer.singleShot(300, annotate_then_report)
    sys.exit(app_module.run_app(Path(sys.argv[1])))
    """
)


def test_sigterm_keeps_unsaved_work_and_releases_the_lock(qtbot, window, annotated):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "DISPLAY": ":none"}
    app = subprocess.Popen(
        ["timeout", "60", sys.executable, "-c", TERMINATED_APP, str(annotated)],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert app.stdout is not None
        assert app.stdout.readline().strip() == "edited"  # the subprocess is stopped by its timeout
        assert read_lock(annotated) is not None
        app.send_signal(signal.SIGTERM)
        assert app.wait(timeout=20) == 0
    finally:
        app.kill()
    assert read_lock(annotated) is None
    assert recovery_path(annotated).exists()
    assert "Alejandro Mayorkas" not in names(annotated)
    assert window.open_article(annotated)
    banner = window.banners.banner("recovery")
    assert banner is not None
    banner.click("Restore")
    assert any(e.name == "Alejandro Mayorkas" for e in window.workspace.doc.entities)


def test_restoring_after_the_sidecar_changed_meanwhile_keeps_both(qtbot, window, annotated):
    side = sidecar_path(annotated)
    assert window.open_article(annotated)
    add_person(qtbot, window, "Alejandro Mayorkas")
    assert window.autosave.write_now() is not None
    window.autosave.leave_for_recovery()  # as if the app had been stopped here
    edit_on_disk(side, "status: in-progress", "status: done")  # a colleague saves meanwhile
    edit_on_disk(side, "note: Spelt Magnus everywhere else", "note: checked with the desk")

    assert window.open_article(annotated)
    banner = window.banners.banner("recovery")
    assert banner is not None
    banner.click("Restore")
    doc = window.workspace.doc
    assert any(e.name == "Alejandro Mayorkas" for e in doc.entities)  # mine
    assert doc.corrections[0].note == "checked with the desk"  # theirs
    report = window.banners.banner("external")
    assert report is not None
    assert "merged it with the sidecar saved since" in report.text
    assert "2 changed" in report.text  # status and note, both theirs
    assert window.workspace.save()
    saved = open_document(annotated).document
    assert "Alejandro Mayorkas" in {e.name for e in saved.entities}
    assert saved.corrections[0].note == "checked with the desk"


def test_choosing_discard_when_opening_another_article_removes_the_recovery_file(
    qtbot, window, annotated, tmp_path
):
    assert window.open_article(annotated)
    add_person(qtbot, window, "Alejandro Mayorkas")
    assert window.autosave.write_now() is not None
    other = tmp_path / "other.txt"
    other.write_text("Another story.\\n", encoding="utf-8")
    assert window.folders.request_open(other)  # the window fixture answers Discard
    assert not recovery_path(annotated).exists()

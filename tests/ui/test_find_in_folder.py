"""The folder view from the index (at once, re-checked in the background) and Find in folder."""

import os
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, Qt, QTimer

from editor_app.storage.archive_index import ArchiveIndex, index_file
from editor_app.storage.sidecar_write import sidecar_path
from editor_app.ui import folders as folders_module
from editor_app.ui.corpus import CorpusModel, CorpusPanel
from editor_app.ui.main_window import MainWindow
from tests.archive.helpers import magnus_article, write_article


def make_folder(root: Path, count: int) -> Path:
    folder = root / "desk"
    for n in range(count):
        magnus_article(folder / f"{n // 10:02d}" / f"story-{n:03d}.txt", quote=f"Quote number q{n}")
    return folder


def wait_scan(qtbot: Any, window: MainWindow) -> None:
    scan = window.folders.scan
    if scan is not None:
        qtbot.waitUntil(lambda: not scan.isRunning(), timeout=60_000)
        qtbot.wait(50)  # the last batches queued to this thread


def test_a_big_folder_lists_from_the_index_and_rechecks_in_the_background(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: Any
) -> None:
    monkeypatch.setattr(folders_module.Folders, "SMALL", 5)
    folder = make_folder(tmp_path, 40)
    assert window.open_folder(folder)
    wait_scan(qtbot, window)
    model = window.corpus.model
    assert len(model.rows) == 40
    assert model.rows[0].title == "Chris Magnus spoke."
    assert window.workspace.files is not None
    # Reopened: the rows are there at once, before any file is read again.
    magnus_article(folder / "00" / "story-001.txt", name="Mayorkas")  # changed while open
    write_article(folder / "zz" / "new.txt", "A new story about Tucson.\n")  # added
    (folder / "03" / "story-030.txt").unlink()  # deleted
    os.rename(folder / "03" / "story-031.txt", folder / "03" / "moved.txt")  # renamed, with its sidecar
    os.rename(sidecar_path(folder / "03" / "story-031.txt"), sidecar_path(folder / "03" / "moved.txt"))
    assert window.open_folder(folder)
    assert len(model.rows) == 40
    wait_scan(qtbot, window)
    names = [s.path.name for s in model.rows]
    assert "new.txt" in names
    assert "moved.txt" in names
    assert "story-030.txt" not in names
    assert "story-031.txt" not in names
    assert model.rows[model.row_of(folder / "00" / "story-001.txt")].title == "Chris Mayorkas spoke."
    index = window.folders.index
    assert index is not None
    assert [h.rel for h in index.search("Tucson")] == ["zz/new.txt"]
    assert [h.rel for h in index.search("q31", kind="quote")] == ["03/moved.txt"]


def test_the_event_loop_never_waits_long_while_the_folder_is_checked(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: Any
) -> None:
    monkeypatch.setattr(folders_module.Folders, "SMALL", 5)
    folder = make_folder(tmp_path, 300)
    assert window.workspace.open(magnus_article(tmp_path / "elsewhere" / "open.txt"))  # not in the measure
    # The GUI thread's own work for each hand-over from the check, in this thread's CPU time (a loaded
    # machine's scheduler does not count): the list reads rows from the index, so it is a few calls.
    work: list[float] = []
    for owner, name in (
        (CorpusModel, "relist"),
        (CorpusModel, "changed"),
        (CorpusModel, "again"),
        (CorpusPanel, "show_progress"),
        (folders_module.Folders, "update_progress"),
    ):
        handler = getattr(owner, name)

        def timed(self: Any, *args: Any, _handler: Any = handler) -> None:
            started = time.thread_time()
            _handler(self, *args)
            work.append(time.thread_time() - started)

        monkeypatch.setattr(owner, name, timed)
    assert window.open_folder(folder)
    scan = window.folders.scan
    assert scan is not None
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    loop = QEventLoop()
    scan.finished.connect(loop.quit)
    if scan.isRunning():
        loop.exec()
    timer.stop()
    qtbot.wait(50)
    assert len(window.corpus.model.rows) == 300
    assert len(work) >= 4
    assert max(work) <= 0.05, sorted(work)[-5:]  # the 50 ms target, for the GUI thread's own part
    # The gaps between ticks also hold the scheduler's delays on a shared machine: make bench measures
    # the longest; here the typical one is held to the target and the longest bounds a hang.
    gaps.sort()
    assert gaps[len(gaps) // 2] <= 0.05, gaps[-10:]
    assert gaps[-1] < 0.8, gaps[-10:]


def test_find_in_folder_lists_hits_and_enter_opens_the_article_at_the_hit(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    folder = make_folder(tmp_path, 12)
    assert window.open_folder(folder)
    window.actions_by_id["edit.find_in_folder"].trigger()
    finder = window.find_in_folder
    dialog = finder.dialog
    assert dialog is not None
    assert dialog.isVisible()
    wait_scan(qtbot, window)
    dialog.kind.setCurrentIndex(dialog.kind.findData("quote"))
    qtbot.keyClicks(dialog.field, "q11")
    qtbot.waitUntil(lambda: dialog.hits.topLevelItemCount() == 1)
    first = dialog.hits.topLevelItem(0)
    assert first is not None
    assert first.text(0) == "01/story-011.txt"
    qtbot.keyClick(dialog.field, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.hits, Qt.Key.Key_Return)
    assert window.workspace.files is not None
    assert window.workspace.files.article_path.name == "story-011.txt"
    text = window.workspace.doc.text
    selected = window.article_view.selected_range() or window.article_view.raw_selection()
    assert selected is not None
    assert text[selected[0] : selected[1]] == "Quote number q11"
    dialog.close()


def test_a_corrupt_index_is_rebuilt_with_a_notice_when_the_folder_opens(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    folder = make_folder(tmp_path, 3)
    ArchiveIndex(folder).refresh()
    path = index_file(folder)
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    path.write_bytes(b"not a database at all" * 50)
    told: list[str] = []
    window.notices.notice = lambda message, **_: told.append(message)  # type: ignore[method-assign]
    assert window.open_folder(folder)
    assert any("index was unusable" in m for m in told)
    assert len(window.corpus.model.rows) == 3
    assert window.folders.index is not None
    assert len(window.folders.index.search("q2", kind="quote")) == 1

"""The archive's measures (issue 17) on generated folders of 1,000, 10,000 (and 100,000) articles.

Rows: first open of the folder view until the list is usable (and until the background check is
done), the longest stall of the event loop meanwhile, reopen, a search in the running app (warm
index), a repeated ``editor-app search`` printing every hit, ``stats`` and ``export --format jsonl
--jobs 2``. The folders are generated (seeded, tests/perf/corpus.py) under a temporary folder, or
kept in ``--archive-dir`` to be reused, and never committed; the index goes to a temporary cache folder.
"""

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from tests.perf.corpus import generate

if TYPE_CHECKING:
    from tests.perf.bench import Row

QUERY = "Magnus"


def corpus(root: Path, articles: int) -> Path:
    folder = root / f"archive-{articles}"
    marker = folder / ".generated"
    if not marker.exists():
        shutil.rmtree(folder, ignore_errors=True)
        generate(folder, articles)
        marker.write_text("seed 17\n")
    return folder


def _cli(*args: str) -> tuple[float, str]:
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "editor_app", *args], capture_output=True, text=True, check=False
    )
    elapsed = time.perf_counter() - started
    if result.returncode not in (0, 1):
        raise RuntimeError(result.stderr[-2000:])
    return elapsed, result.stdout


def _window_rows(folder: Path, articles: int, quick: bool, row: "Callable[..., Row]") -> "list[Row]":
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from editor_app.storage.archive_index import index_file
    from editor_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    rows = []
    for suffix in ("", "-wal", "-shm"):
        Path(str(index_file(folder)) + suffix).unlink(missing_ok=True)
    window = MainWindow()
    window.notices.ask_unsaved = lambda _name: QMessageBox.StandardButton.Discard
    window.show()
    app.processEvents()
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    def wait(condition: Callable[[], bool], timeout: float = 3600) -> None:
        loop = QEventLoop()
        poll = QTimer()
        poll.setInterval(1)
        poll.timeout.connect(lambda: loop.quit() if condition() else None)
        poll.start()
        deadline = time.perf_counter() + timeout
        while not condition() and time.perf_counter() < deadline:
            loop.exec()
        poll.stop()

    model = window.corpus.model
    started = time.perf_counter()
    window.open_folder(folder)
    wait(lambda: len(model.rows) >= articles)
    usable = time.perf_counter() - started
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    last[0] = time.perf_counter()
    timer.start()
    scan = window.folders.scan
    wait(lambda: scan is None or scan.isFinished())
    timer.stop()
    checked = time.perf_counter() - started
    stall = max(gaps, default=0.0) * 1000
    rows.append(row(f"first open of {articles:,}: list usable", usable, "s", "<= 1 s", usable <= 1))
    rows.append(row(f"first open of {articles:,}: background check done", checked, "s", "-", None))
    rows.append(
        row(
            f"first open of {articles:,}: longest event-loop stall during the check",
            stall,
            "ms",
            "<= 50 ms",
            stall <= 50,
            note=f"{len(gaps)} ticks",
        )
    )
    reopen = []
    for _ in range(1 if quick else 3):
        started = time.perf_counter()
        window.open_folder(folder)
        app.processEvents()
        reopen.append(time.perf_counter() - started)
        scan = window.folders.scan
        wait(lambda: scan is None or scan.isFinished())  # noqa: B023
    value = statistics.median(reopen)
    rows.append(row(f"reopen of {articles:,} (from the index)", value, "s", "<= 1 s", value <= 1))
    index = window.folders.index
    assert index is not None
    times = []
    for _ in range(1 if quick else 7):
        started = time.perf_counter()
        hits = index.search(QUERY, limit=500)
        times.append(time.perf_counter() - started)
    value = statistics.median(times) * 1000
    rows.append(
        row(
            f"search in the app over {articles:,} (warm, first 500 hits)",
            value,
            "ms",
            "<= 200 ms",
            value <= 200,
            note=f"{len(hits)} hits",
        )
    )
    window.close()
    window.deleteLater()
    app.processEvents()
    return rows


def _cli_rows(folder: Path, articles: int, quick: bool, row: "Callable[..., Row]") -> "list[Row]":
    rows = []
    _cli("search", str(folder), QUERY, "--jobs", "2")  # first indexing, if the window has not done it
    times, hits = [], 0
    for _ in range(1 if quick else 5):
        elapsed, out = _cli("search", str(folder), QUERY)
        times.append(elapsed)
        hits = out.count("\n")
    value = statistics.median(times)
    rows.append(
        row(
            f"editor-app search over {articles:,}, every hit printed",
            value,
            "s",
            "<= 1 s (10,000)",
            value <= 1 if articles == 10_000 else None,
            note=f"{hits} hits",
        )
    )
    elapsed, _ = _cli("stats", str(folder), "--jobs", "2")
    rows.append(row(f"editor-app stats --jobs 2 over {articles:,}", elapsed, "s", "-", None))
    with tempfile.TemporaryDirectory() as out:
        elapsed, _ = _cli("export", "--format", "jsonl", str(folder), "-o", f"{out}/x.jsonl", "--jobs", "2")
    rate = articles / elapsed
    rows.append(
        row(
            f"export --format jsonl --jobs 2 over {articles:,}",
            rate,
            "docs/s",
            ">= 1,000 docs/s (10,000)",
            rate >= 1000 if articles == 10_000 else None,
        )
    )
    return rows


def archive_measures(
    sizes: list[int], quick: bool, row: "Callable[..., Row]", keep: Path | None = None
) -> "list[Row]":
    root = keep or Path(tempfile.mkdtemp(prefix="editor-app-archive-"))
    cache = Path(tempfile.mkdtemp(prefix="editor-app-cache-"))
    previous = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(cache)
    rows: list[Row] = []
    try:
        for articles in sizes:
            folder = corpus(root, articles)
            rows += _window_rows(folder, articles, quick, row)
            rows += _cli_rows(folder, articles, quick, row)
    finally:
        if previous is None:
            os.environ.pop("XDG_CACHE_HOME", None)
        else:
            os.environ["XDG_CACHE_HOME"] = previous
        shutil.rmtree(cache, ignore_errors=True)
        if keep is None:
            shutil.rmtree(root, ignore_errors=True)
    return rows

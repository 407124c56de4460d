"""The shapes of real documents, and how each cost grows with the size of the article.

Three shapes of 20,000 annotations per MB of text (tests/perf/generate.py):

- ``small``: today's benchmark document, annotations spread over many small entities;
- ``big``: a few huge entities (6 x 2,500 mentions at 1 MB) and 5,000 corrections, as in a transcript;
- ``overlap``: quotes that each hold several mentions and corrections, a quote inside each quote.

For each shape: opening (the article readable, then every entity listed and the visible highlights
painted, both timed from the ``open_article()`` call, file reading included), adding, changing and
deleting one annotation through the window's keys (p95), and the worst stall of the event loop in
each scenario: a 1 ms timer runs throughout, and the longest gap between two of its ticks is the
longest time the window could not answer. Autosave is measured on its own (its timer is stopped while
edits are timed, so that a stall is never blamed on the wrong scenario): the longest stall while a
20,000-annotation document is written to its recovery file. The scaling rows open and edit the
``small`` shape at 0.25, 0.5, 1, 2 and 4 MB and fit the growth exponent of each cost (1.0 is linear).

``python -m tests.perf.bench_shapes --profile`` profiles the big-entity add with pyinstrument and
prints the top of the profile.
"""

import argparse
import math
import os
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from tests.perf.bench import Row, edit_and_paint, frame_row, p95, print_table, timed

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from editor_app.model import Document
    from editor_app.ui.main_window import MainWindow

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FRAME_MS = 16.0
SIZES = (0.25, 0.5, 1.0, 2.0, 4.0)
PER_MB = 20_000


class StallMeter:
    """A 1 ms timer; the longest gap between its ticks (less the interval) is the worst stall."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.worst = 0.0

    def start(self) -> None:
        self.worst = 0.0
        self.last = time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def stop(self) -> float:
        """The worst stall seen since :meth:`start`, in milliseconds."""
        self._tick()
        self.timer.stop()
        return max(0.0, self.worst * 1000 - 1.0)


def spin(app: "QApplication", seconds: float) -> None:
    """Run the event loop for ``seconds`` (timers fire, deferred work and paints happen)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(max(1, round(seconds * 1000)), loop.quit)
    loop.exec()


def spin_until(app: "QApplication", done: Callable[[], bool], timeout: float = 60.0) -> bool:
    """Run the event loop until ``done()`` (checked every 5 ms: a check must not itself keep a worker
    thread from the interpreter lock) or ``timeout`` seconds."""
    from PySide6.QtCore import QEventLoop, QTimer

    if done():
        return True
    loop = QEventLoop()
    check = QTimer()
    check.timeout.connect(lambda: loop.quit() if done() else None)
    check.start(5)
    QTimer.singleShot(round(timeout * 1000), loop.quit)
    loop.exec()
    check.stop()
    return done()


def shape_document(shape: str, text: str, annotations: int) -> "Document":
    from tests.perf.generate import annotated_document, big_entities_document, overlapping_document

    if shape == "big":
        scale = annotations / PER_MB
        return big_entities_document(
            text, mentions_each=max(50, round(2_500 * scale)), corrections=max(20, round(5_000 * scale))
        )
    if shape == "overlap":
        return overlapping_document(text, annotations)
    return annotated_document(text, annotations)


def write_files(folder: Path, text: str, doc: "Document") -> Path:
    from editor_app.storage.documents import open_document, save_document

    article = folder / "long.txt"
    article.write_text(text, encoding="utf-8")
    opened = open_document(article)
    opened.document = doc
    doc.file_name = article.name
    save_document(opened)
    return article


def new_window(app: "QApplication") -> "MainWindow":
    from editor_app.ui.main_window import MainWindow

    window = MainWindow()
    window.resize(1200, 800)
    window.show()
    window.autosave.timer.stop()  # measured on its own (autosave_stall)
    spin(app, 0.05)
    return window


def done_with(app: "QApplication", window: "MainWindow") -> None:
    window.workspace.undo_stack.setClean()
    window.close()
    window.deleteLater()
    spin(app, 0.05)


def loaded(window: "MainWindow") -> bool:
    """The annotations are in (a window that loads them in the background says so)."""
    return not getattr(window.workspace, "loading", False)


def visible_highlights(window: "MainWindow") -> int:
    """How many formatted ranges the blocks on screen carry (the highlights painted there)."""
    view = window.article_view
    block = view.firstVisibleBlock()
    height = view.viewport().height()
    offset = view.contentOffset()
    count = 0
    while block.isValid() and view.blockBoundingGeometry(block).translated(offset).top() <= height:
        count += len(block.layout().formats())
        block = block.next()
    return count


def open_timings(app: "QApplication", article: Path, entities: int) -> tuple[float, float, float]:
    """Seconds to a readable article, seconds until every entity is listed and the visible highlights
    are painted (both from the ``open_article()`` call), and the worst stall meanwhile (ms)."""
    window = new_window(app)
    meter = StallMeter()
    meter.start()
    started = time.perf_counter()
    assert window.open_article(article)
    window.article_view.viewport().repaint()
    readable = time.perf_counter() - started
    assert window.article_view.document().characterCount() > 1

    def complete() -> bool:
        return loaded(window) and window.entity_model.rowCount() == entities

    assert spin_until(app, complete, 120)
    window.article_view.viewport().repaint()
    everything = time.perf_counter() - started
    stall = meter.stop()
    assert visible_highlights(window) > 0, "no highlight painted on the first screen"
    done_with(app, window)
    return readable, everything, stall


def open_window(app: "QApplication", article: Path, entities: int) -> "MainWindow":
    window = new_window(app)
    assert window.open_article(article)
    assert spin_until(app, lambda: loaded(window) and window.entity_model.rowCount() == entities, 120)
    return window


Keys = Callable[[int, int], tuple[str, str]]


def edit_timings(
    app: "QApplication", window: "MainWindow", words: list[tuple[int, int]], keys: Keys
) -> tuple[dict[str, list[float]], list[float], float]:
    """Add, change and delete one annotation per word through the window's actions, as bench.py's
    edit_measures does (the action and a synchronous repaint timed, then what Qt had posted for later
    timed on its own), with the stall meter running and the event loop turning between edits."""
    view = window.article_view
    times: dict[str, list[float]] = {"add": [], "change": [], "delete": []}
    frames: list[float] = []
    meter = StallMeter()
    spin(app, 0.05)
    meter.start()
    for start, end in words:
        add, change = keys(start, end)
        for name, action in (("add", add), ("change", change), ("delete", "edit.delete")):
            if name != "change":
                view.select_range(start, end)
                spin(app, 0.005)
            edit = timed(partial(edit_and_paint, window, action))
            later = timed(app.processEvents)
            times[name].append(edit)
            frames.append(edit + later)
            spin(app, 0.01)
    return times, frames, meter.stop()


def small_keys(start: int, end: int) -> tuple[str, str]:
    return "label.2", "label.3"


def alternating_keys() -> Keys:
    """For the huge entity: add with the key of its label (the words join it), change to the other
    (PERSON, key 1, and GPE, key 3, in turn), so every round adds to and relabels a huge entity."""
    state = ["label.1"]

    def keys(start: int, end: int) -> tuple[str, str]:
        current = state[0]
        state[0] = "label.3" if current == "label.1" else "label.1"
        return current, state[0]

    return keys


def edit_words(shape: str, text: str, doc: "Document", count: int) -> tuple[list[tuple[int, int]], Keys]:
    if shape == "big":
        from tests.perf.generate import LAST, free_surnames

        # One entity throughout (its label alternates): every edit is on a 2,500-mention entity.
        name = LAST[0]
        free = [(s, e) for s, e in free_surnames(text, doc) if text[s:e] == name]
        return free[:count], alternating_keys()
    taken = {(m.start, m.end) for e in doc.entities for m in e.mentions}
    words = [(m.start(), m.end()) for m in re.finditer(r"\b[a-z]{5,}\b", text[:20000])]
    return [w for w in words if w not in taken][:count], small_keys


def autosave_stall(app: "QApplication", window: "MainWindow", article: Path) -> tuple[float, float, float]:
    """Make the document dirty, fire the autosave timer's slot, and turn the event loop until the
    recovery file is written: the time the slot took on the GUI thread, the worst stall, and the time
    until the file was there (all ms)."""
    from editor_app.storage.recovery import discard_recovery, recovery_path

    discard_recovery(article)
    path = recovery_path(article)
    text = window.workspace.doc.text
    match = re.search(r"\b[a-z]{6,}\b", text)
    assert match is not None
    window.article_view.select_range(match.start(), match.end())
    window.actions_by_id["label.9"].trigger()
    assert window.workspace.is_dirty()
    spin(app, 0.05)
    meter = StallMeter()
    meter.start()
    started = time.perf_counter()
    window.autosave.timer.timeout.emit()
    gui = time.perf_counter() - started
    assert spin_until(app, path.exists, 60)
    spin(app, 0.05)
    written = time.perf_counter() - started
    stall = meter.stop()
    writer = getattr(window.autosave, "writer", None)
    if writer is not None:
        writer.wait()
    discard_recovery(article)
    window.workspace.undo_stack.undo()
    return gui * 1000, stall, written * 1000


def shape_rows(app: "QApplication", shape: str, chars: int, annotations: int, edits: int) -> list[Row]:
    from tests.perf.generate import article_text

    text = article_text(chars)
    doc = shape_document(shape, text, annotations)
    entities = len(doc.entities)
    spans = sum(1 for _ in doc.spans())
    biggest = max(len(e.mentions) for e in doc.entities)
    words, keys = edit_words(shape, text, doc, edits)
    rows: list[Row] = []
    mb = len(text) / 1e6
    with tempfile.TemporaryDirectory() as folder:
        article = write_files(Path(folder), text, doc)
        readable, everything, open_stall = open_timings(app, article, entities)
        what = f"[{shape}] {mb:.1f} MB, {spans} spans, {entities} entities (largest {biggest})"
        rows.append(
            Row(f"{what}: open, article readable", readable * 1000, "ms", "<= 100 ms", readable <= 0.1)
        )
        rows.append(
            Row(
                f"[{shape}] open, every entity listed + visible highlights",
                everything,
                "s",
                "<= 1.0 s",
                everything <= 1.0,
                note=f"worst stall while opening {open_stall:.0f} ms",
            )
        )
        window = open_window(app, article, entities)
        times, frames, stall = edit_timings(app, window, words, keys)
        rows += [frame_row(f"[{shape}] {name} one annotation (p95)", v) for name, v in times.items()]
        rows.append(frame_row(f"[{shape}] edit + repaint + deferred work (p95)", frames))
        rows.append(Row(f"[{shape}] worst event-loop stall while editing", stall, "ms", "-", None))
        if shape == "small":
            gui, autosave, written = autosave_stall(app, window, article)
            rows.append(
                Row(
                    f"[{shape}] autosave {spans} spans: worst event-loop stall",
                    autosave,
                    "ms",
                    "<= 16 ms",
                    autosave <= FRAME_MS,
                    note=f"GUI thread's part {gui:.1f} ms (target < 5 ms); written after {written:.0f} ms",
                )
            )
        done_with(app, window)
    return rows


def growth(sizes: list[float], values: list[float]) -> float:
    """The exponent k of value ~ size**k, fitted by least squares on the logarithms."""
    points = [(math.log(s), math.log(max(v, 1e-6))) for s, v in zip(sizes, values, strict=True)]
    mx = statistics.fmean(x for x, _ in points)
    my = statistics.fmean(y for _, y in points)
    num = sum((x - mx) * (y - my) for x, y in points)
    den = sum((x - mx) ** 2 for x, _ in points)
    return num / den if den else 0.0


def scaling_rows(app: "QApplication", sizes: tuple[float, ...], edits: int) -> list[Row]:
    from tests.perf.generate import annotated_document, article_text

    series: dict[str, list[float]] = {"readable": [], "loaded": [], "add": [], "save": []}
    measured: list[float] = []
    for size in sizes:
        text = article_text(round(size * 1_000_000))
        doc = annotated_document(text, round(size * PER_MB))
        with tempfile.TemporaryDirectory() as folder:
            article = write_files(Path(folder), text, doc)
            readable, everything, _ = open_timings(app, article, len(doc.entities))
            window = open_window(app, article, len(doc.entities))
            words, keys = edit_words("small", text, doc, edits)
            times, _, _ = edit_timings(app, window, words, keys)
            from editor_app.storage.sidecar_write import dump_sidecar

            save = timed(lambda d=window.workspace.doc: dump_sidecar(d))  # type: ignore[misc]
            done_with(app, window)
        measured.append(len(text) / 1e6)
        series["readable"].append(readable * 1000)
        series["loaded"].append(everything * 1000)
        series["add"].append(p95(times["add"]) * 1000)
        series["save"].append(save * 1000)
    rows = []
    labels = {
        "readable": "open, article readable",
        "loaded": "open, entities listed + visible highlights",
        "add": "add one annotation (p95)",
        "save": "serialise the sidecar",
    }
    for key, values in series.items():
        k = growth(measured, values)
        cells = ", ".join(f"{s:.2g} MB {v:.0f}" for s, v in zip(measured, values, strict=True))
        rows.append(
            Row(
                f"scaling: {labels[key]} (ms)",
                k,
                "exp",
                "growth exponent <= 1.1",
                k <= 1.1,
                note=cells,
            )
        )
    return rows


def profile_big_add(edits: int) -> None:
    """pyinstrument's view of the big-entity add (the label key on a free occurrence of a surname)."""
    from pyinstrument import Profiler
    from PySide6.QtWidgets import QApplication

    from tests.perf.generate import article_text

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    text = article_text(1_000_000)
    doc = shape_document("big", text, PER_MB)
    words, keys = edit_words("big", text, doc, edits)
    with tempfile.TemporaryDirectory() as folder:
        article = write_files(Path(folder), text, doc)
        window = open_window(app, article, len(doc.entities))
        view, actions = window.article_view, window.actions_by_id
        profiler = Profiler(interval=0.0005)
        for start, end in words:
            add, change = keys(start, end)
            view.select_range(start, end)
            spin(app, 0.005)
            profiler.start()
            actions[add].trigger()
            view.viewport().repaint()
            app.processEvents()
            profiler.stop()
            spin(app, 0.005)
            actions[change].trigger()
            view.select_range(start, end)
            actions["edit.delete"].trigger()
            spin(app, 0.005)
        done_with(app, window)
    print(profiler.output_text(unicode=False, color=False, show_all=False, short_mode=False))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small inputs: checks the harness works")
    parser.add_argument("--profile", action="store_true", help="profile the big-entity add instead")
    args = parser.parse_args(argv)
    if args.profile:
        profile_big_add(10 if args.quick else 23)
        return 0
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    print_table(edge_rows(app, args.quick))
    return 0


def edge_rows(app: "QApplication", quick: bool) -> list[Row]:
    """Every row of this module: the three shapes at 1 MB, then the scaling rows."""
    sizes: tuple[float, ...]
    if quick:
        chars, annotations, edits, sizes = 60_000, 1_200, 4, (0.03, 0.06)
    else:
        chars, annotations, edits, sizes = 1_000_000, PER_MB, 40, SIZES
    rows: list[Row] = []
    for shape in ("small", "big", "overlap"):
        rows += shape_rows(app, shape, chars, annotations, edits)
    rows += scaling_rows(app, sizes, 4 if quick else 15)
    return rows


if __name__ == "__main__":
    sys.exit(main())

"""The benchmark harness: ``make bench`` (full) or ``python -m tests.perf.bench --quick`` (small, untimed).

Prints one table: each measure's median (and p95 where the target is a p95), its target, and for
measures with a floor, the floor measured in the same run and the ratio. Inputs are generated from
fixed seeds (tests/perf/generate.py). Runs offscreen.
"""

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from editor_app.ui.main_window import MainWindow

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "cbp-commissioner-magnus.txt"


@dataclass
class Row:
    measure: str
    value: float
    unit: str
    target: str
    ok: bool | None
    floor: float | None = None
    note: str = ""

    def cells(self) -> list[str]:
        ratio = f"{self.value / self.floor:.2f}x" if self.floor else ""
        floor = f"{self.floor:.3f} {self.unit}" if self.floor is not None else ""
        verdict = {True: "met", False: "MISSED", None: "-"}[self.ok]
        return [self.measure, f"{self.value:.3f} {self.unit}", self.target, floor, ratio, verdict, self.note]


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def cold_start(runs: int) -> Row:
    """`editor-app SAMPLE` in a fresh interpreter until its first window is shown, offscreen."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "EDITOR_APP_EXIT_WHEN_SHOWN": "1"}
    times, loaded = [], []
    for _ in range(runs):
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "editor_app", str(SAMPLE)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        times.append(time.perf_counter() - started)
        loaded.append(json.loads(result.stdout.strip().splitlines()[-1]))
    heavy = sorted({m for report in loaded for m in report["heavy_modules"]})
    value = statistics.median(times)
    return Row(
        "cold start to first window (sample)",
        value,
        "s",
        "<= 1.0 s, no heavy imports",
        value <= 1.0 and not heavy,
        note=f"heavy modules loaded: {', '.join(heavy) or 'none'}",
    )


def open_sample(runs: int) -> Row:
    """The sample article with its annotated sidecar, opened in a running window until painted."""
    import shutil

    from PySide6.QtWidgets import QApplication

    from editor_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    golden = ROOT / "tests" / "data" / "golden" / f"{SAMPLE.name}.annotations.yaml"
    with tempfile.TemporaryDirectory() as folder:
        article = Path(folder) / SAMPLE.name
        shutil.copyfile(SAMPLE, article)
        shutil.copyfile(golden, Path(folder) / golden.name)
        window = MainWindow()
        window.show()
        app.processEvents()

        def open_and_paint() -> None:
            assert window.open_article(article)
            window.article_view.viewport().repaint()

        times = [timed(open_and_paint) for _ in range(max(3, runs * 2))]
        window.close()
    value = statistics.median(times) * 1000
    return Row("open the sample + sidecar in the window, painted", value, "ms", "-", None)


def window_measures(chars: int, annotations: int, runs: int, edits: int) -> list[Row]:
    import yaml
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from editor_app.storage import sidecar_path
    from editor_app.storage.documents import open_document, save_document
    from editor_app.ui.main_window import MainWindow
    from tests.perf.generate import annotated_document, article_text

    app = QApplication.instance() or QApplication([])
    text = article_text(chars)
    doc = annotated_document(text, annotations)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as folder:
        article = Path(folder) / "long.txt"
        article.write_text(text, encoding="utf-8")
        opened = open_document(article)
        opened.document = doc
        doc.file_name = article.name
        save_document(opened)
        side = sidecar_path(article)
        spans = sum(1 for _ in doc.spans())

        def floor() -> None:
            data = article.read_bytes().decode("utf-8")
            yaml.load(side.read_bytes(), Loader=yaml.CSafeLoader)
            view = QPlainTextEdit()
            view.setPlainText(data)
            view.deleteLater()

        open_times, floor_times = [], []
        window = None
        for _ in range(runs):
            floor_times.append(timed(floor))
            app.processEvents()
            if window is not None:
                window.workspace.undo_stack.setClean()
                window.close()
                window.deleteLater()
                app.processEvents()
            window = MainWindow()
            window.resize(1200, 800)
            window.show()
            app.processEvents()

            def open_and_paint(w: MainWindow = window) -> None:
                assert w.open_article(article)
                wait = getattr(w.workspace, "wait_loaded", None)
                if wait is not None:  # the annotations load in the background: until they are in
                    wait()
                w.article_view.viewport().repaint()

            open_times.append(timed(open_and_paint))
        assert window is not None
        value, base = statistics.median(open_times), statistics.median(floor_times)
        rows.append(
            Row(
                f"open {len(text) / 1e6:.1f} MB article + {spans} spans until painted",
                value,
                "s",
                "<= 2x floor",
                value <= 2 * base,
                floor=base,
            )
        )

        view = window.article_view
        words = [(m.start(), m.end()) for m in re.finditer(r"\b[a-z]{5,}\b", text[:20000])]
        rows += edit_measures(app, window, words[:edits], spans)

        bar = view.verticalScrollBar()
        scroll = []
        bar.setValue(0)

        def page_down() -> None:
            bar.setValue(bar.value() + bar.pageStep())
            view.viewport().repaint()

        for _ in range(edits):
            scroll.append(timed(page_down))
        value = p95(scroll) * 1000
        rows.append(Row("scroll a page (p95)", value, "ms", "p95 <= 16 ms", value <= 16))

        save_times = []
        before = side.read_bytes()
        for _ in range(runs):
            save_times.append(timed(lambda: save_document(opened)))
        stable = side.read_bytes() == before
        value = statistics.median(save_times)
        rows.append(
            Row(
                f"save {spans} spans (byte-stable: {'yes' if stable else 'NO'})",
                value,
                "s",
                "<= 0.5 s",
                value <= 0.5 and stable,
            )
        )
        window.workspace.undo_stack.setClean()
        window.close()
    return rows


def edit_measures(
    app: "QCoreApplication", window: "MainWindow", words: list[tuple[int, int]], spans: int
) -> list[Row]:
    """Add (label key 2), change (label key 3) and delete one annotation, through the window's actions.

    An edit's time is everything the app does synchronously for it (the action's handler: the edit,
    the undo stack, every listener of the change set) plus a synchronous repaint of the article view,
    which also paints whatever else the edit made dirty in the window (the panels). What Qt had
    posted for later (layouts, timers, deferred updates) is then timed on its own with
    ``processEvents``, so that no cost hides between two measurements; the last row adds both up.
    """
    view = window.article_view
    times: dict[str, list[float]] = {"add": [], "change": [], "delete": []}
    deferred: list[float] = []
    frames: list[float] = []
    app.processEvents()
    for start, end in words:
        for name, action in (("add", "label.2"), ("change", "label.3"), ("delete", "edit.delete")):
            if name != "change":
                view.select_range(start, end)
                app.processEvents()
            edit = timed(partial(edit_and_paint, window, action))
            later = timed(app.processEvents)
            times[name].append(edit)
            deferred.append(later)
            frames.append(edit + later)
    rows = [
        frame_row(f"{name} one annotation with {spans} present, repainted (p95)", values)
        for name, values in times.items()
    ]
    value = p95(deferred) * 1000
    rows.append(
        Row(
            "deferred work after an edit (processEvents, p95)",
            value,
            "ms",
            "-",
            None,
            note=f"median {statistics.median(deferred) * 1000:.1f} ms",
        )
    )
    value = p95(frames) * 1000
    rows.append(
        Row(
            "edit + repaint + deferred work (p95, all edits)",
            value,
            "ms",
            "p95 <= 16 ms",
            value <= 16,
            note=f"median {statistics.median(frames) * 1000:.1f} ms",
        )
    )
    return rows


def frame_row(measure: str, seconds: list[float]) -> Row:
    """A row of times whose p95 must fit in a frame (16 ms), with their median in the note."""
    value = p95(seconds) * 1000
    return Row(
        measure,
        value,
        "ms",
        "p95 <= 16 ms",
        value <= 16,
        note=f"median {statistics.median(seconds) * 1000:.1f} ms",
    )


def edit_and_paint(window: "MainWindow", action: str) -> None:
    """Trigger one of the window's actions, check it made an edit, and repaint the article now."""
    stack = window.workspace.undo_stack
    done = stack.index()
    window.actions_by_id[action].trigger()
    assert stack.index() == done + 1, f"{action} made no edit"
    window.article_view.viewport().repaint()


def suggestions(chars: int, runs: int) -> Row:
    from editor_app.model import Article, Document
    from editor_app.suggest import engine
    from tests.perf.generate import article_text

    text = article_text(chars)
    times = []
    for _ in range(runs):
        doc = Document(article=Article(text), file_name="long.txt")
        times.append(timed(partial(engine.suggest, doc)))
    value = statistics.median(times)
    return Row(f"suggestions over a {len(text) / 1e6:.1f} MB article", value, "s", "<= 3 s", value <= 3)


def merge_driver(annotations: int, runs: int) -> Row:
    """The git merge driver in-process on two big sidecars with 100 changes a side (bench_merge.py)."""
    from tests.perf.bench_merge import merge_seconds

    value, conflicts = merge_seconds(annotations, 100, runs)
    return Row(
        f"merge driver, {annotations:,} annotations, 100 changes a side",
        value,
        "s",
        "<= 2 s",
        value <= 2,
        note=f"{conflicts} conflict(s); read back in full before writing",
    )


def adjudication(chars: int, annotations: int, runs: int) -> list[Row]:
    """Two annotators' folders of one article adjudicated in-process (bench_adjudicate.py): reading the
    inputs and building the gold from the loaded documents timed apart, then the whole job."""
    from tests.perf.bench_adjudicate import adjudicate_seconds, load

    timing = adjudicate_seconds(annotations, runs, chars)
    return [
        Row(
            f"adjudicate: build the gold of two loaded {annotations:,}-annotation documents, its text",
            timing.build,
            "s",
            "<= 2 s",
            timing.build <= 2,
            note=f"{timing.disagreements} disagreement(s), {timing.annotations} annotations in the gold",
        ),
        Row(
            f"adjudicate: read the two inputs (articles, {annotations:,}-annotation sidecars)",
            timing.read,
            "s",
            "-",
            None,
            note=load(),
        ),
        Row("adjudicate: both, as the command runs them", timing.whole, "s", "-", None, note=load()),
    ]


def peak_memory(chars: int, annotations: int) -> Row:
    """Peak RSS of a fresh process that opens the long article with its annotations in the window.

    Read from the process's own high-water mark (``VmHWM``), not ``getrusage``: on Linux a child
    started after the window measures inherits the parent's ``ru_maxrss`` across fork and exec, which
    made this row report the benchmark's own memory (430-460 MB) rather than the app's.
    """
    code = (
        "from tests.perf.bench import own_peak_kb, window_measures\n"
        f"window_measures({chars}, {annotations}, 1, 3)\n"
        "print(own_peak_kb())\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True, cwd=ROOT
    )
    mb = int(result.stdout.strip().splitlines()[-1]) / 1024
    return Row("peak memory, long article case", mb, "MB", "<= 400 MB RSS", mb <= 400)


def own_peak_kb() -> int:
    """This process's peak resident memory in KiB (``VmHWM``; ``ru_maxrss`` where /proc is missing)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def print_table(rows: list[Row]) -> None:
    header = ["measure", "median / p95", "target", "floor", "ratio", "verdict", "note"]
    table = [header] + [row.cells() for row in rows]
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    for index, row in enumerate(table):
        print(" | ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
        if index == 0:
            print("-+-".join("-" * w for w in widths))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help="small inputs, one run: checks the harness works"
    )
    parser.add_argument(
        "--only",
        choices=("start", "window", "edges", "suggest", "merge", "adjudicate", "memory", "archive"),
        action="append",
        help="run only these groups of measures (repeatable); the window group holds open, edits, "
        "scroll and save; edges the document shapes, autosave, opening and scaling (bench_shapes.py)",
    )
    parser.add_argument(
        "--archive-sizes",
        default="1000,10000",
        help="articles in the generated folders of the archive group (default 1000,10000)",
    )
    parser.add_argument(
        "--archive-100k",
        action="store_true",
        help="also the folder of 100,000 articles (generating it takes minutes, its first index longer)",
    )
    parser.add_argument(
        "--archive-dir",
        type=Path,
        help="keep the generated folders here and reuse them (default: a temporary folder, removed)",
    )
    args = parser.parse_args(argv)
    if args.quick:
        chars, annotations, runs, edits = 100_000, 2_000, 1, 5
    else:
        chars, annotations, runs, edits = 1_000_000, 20_000, 5, 60
    groups = set(
        args.only or ("start", "window", "edges", "suggest", "merge", "adjudicate", "memory", "archive")
    )
    rows: list[Row] = []
    if "start" in groups:
        rows.append(cold_start(1 if args.quick else 5))
        rows.append(open_sample(1 if args.quick else 5))
    if "window" in groups:
        rows += window_measures(chars, annotations, runs, edits)
    if "edges" in groups:
        from PySide6.QtWidgets import QApplication

        from tests.perf.bench_shapes import edge_rows

        app = QApplication.instance() or QApplication([])
        assert isinstance(app, QApplication)
        rows += edge_rows(app, args.quick)
    if "suggest" in groups:
        rows.append(suggestions(chars, 1 if args.quick else 3))
    if "merge" in groups:
        rows.append(merge_driver(annotations, 1 if args.quick else 5))
    if "adjudicate" in groups:
        rows += adjudication(chars, annotations, 1 if args.quick else 5)
    if "memory" in groups:
        rows.append(peak_memory(chars, annotations))
    if "archive" in groups:
        from tests.perf.bench_archive import archive_measures

        sizes = [60] if args.quick else [int(n) for n in args.archive_sizes.split(",") if n]
        if args.archive_100k and not args.quick:
            sizes.append(100_000)
        rows += archive_measures(sizes, args.quick, Row, args.archive_dir)
    print_table(rows)
    if args.quick:
        print("(quick run: small inputs; the verdicts are not meaningful)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

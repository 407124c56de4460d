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
                window.undo_stack.setClean()
                window.close()
                window.deleteLater()
                app.processEvents()
            window = MainWindow()
            window.resize(1200, 800)
            window.show()
            app.processEvents()

            def open_and_paint(w: MainWindow = window) -> None:
                assert w.open_article(article)
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
        annotator = window.annotator
        words = [(m.start(), m.end()) for m in re.finditer(r"\b[a-z]{5,}\b", text[:20000])]

        def label_and_paint(key: int) -> None:
            assert annotator.label_key(key)
            view.viewport().repaint()

        def delete_and_paint() -> None:
            assert annotator.delete()
            view.viewport().repaint()

        add: list[float] = []
        change: list[float] = []
        delete: list[float] = []
        for start, end in words[:edits]:
            view.select_range(start, end)
            add.append(timed(lambda: label_and_paint(2)))
            change.append(timed(lambda: label_and_paint(3)))
            view.select_range(start, end)
            delete.append(timed(delete_and_paint))
        for name, values in (("add", add), ("change", change), ("delete", delete)):
            value = p95(values) * 1000
            rows.append(
                Row(
                    f"{name} one annotation with {spans} present, repainted (p95)",
                    value,
                    "ms",
                    "p95 <= 16 ms",
                    value <= 16,
                )
            )

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
        window.undo_stack.setClean()
        window.close()
    return rows


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


def peak_memory(chars: int, annotations: int) -> Row:
    """Peak RSS of a fresh process that opens the long article with its annotations in the window."""
    code = (
        "import resource, sys\n"
        "from tests.perf.bench import window_measures\n"
        f"window_measures({chars}, {annotations}, 1, 3)\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True, cwd=ROOT
    )
    mb = int(result.stdout.strip().splitlines()[-1]) / 1024
    return Row("peak memory, long article case", mb, "MB", "<= 400 MB RSS", mb <= 400)


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
    args = parser.parse_args(argv)
    if args.quick:
        chars, annotations, runs, edits = 100_000, 2_000, 1, 5
    else:
        chars, annotations, runs, edits = 1_000_000, 20_000, 5, 60
    rows = [cold_start(1 if args.quick else 5)]
    rows += window_measures(chars, annotations, runs, edits)
    rows.append(suggestions(chars, 1 if args.quick else 3))
    rows.append(peak_memory(chars, annotations))
    print_table(rows)
    if args.quick:
        print("(quick run: small inputs; the verdicts are not meaningful)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The benchmark harness runs once, small, in ``make test`` so that it cannot rot. No times are asserted."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_quick_benchmark_prints_every_measure() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "tests.perf.bench", "--quick"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    for measure in (
        "cold start",
        "open the sample",
        "open",
        "add one",
        "change one",
        "delete one",
        "scroll",
        "save",
        "suggestions",
        "merge driver",
        "adjudicate: build the gold of two loaded",
        "adjudicate: read the two inputs",
        "adjudicate: both",
        "peak memory",
        "first open of 60: list usable",
        "longest event-loop stall",
        "reopen of 60",
        "search in the app over 60",
        "editor-app search over 60",
        "editor-app stats --jobs 2",
        "export --format jsonl --jobs 2",
        "[big] add one annotation",
        "[overlap] change one annotation",
        "worst event-loop stall while editing",
        "autosave",
        "article readable",
        "every entity listed",
        "scaling: open, article readable",
    ):
        assert measure in result.stdout, result.stdout
    assert "byte-stable: yes" in result.stdout
    assert "heavy modules loaded: none" in result.stdout

"""How fast and how small hostile sidecars are refused: ``python -m tests.perf.bench_hostile``.

The target (issue 19): every hostile file refused by ``editor-app check`` in under 2 s and 1 GB. Each
case runs ``check`` in its own process; the time is the wall clock, the memory the child's own peak RSS.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.cli.test_hostile_files import block_items, bracket_run, flat_list, flow_pairs
from tests.conftest import ROOT, SAMPLE

CASES = {
    "flat list": flat_list,
    "run of [": bracket_run,
    "flow pairs": flow_pairs,
    "block items": block_items,
}


def measure(article: Path) -> tuple[float, float, int]:
    """Wall-clock seconds, the child's own peak RSS in MB, and its exit code."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "editor_app", "check", str(article)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=ROOT,
    )
    _pid, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    return seconds, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="editor-app-hostile-"))
    try:
        load = os.getloadavg()[0]
        print(f"{'case':<14} {'size':>6} {'seconds':>8} {'peak MB':>8} {'exit':>5}  (load {load:.1f})")
        for name, make in CASES.items():
            for megabytes in (15, 31):
                folder = work / f"{name.replace(' ', '-')}-{megabytes}"
                folder.mkdir()
                article = folder / SAMPLE.name
                shutil.copyfile(SAMPLE, article)
                (folder / f"{SAMPLE.name}.annotations.yaml").write_bytes(make(megabytes * 1_000_000))
                seconds, peak, code = measure(article)
                print(f"{name:<14} {megabytes:>4}MB {seconds:>8.2f} {peak:>8.0f} {code:>5}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

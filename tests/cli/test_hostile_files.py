"""Files that are not what they claim: symlinks to /dev/zero, FIFOs, sparse giants, in every place the
app reads. Each command refuses them in one line, fast and in little memory, and waits on nothing.

The commands run as real processes with their address space capped, so that a reader that reads
without bound fails here with a MemoryError instead of taking the machine's memory.
"""

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from editor_app.storage import sidecar_path
from editor_app.storage.side_files import side_file
from tests.capped import run_capped
from tests.conftest import DATA, SAMPLE

GOLDEN = DATA / "golden" / f"{SAMPLE.name}.annotations.yaml"
SECONDS = 60
"""A hang, not a speed target: tests/perf/bench_hostile.py measures how fast hostile files are refused."""

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and /dev/zero are POSIX")


def run(*args: str | Path) -> tuple[subprocess.CompletedProcess[str], float]:
    started = time.monotonic()
    result = run_capped("editor_app", *map(str, args), timeout=SECONDS)
    return result, time.monotonic() - started


@pytest.fixture
def article(tmp_path: Path) -> Path:
    target = tmp_path / SAMPLE.name
    shutil.copyfile(SAMPLE, target)
    return target


def zero_link(path: Path) -> None:
    path.symlink_to("/dev/zero")


def fifo(path: Path) -> None:
    os.mkfifo(path)


def sparse(path: Path) -> None:
    with path.open("wb") as handle:
        handle.truncate(3 * 1024**3)


MAKERS = {"zero-link": zero_link, "fifo": fifo, "sparse-3GB": sparse}


def assert_refused(result: subprocess.CompletedProcess[str], seconds: float, path: Path) -> None:
    output = result.stdout + result.stderr
    assert "Traceback" not in output, output
    assert result.returncode == 1, output
    assert str(path) in output
    assert seconds < SECONDS


@pytest.mark.parametrize("kind", MAKERS)
@pytest.mark.parametrize("command", ["check", "stats", "export", "suggest", "apply"])
def test_a_hostile_sidecar_is_refused_by_every_command(article, tmp_path, kind, command):
    side = sidecar_path(article)
    MAKERS[kind](side)
    extra = ["--format", "jsonl", "-o", str(tmp_path / "out.jsonl")] if command == "export" else []
    if command == "suggest":
        extra = ["--no-spelling"]
    result, seconds = run(command, article, *extra)
    assert_refused(result, seconds, side)


@pytest.mark.parametrize("kind", MAKERS)
@pytest.mark.parametrize("command", ["check", "stats", "export"])
def test_a_hostile_article_is_refused(tmp_path, kind, command):
    article = tmp_path / "story.txt"
    MAKERS[kind](article)
    extra = ["--format", "jsonl", "-o", str(tmp_path / "out.jsonl")] if command == "export" else []
    result, seconds = run(command, article, *extra)
    assert_refused(result, seconds, article)


@pytest.mark.parametrize("command", ["apply", "suggest", "check"])
def test_a_pending_file_pointing_at_dev_zero_is_not_read(article, command):
    shutil.copyfile(GOLDEN, sidecar_path(article))
    pending = side_file(article, "pending")
    zero_link(pending)
    before = sidecar_path(article).read_bytes()
    extra = (
        ["--dry-run"]
        if command == "apply"
        else ["--dry-run", "--no-spelling"]
        if command == "suggest"
        else []
    )
    result, seconds = run(command, article, *extra)
    output = result.stdout + result.stderr
    assert "Traceback" not in output, output
    assert seconds < SECONDS
    assert sidecar_path(article).read_bytes() == before
    assert Path("/dev/zero").is_char_device()


def flat_list(size: int) -> bytes:
    return b"format: editor-app/annotations\nversion: 1\nflat: [" + b"0," * (size // 2) + b"0]\n"


def bracket_run(size: int) -> bytes:
    return b"format: editor-app/annotations\nversion: 1\nx: " + b"[" * size


def flow_pairs(size: int) -> bytes:
    return b"format: editor-app/annotations\nversion: 1\nx: [" + b"{}," * (size // 3) + b"{}]\n"


def block_items(size: int) -> bytes:
    return b"format: editor-app/annotations\nversion: 1\nx:\n" + b"- 0\n" * (size // 4)


@pytest.mark.parametrize("make", [flat_list, bracket_run, flow_pairs, block_items])
@pytest.mark.parametrize("megabytes", [15, 31])
def test_a_sidecar_made_of_millions_of_tiny_values_is_refused_fast_and_small(article, make, megabytes):
    side = sidecar_path(article)
    side.write_bytes(make(megabytes * 1_000_000))
    result, seconds = run("check", article)
    assert_refused(result, seconds, side)

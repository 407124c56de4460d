"""``--jobs N``: the same output, in the same order, and the same exit code as one process."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.archive.helpers import magnus_article, write_article

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("jobs") / "desk"
    for n in range(40):
        magnus_article(folder / f"{n % 4}" / f"story-{n:02d}.txt", quote=f"Words {n}")
    write_article(folder / "1" / "broken.txt", "Broken.\n")
    (folder / "1" / "broken.txt.annotations.yaml").write_text("format: editor-app/annotations\nversion: [\n")
    return folder


def run(*args: str, cwd: Path) -> tuple[int, str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "editor_app", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return result.returncode, result.stdout, result.stderr


def without_progress(err: str) -> list[str]:
    return [line for line in err.splitlines() if not line.startswith("[")]


@pytest.mark.parametrize(
    "command",
    [
        ["check", "desk"],
        ["stats", "desk"],
        ["stats", "desk", "--json"],
        ["export", "--format", "jsonl", "desk", "-o", "OUT.jsonl"],
        ["suggest", "--dry-run", "--no-spelling", "desk"],
    ],
)
def test_jobs_give_the_same_output_order_and_exit_code(folder: Path, command: list[str]) -> None:
    results = []
    for jobs in ("1", "3"):
        args = [a.replace("OUT", f"out-{jobs}") for a in command]
        code, out, err = run(*args, "--jobs", jobs, cwd=folder.parent)
        exported = (folder.parent / f"out-{jobs}.jsonl").read_text() if "export" in command else ""
        results.append((code, out, without_progress(err).__str__().replace(f"out-{jobs}", "OUT"), exported))
    assert results[0][0] == 1  # the broken sidecar
    assert results[0] == results[1]


def test_search_indexes_with_jobs_and_finds_the_same(folder: Path) -> None:
    first = run("search", "desk", "Words", "--kind", "quote", "--jobs", "3", cwd=folder.parent)
    again = run("search", "desk", "Words", "--kind", "quote", "--jobs", "1", cwd=folder.parent)
    assert first[0] == again[0] == 1
    assert first[1] == again[1]
    assert len(first[1].splitlines()) == 40

"""A process killed (SIGKILL) while saving a 20,000-annotation sidecar leaves the old or the new file, whole.

A helper process (:mod:`tests.storage.saver_process`) forks savers that save version A and version B of
the document in turn; the test kills each one after a seeded random delay and then looks at the disk:
the sidecar's bytes must be exactly version A or exactly version B. Both versions are loaded with
:func:`load_sidecar` from the file on disk the first time each is found there (a load takes seconds;
a later file with the same bytes parses the same). Half the savers go through ``save_sidecar``, the
other half call ``atomic_write`` with the bytes ready, so that many kills land inside the write, the
fsync or the rename rather than while the YAML is being built.

A killed save cannot remove its temporary file. Those files name their host and process
(``.long.txt.annotations.yaml.editor-app-tmp-<host>-<pid>-<random>``) and the next successful save of
the same file removes the ones whose process is gone: the test checks that every temporary file left
belongs to a killed saver, and that after one more save none is left.
"""

import contextlib
import os
import random
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from editor_app.storage.processes import host_tag
from editor_app.storage.side_files import temp_prefix
from editor_app.storage.sidecar_read import load_sidecar
from editor_app.storage.sidecar_write import dump_sidecar, save_sidecar
from tests.conftest import ROOT
from tests.storage.saver_process import SIDECAR_NAME, versions

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")

SEED = 20241128


@pytest.fixture(scope="module")
def expected() -> dict[str, object]:
    """Both versions, generated once per module, and their exact bytes."""
    a, b = versions()
    return {
        "docs": (a, b),
        "bytes": (dump_sidecar(a).encode("utf-8"), dump_sidecar(b).encode("utf-8")),
    }


class Saver:
    """The helper process: forks savers on demand, and reaps them."""

    def __init__(self, folder: Path):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.storage.saver_process", str(folder)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
        )
        assert self.read() == "ready"
        self.child: int | None = None

    def read(self) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line, "the saver helper died"
        return line.strip()

    def start(self, mode: str, first: int) -> int:
        assert self.process.stdin is not None
        self.process.stdin.write(f"go {mode} {first}\n")
        self.process.stdin.flush()
        reply = self.read()
        assert reply.startswith("pid "), reply
        self.child = int(reply.split()[1])
        return self.child

    def kill_child(self) -> int:
        """SIGKILL the running saver; returns its wait status once the helper has reaped it."""
        assert self.child is not None
        os.kill(self.child, signal.SIGKILL)
        reply = self.read()
        assert reply.startswith("status "), reply
        self.child = None
        return int(reply.split()[1])

    def close(self) -> None:
        if self.child is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.child, signal.SIGKILL)
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def temp_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.startswith(temp_prefix(folder / SIDECAR_NAME)))


def owner_pid(temp: Path) -> int:
    match = re.search(r"editor-app-tmp-([0-9a-f]{8})-([0-9]+)-", temp.name)
    assert match, temp.name
    assert match[1] == host_tag()
    return int(match[2])


def run_kills(folder: Path, expected: dict[str, object], kills: int) -> Counter[str]:
    versions_bytes: tuple[bytes, bytes] = expected["bytes"]  # type: ignore[assignment]
    docs = expected["docs"]
    article = docs[0].article  # type: ignore[index]
    target = folder / SIDECAR_NAME
    rng = random.Random(SEED + kills)
    killed: set[int] = set()
    loaded: set[int] = set()
    seen: Counter[str] = Counter()
    saver = Saver(folder)
    try:
        for _ in range(kills):
            mode = rng.choice(["save", "write"])
            delay = rng.uniform(0.0, 0.6 if mode == "save" else 0.12)
            pid = saver.start(mode, rng.randrange(2))
            time.sleep(delay)
            status = saver.kill_child()
            assert os.WIFSIGNALED(status), f"the saver ended by itself (status {status})"
            assert os.WTERMSIG(status) == signal.SIGKILL
            killed.add(pid)

            data = target.read_bytes()
            assert data in versions_bytes, "the sidecar on disk is neither version A nor version B"
            which = versions_bytes.index(data)
            seen["AB"[which]] += 1
            if which not in loaded:
                loaded_doc = load_sidecar(target, article, "long.txt").document
                assert loaded_doc.note == ("", "version B")[which]
                assert len(list(loaded_doc.spans())) > 20_000
                loaded.add(which)

            left = temp_files(folder)
            assert {owner_pid(t) for t in left} <= killed, "a temporary file of a live process is left"
            seen["kills leaving a temp file"] += bool(left)
            seen["most temp files at once"] = max(seen["most temp files at once"], len(left))
    finally:
        saver.close()

    save_sidecar(docs[0], target)  # type: ignore[index]
    assert temp_files(folder) == [], "a later save did not clean the temporary files of killed saves"
    assert target.read_bytes() == versions_bytes[0]
    return seen


@pytest.mark.parametrize("kills", [20, pytest.param(200, marks=pytest.mark.slow)])
def test_a_save_killed_at_any_moment_leaves_the_old_or_the_new_sidecar_whole(tmp_path, expected, kills):
    seen = run_kills(tmp_path, expected, kills)
    print(f"\n{kills} kills: {dict(seen)}")
    assert seen["A"] + seen["B"] == kills

"""Running the app as a real process with its memory capped, for tests of hostile input."""

import resource
import subprocess
import sys

from tests.conftest import ROOT

MEMORY_CAP = 1024**3
"""1 GiB of address space: a reader that reads without bound fails with a MemoryError, not the machine."""


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def run_capped(module: str, *args: str, timeout: float) -> subprocess.CompletedProcess[str]:
    """``python -m module args...`` from the project's root, under :data:`MEMORY_CAP`."""
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=timeout,
        preexec_fn=_cap_memory,
    )

"""Export files written beside their target under a temporary name and moved into place when complete.

A failed or interrupted export leaves the previous file as it was, never half a file.
"""

import contextlib
import os
import tempfile
from pathlib import Path
from typing import IO

from editor_app.storage.output_guard import OutputGuard
from editor_app.storage.side_files import temp_prefix


class OutputFile:
    """A binary file that becomes ``path`` on :meth:`close` and vanishes on :meth:`abort`."""

    def __init__(self, path: Path, guard: OutputGuard | None = None):
        self.path = Path(path)
        if guard is not None:
            guard.check(self.path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=self.path.parent, prefix=temp_prefix(self.path))
        self.temp = Path(name)
        self.stream: IO[bytes] = os.fdopen(handle, "wb")

    def write(self, data: bytes) -> None:
        self.stream.write(data)

    def close(self) -> None:
        self.stream.close()
        with contextlib.suppress(OSError):
            os.chmod(self.temp, 0o644 & ~_umask())
        os.replace(self.temp, self.path)

    def abort(self) -> None:
        self.stream.close()
        with contextlib.suppress(FileNotFoundError):
            self.temp.unlink()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_file(path: Path, data: bytes, guard: OutputGuard | None = None) -> None:
    """Write a whole file the same careful way (refused by ``guard`` before anything is written)."""
    out = OutputFile(path, guard)
    try:
        out.write(data)
    except BaseException:
        out.abort()
        raise
    out.close()

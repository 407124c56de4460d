"""A short lock around "check the sidecar on disk, then replace it", between processes.

Checking that the sidecar is still the one loaded and renaming the new one over it are two steps; two
processes saving at the same moment could both pass the check and both report "saved", one change
vanishing. Every save of an article's files (the sidecar, an apply of corrections) therefore holds an
advisory lock (``flock``; ``msvcrt.locking`` on Windows) on the side file ``.story.txt.editor-app-write``
from its check to its rename. The file is left in place: removing it would let a third process lock a
new file while the second still holds the old one. It is separate from the edit lock
(:mod:`~editor_app.storage.locks`), which says who has the article open and lasts a whole session.
"""

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from editor_app.storage.errors import FileProblem
from editor_app.storage.side_files import side_file

WAIT_SECONDS = 10.0
"""How long a save waits for another process's save of the same article (each takes well under 1 s)."""

_FLAGS = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)


class SaveInProgress(FileProblem):
    """Another process kept the write lock of the article for longer than :data:`WAIT_SECONDS`."""


@contextmanager
def write_lock(article: Path) -> Iterator[None]:
    """Hold the write lock of ``article`` (waiting up to :data:`WAIT_SECONDS` for another save).

    Raises :class:`SaveInProgress` when the wait is over, ``OSError`` when the lock file cannot be
    opened (a symlink in its place, a read-only folder: the save itself would fail there too).
    """
    path = side_file(Path(article), "write")
    fd = os.open(path, _FLAGS, 0o644)
    try:
        deadline = time.monotonic() + WAIT_SECONDS
        while not _try_lock(fd):
            if time.monotonic() > deadline:
                raise SaveInProgress(article, "another process has been saving it for too long; try again")
            time.sleep(0.005)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

"""Reading a file without trusting it: regular files only, at most a limit, never waiting on it.

A sidecar or article can be a symlink to ``/dev/zero``, a FIFO that never ends, or a sparse file of
gigabytes. Every reader of the app's files goes through :func:`read_bounded`: it opens without
blocking (a FIFO opens at once and is refused), looks at what it opened (not at the path, which may
have changed since), refuses anything that is not a regular file or is over the limit by its size, and
reads at most the limit plus one byte (a file growing while it is read is refused too).
"""

import os
import stat
from pathlib import Path

_BASE_FLAGS = (
    os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
)
_CHUNK = 1 << 20


class ReadRefused(Exception):
    """The file is not one to read: not a regular file, a symlink where none is followed, or too large."""

    def __init__(self, message: str, size: int | None = None):
        super().__init__(message)
        self.message = message
        self.size = size
        """The file's size when that is why it was refused."""


def read_bounded(path: Path, limit: int, *, follow_symlinks: bool = True) -> bytes:
    """The bytes of the regular file ``path``, of at most ``limit`` bytes.

    ``follow_symlinks=False`` for the files the app keeps itself (pending, backup, recovery files):
    a symlink there was put by someone else. Raises :class:`ReadRefused`, or ``OSError`` when the
    file cannot be opened or read (``FileNotFoundError`` when it is missing).
    """
    flags = _BASE_FLAGS | (0 if follow_symlinks else getattr(os, "O_NOFOLLOW", 0))
    if not follow_symlinks and os.path.islink(path):
        raise ReadRefused("is a symbolic link where the app keeps a file of its own; it was not followed")
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if not follow_symlinks and os.path.islink(path):
            raise ReadRefused("is a symbolic link where the app keeps a file of its own") from exc
        raise
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ReadRefused(f"is not a regular file ({_kind(info.st_mode)}); it was not read")
        if info.st_size > limit:
            raise ReadRefused(_too_large(info.st_size, limit), info.st_size)
        return _read_at_most(fd, limit)
    finally:
        os.close(fd)


def _read_at_most(fd: int, limit: int) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while total <= limit:
        try:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
        except BlockingIOError:  # a regular file on an odd file system; try once more, blocking is fine
            os.set_blocking(fd, True)
            continue
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
    raise ReadRefused(_too_large(total, limit), total)


def _too_large(size: int, limit: int) -> str:
    return f"is {size / 1e6:.1f} MB, over the {_size_text(limit)} limit; it was not read"


def _size_text(limit: int) -> str:
    if limit % 2**20 == 0:
        return f"{limit // 2**20} MiB"
    if limit % 1024 == 0:
        return f"{limit // 1024} KiB"
    return f"{limit} byte"


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a plain file"

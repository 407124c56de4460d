"""Atomic file replacement: a failed save must leave the previous file intact.

A process killed in the middle of a save (SIGKILL, power cut) cannot remove its temporary file. Such
files are named ``.<name>.editor-app-tmp-<host>-<pid>-<random>`` and the next save of the same file
removes those left by a process on this machine that no longer exists, and any older than
:data:`ABANDONED_AFTER` (a temporary file from another machine on a shared drive).
"""

import contextlib
import os
import re
import stat
import tempfile
import time
from pathlib import Path

from editor_app.storage.processes import host_tag, process_alive
from editor_app.storage.side_files import temp_prefix

ABANDONED_AFTER = 3600.0
"""Seconds after which any temporary file of ours is taken as abandoned (no save takes that long)."""


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that readers see either the old file or the new one, whole.

    The bytes go to a temporary file in the same folder (a rename is atomic only within one file
    system), are flushed and fsynced, take the old file's permission bits, and are renamed over the
    target; the folder is fsynced so the rename itself survives a power cut. On any error the
    temporary file is removed and the old file is untouched. Temporary files abandoned by killed
    saves of the same file are removed after a successful save.
    """
    path = Path(path)
    folder = path.parent
    try:
        mode: int | None = stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        mode = None
    fd, tmp_name = tempfile.mkstemp(prefix=owned_temp_prefix(path), dir=folder)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        if mode is not None:
            os.chmod(tmp_name, mode)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp_name, 0o666 & ~umask)
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    _fsync_folder(folder)
    remove_abandoned_temps(path)


def owned_temp_prefix(path: Path) -> str:
    """The start of this process's temporary file names for ``path``: they name the host and the pid."""
    return f"{temp_prefix(path)}{host_tag()}-{os.getpid()}-"


def remove_abandoned_temps(path: Path, now: float | None = None) -> list[Path]:
    """Remove the temporary files of ``path`` left by dead processes; returns what was removed.

    A file is abandoned when its process was on this machine and is gone, or when it is older than
    :data:`ABANDONED_AFTER`. This process's own files are never touched (another thread may be
    writing one). Errors are ignored: this is tidying, never a reason for a save to fail.
    """
    path = Path(path)
    prefix = temp_prefix(path)
    owned = re.compile(r"([0-9a-f]{8})-([0-9]{1,10})-")
    here, me = host_tag(), os.getpid()
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return removed
    for entry in entries:
        if not entry.name.startswith(prefix):
            continue
        match = owned.match(entry.name, len(prefix))
        if match and match[1] == here and int(match[2]) == me:
            continue
        dead = match is not None and match[1] == here and process_alive(int(match[2])) is False
        try:
            info = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(info.st_mode):
                continue
            if dead or now - info.st_mtime > ABANDONED_AFTER:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

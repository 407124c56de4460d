"""Atomic file replacement: a failed save must leave the previous file intact."""

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from editor_app.storage.side_files import temp_prefix


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that readers see either the old file or the new one, whole.

    The bytes go to a temporary file in the same folder (a rename is atomic only within one file
    system), are flushed and fsynced, take the old file's permission bits, and are renamed over the
    target; the folder is fsynced so the rename itself survives a power cut. On any error the
    temporary file is removed and the old file is untouched.
    """
    path = Path(path)
    folder = path.parent
    try:
        mode: int | None = stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        mode = None
    fd, tmp_name = tempfile.mkstemp(prefix=temp_prefix(path), dir=folder)
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


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

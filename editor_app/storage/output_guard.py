"""What a command may write: never one of its own inputs, never a device or FIFO, and an existing file
only when the user said ``--force``.

A path is compared with the inputs both by its resolved name (for files that do not exist yet, such as
a sidecar an export has not got) and by device and inode (a hard link, another spelling of the path).
"""

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from editor_app.storage.errors import FileProblem
from editor_app.storage.side_files import side_file
from editor_app.storage.sidecar_write import sidecar_path

SIDE_FILE_KINDS = ("lock", "backup", "pending", "write")


class OutputRefused(FileProblem):
    """The output named is an input of the same command, not a regular file, or exists (no --force)."""


class OutputGuard:
    """Checks each file a command is about to write against its inputs."""

    def __init__(self, inputs: Iterable[Path], *, force: bool) -> None:
        self.force = force
        self.names: set[str] = set()
        self.files: set[tuple[int, int]] = set()
        folders: dict[
            str, str
        ] = {}  # each folder resolved once: an export of 10,000 articles names 60,000 files
        for path in inputs:
            self.names.add(_key(path, folders))
            try:
                info = os.stat(path)
            except OSError:
                continue
            self.files.add((info.st_dev, info.st_ino))

    @classmethod
    def for_articles(cls, articles: Iterable[Path], *, force: bool) -> "OutputGuard":
        """A guard for a command that reads ``articles``: they, their sidecars and side files are inputs."""
        inputs: list[Path] = []
        for article in articles:
            inputs += [article, sidecar_path(article), *(side_file(article, k) for k in SIDE_FILE_KINDS)]
        return cls(inputs, force=force)

    def check(self, path: Path) -> None:
        """Raise :class:`OutputRefused` unless ``path`` may be written."""
        path = Path(path)
        try:
            info = os.stat(path)
        except FileNotFoundError:
            info = None
        except OSError as exc:
            raise OutputRefused(path, f"cannot be written: {exc.strerror or exc}") from None
        if _key(path) in self.names or (info is not None and (info.st_dev, info.st_ino) in self.files):
            raise OutputRefused(path, "is one of this command's own inputs; choose another output")
        if info is None:
            return
        if not stat.S_ISREG(info.st_mode):
            raise OutputRefused(path, "exists and is not a regular file; choose another output")
        if not self.force:
            raise OutputRefused(path, "exists; --force replaces it")


def _key(path: Path, folders: dict[str, str] | None = None) -> str:
    """The resolved name of ``path`` (``folders``: the folders resolved so far, by their given name)."""
    if folders is None or os.path.islink(path):
        return os.path.normcase(os.path.realpath(path))
    parent, name = os.path.split(os.path.abspath(path))
    real = folders.get(parent)
    if real is None:
        real = folders[parent] = os.path.realpath(parent)
    return os.path.normcase(os.path.join(real, name))

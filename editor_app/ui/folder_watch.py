"""The open folder watched while the app is open: an article or sidecar added, deleted, renamed or
written over (editors and git write a new file and rename it into place) in the folder or one of its
subfolders asks for a background re-check of the folders that changed (a lock file or a save in one
folder of a big archive costs a look at that folder alone), once the notices have settled for
:data:`SETTLE_MS`.

A file rewritten in place changes no folder, so no notice comes for it; Find in folder re-checks the
folder each time it is opened, which catches those before a search.
At most :data:`MAX_FOLDERS` folders are watched (each takes one of the system's watches); a bigger
tree is watched at its top and caught by those re-checks below it.
"""

import os
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

SETTLE_MS = 300
MAX_FOLDERS = 2000


class FolderWatch(QObject):
    changed = Signal(object)
    """Something changed in these folders (relative paths, "" the folder itself; settled): re-check them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._settled)
        self._changed: set[str] = set()
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._directory_changed)
        self.folder: Path | None = None

    def _directory_changed(self, path: str) -> None:
        if self.folder is None:
            return
        rel = os.path.relpath(path, self.folder)
        self._changed.add("" if rel == "." else Path(rel).as_posix())
        self._settle.start()

    def _settled(self) -> None:
        changed, self._changed = sorted(self._changed), set()
        if changed:
            self.changed.emit(changed)

    def watch(self, folder: Path | None) -> None:
        """Watch ``folder`` (and no other); None stops watching."""
        self._settle.stop()
        self._changed.clear()
        watched = self.watcher.directories()
        if watched:
            self.watcher.removePaths(watched)
        self.folder = folder
        if folder is not None:
            self.watcher.addPath(os.fspath(folder))

    def add_subfolders(self, rels: Iterable[str]) -> None:
        """Watch the folders these articles (relative paths) are in, too."""
        if self.folder is None:
            return
        folders = set()
        for parent in {rel.rpartition("/")[0] for rel in rels}:
            while parent and parent not in folders:
                folders.add(parent)
                parent = parent.rpartition("/")[0]
        watched = set(self.watcher.directories())
        room = MAX_FOLDERS - len(watched)
        wanted = [p for f in sorted(folders) if (p := os.path.join(self.folder, f)) not in watched]
        if wanted and room > 0:
            self.watcher.addPaths(wanted[:room])

    def pending(self) -> bool:
        return self._settle.isActive()

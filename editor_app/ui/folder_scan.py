"""Re-checking a folder's index against the disk in a background thread.

The folder list is filled from the index at once; this thread then lists the folder (names only, so
that a folder the index has never seen is listed in well under a second), adds what is new to the
index as not read yet and drops what went, and hands the list to the GUI thread. Then it compares each
article's and sidecar's size, mtime and inode with the index and reads what changed or appeared,
writing it into the index from its own connection, and names the articles it read to the GUI thread in
batches: the list reads its rows from the index, so the GUI thread's part is a few calls per batch.
"""

import gc
import threading
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThread, Signal

from editor_app.storage.archive_index import ArchiveIndex, list_articles, read_entry, stamps

_RUNNING: set["FolderScan"] = set()
"""Scans still running, kept alive until they finish (a running QThread must never be deleted)."""


_FROZEN = [0]
_FREEZING = threading.Lock()


def _hold_collector() -> None:
    """While a check runs, the objects alive when it started are left out of the garbage collector's
    full passes (``gc.freeze``): reading articles makes such passes every fraction of a second, and each
    one, made on the check's thread with the interpreter held, walked every object of the window
    (20 ms and more with a big folder open: the main cause of the window's stalls)."""
    with _FREEZING:
        if _FROZEN[0] == 0:
            gc.freeze()
        _FROZEN[0] += 1


def _release_collector() -> None:
    """The last check ended: the frozen objects are collected again (cycles among them freed)."""
    with _FREEZING:
        _FROZEN[0] -= 1
        if _FROZEN[0] == 0:
            gc.unfreeze()


def stop_all(msecs: int = 30_000) -> None:
    """Ask every scan to stop and wait for them (the application is quitting)."""
    for scan in list(_RUNNING):
        scan.stop()
    for scan in list(_RUNNING):
        scan.wait(msecs)


class FolderScan(QThread):
    listed = Signal(object)
    """Every article on disk (relative paths, in the folder's order), once, first: the index holds
    a row for each by then (those not read yet as new). None when a check of some folders found no
    article added or gone."""
    updated = Signal(object)
    """A batch of articles read again into the index (relative paths)."""
    progressed = Signal(int, int)
    damaged = Signal(str)
    """The index file was unusable and is being built again (why)."""
    failed = Signal(str)

    BATCH = 100
    """Articles read between two hand-overs to the GUI thread (a few milliseconds of its time each)."""

    def __init__(self, folder: Path, under: list[str] | None = None, location: Path | None = None) -> None:
        super().__init__()
        self.folder = folder
        self.location = location
        """The index file (the window's own, so that the thread never works its path out again later)."""
        self.under = under
        """Only these subfolders (relative, "" the folder itself, with what is under them); None: all."""
        self.stopping = False
        _RUNNING.add(self)
        self.finished.connect(lambda: _RUNNING.discard(self))
        app = QCoreApplication.instance()
        if app is not None and len(_RUNNING) == 1:
            app.aboutToQuit.connect(stop_all)

    def stop(self) -> None:
        self.stopping = True

    def run(self) -> None:
        _hold_collector()
        try:
            self._scan()
        except Exception as exc:  # a scan that fails leaves the list as the index had it
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        finally:
            _release_collector()

    def _scan(self) -> None:
        index = ArchiveIndex(self.folder, self.location)
        try:
            if index.rebuilt:
                self.damaged.emit(index.rebuilt)
            folder = index.folder
            if self.under is None:
                listed = list_articles(folder) or []
                known = index.known()
            else:
                prefixes = tuple(sorted({f"{d}/" if d else "" for d in self.under}))
                listed = [
                    prefix + rel
                    for prefix in prefixes
                    if not any(prefix.startswith(p) and prefix != p for p in prefixes)
                    for rel in list_articles(folder / prefix) or []
                ]
                known = {rel for rel in index.known() if rel.startswith(prefixes)}
            on_disk = set(listed)
            gone = [rel for rel in known if rel not in on_disk]
            new = [rel for rel in listed if rel not in known]
            index.remove(gone)
            index.add_listed(new)
            if self.under is None:
                self.listed.emit(list(listed))  # the GUI thread's own copy
            else:
                self.listed.emit(index.order() if gone or new else None)
            if self.stopping:
                return
            plan = index.plan(stamps(folder, listed))
            went = [rel for rel in plan.gone if self.under is None or rel in on_disk]
            if went:  # went since they were listed
                index.remove(went)
                self.updated.emit(went)
            total = len(plan.changed)
            self.progressed.emit(0, total)
            for first in range(0, total, self.BATCH):
                if self.stopping:
                    return
                rels = plan.changed[first : first + self.BATCH]
                entries = []
                for rel in rels:
                    entries.append(read_entry(folder, rel, plan.on_disk[rel]))
                    time.sleep(0)  # lets the GUI thread take the interpreter between two articles
                index.store(entries)
                self.updated.emit(rels)
                self.progressed.emit(min(total, first + self.BATCH), total)
        finally:
            index.close()

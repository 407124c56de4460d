"""Re-checking a folder's index against the disk in a background thread.

The folder list is filled from the index at once; this thread then lists the folder, compares each
article's and sidecar's size, mtime and inode with the index, reads what changed, appeared or went
(writing it into the index, from its own connection) and hands the new summaries to the GUI thread in
small batches, so that the window never waits on it.
"""

import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThread, Signal

from editor_app.storage.archive_index import ArchiveIndex, Plan, entry_summary, read_entry
from editor_app.storage.corpus_files import ArticleSummary

_RUNNING: set["FolderScan"] = set()
"""Scans still running, kept alive until they finish (a running QThread must never be deleted)."""


def stop_all(msecs: int = 30_000) -> None:
    """Ask every scan to stop and wait for them (the application is quitting)."""
    for scan in list(_RUNNING):
        scan.stop()
    for scan in list(_RUNNING):
        scan.wait(msecs)


class FolderScan(QThread):
    listed = Signal(object, object)
    """(summaries of articles the index did not know, paths of articles gone), once, first."""
    updated = Signal(object)
    """A batch of fresh summaries (list of ArticleSummary)."""
    progressed = Signal(int, int)
    damaged = Signal(str)
    """The index file was unusable and is being built again (why)."""
    failed = Signal(str)

    BATCH = 100
    """Articles read between two hand-overs to the GUI thread (a few milliseconds of its time each)."""

    def __init__(self, folder: Path, plan: Plan | None = None) -> None:
        super().__init__()
        self.folder = folder
        self.plan = plan
        self.stopping = False
        _RUNNING.add(self)
        self.finished.connect(lambda: _RUNNING.discard(self))
        app = QCoreApplication.instance()
        if app is not None and len(_RUNNING) == 1:
            app.aboutToQuit.connect(stop_all)

    def stop(self) -> None:
        self.stopping = True

    def run(self) -> None:
        try:
            self._scan()
        except Exception as exc:  # a scan that fails leaves the list as the index had it
            self.failed.emit(f"{type(exc).__name__}: {exc}")

    def _scan(self) -> None:
        index = ArchiveIndex(self.folder)
        try:
            if index.rebuilt:
                self.damaged.emit(index.rebuilt)
            plan = self.plan or index.plan()
            folder = index.folder
            known = set(plan.on_disk) - set(plan.changed)
            fresh = [
                ArticleSummary(folder / rel)
                for rel in plan.changed
                if rel not in known and index.summary(rel) is None
            ]
            index.remove(plan.gone)
            self.listed.emit(fresh, [folder / rel for rel in plan.gone])
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
                self.updated.emit([entry_summary(folder, e) for e in entries])
                self.progressed.emit(min(total, first + self.BATCH), total)
        finally:
            index.close()

"""Recovery files written off the GUI thread, from immutable snapshots.

The GUI thread's part of an autosave is a snapshot: the document's lists copied (records are frozen
dataclasses, so the copies share them safely) with the article path and the sidecar bytes the work
started from. A worker thread serialises the snapshot and writes it atomically. A newer snapshot
supersedes an older one: one still waiting is dropped, and one being serialised is not written when a
newer one has arrived meanwhile. :meth:`RecoveryWriter.cancel` (a save, a close, a discard) makes sure
no write lands after it returns, so the recovery file can then be removed; :meth:`RecoveryWriter.wait`
waits for the last write (quitting, a write the caller needs now).

The worker thread runs only while there is something to write, and is not a daemon: the interpreter
waits for a write in progress before it exits.
"""

import contextlib
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from editor_app.model.copies import shallow_copy
from editor_app.model.document import Document
from editor_app.storage.recovery import keep_base, recovery_bytes, write_recovery_bytes


@dataclass(frozen=True)
class Snapshot:
    """What one autosave writes: never touched by the GUI thread once taken."""

    number: int
    article: Path
    document: Document
    base_sha256: str | None
    base_bytes: bytes | None


@dataclass(frozen=True)
class Outcome:
    """How writing a snapshot went: the file written, or the error; neither when it was superseded."""

    number: int
    path: Path | None = None
    error: Exception | None = None
    """An OSError (a full disk, no permission), or the unexpected: either is said, never lost."""


class RecoveryWriter(QObject):
    finished = Signal(object)
    """An :class:`Outcome`, delivered on the GUI thread."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._state = threading.Condition()
        self._write = threading.Lock()
        """Held while a snapshot is checked and written: :meth:`cancel` waits only for that part."""
        self._pending: Snapshot | None = None
        self._busy = False
        self._numbers = 0
        self._cancelled_upto = 0
        self._outcomes: dict[int, Outcome] = {}
        self._thread: threading.Thread | None = None

    def snapshot(self, article: Path, doc: Document, base_sha256: str | None, base: bytes | None) -> Snapshot:
        """Take a snapshot of ``doc`` (the GUI thread's whole part: a copy of its lists)."""
        with self._state:
            self._numbers += 1
            number = self._numbers
        return Snapshot(number, article, shallow_copy(doc), base_sha256, base)

    def submit(self, snapshot: Snapshot) -> None:
        """Have ``snapshot`` written; it replaces any snapshot still waiting."""
        with self._state:
            self._pending = snapshot
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="recovery-writer")
                self._thread.start()
            self._state.notify_all()

    def write(self, snapshot: Snapshot) -> Outcome:
        """Write ``snapshot`` and wait for it (a save failed, the app is told to quit)."""
        self.submit(snapshot)
        with self._state:
            self._state.wait_for(lambda: snapshot.number in self._outcomes or self._idle())
            return self._outcomes.pop(snapshot.number, Outcome(snapshot.number))

    def cancel(self) -> None:
        """Drop what is waiting and make sure nothing taken so far is written after this returns."""
        with self._state:
            self._pending = None
            self._cancelled_upto = self._numbers
        with self._write:
            pass  # a write under way has finished, or will see that it was cancelled

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until every snapshot submitted so far is written (or superseded); False on timeout."""
        with self._state:
            return self._state.wait_for(self._idle, timeout)

    def busy(self) -> bool:
        with self._state:
            return not self._idle()

    def _idle(self) -> bool:
        return self._pending is None and not self._busy

    def _run(self) -> None:
        while True:
            with self._state:
                snapshot = self._pending
                if snapshot is None:
                    self._thread = None
                    self._state.notify_all()
                    return
                self._pending = None
                self._busy = True
            outcome = self._write_one(snapshot)
            with self._state:
                self._busy = False
                self._outcomes[outcome.number] = outcome
                if len(self._outcomes) > 16:  # nobody waited for these: their signal told the GUI
                    for number in sorted(self._outcomes)[:-16]:
                        del self._outcomes[number]
                self._state.notify_all()
            # the window may be gone (closed while this was written): then there is nobody to tell
            with contextlib.suppress(RuntimeError):
                self.finished.emit(outcome)

    def _write_one(self, snapshot: Snapshot) -> Outcome:
        try:
            data = recovery_bytes(snapshot.article, snapshot.document, snapshot.base_sha256)
            with self._write:
                with self._state:
                    stale = snapshot.number <= self._cancelled_upto or self._pending is not None
                if stale:
                    return Outcome(snapshot.number)
                keep_base(snapshot.article, snapshot.base_bytes)
                return Outcome(snapshot.number, write_recovery_bytes(snapshot.article, data))
        except Exception as exc:  # the thread must always report back, or waiting would never end
            return Outcome(snapshot.number, error=exc)

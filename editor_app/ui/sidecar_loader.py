"""A long article's annotations read in a worker thread while its text is already on screen.

:class:`SidecarLoader` reads, checks and indexes the sidecar of an article the GUI thread has read
(:func:`~editor_app.storage.documents.open_annotations`, then the span index), and hands the result
over on the GUI thread with :attr:`SidecarLoader.loaded`. The loaded document is frozen out of the
garbage collector's reach until it is let go (:func:`thaw`). Each load has a number; a load that was
superseded (another article opened, the article closed) is never handed over. :meth:`wait` blocks
until the current load is done and hands it over at once (for a caller that needs the document now).
"""

import contextlib
import gc
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from editor_app.model.article import Article
from editor_app.model.intervals import SpanIndex
from editor_app.storage.documents import OpenedDocument, open_annotations


@dataclass
class Loaded:
    """One load's result: the opened files and their span index, or the problem that stopped it."""

    number: int
    path: Path
    files: OpenedDocument | None = None
    index: SpanIndex | None = None
    error: Exception | None = None


class SidecarLoader(QObject):
    loaded = Signal(object)
    """A :class:`Loaded`, on the GUI thread; only the current load's, and only once."""
    _finished = Signal(int)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._number = 0
        self._thread: threading.Thread | None = None
        self._result: Loaded | None = None
        self._lock = threading.Lock()
        self._finished.connect(self._deliver)

    def start(self, path: Path, article: Article) -> int:
        """Start reading the annotations of ``path`` (whose text is ``article``); returns the load's
        number. Any load still under way is superseded."""
        with self._lock:
            self._number += 1
            number = self._number
            self._result = None
        thread = threading.Thread(target=self._run, args=(number, path, article), name="sidecar-loader")
        self._thread = thread
        thread.start()
        return number

    def cancel(self) -> None:
        """Forget the load under way: its result is dropped when it comes."""
        with self._lock:
            self._number += 1
            self._result = None
        self._thread = None

    def busy(self) -> bool:
        return self._thread is not None

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the current load and hand it over now; False if it did not finish in time."""
        thread = self._thread
        if thread is None:
            return True
        thread.join(timeout)
        if thread.is_alive():
            return False
        self._deliver(self._number)
        return True

    def _run(self, number: int, path: Path, article: Article) -> None:
        # The reader pauses the cyclic collector while it builds its parse tree, and starts it again
        # while the tree is still alive: the first collection then walks hundreds of thousands of
        # nodes (a third of a second holding the interpreter lock, so the window stalls). Paused from
        # here, the reader leaves it paused. The document it made is then frozen out of the
        # collector's reach (records are acyclic: reference counts free them): otherwise the next
        # collections walk all of it, a second or more on 4 MB, holding the lock.
        enabled = gc.isenabled()
        gc.disable()
        try:
            files = open_annotations(path, article)
            result = Loaded(number, path, files, SpanIndex.of(files.document))
            gc.freeze()
        except Exception as exc:  # handed over and explained; a worker must always report back
            result = Loaded(number, path, error=exc)
        finally:
            if enabled:
                gc.enable()
        with self._lock:
            if number != self._number:
                return
            self._result = result
        # the window may be gone (closed while this was read): then there is nobody to tell
        with contextlib.suppress(RuntimeError):
            self._finished.emit(number)

    def _deliver(self, number: int) -> None:
        with self._lock:
            result = self._result
            if result is None or result.number != number or number != self._number:
                return
            self._result = None
        self._thread = None
        self.loaded.emit(result)


def thaw() -> None:
    """Give what a load froze back to the collector (the document is let go: whatever of it, or of the
    window, became cyclic garbage meanwhile can be collected again)."""
    if gc.get_freeze_count():
        gc.unfreeze()

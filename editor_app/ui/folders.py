"""Working through a folder of articles: the list, moving from one to the next, progress, statistics.

The window places the widgets (the ``corpusPanel`` dock and the progress label); this controller
holds what the folder commands do, and keeps the list in step with the open document.
"""

import sqlite3
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QFileDialog, QLabel, QMainWindow, QWidget

from editor_app.storage.archive_index import ArchiveIndex, scan_folder
from editor_app.storage.documents import OpenedDocument
from editor_app.ui.corpus import CorpusPanel
from editor_app.ui.folder_scan import FolderScan
from editor_app.ui.folder_watch import FolderWatch
from editor_app.ui.i18n import translate
from editor_app.ui.notices import Notices
from editor_app.ui.preferences import setting
from editor_app.ui.statistics import StatisticsDialog
from editor_app.ui.workspace import Workspace


class Folders(QObject):
    rescanned = Signal()
    """A background check of the folder is done (the index is in step with the disk)."""

    def __init__(
        self,
        workspace: Workspace,
        notices: Notices,
        settings: QSettings,
        dock: QDockWidget,
        progress_label: QLabel,
    ):
        super().__init__(workspace)
        self.workspace = workspace
        self.notices = notices
        self.settings = settings
        self.dock = dock
        self.corpus = CorpusPanel()
        self.corpus.article_chosen.connect(lambda path: self.request_open(Path(path)))
        dock.setWidget(self.corpus)
        self.progress_label = progress_label
        self.statistics_dialog: StatisticsDialog | None = None
        self.index: ArchiveIndex | None = None
        """The open folder's index (this thread's connection): the list's rows, Find in folder."""
        self.scan: FolderScan | None = None
        self._open_when_listed = False
        self._again: list[str] | None = []
        """Folders to check again when the check under way ends (None: all of it)."""
        self.watch = FolderWatch(self)
        self.watch.changed.connect(self.rescan)
        workspace.opened.connect(lambda files: self.corpus.select(files.article_path))
        workspace.saved.connect(self._saved)
        workspace.clean_changed.connect(self._clean_changed)

    @property
    def parent_widget(self) -> QWidget:
        return self.dock.parentWidget() or self.dock

    def request_open(self, path: Path | str) -> bool:
        """Open from the list, a menu, the recent list or a drop: asks about unsaved changes first."""
        return self.workspace.maybe_save() and self.workspace.open(path)

    def _saved(self, files: OpenedDocument) -> None:
        model = self.corpus.model
        if self.index is not None:
            try:
                self.index.reread([files.article_path])
            except sqlite3.DatabaseError as exc:
                self.recover_index(exc)
            rel = model.relative(files.article_path)
            if model.filtered:
                model.again()
            elif rel is not None:
                model.changed([rel])
        self.update_progress()

    def _clean_changed(self, clean: bool) -> None:
        files = self.workspace.files
        if files is not None:
            self.corpus.model.set_unsaved(None if clean else files.article_path)

    def open_folder(self, folder: Path | str) -> bool:
        """List every article of ``folder`` and open the first one not done yet."""
        folder = Path(folder)
        if not folder.is_dir():
            self.notices.notice(
                translate("Folders", "{folder} is not a folder.").format(folder=folder), banner=True
            )
            return False
        if not self.workspace.maybe_save():
            return False
        self._load(folder)
        self._show_dock()
        self.update_progress()
        if self.scan is not None and not self.corpus.model.shown:
            self._open_when_listed = True  # a first look at a big folder: the list comes in a moment
            return True
        return self._open_first()

    SMALL = 200
    """A folder with at most this many articles is checked at once, before the list shows."""

    def _load(self, folder: Path) -> None:
        """Fill the list from the index at once; re-check it against the disk (in the background
        unless the folder is small)."""
        self.stop_scan()
        if self.index is not None:
            self.index.close()
        self.index = index = ArchiveIndex(folder)
        small = None
        try:
            if index.count() <= self.SMALL:
                small = scan_folder(index.folder, self.SMALL)
            if small is not None:
                index.refresh(plan=index.plan(small))
        except sqlite3.DatabaseError as exc:
            self.recover_index(exc)
            small = None
        if index.rebuilt:
            self._say_rebuilt(index.rebuilt)
        self.corpus.model.set_index(index)
        self.watch.watch(index.folder)
        self.watch.add_subfolders(self.corpus.model.order)
        if small is None:
            self.rescan()

    def rescan(self, under: list[str] | None = None) -> None:
        """Check the open folder (or only these subfolders of it) against the disk again, in the
        background; once more after the check under way, when one is."""
        model = self.corpus.model
        if model.folder is None:
            return
        if self.scan is not None and self.scan.isRunning():
            self._again = None if under is None or self._again is None else [*(self._again or []), *under]
            return
        self._again = []
        scan = FolderScan(model.folder, under, self.index.path if self.index is not None else None)
        # Bound methods, not lambdas: a scan that ends after the window is gone reaches no one.
        scan.listed.connect(self._listed)
        scan.updated.connect(self._updated)
        scan.progressed.connect(self._progressed)
        scan.damaged.connect(self._say_rebuilt)
        scan.failed.connect(self.notices.notice)
        scan.finished.connect(self._finished)
        self.scan = scan
        scan.start()

    def stop_scan(self) -> None:
        self._again = []
        if self.scan is not None:
            self.scan.stop()
            self.scan.wait()
            self.scan = None
        self.corpus.show_progress(0, 0)

    def _current(self) -> bool:
        """Whether the signal being handled comes from the scan under way (not an earlier one)."""
        return self.sender() is self.scan and self.scan is not None

    def _listed(self, listed: list[str] | None) -> None:
        if not self._current():
            return
        model = self.corpus.model
        if listed is not None:
            model.relist(listed)
            self.watch.add_subfolders(listed)
            if model.filtered:
                model.again()
            self.update_progress()
        if self._open_when_listed:
            self._open_when_listed = False
            if self.workspace.files is None:
                self._open_first()

    def _updated(self, rels: list[str]) -> None:
        if self._current():
            self.corpus.model.changed(rels)

    def _progressed(self, done: int, total: int) -> None:
        if self._current():
            self.corpus.show_progress(done, total)

    def _finished(self) -> None:
        if not self._current():
            return
        self.corpus.show_progress(0, 0)
        if self.corpus.model.filtered:
            self.corpus.model.again()
        self.update_progress()
        self.rescanned.emit()
        again, self._again = self._again, []
        if again is None or again:
            self.rescan(again)

    def recover_index(self, exc: sqlite3.DatabaseError) -> None:
        if self.index is None:
            raise exc
        self.index.recover(exc)
        if self.index.rebuilt:
            self._say_rebuilt(self.index.rebuilt)

    def _say_rebuilt(self, reason: str) -> None:
        self.notices.notice(
            translate(
                "Folders",
                "The folder's index was unusable ({reason}); it is being built again from the files. "
                "Nothing is lost.",
            ).format(reason=reason)
        )

    def _open_first(self) -> bool:
        model = self.corpus.model
        first = model.first_not_done()
        if first is None:
            self.notices.notice(
                translate("Folders", "No articles (.txt, .md) in {folder}.").format(folder=model.folder),
                banner=True,
            )
            return True
        return self.workspace.open(first)

    FIRST_SHARE = 0.4
    """The share of the window the list takes the first time it shows (then, the width it was left at)."""

    def _show_dock(self) -> None:
        first = not self.dock.isVisible() and not self.settings.contains("window/state")
        self.dock.show()
        window = self.dock.parentWidget()
        if first and isinstance(window, QMainWindow):
            width = max(self.corpus.minimumWidth(), int(window.width() * self.FIRST_SHARE))
            window.resizeDocks([self.dock], [width], Qt.Orientation.Horizontal)

    def choose_folder(self) -> None:
        start = str(self.workspace.files.article_path.parent) if self.workspace.files else str(Path.home())
        folder = QFileDialog.getExistingDirectory(
            self.parent_widget, translate("Folders", "Open folder of articles"), start
        )
        if folder:
            self.open_folder(folder)

    def next_article(self) -> bool:
        return self._step(1)

    def previous_article(self) -> bool:
        return self._step(-1)

    def _step(self, step: int) -> bool:
        model = self.corpus.model
        if not model.shown:
            self.notices.notice(translate("Folders", "Open a folder first (Ctrl+Shift+O)."))
            return False
        where = model.row_of(self.workspace.files.article_path) if self.workspace.files else -1
        target = where + step
        if not 0 <= target < len(model.shown):
            self.notices.notice(
                translate("Folders", "That was the last article.")
                if step > 0
                else translate("Folders", "That was the first article.")
            )
            return False
        if self.workspace.is_dirty() and self.save_on_move():
            if not self.workspace.save():
                return False
        elif not self.workspace.maybe_save():
            return False
        return self.workspace.open(model.path_at(target))

    def save_on_move(self) -> bool:
        """Moving to the next article saves this one (the default) or asks, as the user prefers."""
        return bool(setting(self.settings, "corpus/save_on_move"))

    def update_progress(self) -> None:
        model = self.corpus.model
        if model.folder is None:
            self.progress_label.clear()
            return
        self.progress_label.setText(
            translate("Folders", "{done}/{total} done").format(done=model.done(), total=len(model.order))
        )

    def show_statistics(self) -> None:
        folder = self.corpus.model.folder
        paths = [folder / rel for rel in self.corpus.model.order] if folder else []
        if not paths and self.workspace.files is not None:
            paths = [self.workspace.files.article_path]
        if self.workspace.is_dirty():
            self.notices.notice(
                translate("Folders", "Statistics count what is saved; save to include your latest changes.")
            )
        dialog = StatisticsDialog(self.parent_widget, paths)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.statistics_dialog = dialog

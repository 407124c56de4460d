"""Working through a folder of articles: the list, moving from one to the next, progress, statistics.

The window places the widgets (the ``corpusPanel`` dock and the progress label); this controller
holds what the folder commands do, and keeps the list in step with the open document.
"""

import sqlite3
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtWidgets import QDockWidget, QFileDialog, QLabel, QMainWindow, QWidget

from editor_app.model.vocab import DocumentStatus
from editor_app.storage.archive_index import ArchiveIndex, scan_folder
from editor_app.storage.corpus_files import ArticleSummary
from editor_app.storage.documents import OpenedDocument
from editor_app.ui.corpus import CorpusPanel
from editor_app.ui.folder_scan import FolderScan
from editor_app.ui.i18n import translate
from editor_app.ui.notices import Notices
from editor_app.ui.preferences import setting
from editor_app.ui.statistics import StatisticsDialog
from editor_app.ui.workspace import Workspace


class Folders(QObject):
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
        self.corpus.model.refresh(files.article_path)
        if self.index is not None:
            try:
                self.index.reread([files.article_path])
            except sqlite3.DatabaseError as exc:
                self.recover_index(exc)
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
        if self.scan is not None and not self.corpus.model.rows:
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
        try:
            rows = index.summaries()
            small = scan_folder(index.folder, self.SMALL) if len(rows) <= self.SMALL else None
            if small is not None:
                index.refresh(plan=index.plan(small))
                rows = index.summaries()
        except sqlite3.DatabaseError as exc:
            self.recover_index(exc)
            rows, small = [], None
        if index.rebuilt:
            self._say_rebuilt(index.rebuilt)
        self.corpus.model.set_rows(index.folder, rows)
        if small is None:
            self.rescan()

    def rescan(self) -> None:
        """Check the open folder against the disk again, in the background."""
        model = self.corpus.model
        if model.folder is None or (self.scan is not None and self.scan.isRunning()):
            return
        scan = FolderScan(model.folder)
        scan.listed.connect(lambda fresh, gone: self._listed(scan, fresh, gone))
        scan.updated.connect(lambda summaries: self._updated(scan, summaries))
        scan.progressed.connect(self.corpus.show_progress)
        scan.damaged.connect(self._say_rebuilt)
        scan.failed.connect(lambda message: self.notices.notice(message))
        scan.finished.connect(lambda: self.corpus.show_progress(0, 0))
        self.scan = scan
        scan.start()

    def stop_scan(self) -> None:
        if self.scan is not None:
            self.scan.stop()
            self.scan.wait()
            self.scan = None
        self.corpus.show_progress(0, 0)

    def _listed(self, scan: FolderScan, fresh: list[ArticleSummary], gone: list[Path]) -> None:
        if scan is not self.scan:
            return
        self.corpus.model.remove(gone)
        self.corpus.model.update(fresh)
        self.update_progress()
        if self._open_when_listed:
            self._open_when_listed = False
            if self.workspace.files is None:
                self._open_first()

    def _updated(self, scan: FolderScan, summaries: list[ArticleSummary]) -> None:
        if scan is not self.scan:
            return
        self.corpus.model.update(summaries)
        self.update_progress()

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
        folder = self.corpus.model.folder
        paths = self.corpus.visible_paths()
        if not paths:
            self.notices.notice(
                translate("Folders", "No articles (.txt, .md) in {folder}.").format(folder=folder),
                banner=True,
            )
            return True
        status_of = self.corpus.model.status_of
        first = next((p for p in paths if status_of(p) != DocumentStatus.DONE), paths[0])
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
        paths = self.corpus.visible_paths()
        if not paths:
            self.notices.notice(translate("Folders", "Open a folder first (Ctrl+Shift+O)."))
            return False
        current = self.workspace.files.article_path.resolve() if self.workspace.files else None
        where = next((i for i, p in enumerate(paths) if p.resolve() == current), -1)
        target = where + step
        if not 0 <= target < len(paths):
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
        return self.workspace.open(paths[target])

    def save_on_move(self) -> bool:
        """Moving to the next article saves this one (the default) or asks, as the user prefers."""
        return bool(setting(self.settings, "corpus/save_on_move"))

    def update_progress(self) -> None:
        model = self.corpus.model
        if model.folder is None:
            self.progress_label.clear()
            return
        self.progress_label.setText(
            translate("Folders", "{done}/{total} done").format(done=model.done(), total=len(model.rows))
        )

    def show_statistics(self) -> None:
        folder = self.corpus.model.folder
        paths = [s.path for s in self.corpus.model.rows] if folder else []
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

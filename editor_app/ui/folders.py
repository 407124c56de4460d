"""Working through a folder of articles: the list, moving from one to the next, progress, statistics.

The window places the widgets (the ``corpusPanel`` dock and the progress label); this controller
holds what the folder commands do, and keeps the list in step with the open document.
"""

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtWidgets import QDockWidget, QFileDialog, QLabel, QMainWindow, QWidget

from editor_app.model.vocab import DocumentStatus
from editor_app.storage.documents import OpenedDocument
from editor_app.ui.corpus import CorpusPanel
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
        self.corpus.model.load(folder)
        self._show_dock()
        self.update_progress()
        paths = self.corpus.visible_paths()
        if not paths:
            self.notices.notice(
                translate("Folders", "No articles (.txt, .md) in {folder}.").format(folder=folder),
                banner=True,
            )
            return True
        first = next(
            (p for p, s in zip(paths, self._statuses(paths), strict=True) if s != DocumentStatus.DONE),
            paths[0],
        )
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

    def _statuses(self, paths: list[Path]) -> list[str]:
        rows = {s.path.resolve(): s.status for s in self.corpus.model.rows}
        return [rows.get(p.resolve(), "new") for p in paths]

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

"""Working through a folder of articles: the list, moving from one to the next, progress, statistics.

The widgets (the ``corpusPanel`` dock and the progress label) belong to the window; this controller
holds what the folder commands do.
"""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog

from editor_app.ui.i18n import translate
from editor_app.ui.preferences import setting
from editor_app.ui.statistics import StatisticsDialog

if TYPE_CHECKING:
    from editor_app.ui.main_window import MainWindow


class Folders(QObject):
    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.statistics_dialog: StatisticsDialog | None = None

    def open_folder(self, folder: Path | str) -> bool:
        """List every article of ``folder`` and open the first one not done yet."""
        folder = Path(folder)
        if not folder.is_dir():
            self.window.notice(
                translate("MainWindow", "{folder} is not a folder.").format(folder=folder), banner=True
            )
            return False
        if not self.window.maybe_save():
            return False
        self.window.corpus.model.load(folder)
        self.window.corpus_dock.show()
        self.update_progress()
        paths = self.window.corpus.visible_paths()
        if not paths:
            self.window.notice(
                translate("MainWindow", "No articles (.txt, .md) in {folder}.").format(folder=folder),
                banner=True,
            )
            return True
        first = next((p for p, s in zip(paths, self._statuses(paths), strict=True) if s != "done"), paths[0])
        return self.window.open_article(first)

    def _statuses(self, paths: list[Path]) -> list[str]:
        rows = {s.path.resolve(): s.status for s in self.window.corpus.model.rows}
        return [rows.get(p.resolve(), "new") for p in paths]

    def choose_folder(self) -> None:
        start = str(self.window.opened.article_path.parent) if self.window.opened else str(Path.home())
        folder = QFileDialog.getExistingDirectory(
            self.window, translate("MainWindow", "Open folder of articles"), start
        )
        if folder:
            self.open_folder(folder)

    def next_article(self) -> bool:
        return self._step(1)

    def previous_article(self) -> bool:
        return self._step(-1)

    def _step(self, step: int) -> bool:
        paths = self.window.corpus.visible_paths()
        if not paths:
            self.window.notice(translate("MainWindow", "Open a folder first (Ctrl+Shift+O)."))
            return False
        current = self.window.opened.article_path.resolve() if self.window.opened else None
        where = next((i for i, p in enumerate(paths) if p.resolve() == current), -1)
        target = where + step
        if not 0 <= target < len(paths):
            self.window.notice(
                translate("MainWindow", "That was the last article.")
                if step > 0
                else translate("MainWindow", "That was the first article.")
            )
            return False
        if self.window.is_dirty() and self.save_on_move():
            if not self.window.save():
                return False
        elif not self.window.maybe_save():
            return False
        return self.window.open_article(paths[target])

    def save_on_move(self) -> bool:
        """Moving to the next article saves this one (the default) or asks, as the user prefers."""
        return bool(setting(self.window.settings, "corpus/save_on_move"))

    def update_progress(self) -> None:
        model = self.window.corpus.model
        if model.folder is None:
            self.window.progress_label.clear()
            return
        self.window.progress_label.setText(
            translate("MainWindow", "{done}/{total} done").format(done=model.done(), total=len(model.rows))
        )

    def show_statistics(self) -> None:
        folder = self.window.corpus.model.folder
        paths = [s.path for s in self.window.corpus.model.rows] if folder else []
        if not paths and self.window.opened is not None:
            paths = [self.window.opened.article_path]
        if self.window.is_dirty():
            self.window.notice(
                translate(
                    "MainWindow", "Statistics count what is saved; save to include your latest changes."
                )
            )
        dialog = StatisticsDialog(self.window, paths)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.statistics_dialog = dialog

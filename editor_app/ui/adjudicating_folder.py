"""Adjudicating a whole folder: the open folder's articles compared with the annotators' folders, one
after another.

With a folder open (File > Open folder), File > Compare annotators asks for the annotators' folders,
which hold the same articles at the same paths inside them. The open article is compared and its card
shown; at the end of its list, Enter saves the gold and goes on to the next article with
disagreements (an article the annotators made alike gets its gold, all confirmed, saved on the way);
Alt+Right / Alt+Left or a click in the folder's list open another article, which is compared (or its
gold taken up again) as it opens. The card's top line says where the folder stands: "Article 2 of 5 ·
1 done" (done: the gold is saved with nothing left undecided, the article marked done).

The annotators' folders are remembered per folder in the preferences, so a folder left half done is
taken up again another day with Ctrl+Shift+K: the open gold's undecided disagreements first, then the
articles after it.
"""

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QDialog

from editor_app.model.vocab import DocumentStatus
from editor_app.storage.adjudication_files import input_name
from editor_app.storage.documents import OpenedDocument
from editor_app.storage.sidecar_write import sidecar_path
from editor_app.suggest.adjudication_queue import annotators_of, is_decided
from editor_app.ui.adjudicating import AdjudicationCard, SourcesDialog
from editor_app.ui.folders import Folders
from editor_app.ui.i18n import translate
from editor_app.ui.notices import Notices
from editor_app.ui.workspace import Workspace

SOURCES_KEY = "adjudication/folders"
"""Preferences key: JSON object, the folder adjudicated -> the annotators' folders compared."""


def inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


class FolderAdjudication(QObject):
    def __init__(
        self,
        workspace: Workspace,
        notices: Notices,
        folders: Folders,
        card: AdjudicationCard,
        settings: QSettings,
    ):
        super().__init__(workspace)
        self.workspace, self.notices, self.folders, self.card = workspace, notices, folders, card
        self.settings = settings
        self.folder: Path | None = None
        """The folder being adjudicated (None: no round under way)."""
        self.sources: list[Path] = []
        """The annotators' folders, in order."""
        self.ask_sources: Callable[[Path], list[Path]] = self._ask_sources
        """Asked for the annotators' folders of a folder; a test replaces it."""
        self._moving = False
        workspace.opened.connect(self._opened)

    # Starting --------------------------------------------------------------------------------------

    def compare(self) -> bool:
        """File > Compare annotators: a folder's round when the open article is in the open folder;
        otherwise (or given sidecars) the open article alone."""
        folder = self.folders.corpus.model.folder
        files = self.workspace.files
        if folder is None or files is None or not inside(files.article_path, folder):
            return self.card.compare()
        if not self.card.isVisible() and (self.card.resumable() or annotators_of(self.workspace.doc)):
            self._enter(folder, self._remembered(folder))
            return self.take_up()
        sources = self.ask_sources(folder)
        if not sources:
            return False
        if not all(s.is_dir() for s in sources):
            self._leave_round()
            return self.card.compare_with(sources)
        if len(sources) < 2:
            self.notices.notice(translate("Adjudication", "Choose at least two annotators' folders."))
            return False
        self._enter(folder, sources)
        self._remember(folder, sources)
        return self.take_up(afresh=True)

    def _ask_sources(self, folder: Path) -> list[Path]:
        dialog = SourcesDialog(self.card.window(), folder.parent, folder)
        return dialog.paths() if dialog.exec() == QDialog.DialogCode.Accepted else []

    def _enter(self, folder: Path, sources: list[Path]) -> None:
        self.folder, self.sources = folder, sources
        self.card.go_on = self.next_with_disagreements
        self.card.folder_line = self.progress_line

    def _leave_round(self) -> None:
        self.folder, self.sources = None, []
        self.card.go_on = None
        self.card.folder_line = lambda: ""

    def _remembered(self, folder: Path) -> list[Path]:
        known = self._all_remembered().get(str(folder.resolve()), [])
        return [Path(p) for p in known if Path(p).is_dir()]

    def _remember(self, folder: Path, sources: list[Path]) -> None:
        known = self._all_remembered()
        known[str(folder.resolve())] = [str(s.resolve()) for s in sources]
        self.settings.setValue(SOURCES_KEY, json.dumps(known))

    def _all_remembered(self) -> dict[str, list[str]]:
        try:
            found = json.loads(str(self.settings.value(SOURCES_KEY, "{}")))
        except ValueError:
            return {}
        return found if isinstance(found, dict) else {}

    # One article -----------------------------------------------------------------------------------

    def _opened(self, files: OpenedDocument) -> None:
        if self.folder is None or self._moving:
            return
        if not inside(files.article_path, self.folder):
            self._leave_round()
            return
        self.take_up()

    def take_up(self, afresh: bool = False) -> bool:
        """The open article of the folder: its gold taken up again, or the annotators compared now
        (``afresh``: compared again even when it is a gold already)."""
        files = self.workspace.files
        if self.folder is None or files is None:
            return False
        doc = self.workspace.doc
        if not afresh and annotators_of(doc):
            if self.card.resumable():
                return self.card.resume()
            self.card.start()  # every disagreement decided: the end of its list, Enter goes on
            return True
        if not self.sources:
            self.notices.notice(
                translate(
                    "Adjudication",
                    "{name} has not been compared yet: choose the annotators' folders (Ctrl+Shift+K).",
                ).format(name=files.article_path.name)
            )
            return False
        relative = files.article_path.resolve().relative_to(self.folder.resolve())
        copies = [source / relative for source in self.sources]
        missing = [s.name for s, c in zip(self.sources, copies, strict=True) if not self._present(c)]
        if missing:
            self.notices.notice(
                translate("Adjudication", "{name} is missing from {folders}: not compared.").format(
                    name=relative, folders=", ".join(missing)
                ),
                banner=True,
            )
            self.card.leave()
            return False
        compared = self.card.compare_with(copies, [input_name(s) for s in self.sources])
        self.card.sources = list(self.sources)
        return compared

    @staticmethod
    def _present(article: Path) -> bool:
        return article.exists() or sidecar_path(article).exists()

    def _waiting(self) -> bool:
        """The open article still has disagreements to decide (it was compared, or is a gold)."""
        doc = self.workspace.doc
        return bool(annotators_of(doc)) and any(not is_decided(doc, p) for p in self.card.queue)

    # Going on --------------------------------------------------------------------------------------

    def next_with_disagreements(self) -> bool:
        """Save this gold and open the next article of the folder with disagreements to decide,
        comparing (and saving the all-agreed golds of) the articles on the way."""
        paths = self.folders.corpus.visible_paths()
        files = self.workspace.files
        if self.folder is None or files is None:
            return False
        current = files.article_path.resolve()
        where = next((i for i, p in enumerate(paths) if p.resolve() == current), -1)
        self._moving = True
        try:
            for path in paths[where + 1 :]:
                if self.workspace.is_dirty() and not self.workspace.save():
                    return False
                if not self.workspace.open(path):
                    return False
                if self.workspace.doc.status == DocumentStatus.DONE and annotators_of(self.workspace.doc):
                    continue  # adjudicated already
                if self.take_up() and self._waiting():
                    return True
            if self.workspace.is_dirty() and not self.workspace.save():
                return False
        finally:
            self._moving = False
        self.card.leave()
        self.notices.notice(
            translate(
                "Adjudication", "No more articles with disagreements after this one in {folder}: {done}."
            ).format(folder=self.folder.name, done=self._done_text())
        )
        return False

    # Progress --------------------------------------------------------------------------------------

    def progress_line(self) -> str:
        files = self.workspace.files
        paths = self.folders.corpus.visible_paths()
        if self.folder is None or files is None:
            return ""
        current = files.article_path.resolve()
        number = next((i for i, p in enumerate(paths) if p.resolve() == current), -1) + 1
        return translate("Adjudication", "{folder}: article {number} of {total} · {done}").format(
            folder=self.folder.name, number=number, total=len(paths), done=self._done_text()
        )

    def _done_text(self) -> str:
        model = self.folders.corpus.model
        return translate("Adjudication", "{done} of {total} done").format(
            done=model.done(), total=len(model.rows)
        )

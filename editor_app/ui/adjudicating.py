"""Comparing annotators in the window (File > Compare annotators, Ctrl+Shift+K) and deciding each
disagreement on a card, one at a time.

The open article's annotations are replaced (one undoable edit) by the gold made from two or more
annotators' sidecars or folders (:mod:`editor_app.model.adjudication`): what they made alike is
confirmed, every other version a suggestion naming its annotators, so the article shows each
disagreement as a suggestion. The card shows the sentence, and each annotator's version side by side
under their name and colour. Left/Right (or Tab) choose an annotator, A takes their version (the others
there are rejected; an annotator who made nothing there means none is kept), R drops every version,
Space skips, Backspace goes back, Enter leaves to edit in the article, Esc leaves. Each decision is an
undoable edit (Ctrl+Z); Ctrl+S saves the gold as the article's sidecar.

A gold saved earlier is taken up again where it was left: Ctrl+Shift+K on an article whose gold still
holds undecided disagreements shows the card on the first of them ("3 of 7"), rebuilt from the file
(the annotators it names and their attributed suggestions); pressed again while the card shows, it
compares the annotators afresh. A whole folder is gone through by
:mod:`editor_app.ui.adjudicating_folder`, which sets :attr:`AdjudicationCard.go_on` and the folder line.
"""

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor_app.model.adjudication import AdoptGold, Annotated, adjudicate, annotator_name, distinct_names
from editor_app.model.document import Document
from editor_app.model.edits import EditError
from editor_app.model.records import Correction, Entity, Quote
from editor_app.model.vocab import Status
from editor_app.storage.adjudication_files import input_name, load_annotations, reading_paused
from editor_app.storage.errors import FileProblem, explain
from editor_app.storage.sidecar_write import SIDECAR_SUFFIX, sidecar_path
from editor_app.suggest.adjudication_queue import (
    Place,
    Version,
    annotators_of,
    is_decided,
    places,
    take,
    version_status,
)
from editor_app.suggest.review_queue import sentence_around
from editor_app.ui.agreement_view import AgreementView
from editor_app.ui.annotator import Annotator, Target
from editor_app.ui.i18n import QT_TRANSLATE_NOOP, term, translate
from editor_app.ui.notices import Notices
from editor_app.ui.workspace import Workspace

COLOURS = ("#1f6fb4", "#c2410c", "#15803d", "#7e22ce", "#b91c1c", "#0e7490", "#a16207", "#be185d")
"""One per annotator, in order: their name and column on the card."""
KIND_NAMES = {
    "entity": QT_TRANSLATE_NOOP("Adjudication", "Entity"),
    "quote": QT_TRANSLATE_NOOP("Adjudication", "Quote"),
    "correction": QT_TRANSLATE_NOOP("Adjudication", "Correction"),
}


def colour_of(index: int) -> str:
    return COLOURS[index % len(COLOURS)]


def find_sidecar(source: Path, article: Path) -> Path:
    """The sidecar of ``article`` that ``source`` (a sidecar, an article or a folder) stands for."""
    if source.is_dir():
        candidate = source / article.name
        if not candidate.exists() and not sidecar_path(candidate).exists():
            found = sorted(source.rglob(article.name)) or sorted(source.rglob(article.name + SIDECAR_SUFFIX))
            if found:
                candidate = found[0]
                if candidate.name.endswith(SIDECAR_SUFFIX):
                    return candidate
        return sidecar_path(candidate)
    return source if source.name.endswith(SIDECAR_SUFFIX) else sidecar_path(source)


class SourcesDialog(QDialog):
    """Two or more annotators' sidecars or folders, chosen one by one (``folder``: the open folder,
    whose articles the annotators' folders hold)."""

    def __init__(self, parent: QWidget | None, start: Path, folder: Path | None = None):
        super().__init__(parent)
        self.setObjectName("compareSources")
        self.setWindowTitle(translate("Adjudication", "Compare annotators"))
        self.start = start
        layout = QVBoxLayout(self)
        prompt = (
            translate(
                "Adjudication",
                "Each annotator's folder holding the articles of {folder} (their sidecars compare "
                "this article only):",
            ).format(folder=folder.name)
            if folder is not None
            else translate("Adjudication", "Each annotator's sidecar of this article, or their folder:")
        )
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("Adjudication", "Annotators' sidecars and folders"))
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        for text, slot in (
            (translate("Adjudication", "Add &sidecars…"), self.add_sidecars),
            (translate("Adjudication", "Add &folder…"), self.add_folder),
            (translate("Adjudication", "&Remove"), self.remove),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 300)

    def add_sidecars(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            translate("Adjudication", "Annotators' sidecars"),
            str(self.start),
            translate("Adjudication", "Sidecars (*.annotations.yaml);;All files (*)"),
        )
        self.list.addItems(paths)

    def add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("Adjudication", "An annotator's folder"), str(self.start)
        )
        if folder:
            self.list.addItem(folder)

    def remove(self) -> None:
        self.list.takeItem(self.list.currentRow())

    def paths(self) -> list[Path]:
        return [Path(self.list.item(i).text()) for i in range(self.list.count())]


class AdjudicationCard(QFrame):
    left_card = Signal()
    """The card was left (Esc, Enter to edit, a new document): the article takes the keys again."""

    def __init__(self, workspace: Workspace, annotator: Annotator, notices: Notices):
        super().__init__()
        self.workspace, self.annotator, self.notices = workspace, annotator, notices
        self.setObjectName("adjudicationCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("Adjudication", "Adjudicate disagreements"))
        self.sources: list[Path] = []
        """What was last compared (the agreement view starts from these)."""
        self.ask_sources: Callable[[], list[Path]] = self._ask_sources
        """Asked for the annotators' sidecars or folders; a test replaces it."""
        self.ask_folders: Callable[[], list[Path]] = self._ask_folders
        """Asked for two annotators' folders when none were compared; a test replaces it."""
        self.agreement_view: AgreementView | None = None
        self.queue: list[Place] = []
        self.position = 0
        self.chosen = 0
        """The annotator whose version A takes."""
        self.names: list[str] = []
        self.go_on: Callable[[], bool] | None = None
        """Enter at the end of the list, when a folder is adjudicated: the gold saved, the next article."""
        self.folder_line: Callable[[], str] = lambda: ""
        """Where the folder's adjudication stands ("Article 2 of 5 · 1 done"), above the progress."""
        self.folder_progress = QLabel()
        self.folder_progress.setObjectName("adjudicationFolderProgress")
        self.folder_progress.hide()
        self.progress = QLabel()
        self.progress.setObjectName("adjudicationProgress")
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        self.sentence.setTextFormat(Qt.TextFormat.RichText)
        self.columns = QHBoxLayout()
        self.boxes: list[QLabel] = []
        self.keys = QLabel(
            "<small>"
            + escape(
                translate(
                    "Adjudication",
                    "A take the chosen version · Left/Right choose · R drop every version · Space skip · "
                    "Backspace back · Enter edit · Esc leave",
                )
            )
            + "</small>"
        )
        self.keys.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.folder_progress)
        layout.addWidget(self.progress)
        layout.addWidget(self.sentence)
        layout.addLayout(self.columns)
        layout.addWidget(self.keys)
        workspace.document_replaced.connect(self._document_replaced)
        workspace.changed.connect(lambda _changes: self._show() if self.isVisible() else None)
        self.hide()

    # Comparing -------------------------------------------------------------------------------------

    def _ask_sources(self) -> list[Path]:
        files = self.workspace.files
        dialog = SourcesDialog(self.window(), files.article_path.parent if files else Path.home())
        return dialog.paths() if dialog.exec() == QDialog.DialogCode.Accepted else []

    def _ask_folders(self) -> list[Path]:
        chosen: list[Path] = []
        for title in (
            translate("Adjudication", "The first annotator's folder"),
            translate("Adjudication", "The second annotator's folder"),
        ):
            folder = QFileDialog.getExistingDirectory(self.window(), title, str(Path.home()))
            if not folder:
                return []
            chosen.append(Path(folder))
        return chosen

    def show_agreement(self) -> AgreementView | None:
        """Tools > Agreement: the folders last compared, or two asked for."""
        folders = [s for s in self.sources if s.is_dir()]
        if len(folders) < 2:
            folders = self.ask_folders()
        if len(folders) < 2:
            return None
        view = AgreementView(self.window(), folders)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.show()
        self.agreement_view = view
        return view

    def compare(self) -> bool:
        """File > Compare annotators: take up the open gold's undecided disagreements again, or (none
        left, or pressed while the card shows) ask for the sources, then :meth:`compare_with`."""
        if self.workspace.files is None:
            self.notices.notice(translate("Adjudication", "Open the article the annotators annotated first."))
            return False
        if not self.isVisible() and self.resumable():
            return self.resume()
        sources = self.ask_sources()
        return bool(sources) and self.compare_with(sources)

    def resumable(self) -> bool:
        """The open document is a gold with disagreements still undecided."""
        return bool(places(self.workspace.doc))

    def resume(self) -> bool:
        """The card on the first undecided disagreement of the gold, rebuilt from the document."""
        doc = self.workspace.doc
        if not self.start():
            return False
        left = sum(1 for p in self.queue if not is_decided(doc, p))
        self.notices.notice(
            translate(
                "Adjudication",
                "Taken up again: {names}, {left} of {total} disagreement(s) undecided; "
                "Ctrl+Shift+K again compares the annotators afresh",
            ).format(names=", ".join(self.names), left=left, total=len(self.queue))
        )
        return True

    def compare_with(self, sources: list[Path], fallbacks: list[str] | None = None) -> bool:
        """Compare ``sources`` (sidecars, articles or folders) for the open article; ``fallbacks`` name
        the annotators whose records name nobody (by default the sources' folders)."""
        files = self.workspace.files
        if files is None:
            return False
        if len(sources) < 2:
            self.notices.notice(
                translate("Adjudication", "Choose at least two annotators' sidecars or folders.")
            )
            return False
        if self.workspace.read_only_reason:
            self.notices.notice(self.workspace.read_only_reason)
            return False
        doc = self.workspace.doc
        documents: list[Document] = []
        try:
            with reading_paused():
                for source in sources:
                    side = find_sidecar(source, files.article_path)
                    documents.append(load_annotations(side, doc.article, files.article_path.name))
        except (FileProblem, OSError) as exc:
            self.notices.notice(explain(exc), banner=True)
            return False
        if fallbacks is None:
            fallbacks = [input_name(s) for s in sources]
        names = distinct_names(
            [annotator_name(d, f) for d, f in zip(documents, fallbacks, strict=True)], fallbacks
        )
        left_out = sum(1 for d in documents for s in d.spans() if s.orphaned)
        try:
            result = adjudicate([Annotated(n, d) for n, d in zip(names, documents, strict=True)])
        except ValueError as exc:
            self.notices.notice(str(exc), banner=True)
            return False
        existing = len(doc.entities) + len(doc.quotes) + len(doc.corrections)
        if existing and not self.notices.confirm(
            translate(
                "Adjudication", "Replace the {count} annotation(s) of {name} with the annotators' comparison?"
            ).format(count=existing, name=files.article_path.name)
        ):
            return False
        try:
            pushed = self.workspace.push(AdoptGold(result.document))
        except EditError as exc:
            self.notices.notice(str(exc), banner=True)
            return False
        if not pushed and existing:
            return False
        self.sources = list(sources)
        message = translate(
            "Adjudication", "{names}: {confirmed} annotation(s) alike, {count} disagreement(s) to decide"
        ).format(names=", ".join(names), confirmed=result.confirmed, count=result.disagreements)
        if left_out:
            message += translate(
                "Adjudication", "; {count} span(s) that no longer match were left out"
            ).format(count=left_out)
        self.notices.notice(message)
        return self.start()

    # Entering and leaving --------------------------------------------------------------------------

    def start(self) -> bool:
        """Show the card on the first undecided disagreement of the open gold (those decided before
        count in its progress, "3 of 7")."""
        doc = self.workspace.doc
        self.names = annotators_of(doc)
        self.queue = places(doc, decided=True)
        if not self.queue:
            self.notices.notice(translate("Adjudication", "No disagreements to decide."))
            self.leave()
            return False
        self.position = next((i for i, p in enumerate(self.queue) if not is_decided(doc, p)), len(self.queue))
        self.chosen = 0
        self._rebuild_columns()
        self.show()
        self.setFocus()
        self._show()
        return True

    def leave(self) -> None:
        if self.isVisible():
            self.hide()
            self.left_card.emit()

    def _document_replaced(self) -> None:
        self.queue = []
        self.leave()

    def _rebuild_columns(self) -> None:
        for box in self.boxes:
            self.columns.removeWidget(box)
            box.deleteLater()
        self.boxes = []
        for index, name in enumerate(self.names):
            box = QLabel()
            box.setObjectName(f"annotatorColumn{index}")
            box.setWordWrap(True)
            box.setTextFormat(Qt.TextFormat.RichText)
            box.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            box.setAccessibleName(name)
            self.columns.addWidget(box, 1)
            self.boxes.append(box)

    # Moving and deciding ---------------------------------------------------------------------------

    def current_place(self) -> Place | None:
        return self.queue[self.position] if self.position < len(self.queue) else None

    def step(self, by: int) -> None:
        self.position = max(0, min(len(self.queue), self.position + by))
        self.chosen = 0
        self._show()

    def choose(self, by: int) -> None:
        if self.names:
            self.chosen = (self.chosen + by) % len(self.names)
            self._show()

    def chosen_version(self, place: Place) -> Version | None:
        return place.version_of(self.names[self.chosen]) if self.names else None

    def decide(self, keep: bool) -> bool:
        """A (``keep``): the chosen annotator's version is taken; R: every version is dropped."""
        place = self.current_place()
        if place is None:
            return False
        doc = self.workspace.doc
        last = all(is_decided(doc, p) for p in self.queue if p is not place)
        try:
            edit = take(doc, place, self.chosen_version(place) if keep else None, last)
        except EditError as exc:
            self.notices.notice(str(exc))
            return False
        if len(edit) and not self.workspace.push(edit):
            return False
        following = (
            i
            for i in range(self.position + 1, len(self.queue))
            if not is_decided(self.workspace.doc, self.queue[i])
        )
        self.position = next(following, len(self.queue))
        self.chosen = 0
        self._show()
        return True

    def edit(self) -> None:
        place = self.current_place()
        self.leave()
        if place is not None and place.versions:
            version = place.versions[0]
            self.annotator.set_current(Target(version.record_id, version.mention))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_A:
            self.decide(True)
        elif key == Qt.Key.Key_R:
            self.decide(False)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Tab):
            self.choose(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Backtab):
            self.choose(-1)
        elif key == Qt.Key.Key_Space:
            self.step(1)
        elif key == Qt.Key.Key_Backspace:
            self.step(-1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.current_place() is None and self.go_on is not None:
                self.go_on()
            else:
                self.edit()
        elif key == Qt.Key.Key_Escape:
            self.leave()
        else:
            super().keyPressEvent(event)

    def focusNextPrevChild(self, _next: bool) -> bool:
        return False  # Tab chooses an annotator on the card

    # Showing ---------------------------------------------------------------------------------------

    def _show(self) -> None:
        doc = self.workspace.doc
        total = len(self.queue)
        left = sum(1 for p in self.queue if not is_decided(doc, p))
        line = self.folder_line()
        self.folder_progress.setText(line)
        self.folder_progress.setVisible(bool(line))
        place = self.current_place()
        if place is None:
            self.progress.setText(
                translate("Adjudication", "{total} of {total} disagreements").format(total=total)
            )
            if self.go_on is None:
                after = translate(
                    "Adjudication",
                    "{count} disagreement(s) left undecided; Backspace goes back, Ctrl+S saves.",
                ).format(count=left)
            elif left:
                after = translate(
                    "Adjudication",
                    "{count} disagreement(s) left undecided; Backspace goes back; Enter saves the gold "
                    "and goes on to the next article with disagreements.",
                ).format(count=left)
            else:
                after = translate(
                    "Adjudication",
                    "Every disagreement is decided. Enter saves the gold and goes on to the next "
                    "article with disagreements (Alt+Right: the next article).",
                )
            self.sentence.setText(
                "<p><b>"
                + escape(translate("Adjudication", "End of the list."))
                + "</b> "
                + escape(after)
                + "</p>"
            )
            for box in self.boxes:
                box.setText("")
            return
        self.progress.setText(
            translate("Adjudication", "{kind} · {number} of {total} disagreements ({left} undecided)").format(
                kind=translate("Adjudication", KIND_NAMES[place.kind]),
                number=self.position + 1,
                total=total,
                left=left,
            )
        )
        before, words, after = sentence_around(doc.text, place.start, place.end)
        self.sentence.setText(
            f"<p style='font-size:large'>{escape(before)}<span style='background:#ffe08a; color:#000'>"
            f"<b>{escape(words)}</b></span>{escape(after)}</p>"
        )
        for index, (name, box) in enumerate(zip(self.names, self.boxes, strict=True)):
            box.setText(self._column_html(doc, place, index, name))
            border = f"3px solid {colour_of(index)}" if index == self.chosen else "1px solid palette(mid)"
            box.setStyleSheet(f"QLabel {{ border: {border}; border-radius: 4px; padding: 6px; }}")
        shown = self.chosen_version(place) or (place.versions[0] if place.versions else None)
        if shown is not None:
            self.annotator.set_current(Target(shown.record_id, shown.mention))
        self.annotator.view.flash(place.start, max(place.end, place.start + 1))

    def _column_html(self, doc: Document, place: Place, index: int, name: str) -> str:
        version = place.version_of(name)
        title = f"<b style='color:{colour_of(index)}'>{escape(name)}</b>"
        if version is None:
            what = "<i>" + escape(translate("Adjudication", "nothing here")) + "</i>"
        else:
            what = "<b>" + escape(self._describe(doc, version)) + "</b>"
            status = version_status(doc, version)
            if status == Status.REJECTED:
                what = f"<s>{what}</s> · " + escape(translate("Adjudication", "dropped"))
            elif status is not None and status != Status.SUGGESTED:
                what += " · " + escape(translate("Adjudication", "taken"))
            others = [n for n in version.annotators if n != name]
            if others:
                what += (
                    "<br><small>"
                    + escape(translate("Adjudication", "also {names}").format(names=", ".join(others)))
                    + "</small>"
                )
        chosen = " ◀" if index == self.chosen else ""
        return f"{title}{chosen}<br>{what}"

    def _describe(self, doc: Document, version: Version) -> str:
        record = doc.find(version.record_id)
        if isinstance(record, Entity):
            names = record.extra.get("names")
            offered = " / ".join(str(n) for n in names) if isinstance(names, list) else record.name
            return translate("Adjudication", "{label}: {name}").format(label=record.label, name=offered)
        if isinstance(record, Quote):
            speaker = doc.entity(record.speaker) if record.speaker else None
            return translate("Adjudication", "{kind} quote, speaker {speaker}").format(
                kind=term(record.kind),
                speaker=speaker.name if speaker else translate("Adjudication", "nobody named"),
            )
        if isinstance(record, Correction):
            return translate("Adjudication", "“{text}” → “{replacement}” ({category})").format(
                text=record.span.text, replacement=record.replacement, category=term(record.category)
            )
        return ""

"""The main window: the composition root of the UI. It assembles views and actions, nothing more.

What the keys do to the document lives in :mod:`editor_app.ui.annotator`; the panels' models in
:mod:`editor_app.ui.item_models`; actions and their shortcuts in :mod:`editor_app.ui.actions`.
"""

from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QByteArray, QModelIndex, QPoint, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QFont, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from editor_app.model import vocab
from editor_app.model.article import Article
from editor_app.model.changes import ChangeSet, EditLike, Session
from editor_app.model.document import Document
from editor_app.model.intervals import SpanIndex
from editor_app.model.offsets import OffsetMap
from editor_app.model.records import Correction, Entity, Quote
from editor_app.storage.config import load_schema
from editor_app.storage.corpus_files import is_article
from editor_app.storage.documents import OpenedDocument, open_document, save_document
from editor_app.storage.errors import ChangedOnDisk, FileProblem, explain
from editor_app.ui.actions import MENUS, TOOLBAR, build_actions, menu_title, tooltip
from editor_app.ui.annotator import Annotator, Target
from editor_app.ui.applying import apply_accepted
from editor_app.ui.article_view import ArticleView
from editor_app.ui.banners import BannerArea
from editor_app.ui.corpus import CorpusPanel
from editor_app.ui.dialogs import CorrectionPopup, FindBar, Legend, ShortcutsDialog, about_html
from editor_app.ui.folders import Folders
from editor_app.ui.highlighter import AnnotationHighlighter
from editor_app.ui.i18n import term, translate
from editor_app.ui.item_models import (
    CorrectionModel,
    EntityModel,
    MentionRole,
    QuoteModel,
    RecordIdRole,
    describe_correction,
    describe_mention,
)
from editor_app.ui.orphans import OrphanPanel, delete_edit, place_edit, touches_orphans
from editor_app.ui.panels import entities_view, table_view
from editor_app.ui.preferences import PreferencesDialog, setting
from editor_app.ui.safekeeping import Safekeeping
from editor_app.ui.suggesting import Suggesting

MAX_RECENT = 10
Choice = QMessageBox.StandardButton


def _empty_document() -> Document:
    return Document(article=Article(""), file_name="")


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.settings = QSettings("editor-app", "editor-app")
        self.opened: OpenedDocument | None = None
        self.schema = load_schema(None)
        self.session = Session(_empty_document())
        self.session.subscribe(self._on_changes)
        self.index = SpanIndex()
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._syncing = False
        self._zoom = 0
        self.ask_unsaved: Callable[[], Choice] = self._ask_unsaved
        self.confirm: Callable[[str], bool] = self._confirm
        self.setAcceptDrops(True)
        self._build_widgets()
        self.annotator = Annotator(
            self.session, self.undo_stack, self.article_view, self.index, self.schema, self.notice
        )
        self.annotator.author = self.author_name
        self.annotator.on_current = self._show_current
        self.annotator.ask_correction = self._ask_correction
        self.annotator.ask_speaker = self._ask_speaker
        self.safekeeping = Safekeeping(self)
        self.suggesting = Suggesting(self)
        self.folders = Folders(self)
        self._build_menus()
        self._set_tab_order()
        self._restore_settings()
        self.article_view.set_label_tags(bool(setting(self.settings, "view/label_tags")))
        self.article_view.setFocus()  # keys annotate from the start
        if self.settings.contains("view/font_size") or self.settings.contains("view/font_family"):
            self._apply_font()
        self._update_title()
        self._update_counts()

    # Assembly --------------------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.article_view = ArticleView()
        self.article_view.highlighter = AnnotationHighlighter(  # type: ignore[attr-defined]
            self.article_view.document(), self.index, OffsetMap(""), self.schema
        )
        self.article_view.clicked.connect(self._clicked_in_text)
        self.article_view.resize_handler = lambda edge, step: self.annotator.resize(edge, step)
        self.article_view.menu_builder = self.context_menu_at
        self.banners = BannerArea()
        self.find_bar = FindBar()
        self.find_bar.find_requested.connect(self.find_text)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.banners)
        left_layout.addWidget(self.article_view, 1)
        self.orphans = OrphanPanel()
        self.orphans.place_button.clicked.connect(self.place_orphan)
        self.orphans.delete_button.clicked.connect(self.delete_orphan)
        self.orphans.view.clicked.connect(self._orphan_chosen)
        left_layout.addWidget(self.orphans)
        left_layout.addWidget(self.find_bar)
        self.correction_popup = CorrectionPopup(left)
        self.correction_popup.on_confirm = self._confirm_correction

        submit: Callable[[EditLike], bool] = lambda edit: self.annotator.push(edit)  # noqa: E731
        self.entity_model = EntityModel(self.session, submit, self.schema)
        self.quote_model = QuoteModel(self.session, submit)
        self.correction_model = CorrectionModel(self.session, submit)
        self.entities_panel = entities_view(self.entity_model)
        self.quotes_panel = table_view(self.quote_model, "quotesPanel", filtered=frozenset({1}))
        self.corrections_panel = table_view(self.correction_model, "correctionsPanel")
        for view in (self.entities_panel, self.quotes_panel, self.corrections_panel):
            view.selectionModel().currentChanged.connect(self._row_chosen)
            view.clicked.connect(self._row_chosen)
        self.legend = Legend(self.schema)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 0, 0, 0)
        right_layout.addWidget(self.legend)
        panels = QSplitter(Qt.Orientation.Vertical)
        for title, view in (
            (translate("MainWindow", "E&ntities"), self.entities_panel),
            (translate("MainWindow", "&Quotes"), self.quotes_panel),
            (translate("MainWindow", "C&orrections"), self.corrections_panel),
        ):
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 4, 0, 0)
            heading = QLabel(title)
            bold = heading.font()
            bold.setBold(True)
            heading.setFont(bold)
            heading.setBuddy(view)  # Alt+the underlined letter moves the focus to the panel
            view.setAccessibleName(title.replace("&", ""))
            box_layout.addWidget(heading)
            box_layout.addWidget(view, 1)
            panels.addWidget(box)
        panels.setSizes([400, 200, 200])
        right_layout.addWidget(panels, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.setCentralWidget(self.splitter)

        self.corpus = CorpusPanel()
        self.corpus.article_chosen.connect(lambda path: self.request_open(Path(path)))
        self.corpus_dock = QDockWidget(translate("MainWindow", "Articles"), self)
        self.corpus_dock.setObjectName("corpusDock")
        self.corpus_dock.setWidget(self.corpus)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.corpus_dock)
        self.corpus_dock.hide()

        self.file_label = QLabel(translate("MainWindow", "No article open"))
        self.status_box = QComboBox()
        self.status_box.setObjectName("documentStatus")
        for status in vocab.DOCUMENT_STATUSES:
            self.status_box.addItem(term(status), status)
        self.status_box.setToolTip(translate("MainWindow", "Document status"))
        self.status_box.setAccessibleName(translate("MainWindow", "Document status"))
        self.status_box.activated.connect(
            lambda i: self.annotator.set_status(str(self.status_box.itemData(i)))
        )
        self.counts_label = QLabel()
        self.saved_label = QLabel()
        self.progress_label = QLabel()
        self.progress_label.setObjectName("corpusProgress")
        bar = self.statusBar()
        bar.addWidget(self.file_label)
        bar.addPermanentWidget(self.progress_label)
        bar.addPermanentWidget(self.counts_label)
        bar.addPermanentWidget(self.status_box)
        bar.addPermanentWidget(self.saved_label)

    def _build_menus(self) -> None:
        menus = {name: self.menuBar().addMenu(menu_title(name)) for name in MENUS}
        local: list[QWidget] = [
            self.article_view,
            self.entities_panel,
            self.quotes_panel,
            self.corrections_panel,
        ]
        self.actions_by_id = build_actions(self, menus, self._handler, local)
        self.recent_menu = QMenu(translate("MainWindow", "Open &recent"), self)
        menus["File"].insertMenu(self.actions_by_id["file.save"], self.recent_menu)
        self.actions_by_id["view.snap"].setChecked(True)
        self.actions_by_id["tools.suggest_on_open"].setChecked(self.suggest_on_open())
        self._update_label_actions()
        self._update_recent_menu()
        self._build_toolbar()

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar(translate("MainWindow", "Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setAccessibleName(translate("MainWindow", "Main toolbar"))
        style = self.style()
        for action_id, icon in TOOLBAR:
            action = self.actions_by_id[action_id]
            if icon:
                action.setIcon(style.standardIcon(getattr(QStyle.StandardPixmap, icon)))
            action.setToolTip(tooltip(action))
            toolbar.addAction(action)

    def _set_tab_order(self) -> None:
        """Tab goes panel by panel: the article, Entities, Quotes, Corrections, then the folder's list."""
        chain: list[QWidget] = [
            self.article_view,
            self.entities_panel,
            self.quotes_panel,
            self.corrections_panel,
            self.corpus.view,
        ]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _handler(self, name: str) -> Callable[[], object]:
        if name.startswith("label_"):
            key = int(name.removeprefix("label_"))
            return lambda: self.annotator.label_key(key)
        owner: object = self
        for part in name.split("."):  # "folders.next_article": a method of one of the window's controllers
            owner = getattr(owner, part)
        handler: Callable[[], object] = owner  # type: ignore[assignment]
        return handler

    def _update_label_actions(self) -> None:
        for n in range(1, 10):
            spec = self.schema.by_key(n)
            action = self.actions_by_id[f"label.{n}"]
            action.setText(
                translate("MainWindow", "Label as {label}").format(label=spec.name)
                if spec
                else translate("MainWindow", "Label {n} (unbound)").format(n=n)
            )
            action.setEnabled(spec is not None)

    # Opening and saving ----------------------------------------------------------------------------

    def open_article(self, path: Path | str) -> bool:
        """Open an article and its sidecar; problems go to the banner and status bar, never to a dialog."""
        path = Path(path)
        try:
            opened = open_document(path)
        except FileProblem as exc:
            self.notice(exc.located(), banner=True)
            return False
        except OSError as exc:
            self.notice(
                translate("MainWindow", "{path}: cannot be opened ({reason})").format(
                    path=path, reason=exc.strerror or exc
                ),
                banner=True,
            )
            return False
        if self.opened is not None:
            self.safekeeping.detach()  # the user saved or chose Discard: the recovery file goes
        self.banners.hide_banner("notice")
        self.opened = opened
        self.schema = load_schema(path)
        self._set_document(opened.document)
        self.undo_stack.clear()
        if opened.anchoring is not None:
            self.undo_stack.resetClean()  # the re-anchored offsets are not saved yet
        self._add_recent(path)
        notes = [w.message for w in opened.warnings] + list(self.schema.problems)
        if opened.document.article.encoding == "cp1252":
            notes.insert(
                0,
                translate(
                    "MainWindow",
                    "{name} is not UTF-8: read as Windows-1252 (a guess) and saved back the same way",
                ).format(name=path.name),
            )
        if notes:
            more = translate("MainWindow", " (and {count} more)").format(count=len(notes) - 3)
            self.notice("; ".join(notes[:3]) + (more if len(notes) > 3 else ""), True)
        else:
            self.notice(translate("MainWindow", "Opened {name}").format(name=path.name))
        self.safekeeping.attach(opened)
        self.corpus.select(path)
        self._update_title()
        if self.suggest_on_open() and not self.safekeeping.read_only:
            self.suggesting.start()
        return True

    def reload(self, keep_history: bool = False) -> bool:
        """Read the open article and sidecar again from disk, dropping unsaved changes; keeps the lock.

        ``keep_history`` is for an undo command that itself rewrote the files (the stack is in use).
        """
        if self.opened is None:
            return False
        try:
            opened = open_document(self.opened.article_path)
        except (FileProblem, OSError) as exc:
            message = explain(exc)
            self.notice(
                translate("MainWindow", "Could not reload: {reason}").format(reason=message), banner=True
            )
            return False
        self.opened = opened
        self._set_document(opened.document)
        if not keep_history:
            self.undo_stack.clear()
            if opened.anchoring is not None:
                self.undo_stack.resetClean()
        self._update_title()
        return True

    def replace_document(self, doc: Document, dirty: bool) -> None:
        """Show ``doc`` (recovered, merged or re-anchored) in place of the current one; not undoable."""
        if self.opened is not None:
            self.opened.document = doc
        self._set_document(doc)
        self.undo_stack.clear()
        if dirty:
            self.undo_stack.resetClean()
        self._update_title()

    def show_applied(self, doc: Document) -> None:
        """After corrections were applied on disk: show the new text and its moved annotations, saved."""
        self._set_document(doc)
        self.safekeeping.saved()
        self._update_title()

    def apply_corrections(self) -> bool:
        return apply_accepted(self, self.confirm)

    def read_only_reason(self) -> str | None:
        """Why edits are refused (the article is locked by someone else), or None."""
        return self.annotator.read_only_reason

    def update_read_only(self) -> None:
        self.actions_by_id["file.save"].setEnabled(not self.safekeeping.read_only)
        self._update_title()

    def _set_document(self, doc: Document) -> None:
        self.session.unsubscribe(self._on_changes)
        self.session = Session(doc)
        self.session.subscribe(self._on_changes)
        self.index = SpanIndex.of(doc)
        self.article_view.highlighter.schema = self.schema  # type: ignore[attr-defined]
        self.article_view.set_article(doc.text, OffsetMap(doc.text), self.index)
        for model in (self.entity_model, self.quote_model, self.correction_model):
            model.set_session(self.session)
        self.entity_model.set_schema(self.schema)
        self.annotator.session, self.annotator.index, self.annotator.schema = (
            self.session,
            self.index,
            self.schema,
        )
        self.annotator.current = None
        self.legend.set_schema(self.schema)
        self._update_label_actions()
        self.status_box.setCurrentIndex(max(0, self.status_box.findData(doc.status)))
        self.orphans.reset(doc)
        self._update_counts()

    def save(self, overwrite_changes: bool = False) -> bool:
        if self.opened is None:
            self.notice(translate("MainWindow", "Nothing to save: open an article first."))
            return False
        if self.safekeeping.read_only:
            self.notice(
                self.annotator.read_only_reason or translate("MainWindow", "This article is open read-only."),
                banner=True,
            )
            return False
        try:
            save_document(self.opened, overwrite_changes=overwrite_changes)
        except ChangedOnDisk:
            self.safekeeping.check_disk()
            return False
        except (FileProblem, OSError) as exc:
            message = exc.located() if isinstance(exc, FileProblem) else str(exc)
            kept = self.safekeeping.autosave_now()
            where = (
                translate("MainWindow", " Your changes are still here and in the recovery file.")
                if kept
                else ""
            )
            self.notice(
                translate("MainWindow", "Not saved. {reason} The previous sidecar is unchanged.").format(
                    reason=message
                )
                + where,
                banner=True,
            )
            return False
        self.undo_stack.setClean()
        self.banners.hide_banner("notice")
        self.safekeeping.saved()
        self.corpus.model.refresh(self.opened.article_path)
        self.folders.update_progress()
        self.notice(translate("MainWindow", "Saved {name}").format(name=self.opened.sidecar_path.name))
        self._update_title()
        return True

    def is_dirty(self) -> bool:
        return not self.undo_stack.isClean()

    def _ask_unsaved(self) -> Choice:
        buttons = Choice.Save | Choice.Discard | Choice.Cancel
        name = self.opened.article_path.name if self.opened else translate("MainWindow", "the article")
        return QMessageBox.question(
            self,
            translate("MainWindow", "Unsaved changes"),
            translate("MainWindow", "Save the annotations of {name}?").format(name=name),
            buttons,
            Choice.Save,
        )

    def _confirm(self, question: str) -> bool:
        return QMessageBox.question(self, "editor-app", question) == Choice.Yes

    def maybe_save(self) -> bool:
        """True if it is fine to drop the current document (saved, discarded, or nothing to lose)."""
        if not self.is_dirty():
            return True
        choice = self.ask_unsaved()
        if choice == Choice.Save:
            return self.save()
        return choice == Choice.Discard

    def request_open(self, path: Path | str) -> bool:
        """Open from a menu, the recent list or a drop: asks about unsaved changes first."""
        return self.maybe_save() and self.open_article(path)

    def choose_article(self) -> None:
        if not self.maybe_save():
            return
        start = str(self.opened.article_path.parent) if self.opened else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("MainWindow", "Open article"),
            start,
            translate("MainWindow", "Articles (*.txt *.md);;All files (*)"),
        )
        if path:
            self.open_article(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.safekeeping.detach()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_article(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_article(event)
        if path is not None:
            event.acceptProposedAction()
            self.request_open(path)

    @staticmethod
    def _dropped_article(event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        return next((p for p in paths if is_article(p)), None)

    # Settings --------------------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1320, 840)
        state = self.settings.value("window/splitter")
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)

    def recent_files(self) -> list[str]:
        value = self.settings.value("recent", [])
        items = [value] if isinstance(value, str) else list(value) if isinstance(value, list | tuple) else []
        return [str(v) for v in items][:MAX_RECENT]

    def _add_recent(self, path: Path) -> None:
        resolved = str(path.resolve())
        items = [resolved] + [p for p in self.recent_files() if p != resolved]
        self.settings.setValue("recent", items[:MAX_RECENT])
        self._update_recent_menu()

    def _update_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.recent_files():
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.request_open(p))
        self.recent_menu.setEnabled(bool(self.recent_files()))

    def author_name(self) -> str | None:
        return str(setting(self.settings, "author")).strip() or None

    def ask_author_name(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            translate("MainWindow", "Author name"),
            translate("MainWindow", "Your name, written as 'by' on what you annotate:"),
            text=self.author_name() or "",
        )
        if ok:
            self.settings.setValue("author", name.strip())

    # Status ----------------------------------------------------------------------------------------

    def notice(self, message: str, banner: bool = False) -> None:
        self.statusBar().showMessage(message, 8000)
        if banner:
            self.banners.show_banner("notice", message, kind="warning")

    def _clean_changed(self, _clean: bool) -> None:
        self._update_title()
        if self.opened is not None:
            self.corpus.model.set_unsaved(self.opened.article_path if self.is_dirty() else None)

    def _update_title(self) -> None:
        name = self.opened.article_path.name if self.opened else translate("MainWindow", "no article")
        read_only = translate("MainWindow", " (read-only)") if self.safekeeping.read_only else ""
        self.setWindowTitle(f"{name}[*]{read_only} — editor-app")
        self.setWindowModified(self.is_dirty())
        self.saved_label.setText(
            translate("MainWindow", "Unsaved changes")
            if self.is_dirty()
            else translate("MainWindow", "Saved")
        )
        self.file_label.setText(
            str(self.opened.article_path) if self.opened else translate("MainWindow", "No article open")
        )

    def _update_counts(self) -> None:
        counts = self.index.counts
        self.counts_label.setText(
            translate(
                "MainWindow",
                "{entities} entities ({mentions} mentions) · {quotes} quotes · {corrections} corrections "
                "({open} open)",
            ).format(
                entities=counts.entities,
                mentions=counts.mentions,
                quotes=counts.quotes,
                corrections=counts.corrections,
                open=counts.open_corrections,
            )
        )

    def _on_changes(self, changes: ChangeSet) -> None:
        self.index.update(changes)
        self.article_view.repaint_spans([(s.start, s.end) for s in changes.spans()])
        for field in changes.fields():
            if field.name == "status":
                self.status_box.setCurrentText(field.after)
        self._update_counts()
        if touches_orphans(changes):
            self.orphans.reset(self.session.doc)
        current = self.annotator.current
        if current is not None:
            self.annotator.set_current(current, notify=False)

    # The current annotation ------------------------------------------------------------------------

    def _clicked_in_text(self, position: int) -> None:
        self.annotator.set_current(self.annotator.target_at(position))

    def _row_chosen(self, index: QModelIndex) -> None:
        if self._syncing or not index.isValid():
            return
        record_id = index.data(RecordIdRole)
        mention = index.data(MentionRole) if index.model() is self.entity_model else None
        self.annotator.set_current(Target(record_id, mention), notify=False)
        self._describe_current(Target(record_id, mention))
        span = self.annotator.span_of(Target(record_id, mention))
        if span is not None:
            self.article_view.flash(*span)

    def _show_current(self, target: Target | None) -> None:
        """Select the row of the current annotation in its panel, and say what it is."""
        self._describe_current(target)
        if target is None:
            return
        record = self.session.doc.find(target.record_id)
        self._syncing = True
        try:
            if isinstance(record, Entity):
                self._select(
                    self.entities_panel, self.entity_model.index_of(target.record_id, target.mention)
                )
            elif isinstance(record, Quote):
                self._select(self.quotes_panel, self.quote_model.index(self.quote_model.row_of(record.id), 0))
            elif isinstance(record, Correction):
                row = self.correction_model.row_of(record.id)
                self._select(self.corrections_panel, self.correction_model.index(row, 0))
        finally:
            self._syncing = False

    def _describe_current(self, target: Target | None) -> None:
        """The article view's accessible description names the current annotation in words."""
        record = self.session.doc.find(target.record_id) if target is not None else None
        text: str | None = None
        if isinstance(record, Entity):
            mention = next(
                (m for m in record.mentions if target and (m.start, m.end) == target.mention),
                record.mentions[0] if record.mentions else None,
            )
            text = describe_mention(record, mention) if mention is not None else None
        elif isinstance(record, Quote):
            text = self.quote_model.describe_quote(record)
        elif isinstance(record, Correction):
            text = describe_correction(record)
        self.article_view.describe_current(text)

    @staticmethod
    def _select(view: QAbstractItemView, index: QModelIndex) -> None:
        if index.isValid():
            if index.parent().isValid() and hasattr(view, "expand"):
                view.expand(index.parent())
            view.setCurrentIndex(index)
            view.scrollTo(index)

    def _ask_speaker(self, quote_id: str) -> None:
        index = self.quote_model.index(self.quote_model.row_of(quote_id), 1)
        self._syncing = True
        self.quotes_panel.setCurrentIndex(index)
        self._syncing = False
        self.quotes_panel.setFocus()
        self.quotes_panel.edit(index)

    def _ask_correction(self, start: int, end: int) -> None:
        rect = self.article_view.cursorRect()
        where = self.article_view.viewport().mapTo(
            self.correction_popup.parentWidget() or self, rect.bottomLeft()
        )
        text = self.session.doc.text[start:end]
        self.correction_popup.open_for(start, end, text, self.annotator.default_category(start, end))
        self.correction_popup.move(QPoint(10, min(where.y() + 6, self.article_view.height() - 60)))

    def _confirm_correction(self, start: int, end: int, replacement: str, category: str) -> None:
        self.annotator.add_correction(start, end, replacement, category)
        self.article_view.setFocus()

    # Menus -----------------------------------------------------------------------------------------

    def context_menu_at(self, position: int) -> QMenu:
        menu = QMenu(self)
        menu.addMenu(self.mention_menu(menu))
        menu.addAction(self.actions_by_id["annotate.mark_all"])
        target = self.annotator.target_at(position)
        if target is not None:
            self.annotator.set_current(target)
            if target.mention is not None:
                menu.addAction(self.actions_by_id["annotate.split"])
            menu.addAction(self.actions_by_id["edit.delete"])
        menu.addSeparator()
        for name in ("annotate.quote", "annotate.speaker", "annotate.cue", "annotate.correction"):
            menu.addAction(self.actions_by_id[name])
        labels = menu.addMenu(translate("MainWindow", "Label as"))
        for n in range(1, 10):
            if self.schema.by_key(n) is not None:
                labels.addAction(self.actions_by_id[f"label.{n}"])
        return menu

    def mention_menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(translate("MainWindow", "Add as mention of…"), parent)
        menu.setObjectName("mentionMenu")
        entities = sorted(self.session.doc.entities, key=lambda e: e.name.lower())
        for entity in entities[:40]:
            action = menu.addAction(f"{entity.name} ({entity.label})")
            action.triggered.connect(lambda _checked=False, i=entity.id: self.annotator.add_as_mention(i))
        menu.setEnabled(bool(entities) and self.article_view.selected_range() is not None)
        return menu

    # Action handlers (named in editor_app.ui.actions) ----------------------------------------------

    def undo(self) -> None:
        self.undo_stack.undo()

    def redo(self) -> None:
        self.undo_stack.redo()

    def delete_annotation(self) -> None:
        self.annotator.delete()

    def show_find(self) -> None:
        self.find_bar.show()
        self.find_bar.field.setFocus()
        self.find_bar.field.selectAll()

    def find_text(self, needle: str, step: int) -> bool:
        text = self.session.doc.text
        if not needle:
            return False
        here = self.article_view.raw_selection()
        position = self.article_view.cursor_position()
        if step > 0:
            found = text.find(needle, here[1] if here else position)
            found = found if found >= 0 else text.find(needle)
        else:
            found = text.rfind(needle, 0, here[0] if here else position)
            found = found if found >= 0 else text.rfind(needle)
        if found < 0:
            self.find_bar.result.setText(translate("MainWindow", "not found"))
            return False
        self.find_bar.result.setText(
            translate("MainWindow", "{count} found").format(count=text.count(needle))
        )
        self.article_view.select_range(found, found + len(needle))
        return True

    def next_correction(self) -> None:
        self.annotator.jump_to_correction(1)

    def previous_correction(self) -> None:
        self.annotator.jump_to_correction(-1)

    def repeat_label(self) -> None:
        self.annotator.repeat_label()

    def make_quote(self) -> None:
        self.annotator.quote()

    def set_speaker(self) -> None:
        self.annotator.speaker()

    def set_cue(self) -> None:
        self.annotator.cue()

    def make_correction(self) -> None:
        self.annotator.correction()

    def mark_all(self) -> None:
        self.annotator.mark_all()

    def choose_entity_for_mention(self) -> None:
        menu = self.mention_menu(self)
        rect = self.article_view.cursorRect()
        menu.popup(self.article_view.viewport().mapToGlobal(rect.bottomLeft()))

    def merge_entities(self) -> None:
        rows = self.entities_panel.selectionModel().selectedRows(0)
        ids: list[str] = []
        for index in rows:
            if not index.parent().isValid() and index.data(RecordIdRole) not in ids:
                ids.append(index.data(RecordIdRole))
        current = self.entities_panel.currentIndex()
        if current.isValid() and not current.parent().isValid() and current.data(RecordIdRole) in ids:
            ids.remove(current.data(RecordIdRole))
            ids.insert(0, current.data(RecordIdRole))
        self.annotator.merge(ids)

    def split_mention(self) -> None:
        self.annotator.split()

    def zoom_in(self) -> None:
        self._zoom += 1
        self.article_view.zoomIn(1)

    def zoom_out(self) -> None:
        self._zoom -= 1
        self.article_view.zoomOut(1)

    def zoom_reset(self) -> None:
        self.article_view.zoomOut(self._zoom)
        self._zoom = 0

    def toggle_snap(self) -> None:
        self.article_view.snap_enabled = self.actions_by_id["view.snap"].isChecked()

    # Folders (editor_app.ui.folders) ---------------------------------------------------------------

    def open_folder(self, folder: Path | str) -> bool:
        """List every article of ``folder`` and open the first one not done yet."""
        return self.folders.open_folder(folder)

    # Orphans ---------------------------------------------------------------------------------------

    def _orphan_chosen(self, index: QModelIndex) -> None:
        orphan = self.orphans.current()
        if orphan is not None and orphan.span.end <= len(self.session.doc.text):
            self.article_view.flash(orphan.span.start, orphan.span.end)

    def place_orphan(self) -> bool:
        orphan = self.orphans.current()
        selected = self.article_view.selected_range()
        if orphan is None:
            return False
        if selected is None:
            self.notice(
                translate("MainWindow", "Select the words this annotation belongs on, then press Place.")
            )
            return False
        return self.annotator.push(place_edit(self.session.doc, orphan, *selected))

    def delete_orphan(self) -> bool:
        orphan = self.orphans.current()
        return orphan is not None and self.annotator.push(delete_edit(self.session.doc, orphan))

    # Preferences -----------------------------------------------------------------------------------

    def show_preferences(self) -> PreferencesDialog:
        dialog = PreferencesDialog(self, self.settings, self.schema)
        dialog.accepted.connect(lambda: self.apply_preferences(dialog))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.preferences_dialog = dialog
        return dialog

    def apply_preferences(self, dialog: PreferencesDialog) -> None:
        dialog.store()
        self.safekeeping.set_autosave_seconds(setting(self.settings, "autosave/seconds"))
        self.actions_by_id["tools.suggest_on_open"].setChecked(self.suggest_on_open())
        self._apply_font()
        self.article_view.set_label_tags(bool(setting(self.settings, "view/label_tags")))
        self.schema = load_schema(self.opened.article_path if self.opened else None)
        self._set_document(self.session.doc)
        self.notice(translate("MainWindow", "Preferences saved."))

    def _apply_font(self) -> None:
        font = QFont(self.article_view.font())
        family = str(setting(self.settings, "view/font_family"))
        if family:
            font.setFamily(family)
        font.setPointSize(int(setting(self.settings, "view/font_size")))
        self.article_view.setFont(font)

    # Suggestions -----------------------------------------------------------------------------------

    def suggest_on_open(self) -> bool:
        return bool(setting(self.settings, "suggest/on_open"))

    def toggle_suggest_on_open(self) -> None:
        self.settings.setValue("suggest/on_open", self.actions_by_id["tools.suggest_on_open"].isChecked())

    def run_suggestions(self) -> None:
        self.suggesting.start()

    def accept_suggestion(self) -> None:
        self.suggesting.decide(True)

    def reject_suggestion(self) -> None:
        self.suggesting.decide(False)

    def next_suggestion(self) -> None:
        self.suggesting.next_suggestion()

    def accept_all_suggestions(self) -> None:
        focused = {
            self.entities_panel: Entity,
            self.quotes_panel: Quote,
            self.corrections_panel: Correction,
        }
        kind = next((k for view, k in focused.items() if view.hasFocus()), None)
        self.suggesting.accept_all_in_panel(kind)

    def show_about(self) -> None:
        QMessageBox.about(self, translate("MainWindow", "About editor-app"), about_html())

    def show_shortcuts(self) -> None:
        dialog = ShortcutsDialog(self, self.schema)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.shortcuts_dialog = dialog

"""The main window: the composition root of the UI. It assembles the parts and binds the actions.

The open document and its files belong to the :class:`~editor_app.ui.workspace.Workspace`; what the
keys do to it to :mod:`editor_app.ui.annotator`; keeping it safe to :mod:`~editor_app.ui.autosave`,
:mod:`~editor_app.ui.disk_watch` and :mod:`~editor_app.ui.lock_banner`; suggestions to
:mod:`~editor_app.ui.suggesting`; folders to :mod:`~editor_app.ui.folders`. The window builds the
widgets, gives each part the workspace and the :class:`~editor_app.ui.notices.Notices`, and keeps the
title, counts and status box in step with the workspace's signals.
"""

from collections.abc import Callable
from functools import partial
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from editor_app.model.changes import ChangeSet, EditLike
from editor_app.model.offsets import OffsetMap
from editor_app.model.records import Correction, Entity, Quote
from editor_app.storage.corpus_files import is_article
from editor_app.storage.sample_copy import is_sample_copy
from editor_app.ui.actions import MENUS, TOOLBAR, Handlers, build_actions, menu_title, tooltip
from editor_app.ui.adjudicating import AdjudicationCard
from editor_app.ui.adjudicating_folder import FolderAdjudication
from editor_app.ui.annotator import Annotator
from editor_app.ui.applying import apply_accepted
from editor_app.ui.article_view import ArticleView
from editor_app.ui.author_banner import AuthorBanner
from editor_app.ui.autosave import Autosave
from editor_app.ui.banners import BannerArea
from editor_app.ui.conflict_review import conflict_review
from editor_app.ui.current_sync import CurrentSync
from editor_app.ui.dialogs import CorrectionPopup, FindBar, Legend, ShortcutsDialog, about_html
from editor_app.ui.disk_watch import DiskWatch
from editor_app.ui.document_bar import DocumentBar
from editor_app.ui.entity_picker import EntityPicker, Pickers
from editor_app.ui.find_in_folder import FindInFolder
from editor_app.ui.find_in_text import FindInText
from editor_app.ui.folders import Folders
from editor_app.ui.highlighter import AnnotationHighlighter
from editor_app.ui.i18n import translate
from editor_app.ui.icons import toolbar_icon
from editor_app.ui.item_models import CorrectionModel, EntityModel, QuoteModel, RecordIdRole
from editor_app.ui.lock_banner import LockBanner
from editor_app.ui.menus import ContextMenus
from editor_app.ui.names_link import NamesLinks
from editor_app.ui.notices import Notices
from editor_app.ui.orphans import OrphanPanel
from editor_app.ui.panels import entities_view, table_view, titled_stack
from editor_app.ui.preferences import PreferencesDialog, author_name, setting
from editor_app.ui.recent import RecentMenu
from editor_app.ui.review import ReviewPanel
from editor_app.ui.suggesting import Suggesting
from editor_app.ui.window_layout import WindowLayout
from editor_app.ui.workspace import Workspace


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.settings = QSettings("editor-app", "editor-app")
        self.setAcceptDrops(True)
        self.banners = BannerArea()
        self.notices = Notices(self, self.statusBar(), self.banners)
        self.workspace = Workspace(self.notices, self)
        self.workspace.author = lambda: author_name(self.settings)
        self.article_view = ArticleView()
        self.annotator = Annotator(self.workspace, self.article_view, self.notices)
        self._build_widgets()
        self.autosave = Autosave(self.workspace, self.notices, self.settings)
        self.disk_watch = DiskWatch(self.workspace, self.notices, self.autosave)
        self.lock_banner = LockBanner(self.workspace, self.notices)
        self.suggesting = Suggesting(self.workspace, self.notices, self.annotator, self.settings)
        self.review = ReviewPanel(self.workspace, self.annotator, self.suggesting, self.notices)
        self.review.left_review.connect(self.article_view.setFocus)
        self.article_column.insertWidget(1, self.review)
        self.adjudication = AdjudicationCard(self.workspace, self.annotator, self.notices)
        self.adjudication.left_card.connect(self.article_view.setFocus)
        self.article_column.insertWidget(2, self.adjudication)
        self.statusBar().addPermanentWidget(self.suggesting.progress)
        self.statusBar().addPermanentWidget(self.suggesting.cancel_button)
        self.folders = Folders(
            self.workspace, self.notices, self.settings, self.corpus_dock, self.document_bar.progress_label
        )
        self.corpus = self.folders.corpus
        self.find_in_folder = FindInFolder(self.workspace, self.notices, self.folders, self.article_view)
        self.folder_adjudication = FolderAdjudication(
            self.workspace, self.notices, self.folders, self.adjudication, self.settings
        )
        self.names_links = NamesLinks(self.workspace, self.notices, self.entity_picker, self.entities_panel)
        self._build_menus()
        self._set_tab_order()
        self._restore_settings()
        self._connect_workspace()
        self.article_view.set_label_tags(bool(setting(self.settings, "view/label_tags")))
        self.article_view.setFocus()  # keys annotate from the start
        if self.settings.contains("view/font_size") or self.settings.contains("view/font_family"):
            self._apply_font()
        self._document_replaced()
        self.document_bar.refresh()
        self.author_banner = AuthorBanner(self.notices, self.settings, self)  # first run: who is this?

    # Assembly --------------------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        workspace = self.workspace
        self.article_view.highlighter = AnnotationHighlighter(  # type: ignore[attr-defined]
            self.article_view.document(), workspace.index, OffsetMap(""), workspace.schema
        )
        self.article_view.resize_handler = lambda edge, step: self.annotator.resize(edge, step)
        self.find_bar = FindBar()
        self.find_in_text = FindInText(workspace, self.article_view, self.find_bar)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.banners)
        self.article_column = left_layout
        left_layout.addWidget(self.article_view, 1)
        self.orphans = OrphanPanel(workspace, self.article_view, self.notices)
        left_layout.addWidget(self.orphans)
        left_layout.addWidget(self.find_bar)
        self.correction_popup = CorrectionPopup(left)
        self.entity_picker = EntityPicker(left)
        self.pickers = Pickers(self.annotator, self.article_view, self.entity_picker)
        self.correction_popup.on_confirm = self._confirm_correction

        submit: Callable[[EditLike], bool] = workspace.push
        self.entity_model = EntityModel(workspace.session, submit, workspace.schema)
        self.quote_model = QuoteModel(workspace.session, submit)
        self.correction_model = CorrectionModel(workspace.session, submit)
        self.entities_panel = entities_view(self.entity_model)
        self.quotes_panel = table_view(self.quote_model, "quotesPanel", filtered=frozenset({1}))
        self.corrections_panel = table_view(self.correction_model, "correctionsPanel")
        self.current_sync = CurrentSync(
            self.annotator,
            self.article_view,
            (self.entities_panel, self.quotes_panel, self.corrections_panel),
            (self.entity_model, self.quote_model, self.correction_model),
        )
        self.annotator.ask_correction = self._ask_correction
        self.legend = Legend(workspace.schema)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 0, 0, 0)
        right_layout.addWidget(self.legend)
        panels = self.panels_splitter = titled_stack(
            [
                (translate("MainWindow", "E&ntities"), self.entities_panel),
                (translate("MainWindow", "&Quotes"), self.quotes_panel),
                (translate("MainWindow", "C&orrections"), self.corrections_panel),
            ]
        )
        right_layout.addWidget(panels, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)  # the article takes what the window gains or loses;
        self.splitter.setStretchFactor(1, 0)  # the panels keep their width
        self.setCentralWidget(self.splitter)

        self.corpus_dock = QDockWidget(translate("MainWindow", "Articles"), self)
        self.corpus_dock.setObjectName("corpusDock")
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.corpus_dock)
        self.corpus_dock.hide()

        self.document_bar = DocumentBar(workspace, self.statusBar(), self.article_view.setFocus)
        for closed in (
            self.find_bar.closed,
            self.correction_popup.closed,
            self.entity_picker.closed,
            self.banners.escaped,
        ):
            closed.connect(self.article_view.setFocus)

    def _build_menus(self) -> None:
        menus = {name: self.menuBar().addMenu(menu_title(name)) for name in MENUS}
        local: list[QWidget] = [
            self.article_view,
            self.entities_panel,
            self.quotes_panel,
            self.corrections_panel,
        ]
        self.actions_by_id = build_actions(self, menus, self._handlers(), local)
        self.menus = ContextMenus(self.annotator, self.article_view, self.actions_by_id)
        self.recent_menu = RecentMenu(self.settings, self.folders, self)
        menus["File"].insertMenu(self.actions_by_id["file.save"], self.recent_menu)
        self.actions_by_id["view.snap"].setChecked(True)
        tracked = bool(setting(self.settings, "view/tracked_changes"))
        self.actions_by_id["view.tracked_changes"].setChecked(tracked)
        self.article_view.set_tracked_changes(tracked)
        self.actions_by_id["tools.suggest_on_open"].setChecked(self.suggesting.suggest_on_open())
        self._update_label_actions()
        self._build_toolbar()

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar(translate("MainWindow", "Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setAccessibleName(translate("MainWindow", "Main toolbar"))
        style = self.style()
        for action_id, icon in TOOLBAR:
            action = self.actions_by_id[action_id]
            if icon:
                action.setIcon(toolbar_icon(style, icon))
            action.setToolTip(tooltip(action))
            toolbar.addAction(action)

    def _set_tab_order(self) -> None:
        """Tab goes panel by panel: the article, Entities, Quotes, Corrections, then the folder's list."""
        chain: list[QWidget] = [
            self.article_view,
            self.entities_panel,
            self.quotes_panel,
            self.corrections_panel,
            self.folders.corpus.view,
        ]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _handlers(self) -> Handlers:
        """What every action does, by action id (the ids and keys are in :mod:`editor_app.ui.actions`)."""
        annotator, suggesting, folders, workspace = (
            self.annotator,
            self.suggesting,
            self.folders,
            self.workspace,
        )
        handlers: dict[str, Callable[[], object]] = {
            f"label.{n}": partial(annotator.label_key, n) for n in range(1, 10)
        }
        return handlers | {
            "file.open": self.choose_article,
            "file.open_folder": folders.choose_folder,
            "file.save": workspace.save,
            "file.compare": self.folder_adjudication.compare,
            "file.next": folders.next_article,
            "file.previous": folders.previous_article,
            "file.author": self.ask_author_name,
            "file.preferences": self.show_preferences,
            "file.quit": self.close,
            "edit.undo": workspace.undo_stack.undo,
            "edit.redo": workspace.undo_stack.redo,
            "edit.delete": annotator.delete,
            "edit.find": self.find_in_text.show,
            "edit.find_in_folder": self.find_in_folder.show,
            "edit.next_correction": lambda: annotator.jump_to_correction(1),
            "edit.previous_correction": lambda: annotator.jump_to_correction(-1),
            "annotate.repeat": annotator.repeat_label,
            "annotate.quote": annotator.quote,
            "annotate.speaker": annotator.speaker,
            "annotate.cue": annotator.cue,
            "annotate.correction": annotator.correction,
            "annotate.mark_all": annotator.mark_all,
            "annotate.add_mention": annotator.mention,
            "annotate.merge": self.merge_entities,
            "annotate.split": annotator.split,
            "annotate.link_name": self.names_links.link,
            "annotate.add_name": self.names_links.add_entry,
            "review.mode": self.review.start,
            "review.accept": lambda: suggesting.decide(True),
            "review.reject": lambda: suggesting.decide(False),
            "review.reject_entity": suggesting.reject_entity,
            "review.accept_all": self.accept_all_suggestions,
            "review.next": suggesting.next_suggestion,
            "tools.suggest": suggesting.start,
            "tools.suggest_on_open": self.toggle_suggest_on_open,
            "tools.apply": lambda: apply_accepted(workspace, self.notices),
            "tools.statistics": folders.show_statistics,
            "tools.agreement": self.adjudication.show_agreement,
            "tools.conflicts": conflict_review(workspace, self.notices, self).show_panel,
            "view.zoom_in": lambda: self.article_view.zoom(1),
            "view.zoom_out": lambda: self.article_view.zoom(-1),
            "view.zoom_reset": self.article_view.zoom_reset,
            "view.snap": self.toggle_snap,
            "view.tracked_changes": self.toggle_tracked_changes,
            "help.shortcuts": self.show_shortcuts,
            "help.about": self.show_about,
        }

    def _update_label_actions(self) -> None:
        for n in range(1, 10):
            spec = self.workspace.schema.by_key(n)
            action = self.actions_by_id[f"label.{n}"]
            action.setText(
                translate("MainWindow", "Label as {label}").format(label=spec.name)
                if spec
                else translate("MainWindow", "Label {n} (unbound)").format(n=n)
            )
            action.setEnabled(spec is not None)

    # The workbench contract: opening an article or a folder ----------------------------------------

    def open_article(self, path: Path | str) -> bool:
        """Open an article and its sidecar; problems go to the banner and status bar, never to a dialog."""
        return self.workspace.open(path)

    def open_folder(self, folder: Path | str) -> bool:
        """List every article of ``folder`` and open the first one not done yet."""
        return self.folders.open_folder(folder)

    # In step with the workspace --------------------------------------------------------------------

    def _connect_workspace(self) -> None:
        workspace = self.workspace
        workspace.document_replaced.connect(self._document_replaced)
        workspace.changed.connect(self._changed)
        workspace.clean_changed.connect(self._update_title)
        workspace.read_only_changed.connect(self._read_only_changed)
        workspace.opened.connect(self._update_title)
        workspace.saved.connect(self._update_title)
        workspace.loading_changed.connect(self._update_title)

    def _document_replaced(self) -> None:
        workspace, doc, view = self.workspace, self.workspace.doc, self.article_view
        view.highlighter.schema = workspace.schema  # type: ignore[attr-defined]
        offsets = view.offsets if doc.text == view.text else OffsetMap(doc.text)
        view.set_article(doc.text, offsets, workspace.index)
        for model in (self.entity_model, self.quote_model, self.correction_model):
            model.set_session(workspace.session)
        self.entity_model.set_schema(workspace.schema)
        self.annotator.current = None
        self.legend.set_schema(workspace.schema)
        self._update_label_actions()
        self._update_title()

    def _changed(self, changes: ChangeSet) -> None:
        self.article_view.repaint_spans([(s.start, s.end) for s in changes.changed_spans()])
        current = self.annotator.current
        if current is not None:
            self.annotator.set_current(current, notify=False)

    def _read_only_changed(self, read_only: bool) -> None:
        self.actions_by_id["file.save"].setEnabled(not read_only)
        self._update_title()

    def _update_title(self) -> None:
        files, dirty = self.workspace.files, self.workspace.is_dirty()
        path = files.article_path if files else self.workspace.loading_path
        name = path.name if path else translate("MainWindow", "no article")
        read_only = translate("MainWindow", " (read-only)") if self.workspace.read_only else ""
        if files and is_sample_copy(files.article_path):
            read_only += translate("MainWindow", " (your copy of the sample)")
        self.setWindowTitle(f"{name}[*]{read_only} — editor-app")
        self.setWindowModified(dirty)

    # Corrections, menus, find ----------------------------------------------------------------------

    def _ask_correction(self, start: int, end: int) -> None:
        rect = self.article_view.cursorRect()
        where = self.article_view.viewport().mapTo(
            self.correction_popup.parentWidget() or self, rect.bottomLeft()
        )
        text = self.workspace.doc.text[start:end]
        self.correction_popup.open_for(start, end, text, self.annotator.default_category(start, end))
        self.correction_popup.move(QPoint(10, min(where.y() + 6, self.article_view.height() - 60)))

    def _confirm_correction(self, start: int, end: int, replacement: str, category: str) -> None:
        self.annotator.add_correction(start, end, replacement, category)
        self.article_view.setFocus()

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

    def accept_all_suggestions(self) -> None:
        """Shift+A: every suggestion of the focused panel's kind (all kinds from the article)."""
        panels = {self.entities_panel: Entity, self.quotes_panel: Quote, self.corrections_panel: Correction}
        kind = next((k for view, k in panels.items() if view.hasFocus()), None)
        self.suggesting.accept_all_in_panel(kind)

    # View ------------------------------------------------------------------------------------------

    def toggle_snap(self) -> None:
        self.article_view.snap_enabled = self.actions_by_id["view.snap"].isChecked()

    def toggle_tracked_changes(self) -> None:
        on = self.actions_by_id["view.tracked_changes"].isChecked()
        self.settings.setValue("view/tracked_changes", on)
        self.article_view.set_tracked_changes(on)

    def toggle_suggest_on_open(self) -> None:
        self.settings.setValue("suggest/on_open", self.actions_by_id["tools.suggest_on_open"].isChecked())

    # Preferences -----------------------------------------------------------------------------------

    def show_preferences(self) -> PreferencesDialog:
        dialog = PreferencesDialog(self, self.settings, self.workspace.schema)
        dialog.accepted.connect(lambda: self.apply_preferences(dialog))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.preferences_dialog = dialog
        return dialog

    def apply_preferences(self, dialog: PreferencesDialog) -> None:
        changed = dialog.store()
        self.autosave.set_seconds(max(1.0, float(setting(self.settings, "autosave/seconds"))))
        self.actions_by_id["tools.suggest_on_open"].setChecked(self.suggesting.suggest_on_open())
        if changed & {"view/font_family", "view/font_size"}:
            self._apply_font()
        self.article_view.set_label_tags(bool(setting(self.settings, "view/label_tags")))
        self.workspace.reload_schema()
        self.notices.notice(translate("MainWindow", "Preferences saved."))

    def _apply_font(self) -> None:
        font = QFont(self.article_view.font())
        family = str(setting(self.settings, "view/font_family"))
        if family:
            font.setFamily(family)
        if self.settings.contains("view/font_size"):
            font.setPointSize(int(setting(self.settings, "view/font_size")))
        self.article_view.setFont(font)

    def ask_author_name(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            translate("MainWindow", "Author name"),
            translate("MainWindow", "Your name, written as 'by' on what you annotate:"),
            text=author_name(self.settings) or "",
        )
        if ok:
            self.settings.setValue("author", name.strip())

    def show_about(self) -> None:
        QMessageBox.about(self, translate("MainWindow", "About editor-app"), about_html())

    def show_shortcuts(self) -> None:
        dialog = ShortcutsDialog(self, self.workspace.schema)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.shortcuts_dialog = dialog

    # Files: choosing, dropping, closing ----------------------------------------------------

    def choose_article(self) -> None:
        if not self.workspace.maybe_save():
            return
        files = self.workspace.files
        start = str(files.article_path.parent) if files else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("MainWindow", "Open article"),
            start,
            translate("MainWindow", "Articles (*.txt *.md);;All files (*)"),
        )
        if path:
            self.workspace.open(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.workspace.maybe_save():
            event.ignore()
            return
        self.workspace.close()
        self.window_layout.save()
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_article(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_article(event)
        if path is not None:
            event.acceptProposedAction()
            self.folders.request_open(path)

    @staticmethod
    def _dropped_article(event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        return next((p for p in paths if is_article(p)), None)

    def _restore_settings(self) -> None:
        self.window_layout = WindowLayout(
            self.settings,
            self,
            {"splitter": self.splitter, "panels": self.panels_splitter},
            self.corpus_dock,
        )
        self.window_layout.restore()

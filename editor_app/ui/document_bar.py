"""The status bar's view of the open document: its path, counts, document status and saved state.

The document status box changes the status only on a deliberate choice (``activated``), through an
undoable edit; so does the note field, when Enter is pressed or the focus leaves it. The counts come
from the span index, which each edit keeps up to date.
"""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QStatusBar

from editor_app.model import vocab
from editor_app.model.changes import ChangeSet
from editor_app.model.edits import SetDocumentNote, SetDocumentStatus
from editor_app.ui.i18n import term, translate
from editor_app.ui.workspace import Workspace


class DocumentBar:
    def __init__(self, workspace: Workspace, bar: QStatusBar, give_back_focus: Callable[[], object]):
        self.workspace = workspace
        self.file_label = QLabel(translate("DocumentBar", "No article open"))
        self.status_box = QComboBox()
        self.status_box.setObjectName("documentStatus")
        for status in vocab.DOCUMENT_STATUSES:
            self.status_box.addItem(term(status), status)
        self.status_box.setToolTip(translate("DocumentBar", "Document status"))
        self.status_box.setAccessibleName(translate("DocumentBar", "Document status"))
        # Not on the Tab chain, and the keys go back to the article once a status is chosen: a stray
        # key typed into the box would otherwise pick a status by its first letter.
        self.status_box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.status_box.activated.connect(
            lambda i: (workspace.push(SetDocumentStatus(str(self.status_box.itemData(i)))), give_back_focus())
        )
        self.note_field = QLineEdit()
        self.note_field.setObjectName("documentNote")
        self.note_field.setPlaceholderText(translate("DocumentBar", "Note on this article"))
        self.note_field.setAccessibleName(translate("DocumentBar", "Document note"))
        self.note_field.setToolTip(translate("DocumentBar", "Note on this article, kept in its sidecar"))
        self.note_field.setFixedWidth(self.note_field.fontMetrics().averageCharWidth() * 28)
        self.note_field.editingFinished.connect(self._note_edited)
        self.note_field.returnPressed.connect(give_back_focus)
        escape = QShortcut(
            QKeySequence(Qt.Key.Key_Escape), self.note_field, context=Qt.ShortcutContext.WidgetShortcut
        )
        escape.activated.connect(self._note_cancelled)
        self._give_back_focus = give_back_focus
        self.counts_label = QLabel()
        self.saved_label = QLabel()
        self.progress_label = QLabel()
        self.progress_label.setObjectName("corpusProgress")
        bar.addWidget(self.file_label)
        bar.addPermanentWidget(self.progress_label)
        bar.addPermanentWidget(self.counts_label)
        bar.addPermanentWidget(self.note_field)
        bar.addPermanentWidget(self.status_box)
        bar.addPermanentWidget(self.saved_label)
        workspace.document_replaced.connect(self.refresh)
        workspace.changed.connect(self._changed)
        for signal in (workspace.clean_changed, workspace.opened, workspace.saved):
            signal.connect(self.update_saved_state)

    def refresh(self) -> None:
        self.status_box.setCurrentIndex(max(0, self.status_box.findData(self.workspace.doc.status)))
        self.note_field.setText(self.workspace.doc.note)
        self.update_counts()
        self.update_saved_state()

    def _changed(self, changes: ChangeSet) -> None:
        for field in changes.fields():
            if field.name == "status":
                self.status_box.setCurrentIndex(max(0, self.status_box.findData(field.after)))
            elif field.name == "note":
                self.note_field.setText(str(field.after))
        self.update_counts()

    def _note_cancelled(self) -> None:
        self.note_field.setText(self.workspace.doc.note)
        self._give_back_focus()

    def _note_edited(self) -> None:
        note = self.note_field.text().strip()
        if note != self.workspace.doc.note and not self.workspace.push(SetDocumentNote(note)):
            self.note_field.setText(self.workspace.doc.note)  # refused (read-only): show what is kept

    def update_saved_state(self) -> None:
        files = self.workspace.files
        self.saved_label.setText(
            translate("DocumentBar", "Unsaved changes")
            if self.workspace.is_dirty()
            else translate("DocumentBar", "Saved")
        )
        self.file_label.setText(
            str(files.article_path) if files else translate("DocumentBar", "No article open")
        )

    def update_counts(self) -> None:
        counts = self.workspace.index.counts
        self.counts_label.setText(
            translate(
                "DocumentBar",
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

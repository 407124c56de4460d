"""Merge conflicts left in a sidecar by git's merge driver: listed, resolved one by one, never hidden.

The list (Tools > Resolve merge conflicts) shows each record (or the document) carrying a
``conflict:``; Take mine, Take theirs and Keep both (an entity's mentions) are edits from
:mod:`editor_app.model.conflicts`, pushed on the workspace, so each can be undone. Opening a sidecar
with conflicts says so, and so does every save while any remain: such a file is never saved as if it
were clean without a word.
"""

from collections.abc import Callable
from weakref import WeakKeyDictionary

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor_app.model.changes import ChangeSet, EditLike
from editor_app.model.conflicts import (
    Unresolved,
    describe_conflict,
    describe_document_conflict,
    keep_both,
    take_mine,
    take_theirs,
    unresolved,
)
from editor_app.model.document import Document
from editor_app.model.edits import EditError
from editor_app.storage.documents import OpenedDocument
from editor_app.ui.i18n import translate
from editor_app.ui.notices import Notices
from editor_app.ui.workspace import Workspace

_REVIEWS: "WeakKeyDictionary[Workspace, ConflictReview]" = WeakKeyDictionary()


def conflict_review(
    workspace: Workspace, notices: Notices, parent: QWidget | None = None
) -> "ConflictReview":
    """The one conflict review of ``workspace`` (made on first use)."""
    review = _REVIEWS.get(workspace)
    if review is None:
        review = _REVIEWS[workspace] = ConflictReview(workspace, notices, parent)
    return review


def describe(doc: Document, item: Unresolved) -> str:
    if item.record_id is None:
        return describe_document_conflict(doc)
    record = doc.find(item.record_id)
    return describe_conflict(record) if record is not None else item.record_id


class ConflictReview(QDialog):
    """A small window beside the article: the conflicts, and the three ways to resolve one."""

    def __init__(self, workspace: Workspace, notices: Notices, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.notices = notices
        self.items: list[Unresolved] = []
        self.setObjectName("conflictReview")
        self.setWindowTitle(translate("Conflicts", "Merge conflicts"))
        self.setModal(False)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        layout.addWidget(self.heading)
        self.list = QListWidget()
        self.list.setObjectName("conflictList")
        self.list.setAccessibleName(translate("Conflicts", "Annotations changed differently on both sides"))
        self.list.setWordWrap(True)
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.mine_button = QPushButton(translate("Conflicts", "Take &mine"))
        self.theirs_button = QPushButton(translate("Conflicts", "Take &theirs"))
        self.both_button = QPushButton(translate("Conflicts", "Keep &both mentions"))
        for button in (self.mine_button, self.theirs_button, self.both_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.resize(560, 320)
        self.mine_button.clicked.connect(lambda: self.resolve(take_mine))
        self.theirs_button.clicked.connect(lambda: self.resolve(take_theirs))
        self.both_button.clicked.connect(lambda: self.resolve(keep_both))
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        workspace.document_replaced.connect(self._replaced)
        workspace.changed.connect(self._changed)
        workspace.saved.connect(self._saved)

    # Showing ---------------------------------------------------------------------------------------

    def show_panel(self) -> None:
        self.refresh()
        if not self.items:
            self.notices.notice(translate("Conflicts", "No merge conflicts in these annotations."))
        self.show()
        self.list.setFocus()

    def refresh(self) -> None:
        doc = self.workspace.doc
        row = max(self.list.currentRow(), 0)
        self.items = unresolved(doc)
        self.list.clear()
        for item in self.items:
            entry = QListWidgetItem(describe(doc, item))
            entry.setData(Qt.ItemDataRole.UserRole, item.record_id)
            self.list.addItem(entry)
        self.heading.setText(
            translate("Conflicts", "{count} unresolved conflict(s)").format(count=len(self.items))
        )
        if self.items:
            self.list.setCurrentRow(min(row, len(self.items) - 1))
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.current()
        for button in (self.mine_button, self.theirs_button):
            button.setEnabled(item is not None and not self.workspace.read_only)
        self.both_button.setEnabled(item is not None and item.can_keep_both and not self.workspace.read_only)

    def current(self) -> Unresolved | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    # Resolving -------------------------------------------------------------------------------------

    def resolve(self, how: Callable[[Document, Unresolved], EditLike]) -> bool:
        """Resolve the chosen conflict with ``how`` (take_mine, take_theirs or keep_both)."""
        item = self.current()
        if item is None:
            return False
        try:
            edit = how(self.workspace.doc, item)
        except EditError as exc:
            self.notices.notice(str(exc))
            return False
        return self.workspace.push(edit)

    # The workspace's signals -----------------------------------------------------------------------

    def _replaced(self) -> None:
        self.refresh()
        if self.items:
            self.notices.notice(
                translate(
                    "Conflicts",
                    "{count} merge conflict(s) in these annotations: Tools > Resolve merge conflicts",
                ).format(count=len(self.items)),
                banner=True,
            )

    def _changed(self, _changes: ChangeSet) -> None:
        if self.items or self.isVisible():
            self.refresh()

    def _saved(self, _files: OpenedDocument) -> None:
        remaining = len(unresolved(self.workspace.doc))
        if remaining:
            self.notices.notice(
                translate(
                    "Conflicts",
                    "Saved with {count} unresolved merge conflict(s): `editor-app check` will report them",
                ).format(count=remaining),
                banner=True,
            )

"""The "needs re-anchoring" list: spans that could not be placed on the article's new text.

An orphaned span keeps its old offsets and words and is never moved by a guess; the user selects
the right words in the article and presses Place, or deletes the annotation.
"""

from html import escape
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from editor_app.model.changes import ChangeSet
from editor_app.model.document import Document
from editor_app.model.orphaned import Orphan, delete_edit, orphans_of, place_edit, touches_orphans
from editor_app.model.records import Correction, Entity, Quote
from editor_app.ui.article_view import ArticleView
from editor_app.ui.i18n import term, translate
from editor_app.ui.notices import Notices
from editor_app.ui.workspace import Workspace

AnyIndex = QModelIndex | QPersistentModelIndex


def describe(orphan: Orphan) -> str:
    record = orphan.record
    if orphan.is_cue:
        return translate("Orphans", "cue of a quote")
    if isinstance(record, Entity):
        return translate("Orphans", "mention of {entity} ({label})").format(
            entity=record.name, label=record.label
        )
    if isinstance(record, Quote):
        return translate("Orphans", "{kind} quote").format(kind=term(record.kind))
    assert isinstance(record, Correction)
    return translate("Orphans", "correction to “{replacement}”").format(replacement=record.replacement)


class OrphanModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Orphan] = []

    def reset(self, doc: Document) -> None:
        self.beginResetModel()
        self.rows = orphans_of(doc)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        orphan = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("Orphans", "“{text}”: {what}, was at {offset}").format(
                text=_short(orphan.span.text), what=describe(orphan), offset=orphan.span.start
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return translate("Orphans", "{what}: “{text}”").format(
                what=describe(orphan), text=orphan.span.text
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return orphan.span.text
        return None


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class OrphanPanel(QWidget):
    """Shown only while there are orphans."""

    def __init__(self, workspace: Workspace, view: ArticleView, notices: Notices):
        super().__init__()
        self.workspace = workspace
        self.article_view = view
        self.notices = notices
        self.setObjectName("orphansPanel")
        self.model = OrphanModel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.heading = QLabel()
        layout.addWidget(self.heading)
        self.view = QListView()
        self.view.setObjectName("orphansList")
        self.view.setAccessibleName(translate("Orphans", "Annotations that need re-anchoring"))
        self.view.setModel(self.model)
        self.view.setMaximumHeight(120)
        layout.addWidget(self.view)
        buttons = QHBoxLayout()
        self.place_button = QPushButton(translate("Orphans", "&Place at selection"))
        self.place_button.setToolTip(
            translate("Orphans", "Select the right words in the article, then press this")
        )
        self.place_button.setAccessibleDescription(self.place_button.toolTip())
        self.delete_button = QPushButton(translate("Orphans", "Delete annotation"))
        self.delete_button.setAccessibleDescription(
            translate("Orphans", "Deletes the chosen annotation that needs re-anchoring")
        )
        buttons.addWidget(self.place_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.hide()
        self.place_button.clicked.connect(self.place)
        self.delete_button.clicked.connect(self.delete)
        self.view.clicked.connect(self._chosen)
        workspace.document_replaced.connect(lambda: self.reset(workspace.doc))
        workspace.changed.connect(self._changed)

    def _changed(self, changes: ChangeSet) -> None:
        if touches_orphans(changes):
            self.reset(self.workspace.doc)

    def _chosen(self, _index: QModelIndex) -> None:
        orphan = self.current()
        if orphan is not None and orphan.span.end <= len(self.workspace.doc.text):
            self.article_view.flash(orphan.span.start, orphan.span.end)

    def place(self) -> bool:
        """Put the chosen orphan on the words selected in the article."""
        orphan = self.current()
        selected = self.article_view.selected_range()
        if orphan is None:
            return False
        if selected is None:
            self.notices.notice(
                translate("Orphans", "Select the words this annotation belongs on, then press Place.")
            )
            return False
        edit = place_edit(self.workspace.doc, orphan, *selected)
        edit.text = (
            translate("Orphans", "Place cue")
            if orphan.is_cue
            else translate("Orphans", "Place orphaned span")
        )
        return self.workspace.push(edit)

    def delete(self) -> bool:
        orphan = self.current()
        if orphan is None:
            return False
        edit = delete_edit(self.workspace.doc, orphan)
        if orphan.is_cue:
            edit.text = translate("Orphans", "Remove cue")
        return self.workspace.push(edit)

    def reset(self, doc: Document) -> None:
        self.model.reset(doc)
        count = len(self.model.rows)
        self.heading.setText(
            "<b>{}</b> ({})".format(escape(translate("Orphans", "Needs re-anchoring")), count)
        )
        self.setVisible(count > 0)

    def current(self) -> Orphan | None:
        index = self.view.currentIndex()
        if not index.isValid() and self.model.rows:
            return self.model.rows[0]
        return (
            self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None
        )

"""Find in folder (Ctrl+Shift+F): search every article and annotation of the open folder.

Type words (every word must match; ``word*`` is a prefix), choose a kind; the hits are listed as you
type, from the folder's index (:mod:`editor_app.storage.archive_index`). Enter (or a double click)
opens the article at the hit, its words selected. Opening the search also re-checks the folder against
the disk in the background (as does a change the folder's watch notices), and the hits follow each
re-check.
"""

import sqlite3
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor_app.storage.archive_index import TEXT, Hit
from editor_app.ui.article_view import ArticleView
from editor_app.ui.folders import Folders
from editor_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from editor_app.ui.notices import Notices
from editor_app.ui.workspace import Workspace

LIMIT = 500
"""Hits listed at most (a search over 100,000 articles stays fast; narrow it to see the rest)."""
KIND_NAMES = {
    TEXT: QT_TRANSLATE_NOOP("FindInFolder", "text"),
    "entity": QT_TRANSLATE_NOOP("FindInFolder", "entity"),
    "quote": QT_TRANSLATE_NOOP("FindInFolder", "quote"),
    "correction": QT_TRANSLATE_NOOP("FindInFolder", "correction"),
}
HitRole = Qt.ItemDataRole.UserRole + 60


class _MiddleElided(QStyledItemDelegate):
    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class FindInFolderDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findInFolder")
        self.setWindowTitle(translate("FindInFolder", "Find in folder"))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.field = QLineEdit()
        self.field.setObjectName("findInFolderField")
        self.field.setPlaceholderText(translate("FindInFolder", "Words to find in every article…"))
        self.field.setAccessibleName(translate("FindInFolder", "Find in folder"))
        self.field.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.kind.setObjectName("findInFolderKind")
        self.kind.setAccessibleName(translate("FindInFolder", "Search in"))
        self.kind.addItem(translate("FindInFolder", "Text and annotations"), None)
        self.kind.addItem(translate("FindInFolder", "Entities"), "entity")
        self.kind.addItem(translate("FindInFolder", "Quotes"), "quote")
        self.kind.addItem(translate("FindInFolder", "Corrections"), "correction")
        row.addWidget(self.field, 1)
        row.addWidget(self.kind)
        layout.addLayout(row)
        self.hits = QTreeWidget()
        self.hits.setObjectName("findInFolderHits")
        self.hits.setAccessibleName(translate("FindInFolder", "Hits"))
        self.hits.setRootIsDecorated(False)
        self.hits.setUniformRowHeights(True)
        self.hits.setItemDelegateForColumn(0, _MiddleElided(self.hits))  # dates and last words of names
        self.hits.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.hits.setHeaderLabels(
            [
                translate("FindInFolder", "Article"),
                translate("FindInFolder", "Kind"),
                translate("FindInFolder", "Where"),
            ]
        )
        header = self.hits.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.hits, 1)
        self.summary = QLabel()
        self.summary.setObjectName("findInFolderSummary")
        layout.addWidget(self.summary)
        self.resize(900, 520)
        self.hits.setColumnWidth(0, 300)
        self.field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down from the field goes to the hits; Enter in the field opens the first (or current) hit."""
        if (
            watched is self.field
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.hits.topLevelItemCount()
        ):
            self.hits.setFocus()
            first = self.hits.topLevelItem(0)
            if self.hits.currentItem() is None and first is not None:
                self.hits.setCurrentItem(first)
            return True
        return super().eventFilter(watched, event)


class FindInFolder(QObject):
    """The controller: searches the open folder's index and opens hits through the workspace."""

    def __init__(self, workspace: Workspace, notices: Notices, folders: Folders, view: ArticleView) -> None:
        super().__init__(workspace)
        self.workspace = workspace
        self.notices = notices
        self.folders = folders
        self.view = view
        self.dialog: FindInFolderDialog | None = None
        self.last_hits: list[Hit] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(120)
        self.timer.timeout.connect(self.search)
        folders.rescanned.connect(self._rescanned)

    def show(self) -> None:
        if self.folders.index is None or self.folders.corpus.model.folder is None:
            self.notices.notice(translate("FindInFolder", "Open a folder first (Ctrl+Shift+O)."))
            return
        dialog = self.dialog
        if dialog is None:
            dialog = self.dialog = FindInFolderDialog(self.folders.parent_widget)
            dialog.field.textChanged.connect(lambda _: self.timer.start())
            dialog.field.returnPressed.connect(self._enter_in_field)
            dialog.kind.currentIndexChanged.connect(lambda _: self.search())
            dialog.hits.itemActivated.connect(lambda item, _column: self.open_hit(item.data(0, HitRole)))
        dialog.show()
        dialog.activateWindow()
        dialog.field.setFocus()
        dialog.field.selectAll()
        self.folders.rescan()

    def _rescanned(self) -> None:
        if self.dialog is not None and self.dialog.isVisible() and self.dialog.field.text().strip():
            self.search()

    def _enter_in_field(self) -> None:
        self.timer.stop()
        if self.dialog is None:
            return
        self.search()
        item = self.dialog.hits.currentItem() or self.dialog.hits.topLevelItem(0)
        if item is not None:
            self.open_hit(item.data(0, HitRole))

    def search(self) -> list[Hit]:
        """List the hits of the dialog's words and kind; returns them."""
        dialog, index = self.dialog, self.folders.index
        if dialog is None or index is None:
            return []
        query = dialog.field.text()
        kind = dialog.kind.currentData()
        hits: list[Hit] = []
        if query.strip():
            try:
                hits = index.search(query, kind=kind, limit=LIMIT)
            except sqlite3.DatabaseError as exc:
                self.folders.recover_index(exc)
                self.folders.rescan()
        hits.sort(key=lambda h: (h.rel, h.start, h.end))
        self.last_hits = hits
        dialog.hits.clear()
        items = []
        for hit in hits:
            before, after = index.context(hit, 5)
            where = " ".join(f"{before}«{hit.text}»{after}".split())
            kind_text = translate("FindInFolder", KIND_NAMES.get(hit.kind, hit.kind))
            if hit.label:
                kind_text += f" {hit.label}"
            if hit.speaker:
                kind_text += f" ({hit.speaker})"
            item = QTreeWidgetItem([hit.rel, kind_text, where])
            item.setData(0, HitRole, hit)
            item.setToolTip(0, f"{hit.rel}:{hit.start}-{hit.end}")
            item.setToolTip(2, hit.text)
            items.append(item)
        dialog.hits.addTopLevelItems(items)
        if items:
            dialog.hits.setCurrentItem(items[0])
        if not query.strip():
            dialog.summary.clear()
        elif len(hits) >= LIMIT:
            dialog.summary.setText(
                translate("FindInFolder", "The first {count} hits; add words to narrow the search.").format(
                    count=LIMIT
                )
            )
        else:
            dialog.summary.setText(translate("FindInFolder", "{count} hit(s)").format(count=len(hits)))
        return hits

    def open_hit(self, hit: Hit | None) -> bool:
        """Open the hit's article (asking about unsaved changes first) with the hit's words selected."""
        folder = self.folders.corpus.model.folder
        if hit is None or folder is None:
            return False
        path = Path(folder, hit.rel)
        current = self.workspace.files.article_path.resolve() if self.workspace.files else None
        if current != path.resolve() and not self.folders.request_open(path):
            return False
        if self.workspace.files is None:
            return False
        length = len(self.workspace.doc.text)
        self.view.select_range(min(hit.start, length), min(hit.end, length))
        self.view.setFocus()
        return True

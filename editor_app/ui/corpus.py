"""The folder view: every article of a folder with its status and counts, filtered, with progress.

Summaries are read from the sidecars when the folder opens and refreshed for one article when it is
saved or left; the open article's row also shows whether it has unsaved changes.
"""

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from editor_app.model import vocab
from editor_app.model.vocab import DocumentStatus
from editor_app.storage.corpus_files import ArticleSummary, expand_articles, summarize
from editor_app.ui.article_cell import ArticleCell, TitleRole
from editor_app.ui.i18n import QT_TRANSLATE_NOOP, term, translate

AnyIndex = QModelIndex | QPersistentModelIndex
PathRole = Qt.ItemDataRole.UserRole + 40
StatusRole = Qt.ItemDataRole.UserRole + 41


class CorpusModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("CorpusPanel", "Article"),
        QT_TRANSLATE_NOOP("CorpusPanel", "Status"),
        QT_TRANSLATE_NOOP("CorpusPanel", "Entities"),
        QT_TRANSLATE_NOOP("CorpusPanel", "Quotes"),
        QT_TRANSLATE_NOOP("CorpusPanel", "Corrections"),
        QT_TRANSLATE_NOOP("CorpusPanel", "Flags"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.folder: Path | None = None
        self.rows: list[ArticleSummary] = []
        self.unsaved: Path | None = None

    def load(self, folder: Path) -> None:
        self.beginResetModel()
        self.folder = folder
        self.rows = [summarize(path) for path in expand_articles(folder)]
        self.endResetModel()

    def refresh(self, path: Path) -> None:
        row = self.row_of(path)
        if row >= 0:
            self.rows[row] = summarize(self.rows[row].path)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def set_unsaved(self, path: Path | None) -> None:
        changed = {p for p in (self.unsaved, path) if p is not None}
        self.unsaved = path
        for p in changed:
            row = self.row_of(p)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 5), self.index(row, 5))

    def row_of(self, path: Path) -> int:
        target = path.resolve()
        return next((i for i, s in enumerate(self.rows) if s.path.resolve() == target), -1)

    def done(self) -> int:
        return sum(s.status == DocumentStatus.DONE for s in self.rows)

    def _name(self, summary: ArticleSummary) -> str:
        folder = self.folder
        return str(summary.path.relative_to(folder)) if folder else summary.path.name

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("CorpusPanel", self.COLUMNS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        summary = self.rows[index.row()]
        if role == PathRole:
            return str(summary.path)
        if role == StatusRole:
            return summary.status
        if role == TitleRole:
            return summary.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return summary.problem or str(summary.path)
        column = index.column()
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            return ", ".join(filter(None, (summary.title, self._name(summary))))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return self._name(summary)
        if column == 1:
            return term(summary.status)
        if column == 2:
            return f"{summary.entities} ({summary.mentions})"
        if column == 3:
            return str(summary.quotes)
        if column == 4:
            return str(summary.corrections)
        flags = []
        if self.unsaved is not None and summary.path.resolve() == self.unsaved.resolve():
            flags.append(translate("CorpusPanel", "unsaved"))
        if summary.suggested:
            flags.append(translate("CorpusPanel", "{count} suggested").format(count=summary.suggested))
        if summary.problem:
            flags.append(translate("CorpusPanel", "unreadable sidecar"))
        return ", ".join(flags)


class CorpusFilter(QSortFilterProxyModel):
    def __init__(self) -> None:
        super().__init__()
        self.status: str | None = None
        self.text = ""

    def set_status(self, status: str | None) -> None:
        self.beginFilterChange()
        self.status = status
        self.endFilterChange()

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.text = text.strip().lower()
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: AnyIndex) -> bool:
        source = self.sourceModel()
        index = source.index(row, 0, parent)
        if self.status and index.data(StatusRole) != self.status:
            return False
        if not self.text:
            return True
        return any(
            self.text in str(index.data(role) or "").lower()
            for role in (Qt.ItemDataRole.DisplayRole, TitleRole)
        )


class CorpusPanel(QWidget):
    """``corpusPanel``: the list, a status filter and a text filter."""

    article_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("corpusPanel")
        self.setAccessibleName(translate("CorpusPanel", "Articles of the folder"))
        self.model = CorpusModel()
        self.proxy = CorpusFilter()
        self.proxy.setSourceModel(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("corpusStatusFilter")
        self.status_filter.setAccessibleName(translate("CorpusPanel", "Show articles with status"))
        self.status_filter.addItem(translate("CorpusPanel", "All statuses"), None)
        for status in vocab.DOCUMENT_STATUSES:
            self.status_filter.addItem(term(status), status)
        self.status_filter.currentIndexChanged.connect(
            lambda i: self.proxy.set_status(self.status_filter.itemData(i))
        )
        self.text_filter = QLineEdit()
        self.text_filter.setObjectName("corpusTextFilter")
        self.text_filter.setPlaceholderText(translate("CorpusPanel", "Filter by name…"))
        self.text_filter.setAccessibleName(translate("CorpusPanel", "Filter articles by name"))
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.textChanged.connect(self.proxy.set_text)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.text_filter, 1)
        layout.addLayout(filters)
        self.view = QTableView()
        self.view.setObjectName("corpusList")
        self.view.setAccessibleName(translate("CorpusPanel", "Articles"))
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setItemDelegateForColumn(0, ArticleCell(self.view))
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.setWordWrap(False)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(2 * self.fontMetrics().height() + 10)
        # The article column takes what the status and the counts leave (its text is elided to fit);
        # those are short and sized to their contents, so they are always in sight.
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(CorpusModel.COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.model.modelReset.connect(self.fit_width)
        self.fit_width()
        self.view.activated.connect(self._activated)
        self.view.doubleClicked.connect(self._activated)
        layout.addWidget(self.view, 1)

    NAME_CHARS = 24
    """The least the article column gets, in average characters: enough to tell two names apart."""

    def fit_width(self) -> None:
        """The least width that shows the status and counts in full and a readable part of the names."""
        header = self.view.horizontalHeader()
        counts = sum(
            max(header.sectionSizeHint(c), self.view.sizeHintForColumn(c))
            for c in range(1, len(CorpusModel.COLUMNS))
        )
        scroll = self.view.verticalScrollBar().sizeHint().width()
        frame = 2 * self.view.frameWidth()
        self.setMinimumWidth(
            counts + self.fontMetrics().averageCharWidth() * self.NAME_CHARS + scroll + frame
        )

    def _activated(self, index: QModelIndex) -> None:
        path = index.data(PathRole)
        if path:
            self.article_chosen.emit(path)

    def visible_paths(self) -> list[Path]:
        """The articles in the order shown (after filter and sort)."""
        return [Path(self.proxy.index(row, 0).data(PathRole)) for row in range(self.proxy.rowCount())]

    def select(self, path: Path) -> None:
        row = self.model.row_of(path)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

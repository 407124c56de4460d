"""The folder view: every article of a folder with its status and counts, filtered, with progress.

Summaries come from the folder's index at once (:mod:`editor_app.ui.folder_scan` fills and re-checks
it in the background) and are refreshed for one article when it is saved; the open article's row also
shows whether it has unsaved changes. Sized for 100,000 rows: rows are kept in the folder's order and
found by path through a dict, the Article column's ascending order is the model's own (no sort calls
back into Python), and the filters are one regular expression the proxy applies in C++.
"""

from bisect import bisect_left
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
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
    QProgressBar,
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
FilterRole = Qt.ItemDataRole.UserRole + 43
"""``status<TAB>name<TAB>title``: what the filters match."""


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

        self._where: dict[str, int] = {}
        """Row of each article, by its path as a string."""

    def load(self, folder: Path) -> None:
        """Read every sidecar now (small folders and tests; the window goes through the index)."""
        self.set_rows(folder, [summarize(path) for path in expand_articles(folder)])

    def set_rows(self, folder: Path, rows: list[ArticleSummary]) -> None:
        self.beginResetModel()
        self.folder = folder
        self.rows = rows
        self._reindex()
        self.endResetModel()

    def _reindex(self) -> None:
        self._where = {str(s.path): i for i, s in enumerate(self.rows)}

    def refresh(self, path: Path) -> None:
        row = self.row_of(path)
        if row >= 0:
            self.replace(row, summarize(self.rows[row].path))

    def replace(self, row: int, summary: ArticleSummary) -> None:
        self.rows[row] = summary
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def update(self, summaries: list[ArticleSummary]) -> None:
        """Put these summaries in: a known article's row changes, a new one is inserted in order."""
        new = []
        for summary in summaries:
            row = self._where.get(str(summary.path))
            if row is None:
                new.append(summary)
            elif self.rows[row] != summary:
                self.replace(row, summary)
        if not new:
            return
        new.sort(key=_order)
        if not self.rows or _order(new[0]) > _order(self.rows[-1]):
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self.rows.extend(new)
            self._where.update((str(s.path), first + i) for i, s in enumerate(new))
            self.endInsertRows()
            return
        keys = [_order(s) for s in self.rows]
        for summary in new:
            row = bisect_left(keys, _order(summary))
            self.beginInsertRows(QModelIndex(), row, row)
            self.rows.insert(row, summary)
            keys.insert(row, _order(summary))
            self.endInsertRows()
        self._reindex()

    def remove(self, paths: list[Path]) -> None:
        rows = sorted((r for p in paths if (r := self._where.get(str(p))) is not None), reverse=True)
        for row in rows:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()
        if rows:
            self._reindex()

    def set_unsaved(self, path: Path | None) -> None:
        changed = {p for p in (self.unsaved, path) if p is not None}
        self.unsaved = path
        for p in changed:
            row = self.row_of(p)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 5), self.index(row, 5))

    def row_of(self, path: Path) -> int:
        row = self._where.get(str(path))
        if row is None:
            row = self._where.get(str(Path(path).resolve()))
        return -1 if row is None else row

    def status_of(self, path: Path) -> str:
        row = self.row_of(path)
        return self.rows[row].status if row >= 0 else DocumentStatus.NEW

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
        if role == FilterRole:
            return f"{summary.status}\t{self._name(summary)}\t{summary.title}"
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
        if self.unsaved is not None and self.row_of(self.unsaved) == index.row():
            flags.append(translate("CorpusPanel", "unsaved"))
        if summary.suggested:
            flags.append(translate("CorpusPanel", "{count} suggested").format(count=summary.suggested))
        if summary.problem:
            flags.append(translate("CorpusPanel", "unreadable sidecar"))
        return ", ".join(flags)


def _order(summary: ArticleSummary) -> tuple[str, ...]:
    return summary.path.parts


class CorpusFilter(QSortFilterProxyModel):
    """The status and text filters as one expression over :data:`FilterRole` (matched in C++, so an
    unfiltered list of 100,000 rows costs nothing); the Article column sorted ascending is the
    model's own order."""

    def __init__(self) -> None:
        super().__init__()
        self.status: str | None = None
        self.text = ""
        self.setFilterRole(FilterRole)
        self.setFilterKeyColumn(0)

    def set_status(self, status: str | None) -> None:
        self.status = status
        self._apply()

    def set_text(self, text: str) -> None:
        self.text = text.strip().lower()
        self._apply()

    def _apply(self) -> None:
        if not self.status and not self.text:
            pattern = ""
        else:
            status = QRegularExpression.escape(self.status) if self.status else "[^\t]*"
            text = f".*{QRegularExpression.escape(self.text)}" if self.text else ""
            pattern = f"^{status}\t{text}"
        expression = QRegularExpression(
            pattern,
            QRegularExpression.PatternOption.CaseInsensitiveOption
            | QRegularExpression.PatternOption.DotMatchesEverythingOption,
        )
        self.setFilterRegularExpression(expression)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column == 0 and order == Qt.SortOrder.AscendingOrder:
            super().sort(-1, order)  # the model keeps its rows in the folder's order
        else:
            super().sort(column, order)


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
        # Sized from the rows in sight only: with every row (or the default, 1,000 of them) each batch
        # of the background check would ask Python for thousands of cells.
        header.setResizeContentsPrecision(0)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(CorpusModel.COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.model.modelReset.connect(self.fit_width)
        self.fit_width()
        self.view.activated.connect(self._activated)
        self.view.doubleClicked.connect(self._activated)
        layout.addWidget(self.view, 1)
        self.progress = QProgressBar()
        self.progress.setObjectName("corpusProgress")
        self.progress.setAccessibleName(translate("CorpusPanel", "Checking the articles"))
        self.progress.setTextVisible(True)
        self.progress.hide()
        layout.addWidget(self.progress)

    def show_progress(self, done: int, total: int) -> None:
        """The background check of the folder: ``done`` of ``total`` articles read (hidden when done)."""
        if total <= 0 or done >= total:
            self.progress.hide()
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setFormat(
            translate("CorpusPanel", "Checking {done} of {total}").format(done=done, total=total)
        )
        self.progress.show()

    NAME_CHARS = 24
    """The least the article column gets, in average characters: enough to tell two names apart."""

    def fit_width(self) -> None:
        """The least width that shows the status and counts in full and a readable part of the names."""
        header = self.view.horizontalHeader()
        counts = sum(
            max(header.sectionSizeHint(c), self._content_width(c)) for c in range(1, len(CorpusModel.COLUMNS))
        )
        scroll = self.view.verticalScrollBar().sizeHint().width()
        frame = 2 * self.view.frameWidth()
        self.setMinimumWidth(
            counts + self.fontMetrics().averageCharWidth() * self.NAME_CHARS + scroll + frame
        )

    SAMPLED_ROWS = 64
    """Rows whose cells are measured for the least width (a folder may hold 100,000; the view's own
    measure would ask for every one of them)."""

    def _content_width(self, column: int) -> int:
        if self.model.rowCount() == 0:
            return self.view.sizeHintForColumn(column)
        metrics = self.view.fontMetrics()
        rows = range(min(self.model.rowCount(), self.SAMPLED_ROWS))
        widest = max(metrics.horizontalAdvance(str(self.model.index(r, column).data() or "")) for r in rows)
        return widest + 2 * self.style().pixelMetric(self.style().PixelMetric.PM_FocusFrameHMargin) + 8

    def _activated(self, index: QModelIndex) -> None:
        path = index.data(PathRole)
        if path:
            self.article_chosen.emit(path)

    def visible_paths(self) -> list[Path]:
        """The articles in the order shown (after filter and sort)."""
        if self.proxy.sortColumn() < 0 and not self.proxy.filterRegularExpression().pattern():
            return [s.path for s in self.model.rows]  # shown as the model has them: no call per row
        return [Path(self.proxy.index(row, 0).data(PathRole)) for row in range(self.proxy.rowCount())]

    def select(self, path: Path) -> None:
        row = self.model.row_of(path)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

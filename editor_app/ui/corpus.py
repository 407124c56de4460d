"""The folder view: every article of a folder with its status and counts, filtered, with progress.

The list is a window onto the folder's index (:mod:`editor_app.storage.archive_index`, filled and
re-checked in the background by :mod:`editor_app.ui.folder_scan`): the model holds the articles'
relative paths in the order shown, and reads the rows' values from the index by position, a page at
a time, only when the view asks for them. Filtering and sorting are one SQL query each. So a folder
of 100,000 articles costs a list of 100,000 strings, never 100,000 Python rows, and a batch of
articles read again in the background costs the GUI thread a few calls. The open article's row also
shows whether it has unsaved changes.
"""

import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, overload

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
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
from editor_app.storage.archive_index import ArchiveIndex
from editor_app.storage.corpus_files import ArticleSummary
from editor_app.ui.article_cell import ArticleCell, TitleRole
from editor_app.ui.i18n import QT_TRANSLATE_NOOP, term, translate

AnyIndex = QModelIndex | QPersistentModelIndex
PathRole = Qt.ItemDataRole.UserRole + 40
StatusRole = Qt.ItemDataRole.UserRole + 41

Values = tuple[str, int, int, int, int, int, str | None, str]
"""status, entities, mentions, quotes, corrections, suggested, problem, title."""
NOT_READ: Values = (DocumentStatus.NEW, 0, 0, 0, 0, 0, None, "")
"""What a row shows until its article is in the index."""


class CorpusModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("CorpusPanel", "Article"),
        QT_TRANSLATE_NOOP("CorpusPanel", "Status"),
        QT_TRANSLATE_NOOP("CorpusPanel", "Entities"),
        QT_TRANSLATE_NOOP("CorpusPanel", "Quotes"),
        QT_TRANSLATE_NOOP("CorpusPanel", "Corrections"),
        QT_TRANSLATE_NOOP("CorpusPanel", "Flags"),
    )
    PAGE = 128
    """Rows read from the index at once."""
    PAGES = 64
    """Pages kept (the rest are read again when shown again)."""

    def __init__(self) -> None:
        super().__init__()
        self.folder: Path | None = None
        self.archive: ArchiveIndex | None = None
        self.order: list[str] = []
        """Every article (relative path), in the folder's order."""
        self.shown: list[str] = []
        """The rows: the articles the filters let through, sorted as asked (``order`` itself when
        neither filters nor sorts)."""
        self.status: str | None = None
        self.text = ""
        self.sort_column = 0
        self.descending = False
        self.unsaved: Path | None = None
        self._unsaved_rel: str | None = None
        self._where: dict[str, int] | None = None
        self._pages: dict[int, list[Values]] = {}
        self.in_sight: Callable[[], range] | None = None
        """The rows a view shows (set by the view's owner), the only ones repainted when values change."""

    # what the rows are ------------------------------------------------------------------------------

    def set_index(self, index: ArchiveIndex | None, order: list[str] | None = None) -> None:
        """Show the articles of ``index`` (in ``order``, the folder's, when the caller has it)."""
        self.beginResetModel()
        self.archive = index
        self.folder = index.folder if index is not None else None
        self.order = order if order is not None else self._query()
        self._select()
        self.endResetModel()

    def relist(self, listed: list[str]) -> None:
        """The articles on disk just listed (the index holds a row for each): show them if they differ."""
        if listed == self.order:
            return
        self.beginResetModel()
        self.order = listed
        self._select()
        self.endResetModel()

    @property
    def filtered(self) -> bool:
        return bool(self.status or self.text or self.sort_column != 0 or self.descending)

    def set_filter(self, status: str | None, text: str) -> None:
        self.status, self.text = status or None, text.strip()
        self.again()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) != (self.sort_column, self.descending):
            self.sort_column, self.descending = max(0, column), descending
            self.again()

    def again(self) -> None:
        """Filter and sort again (the index's values changed, or what is asked did)."""
        self.beginResetModel()
        self._select()
        self.endResetModel()

    def _query(self, **kwargs: Any) -> list[str]:
        if self.archive is None:
            return []
        try:
            return self.archive.order(**kwargs)
        except sqlite3.Error:
            return []

    def _select(self) -> None:
        if self.filtered:
            self.shown = self._query(
                status=self.status, text=self.text, column=self.sort_column, descending=self.descending
            )
        else:
            self.shown = self.order
        self._where = None
        self._pages.clear()

    def changed(self, rels: Sequence[str]) -> None:
        """These articles were read again into the index (or left it): show their new values."""
        if not rels or self.archive is None:
            return
        try:
            present = self.archive.rows_of(rels)
        except sqlite3.Error:
            return
        gone = [rel for rel in rels if rel not in present]
        if gone:
            self._remove(gone)
        where = self.where()
        rows = [row for rel in rels if (row := where.get(rel)) is not None]
        if not rows:
            return
        for row in rows:
            self._pages.pop(row // self.PAGE, None)
        if self.in_sight is not None:
            # Only rows in sight are repainted: any change over a range repaints the whole list and
            # sizes its columns again, hundreds of calls into Python for each batch of the check.
            sight = self.in_sight()
            rows = [row for row in rows if row in sight]
            if not rows:
                return
        last = len(self.COLUMNS) - 1
        self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), last))

    def _remove(self, rels: list[str]) -> None:
        going = set(rels)
        if self.shown is not self.order:
            self.order = [r for r in self.order if r not in going]
        where = self.where()
        for row in sorted((where[r] for r in rels if r in where), reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.shown[row]
            self._pages.clear()
            self._where = None
            self.endRemoveRows()
            where = self.where()

    # reading rows ---------------------------------------------------------------------------------

    def where(self) -> dict[str, int]:
        """The row of each article shown, by relative path (made when first asked)."""
        if self._where is None:
            self._where = {rel: row for row, rel in enumerate(self.shown)}
        return self._where

    def values(self, row: int) -> Values:
        page = row // self.PAGE
        values = self._pages.get(page)
        if values is None:
            rels = self.shown[page * self.PAGE : (page + 1) * self.PAGE]
            try:
                found = self.archive.rows_of(rels) if self.archive is not None else {}
            except sqlite3.Error:
                return NOT_READ
            if len(self._pages) >= self.PAGES:
                self._pages.clear()
            values = self._pages[page] = [found.get(rel, NOT_READ) for rel in rels]
        return values[row % self.PAGE]

    def summary(self, row: int) -> ArticleSummary:
        return ArticleSummary(self.path_at(row), *self.values(row))

    def path_at(self, row: int) -> Path:
        return Path(self.folder or ".", self.shown[row])

    @property
    def rows(self) -> "Rows":
        """The rows shown, as summaries made when asked."""
        return Rows(self)

    def relative(self, path: Path | str) -> str | None:
        folder = self.folder
        if folder is None:
            return None
        text, root = os.fspath(path), os.fspath(folder) + os.sep
        if text.startswith(root):
            return text[len(root) :].replace(os.sep, "/")
        try:
            return Path(path).resolve().relative_to(folder).as_posix()
        except ValueError:
            return None

    def row_of(self, path: Path) -> int:
        rel = self.relative(path)
        row = self.where().get(rel) if rel is not None else None
        return -1 if row is None else row

    def status_of(self, path: Path) -> str:
        row = self.row_of(path)
        return self.values(row)[0] if row >= 0 else DocumentStatus.NEW

    def first_not_done(self) -> Path | None:
        """The first article shown that is not done (the first shown when all are); None when none."""
        for row in range(len(self.shown)):
            if self.values(row)[0] != DocumentStatus.DONE:
                return self.path_at(row)
        return self.path_at(0) if self.shown else None

    def done(self) -> int:
        try:
            return self.archive.count(DocumentStatus.DONE) if self.archive is not None else 0
        except sqlite3.Error:
            return 0

    def set_unsaved(self, path: Path | None) -> None:
        changed = {p for p in (self.unsaved, path) if p is not None}
        self.unsaved = path
        self._unsaved_rel = self.relative(path) if path is not None else None
        for p in changed:
            row = self.row_of(p)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 5), self.index(row, 5))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("CorpusPanel", self.COLUMNS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.shown):
            return None
        row, column = index.row(), index.column()
        rel = self.shown[row]
        if role == PathRole:
            return str(self.path_at(row))
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            return rel
        status, entities, mentions, quotes, corrections, suggested, problem, title = self.values(row)
        if role == StatusRole:
            return status
        if role == TitleRole:
            return title
        if role == Qt.ItemDataRole.ToolTipRole:
            return problem or str(self.path_at(row))
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            return ", ".join(filter(None, (title, rel)))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 1:
            return term(status)
        if column == 2:
            return f"{entities} ({mentions})"
        if column == 3:
            return str(quotes)
        if column == 4:
            return str(corrections)
        flags = []
        if self._unsaved_rel == rel:
            flags.append(translate("CorpusPanel", "unsaved"))
        if suggested:
            flags.append(translate("CorpusPanel", "{count} suggested").format(count=suggested))
        if problem:
            flags.append(translate("CorpusPanel", "unreadable sidecar"))
        return ", ".join(flags)


class Rows(Sequence[ArticleSummary]):
    """The model's rows as summaries, each made when asked for."""

    def __init__(self, model: CorpusModel) -> None:
        self.model = model

    def __len__(self) -> int:
        return len(self.model.shown)

    @overload
    def __getitem__(self, row: int) -> ArticleSummary: ...
    @overload
    def __getitem__(self, row: slice) -> list[ArticleSummary]: ...
    def __getitem__(self, row: int | slice) -> ArticleSummary | list[ArticleSummary]:
        if isinstance(row, slice):
            return [self.model.summary(r) for r in range(len(self))[row]]
        if row < 0:
            row += len(self)
        if not 0 <= row < len(self):
            raise IndexError(row)
        return self.model.summary(row)

    def __iter__(self) -> Iterator[ArticleSummary]:
        return (self.model.summary(r) for r in range(len(self)))


class CorpusPanel(QWidget):
    """``corpusPanel``: the list, a status filter and a text filter."""

    article_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("corpusPanel")
        self.setAccessibleName(translate("CorpusPanel", "Articles of the folder"))
        self.model = CorpusModel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("corpusStatusFilter")
        self.status_filter.setAccessibleName(translate("CorpusPanel", "Show articles with status"))
        self.status_filter.addItem(translate("CorpusPanel", "All statuses"), None)
        for status in vocab.DOCUMENT_STATUSES:
            self.status_filter.addItem(term(status), status)
        self.status_filter.currentIndexChanged.connect(self._filter)
        self.text_filter = QLineEdit()
        self.text_filter.setObjectName("corpusTextFilter")
        self.text_filter.setPlaceholderText(translate("CorpusPanel", "Filter by name…"))
        self.text_filter.setAccessibleName(translate("CorpusPanel", "Filter articles by name"))
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.textChanged.connect(self._filter)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.text_filter, 1)
        layout.addLayout(filters)
        self.view = QTableView()
        self.view.setObjectName("corpusList")
        self.view.setAccessibleName(translate("CorpusPanel", "Articles"))
        self.view.setModel(self.model)
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
        self._current: Path | None = None
        self.model.in_sight = self.rows_in_sight
        self.model.modelAboutToBeReset.connect(self._keep_current)
        self.model.modelReset.connect(self._back_to_current)
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

    def rows_in_sight(self) -> range:
        """The rows the list shows now (one more either side)."""
        view = self.view
        top = view.rowAt(0)
        if top < 0:
            return range(0)
        bottom = view.rowAt(view.viewport().height() - 1)
        if bottom < 0:
            bottom = self.model.rowCount() - 1
        return range(max(0, top - 1), bottom + 2)

    def _filter(self) -> None:
        self.model.set_filter(self.status_filter.currentData(), self.text_filter.text())

    def _keep_current(self) -> None:
        index = self.view.currentIndex()
        self._current = self.model.path_at(index.row()) if index.isValid() else None

    def _back_to_current(self) -> None:
        if self._current is not None:
            self.select(self._current)

    def visible_paths(self) -> list[Path]:
        """The articles in the order shown (after filter and sort)."""
        folder = self.model.folder or Path()
        return [folder / rel for rel in self.model.shown]

    def select(self, path: Path) -> None:
        row = self.model.row_of(path)
        if row < 0:
            return
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

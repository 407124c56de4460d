"""The three panels (entities, quotes, corrections) and the delegates that edit their cells."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from editor_app.ui.i18n import translate
from editor_app.ui.item_models import ChoicesRole

AnyIndex = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """Combo boxes for cells with a fixed set of values; a line edit that completes as you type for
    ``filtered`` columns (the speaker), and a plain line edit for free text."""

    def __init__(self, parent: QWidget, filtered: frozenset[int] = frozenset()):
        super().__init__(parent)
        self.filtered = filtered

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        choices: list[tuple[str, str]] | None = index.data(ChoicesRole)
        if choices is None:
            return super().createEditor(parent, option, index)
        if index.column() in self.filtered:
            line = QLineEdit(parent)
            line.setPlaceholderText(translate("Panels", "type to choose"))
            line.setAccessibleName(translate("Panels", "Type a name to choose"))
            completer = QCompleter([shown for shown, value in choices if value], line)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            line.setCompleter(completer)
            line.setProperty("choices", choices)
            return line
        combo = QComboBox(parent)
        for shown, value in choices:
            combo.addItem(shown, value)
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            found = editor.findData(value)
            if found < 0:  # a cell that shows a translated word offers it with its stored value
                found = editor.findText(str(value))
            editor.setCurrentIndex(max(found, 0))
        elif isinstance(editor, QLineEdit) and editor.property("choices") is not None:
            editor.setText(index.data(Qt.ItemDataRole.DisplayRole) or "")
            editor.selectAll()
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        choices: Any = editor.property("choices") if isinstance(editor, QLineEdit) else None
        if isinstance(editor, QLineEdit) and choices is not None:
            text = editor.text().strip().casefold()
            exact = (v for shown, v in choices if v and shown.casefold() == text)
            partial = (v for shown, v in choices if v and text and text in shown.casefold())
            value = next(exact, None) or next(partial, editor.text().strip())
            model.setData(index, value, Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


def _common(view: QAbstractItemView, name: str) -> None:
    view.setObjectName(name)
    view.setAlternatingRowColors(True)
    # Tab leaves the panel for the next one (panel by panel); the arrows move between rows and cells.
    view.setTabKeyNavigation(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.SelectedClicked
    )


def entities_view(model: QAbstractItemModel) -> QTreeView:
    view = QTreeView()
    view.setModel(model)
    _common(view, "entitiesPanel")
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # two or more to merge
    view.setItemDelegate(ChoiceDelegate(view))
    view.setUniformRowHeights(True)
    # The model fills an entity's mention rows when it is first expanded. The view asks for that
    # itself only when its layout is current, not when an entity is expanded right after an edit.
    view.expanded.connect(lambda index: model.fetchMore(index) if model.canFetchMore(index) else None)
    _size_columns(view.header(), model)
    return view


def table_view(model: QAbstractItemModel, name: str, filtered: frozenset[int] = frozenset()) -> QTableView:
    view = QTableView()
    view.setModel(model)
    _common(view, name)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setItemDelegate(ChoiceDelegate(view, filtered))
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    _size_columns(view.horizontalHeader(), model)
    view.setWordWrap(False)
    return view


FIRST_COLUMN_CHARS = 20
"""The least the first column (a name, a quote, the original words) gets, in average characters."""
FREE_TEXT_CHARS = 10
"""The least a column of free text (a cue, a replacement, a note) gets."""
MOST_CHARS = 84
"""A panel never asks for more than this: a narrow window still leaves room for the article."""


def _size_columns(header: QHeaderView, model: QAbstractItemModel) -> None:
    """First column stretches; the others are as wide as their title or their widest word (a status,
    a label, a category), resizable by the user. The panel asks for that much and for a readable first
    column, so that dragging the splitter never cuts a name to "Ben Cars…".

    Not ``ResizeToContents``: that asks the model for every row's text on each change, which
    costs hundreds of milliseconds per edit with thousands of annotations.
    """
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    metrics = header.fontMetrics()
    char = metrics.averageCharWidth()
    words: Callable[[int], list[str]] = getattr(model, "column_words", lambda _column: [])
    total = 0
    for column in range(1, model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        shown = [metrics.horizontalAdvance(w) for w in [title, *words(column)]]
        width = max(*shown, 0 if words(column) else char * FREE_TEXT_CHARS) + char * 2
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
        total += width
    view = header.parentWidget()
    if view is not None:
        style = view.style()
        scroll_bar = style.pixelMetric(style.PixelMetric.PM_ScrollBarExtent)
        icon = style.pixelMetric(style.PixelMetric.PM_SmallIconSize)  # the label's colour, by the name
        branch = view.indentation() if isinstance(view, QTreeView) else 0
        need = total + char * FIRST_COLUMN_CHARS + branch + icon + scroll_bar + 4
        view.setMinimumWidth(min(need, char * MOST_CHARS))


def titled_stack(panels: list[tuple[str, QAbstractItemView]]) -> QSplitter:
    """The panels one above the other, each under a bold heading whose mnemonic (Alt+the underlined
    letter) moves the focus to it."""
    stack = QSplitter(Qt.Orientation.Vertical)
    for title, view in panels:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        heading = QLabel(title)
        bold = heading.font()
        bold.setBold(True)
        heading.setFont(bold)
        heading.setBuddy(view)
        view.setAccessibleName(title.replace("&", ""))
        layout.addWidget(heading)
        layout.addWidget(view, 1)
        stack.addWidget(box)
    stack.setSizes([400, 200, 200])
    return stack

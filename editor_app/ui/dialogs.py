"""Small windows and bars: the shortcuts list, the correction editor, the find bar and the legend."""

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor_app.model import vocab
from editor_app.storage.config import LabelSchema
from editor_app.ui.actions import ACTIONS, LABEL_KEYS, action_text, menu_title, shortcut_text
from editor_app.ui.contrast import text_colour_on
from editor_app.ui.highlighter import mark_colours
from editor_app.ui.i18n import term, translate


class ShortcutsDialog(QDialog):
    """Help > Keyboard shortcuts: every action with its keys, built from the action registry."""

    def __init__(self, parent: QWidget, schema: LabelSchema):
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(translate("Dialogs", "Keyboard shortcuts"))
        rows: list[tuple[str, str, str]] = []
        for spec in ACTIONS:
            text = action_text(spec).replace("&", "")
            if spec in LABEL_KEYS:
                label = schema.by_key(int(spec.id.split(".")[1]))
                if label is None:
                    continue
                text = translate("Dialogs", "Label as {label}").format(label=label.name)
            # One key per line: translated key names are long ("Control+Mayúsculas+Izquierda").
            keys = shortcut_text(spec).replace(", ", "\n")
            rows.append((menu_title(spec.menu).replace("&", ""), text, keys))
        rows.append(
            (
                menu_title("Annotate").replace("&", ""),
                translate("Dialogs", "Turn off word snapping for one selection"),
                translate("Dialogs", "Alt+drag"),
            )
        )
        table = QTableWidget(len(rows), 3, self)
        table.setObjectName("shortcutsTable")
        table.setAccessibleName(translate("Dialogs", "Keyboard shortcuts"))
        table.setHorizontalHeaderLabels(
            [translate("Dialogs", "Menu"), translate("Dialogs", "Action"), translate("Dialogs", "Keys")]
        )
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        # Every column as wide as its longest text (a Spanish action name is half as long again as the
        # English one), and the dialog as wide as the table, within the screen.
        header = table.horizontalHeader()
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        header.setStretchLastSection(True)
        self.table = table
        close = QPushButton(translate("Dialogs", "Close"))
        close.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(close, alignment=Qt.AlignmentFlag.AlignRight)
        margins = layout.contentsMargins()
        scroll_bar = table.style().pixelMetric(table.style().PixelMetric.PM_ScrollBarExtent)
        width = header.length() + scroll_bar + 2 * table.frameWidth() + margins.left() + margins.right() + 8
        screen = parent.screen().availableGeometry().width() if parent is not None else width
        self.resize(min(max(width, 560), screen), 620)


class CorrectionPopup(QFrame):
    """An inline editor over the article: the replacement and the category. Enter confirms, Esc cancels."""

    closed = Signal()
    """Confirmed or cancelled: the article takes the keys again."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("correctionEditor")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setAccessibleName(translate("Dialogs", "Correction"))
        self.original = QLabel()
        self.replacement = QLineEdit()
        self.replacement.setObjectName("correctionReplacement")
        self.replacement.setPlaceholderText(translate("Dialogs", "replacement"))
        self.replacement.setAccessibleName(translate("Dialogs", "Replacement"))
        self.category = QComboBox()
        self.category.setObjectName("correctionCategory")
        self.category.setAccessibleName(translate("Dialogs", "Category of the correction"))
        for category in vocab.CORRECTION_CATEGORIES:
            self.category.addItem(term(category), category)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.original)
        layout.addWidget(self.replacement, 1)
        layout.addWidget(self.category)
        hint = translate("Dialogs", "Enter to confirm, Esc to cancel")
        layout.addWidget(QLabel(f"<small>{escape(hint)}</small>"))
        self.setAccessibleDescription(hint)
        self.replacement.returnPressed.connect(self.confirm)
        self.on_confirm: Callable[[int, int, str, str], None] = lambda *args: None
        self.span = (0, 0)
        self.hide()

    def open_for(self, start: int, end: int, original: str, category: str) -> None:
        self.span = (start, end)
        self.original.setText(f"<b>{escape(original[:40])}</b> →")
        self.replacement.setAccessibleDescription(
            translate("Dialogs", "Replacement for “{text}”").format(text=original[:200])
        )
        self.replacement.setText(original)
        self.replacement.selectAll()
        self.category.setCurrentIndex(max(0, self.category.findData(category)))
        parent = self.parentWidget()
        width = min(640, parent.width() - 20) if parent else 480
        self.setFixedWidth(width)
        self.adjustSize()
        self.show()
        self.raise_()
        self.replacement.setFocus()

    def confirm(self) -> None:
        self.hide()
        self.on_confirm(*self.span, self.replacement.text(), str(self.category.currentData()))
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter is handled by the line edit's returnPressed (QLineEdit passes it on to us too).
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            self.closed.emit()
        else:
            super().keyPressEvent(event)


class FindBar(QFrame):
    """Ctrl+F: find text in the article. Enter finds the next match, Shift+Enter the previous."""

    def _find(self) -> None:
        from PySide6.QtWidgets import QApplication

        shift = QApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier
        self.find_requested.emit(self.field.text(), -1 if shift else 1)

    find_requested = Signal(str, int)
    closed = Signal()
    """The bar was closed (Esc or its button): the article takes the keys again."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("findBar")
        self.field = QLineEdit()
        self.field.setObjectName("findField")
        self.field.setPlaceholderText(translate("Dialogs", "Find in the article"))
        self.result = QLabel()
        self.result.setObjectName("findResult")
        close = QPushButton("×")
        close.setFlat(True)
        close.setToolTip(translate("Dialogs", "Close the find bar (Esc)"))
        close.setAccessibleName(translate("Dialogs", "Close the find bar"))
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        label = QLabel(translate("Dialogs", "&Find:"))
        label.setBuddy(self.field)
        layout.addWidget(label)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.result)
        layout.addWidget(close)
        self.field.returnPressed.connect(self._find)
        self.hide()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        else:
            super().keyPressEvent(event)


def legend_html(schema: LabelSchema) -> str:
    chips = [
        f'<span style="background:{spec.colour}; color:{text_colour_on(QColor(spec.colour)).name()}">'
        f"&nbsp;{spec.key or '·'}&nbsp;{escape(spec.name)}&nbsp;</span>"
        for spec in schema.labels
    ]
    quote, cue, correction = (
        escape(translate("Dialogs", "quote")),
        escape(translate("Dialogs", "cue")),
        escape(translate("Dialogs", "correction")),
    )
    quote_colour, cue_colour, correction_colour = (c.name() for c in mark_colours())
    marks = (
        f'<span style="color:{quote_colour}; text-decoration:underline">{quote}</span> '
        f'<span style="color:{cue_colour}"><i>{cue}</i></span> '
        f'<span style="color:{correction_colour}; text-decoration:underline">{correction}</span>'
    )
    return "&nbsp; ".join(chips) + "<br>" + marks


class Legend(QLabel):
    def __init__(self, schema: LabelSchema, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("legend")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.set_schema(schema)

    def set_schema(self, schema: LabelSchema) -> None:
        self.setText(legend_html(schema))
        self.setAccessibleName(translate("Dialogs", "Legend of the labels"))
        self.setAccessibleDescription(
            "; ".join(
                translate("Dialogs", "{key}: {label}").format(key=spec.key, label=spec.name)
                if spec.key
                else spec.name
                for spec in schema.labels
            )
        )


def about_html() -> str:
    from editor_app import __version__

    return (
        f"<h3>editor-app {__version__}</h3><p>"
        + translate(
            "Dialogs",
            "Annotate news articles: entities and their mentions, quotes with speakers, copy-desk "
            "corrections; saved as YAML beside each article.",
        )
        + "</p><p>"
        + translate("Dialogs", "Licence: Apache-2.0.")
        + "</p><p>"
        + translate(
            "Dialogs",
            "Bundled data: place names from {geonames} (CC BY 4.0). Libraries: Qt for Python / PySide6 "
            "(LGPL-3.0), PyYAML (MIT), RapidFuzz (MIT), pyspellchecker (MIT).",
        ).format(geonames="<a href='https://www.geonames.org/'>GeoNames</a>")
        + "</p>"
    )

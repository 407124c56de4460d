"""Small windows and bars: the shortcuts list, the correction editor, the find bar and the legend."""

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
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
from editor_app.ui.actions import ACTIONS, LABEL_KEYS, shortcut_text


class ShortcutsDialog(QDialog):
    """Help > Keyboard shortcuts: every action with its keys, built from the action registry."""

    def __init__(self, parent: QWidget, schema: LabelSchema):
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle("Keyboard shortcuts")
        rows: list[tuple[str, str, str]] = []
        for spec in ACTIONS:
            text = spec.text.replace("&", "")
            if spec in LABEL_KEYS:
                label = schema.by_key(int(spec.id.split(".")[1]))
                if label is None:
                    continue
                text = f"Label as {label.name}"
            rows.append((spec.menu, text, shortcut_text(spec)))
        rows.append(("Annotate", "Turn off word snapping for one selection", "Alt+drag"))
        table = QTableWidget(len(rows), 3, self)
        table.setHorizontalHeaderLabels(["Menu", "Action", "Keys"])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnsToContents()
        self.table = table
        close = QPushButton("Close")
        close.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(close, alignment=Qt.AlignmentFlag.AlignRight)
        self.resize(560, 620)


class CorrectionPopup(QFrame):
    """An inline editor over the article: the replacement and the category. Enter confirms, Esc cancels."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("correctionEditor")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.original = QLabel()
        self.replacement = QLineEdit()
        self.replacement.setObjectName("correctionReplacement")
        self.replacement.setPlaceholderText("replacement")
        self.category = QComboBox()
        self.category.setObjectName("correctionCategory")
        self.category.addItems(list(vocab.CORRECTION_CATEGORIES))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.original)
        layout.addWidget(self.replacement, 1)
        layout.addWidget(self.category)
        layout.addWidget(QLabel("<small>Enter to confirm, Esc to cancel</small>"))
        self.replacement.returnPressed.connect(self.confirm)
        self.on_confirm: Callable[[int, int, str, str], None] = lambda *args: None
        self.span = (0, 0)
        self.hide()

    def open_for(self, start: int, end: int, original: str, category: str) -> None:
        self.span = (start, end)
        self.original.setText(f"<b>{escape(original[:40])}</b> →")
        self.replacement.setText(original)
        self.replacement.selectAll()
        self.category.setCurrentText(category)
        parent = self.parentWidget()
        width = min(640, parent.width() - 20) if parent else 480
        self.setFixedWidth(width)
        self.adjustSize()
        self.show()
        self.raise_()
        self.replacement.setFocus()

    def confirm(self) -> None:
        self.hide()
        self.on_confirm(*self.span, self.replacement.text(), self.category.currentText())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter is handled by the line edit's returnPressed (QLineEdit passes it on to us too).
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
        else:
            super().keyPressEvent(event)


class FindBar(QFrame):
    """Ctrl+F: find text in the article. Enter finds the next match, Shift+Enter the previous."""

    def _find(self) -> None:
        from PySide6.QtWidgets import QApplication

        shift = QApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier
        self.find_requested.emit(self.field.text(), -1 if shift else 1)

    find_requested = Signal(str, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("findBar")
        self.field = QLineEdit()
        self.field.setObjectName("findField")
        self.field.setPlaceholderText("Find in the article")
        self.result = QLabel()
        close = QPushButton("×")
        close.setFlat(True)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(QLabel("Find:"))
        layout.addWidget(self.field, 1)
        layout.addWidget(self.result)
        layout.addWidget(close)
        self.field.returnPressed.connect(self._find)
        self.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
        else:
            super().keyPressEvent(event)


def legend_html(schema: LabelSchema) -> str:
    chips = [
        f'<span style="background:{spec.colour}; color:#111">'
        f"&nbsp;{spec.key or '·'}&nbsp;{escape(spec.name)}&nbsp;</span>"
        for spec in schema.labels
    ]
    marks = (
        '<span style="color:#2a6f97; text-decoration:underline">quote</span> '
        '<span style="color:#2a6f97"><i>cue</i></span> '
        '<span style="color:#d62828; text-decoration:underline">correction</span>'
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


def about_html() -> str:
    from editor_app import __version__

    return (
        f"<h3>editor-app {__version__}</h3>"
        "<p>Annotate news articles: entities and their mentions, quotes with speakers, copy-desk "
        "corrections; saved as YAML beside each article.</p>"
        "<p>Licence: Apache-2.0.</p>"
        "<p>Bundled data: place names from <a href='https://www.geonames.org/'>GeoNames</a> "
        "(CC BY 4.0). Libraries: Qt for Python / PySide6 (LGPL-3.0), PyYAML (MIT), RapidFuzz (MIT), "
        "pyspellchecker (MIT).</p>"
    )

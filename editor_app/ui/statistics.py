"""The statistics view: counts over the open folder (or article), as tables and a bar chart."""

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from editor_app.storage.corpus_read import collect_stats
from editor_app.ui.i18n import QT_TRANSLATE_NOOP, term, translate

TABLE_TITLES = (
    # The titles of CorpusStats.tables(), which the command line prints in English.
    QT_TRANSLATE_NOOP("Statistics", "Mentions per label"),
    QT_TRANSLATE_NOOP("Statistics", "Entities per label"),
    QT_TRANSLATE_NOOP("Statistics", "Quotes per kind"),
    QT_TRANSLATE_NOOP("Statistics", "Corrections per category"),
    QT_TRANSLATE_NOOP("Statistics", "Annotations per status"),
    QT_TRANSLATE_NOOP("Statistics", "Annotations per annotator"),
    QT_TRANSLATE_NOOP("Statistics", "Who is quoted"),
    QT_TRANSLATE_NOOP("Statistics", "Documents per status"),
)
VOCABULARY_TABLES = frozenset(
    {"Quotes per kind", "Corrections per category", "Annotations per status", "Documents per status"}
)
"""Tables whose rows are words of the sidecar's vocabulary, shown translated."""


class BarChart(QWidget):
    """Horizontal bars, one per (name, count); painted with QPainter, sized in font units."""

    def __init__(self, rows: list[tuple[str, int]], parent: QWidget | None = None):
        super().__init__(parent)
        self.rows = rows
        self.setAccessibleName(translate("Statistics", "Bar chart"))
        self.setAccessibleDescription("; ".join(f"{name}: {count}" for name, count in rows))

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height() + 6
        return QSize(self.fontMetrics().averageCharWidth() * 60, max(1, len(self.rows)) * line + 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = metrics.height() + 6
        label_width = max((metrics.horizontalAdvance(name) for name, _ in self.rows), default=0) + 12
        number_width = metrics.horizontalAdvance("000000")
        most = max((count for _, count in self.rows), default=0) or 1
        room = max(10, self.width() - label_width - number_width - 12)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        bar = self.palette().color(QPalette.ColorRole.Highlight)
        for row, (name, count) in enumerate(self.rows):
            top = 4 + row * line
            painter.setPen(text)
            painter.drawText(
                QRectF(0, top, label_width - 8, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
            width = room * count / most
            painter.fillRect(QRectF(label_width, top + 3, width, line - 6), QColor(bar))
            painter.drawText(
                QRectF(label_width + width + 4, top, number_width, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                str(count),
            )
        painter.end()


class StatisticsDialog(QDialog):
    def __init__(self, parent: QWidget | None, paths: list[Path]):
        super().__init__(parent)
        self.setObjectName("statisticsDialog")
        self.setWindowTitle(translate("Statistics", "Statistics"))
        self.stats, problems = collect_stats(paths)
        layout = QVBoxLayout(self)
        summary = QLabel(
            translate("Statistics", "{count} article(s)").format(count=self.stats.documents)
            + (
                translate("Statistics", "; {count} sidecar(s) could not be read").format(count=len(problems))
                if problems
                else ""
            )
        )
        summary.setToolTip("\n".join(problems))
        layout.addWidget(summary)
        self.tabs = QTabWidget()
        for title, rows in self.stats.tables():
            if title in VOCABULARY_TABLES:
                rows = [(term(name), count) for name, count in rows]
            self.tabs.addTab(self._page(rows), translate("Statistics", title))
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 460)

    @staticmethod
    def _page(rows: list[tuple[str, int]]) -> QWidget:
        page = QWidget()
        row_layout = QHBoxLayout(page)
        table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels(["", translate("Statistics", "count")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for index, (name, count) in enumerate(rows):
            table.setItem(index, 0, QTableWidgetItem(name))
            number = QTableWidgetItem(str(count))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(index, 1, number)
        table.resizeColumnsToContents()
        row_layout.addWidget(table, 1)
        row_layout.addWidget(BarChart(rows[:25]), 2)
        return page

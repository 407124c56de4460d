"""The article column of the folder list: the article's title, and its file name below it.

Real file names are long ("2023-06-21_millbrook-city-council-passes-48-million-budget.txt"): a date
or a desk code at the start, the words that tell two articles apart near the end. So the name is
elided in the middle, keeping both ends, and the title line (the headline) says what the article is.
"""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

AnyIndex = QModelIndex | QPersistentModelIndex
TitleRole = Qt.ItemDataRole.UserRole + 42
"""The article's title line ("" when it has none: then the name is shown alone)."""

PADDING = 4


class ArticleCell(QStyledItemDelegate):
    """Paints two lines per article: the title, elided at its end; the file name, elided in the middle."""

    def lines(self, index: AnyIndex, width: int, metrics: QFontMetrics) -> tuple[str, str]:
        """The two lines as shown in ``width`` pixels: (title, file name); the name alone goes first."""
        name = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        title = str(index.data(TitleRole) or "")
        room = max(width - 2 * PADDING, 0)
        elided_name = metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, room)
        if not title:
            return elided_name, ""
        return metrics.elidedText(title, Qt.TextElideMode.ElideRight, room), elided_name

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        metrics = option.fontMetrics
        return QSize(metrics.averageCharWidth() * 24, 2 * metrics.height() + 2 * PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        widget: QWidget | None = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)  # background, focus
        rect: QRect = item.rect
        metrics: QFontMetrics = item.fontMetrics
        first, second = self.lines(index, rect.width(), metrics)
        palette: QPalette = item.palette
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_colour = palette.color(role)
        painter.save()
        painter.setFont(item.font)
        line = QRect(
            rect.left() + PADDING, rect.top() + PADDING, rect.width() - 2 * PADDING, metrics.height()
        )
        painter.setPen(text_colour)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(line, align, first)
        if second:
            dim = palette.color(role)
            dim.setAlphaF(0.7)  # the name is secondary to the title, and still legible in both palettes
            painter.setPen(dim)
            painter.drawText(line.translated(0, metrics.height()), align, second)
        painter.restore()

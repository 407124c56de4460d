"""The article: a read-only QPlainTextEdit that speaks code points to the rest of the app.

Qt positions are UTF-16 units; every position that enters or leaves this class goes through the
document's :class:`OffsetMap`. The text is never read back from the widget (``toPlainText`` turns
NBSP into spaces): the Document's text is the truth.

Highlights are applied where they are seen: an edit that touches many spans (relabelling an entity
of thousands of mentions) re-highlights the blocks on screen at once and the others when they are
next painted; a long article is shown before its highlights, which are then applied to the blocks on
screen and, again, to the others as they are painted.

With label tags on (``view/label_tags``, for readers who cannot tell the colours apart) each mention
is followed by a small tag with its label's name, painted in the room the highlighter leaves for it.
The view's accessible description names the current annotation, for screen readers.
"""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QToolTip, QWidget

from editor_app.model import selection
from editor_app.model.intervals import SpanIndex
from editor_app.model.offsets import OffsetMap
from editor_app.model.vocab import Status
from editor_app.ui.contrast import text_colour_on
from editor_app.ui.highlighter import QUOTE_COLOUR, AnnotationHighlighter, dark_palette, faded
from editor_app.ui.i18n import term, translate
from editor_app.ui.tracked_changes import change_words, insert_colours, label_width, shows_in_place

MARGIN = 16
FLASH_MS = 700
AT_ONCE_SPANS = 64
"""Up to this many spans an edit re-highlights every block it touches at once; beyond, only those on
screen (the others when they are next painted)."""
LAZY_CHARS = 200_000
"""An article longer than this is shown first and highlighted block by block as it is painted."""

ResizeHandler = Callable[[str, int], bool]
MenuBuilder = Callable[[int], QMenu | None]


class ArticleView(QPlainTextEdit):
    clicked = Signal(int)
    """A click without a selection, at this code point offset."""
    label_tags = False
    zoomed = 0
    """Points added to the font by Ctrl+plus/minus (Ctrl+0 takes them back)."""
    """Whether each mention is followed by a tag with its label's name (see set_label_tags)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setAccessibleName(translate("ArticleView", "Article"))
        self.setAccessibleDescription(self.usage())
        self.setReadOnly(True)
        self.setAcceptDrops(False)  # files dropped here open through the window
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        font = QFont("Noto Serif")
        font.setStyleHint(QFont.StyleHint.Serif)
        font.setPointSizeF(12.5)
        self.setFont(font)
        self.document().setDocumentMargin(MARGIN)
        self.text = ""
        self.offsets = OffsetMap("")
        self.index = SpanIndex()
        self.snap_enabled = True
        self._alt_drag = False
        self._current: tuple[int, int] | None = None
        self._flash: tuple[int, int] | None = None
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self._end_flash)
        self.resize_handler: ResizeHandler | None = None
        self.menu_builder: MenuBuilder | None = None
        self._stale: set[tuple[int, int]] = set()
        """Ranges (code points) whose highlights are out of date, to be re-highlighted when painted."""
        self._refreshing = False

    @staticmethod
    def usage() -> str:
        return translate(
            "ArticleView",
            "The article's text. Select words, then press a key to annotate them; F1 lists the keys.",
        )

    def describe_current(self, text: str | None) -> None:
        """Tell assistive technology what the current annotation is (None: there is none)."""
        self.setAccessibleDescription(text if text else self.usage())

    def set_label_tags(self, on: bool) -> None:
        """Show (or stop showing) each mention's label as a text tag after it."""
        if on == self.label_tags:
            return
        self.label_tags = on
        highlighter = self._highlighter()
        if highlighter is not None:
            highlighter.label_tags = on
            highlighter.rehighlight()
        self.viewport().update()

    def zoom(self, steps: int) -> None:
        """Ctrl+plus / Ctrl+minus: the article's text larger or smaller by ``steps`` points."""
        self.zoomed += steps
        if steps > 0:
            self.zoomIn(steps)
        elif steps < 0:
            self.zoomOut(-steps)

    def zoom_reset(self) -> None:
        self.zoom(-self.zoomed)

    def set_tracked_changes(self, on: bool) -> None:
        """Show corrections as tracked changes (struck original, replacement beside) or underlined."""
        highlighter = self._highlighter()
        if highlighter is None or highlighter.tracked_changes == on:
            return
        highlighter.tracked_changes = on
        highlighter.rehighlight()
        self.viewport().update()

    def _highlighter(self) -> AnnotationHighlighter | None:
        highlighter = getattr(self, "highlighter", None)
        return highlighter if isinstance(highlighter, AnnotationHighlighter) else None

    # Content ---------------------------------------------------------------------------------------

    def set_article(self, text: str, offsets: OffsetMap, index: SpanIndex) -> None:
        if text and text == self.text:
            self.set_index(index)  # the same article: keep its layout, scroll position and selection
            return
        self.text, self.offsets, self.index = text, offsets, index
        self._current = self._flash = None
        self._stale.clear()
        highlighter = self._highlighter()
        lazy = len(text) > LAZY_CHARS and self.isVisible()
        if highlighter is not None:  # before setPlainText, which highlights every block once
            highlighter.index, highlighter.offsets = (SpanIndex() if lazy else index), offsets
        self.setPlainText(text)
        if lazy and highlighter is not None:
            highlighter.index = index
            self._stale.add((0, len(text)))
            self.viewport().update()
        self._update_extra()

    def set_index(self, index: SpanIndex) -> None:
        """New annotations over the article already shown: the blocks on screen are highlighted again
        now, the others when they are painted (a long article) or now too (a short one)."""
        self.index = index
        highlighter = self._highlighter()
        if highlighter is not None:
            highlighter.index = index
            if len(self.text) > LAZY_CHARS and self.isVisible():
                self._stale = {(0, len(self.text))}
                self._refresh_visible()
            else:
                self._stale.clear()
                highlighter.rehighlight()
        self._update_extra()
        self.viewport().update()

    def visible_range(self) -> tuple[int, int]:
        """The code points of the blocks on screen: from the first visible block's start to just past
        the last one's end (its paragraph separator included), as a half-open range."""
        block = self.firstVisibleBlock()
        if not block.isValid():
            return (0, 0)
        start = block.position()
        offset = self.contentOffset()
        height = self.viewport().height()
        last = block
        while block.isValid() and self.blockBoundingGeometry(block).translated(offset).top() <= height:
            last = block
            block = block.next()
        end = last.position() + max(last.length() - 1, 0)
        return self.offsets.to_codepoint(start), self.offsets.to_codepoint(end) + 1

    def _refresh_visible(self) -> None:
        """Re-highlight the out-of-date blocks now on screen (their ranges leave the stale list)."""
        if not self._stale or self._refreshing:
            return
        first, last = self.visible_range()
        now: list[tuple[int, int]] = []
        for start, end in list(self._stale):
            if not (start < last and end > first):
                continue
            self._stale.discard((start, end))
            now.append((max(start, first), min(end, last)))
            if start < first:
                self._stale.add((start, first))
            if end > last:
                self._stale.add((last, end))
        if now:
            self._refreshing = True
            try:
                self._rehighlight(now)
            finally:
                self._refreshing = False

    def repaint_spans(self, spans: list[tuple[int, int]]) -> list[int]:
        """Re-highlight only the blocks these spans touch, each once; returns their block numbers.

        Past :data:`AT_ONCE_SPANS` spans (an entity of thousands relabelled) only the blocks on screen
        are re-highlighted now; what lies above and below is remembered as two ranges, re-highlighted
        block by block when painted.
        """
        unique = set(spans)
        if len(unique) > AT_ONCE_SPANS and self.isVisible() and len(self.text) > LAZY_CHARS // 8:
            first, last = self.visible_range()
            now: set[tuple[int, int]] = set()
            above, below = [len(self.text), -1], [len(self.text), -1]
            for start, end in unique:
                if start < last and end > first:
                    now.add((start, end))
                else:
                    side = above if end <= first else below
                    side[0], side[1] = min(side[0], start), max(side[1], end)
            for low, high in (above, below):
                if low <= high:
                    self._stale.add((low, max(high, low + 1)))
            unique = now
        blocks = self._rehighlight(unique)
        self.viewport().update()
        return blocks

    def _rehighlight(self, spans: "set[tuple[int, int]] | list[tuple[int, int]]") -> list[int]:
        highlighter = self._highlighter()
        doc = self.document()
        blocks: dict[int, QTextBlock] = {}
        for start, end in sorted(set(spans)):
            first = doc.findBlock(self.offsets.to_utf16(start))
            last = doc.findBlock(self.offsets.to_utf16(max(end - 1, start))).blockNumber()
            block = first
            while block.isValid() and block.blockNumber() <= last:
                blocks.setdefault(block.blockNumber(), block)
                block = block.next()
        if highlighter is not None:
            for block in blocks.values():
                highlighter.rehighlightBlock(block)
        return sorted(blocks)

    # Positions in code points ----------------------------------------------------------------------

    def cursor_position(self) -> int:
        return self.offsets.to_codepoint(self.textCursor().position())

    def raw_selection(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self.offsets.to_codepoint(cursor.selectionStart()), self.offsets.to_codepoint(
            cursor.selectionEnd()
        )

    def selected_range(self) -> tuple[int, int] | None:
        """The selection in code points, snapped to whole words unless snapping is off."""
        raw = self.raw_selection()
        if raw is None:
            return None
        if not self.snap_enabled or self._alt_drag:
            start, end = selection.trim(self.text, *raw)
            return (start, end) if start < end else None
        return selection.snap(self.text, *raw)

    def select_range(self, start: int, end: int, scroll: bool = True) -> None:
        cursor = self.textCursor()
        cursor.setPosition(self.offsets.to_utf16(start))
        cursor.setPosition(self.offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        if scroll:
            self.ensureCursorVisible()

    def clear_selection(self) -> None:
        cursor = self.textCursor()
        cursor.clearSelection()
        self.setTextCursor(cursor)

    def position_at(self, point: QPoint) -> int:
        return self.offsets.to_codepoint(self.cursorForPosition(point).position())

    # The current annotation and the flash ----------------------------------------------------------

    def set_current(self, span: tuple[int, int] | None) -> None:
        self._current = span
        self._update_extra()

    def flash(self, start: int, end: int) -> None:
        """Scroll to a span and make it blink briefly, so the eye finds it."""
        cursor = self.textCursor()
        cursor.setPosition(self.offsets.to_utf16(start))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self._flash = (start, end)
        self._update_extra()
        self._flash_timer.start(FLASH_MS)

    def _end_flash(self) -> None:
        self._flash = None
        self._update_extra()

    def _extra(self, span: tuple[int, int], colour: QColor, outline: bool) -> QTextEdit.ExtraSelection:
        extra = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_utf16(span[0]))
        cursor.setPosition(self.offsets.to_utf16(span[1]), QTextCursor.MoveMode.KeepAnchor)
        extra.cursor = cursor
        fmt = extra.format
        if outline:
            fmt.setProperty(QTextFormat.Property.OutlinePen, colour)
            fmt.setFontOverline(True)
            fmt.setFontUnderline(True)
            fmt.setUnderlineColor(colour)
        else:
            fmt.setBackground(colour)
        extra.format = fmt
        return extra

    def _update_extra(self) -> None:
        extras = []
        if self._current is not None:
            extras.append(self._extra(self._current, QColor("#333333"), outline=True))
        if self._flash is not None:
            extras.append(self._extra(self._flash, QColor(255, 140, 0, 150), outline=False))
        self.setExtraSelections(extras)

    # Events ----------------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._alt_drag = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        raw = self.raw_selection()
        if raw is None:
            self.clicked.emit(self.position_at(event.position().toPoint()))
        elif self.snap_enabled and not self._alt_drag:
            snapped = selection.snap(self.text, *raw)
            if snapped is not None:
                self.select_range(*snapped, scroll=False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._alt_drag = False
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        shift, ctrl = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.ControlModifier
        if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right) and mods in (shift, shift | ctrl):
            edge = "start" if mods == shift | ctrl else "end"
            step = 1 if event.key() == Qt.Key.Key_Right else -1
            if self.resize_handler is not None and self.resize_handler(edge, step):
                event.accept()
                return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.menu_builder(self.position_at(event.pos())) if self.menu_builder else None
        if menu is None:
            super().contextMenuEvent(event)
            return
        menu.exec(event.globalPos())

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            lines = []
            for entry in self.index.at(self.position_at(event.pos())):
                if not entry.shown:  # not painted (rejected, orphaned): nothing to explain here
                    continue
                suggested = " (" + term(Status.SUGGESTED) + ")" if entry.suggested else ""
                if entry.kind == "mention":
                    lines.append(f"{entry.label}: {entry.note}{suggested}")
                elif entry.kind == "correction":
                    lines.append(
                        translate("ArticleView", "Correction ({category}, {status}): {note}").format(
                            category=term(entry.label), status=term(entry.status), note=entry.note
                        )
                    )
                elif entry.kind == "cue":
                    lines.append(
                        translate("ArticleView", "Cue of a quote ({status})").format(
                            status=term(entry.status)
                        )
                    )
                else:
                    lines.append(
                        translate("ArticleView", "Quote ({status})").format(status=term(entry.status))
                    )
            if lines:
                QToolTip.showText(event.globalPos(), "\n".join(lines), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()  # the focus frame

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        highlighter = self._highlighter()
        if event.type() == QEvent.Type.FontChange and self.label_tags and highlighter is not None:
            highlighter.rehighlight()  # the tags' room follows the font size

    def paintEvent(self, event: QPaintEvent) -> None:
        self._refresh_visible()  # blocks scrolled into view whose highlights are out of date
        super().paintEvent(event)
        # Quotes: a bar in the left margin beside every line of a quoted block.
        painter = QPainter(self.viewport())
        highlighter = self._highlighter() if self.label_tags else None
        tag_font = highlighter.tag_font() if highlighter is not None else None
        changes = self._highlighter()
        changes = changes if changes is not None and changes.tracked_changes else None
        block = self.firstVisibleBlock()
        offset = self.contentOffset()
        height = self.viewport().height()
        while block.isValid():
            rect = self.blockBoundingGeometry(block).translated(offset)
            if rect.top() > height:
                break
            if block.isVisible():
                start = self.offsets.to_codepoint(block.position())
                end = self.offsets.to_codepoint(block.position() + max(block.length() - 1, 1))
                quotes = [e for e in self.index.overlapping(start, end) if e.kind == "quote" and e.shown]
                if quotes:
                    colour = QColor(QUOTE_COLOUR)
                    if all(q.suggested for q in quotes):
                        colour.setAlpha(90)
                    painter.fillRect(QRect(4, int(rect.top()) + 2, 4, int(rect.height()) - 4), colour)
                if highlighter is not None and tag_font is not None:
                    self._paint_tags(painter, highlighter, tag_font, block, rect.topLeft(), start, end)
                if changes is not None:
                    self._paint_changes(painter, changes, block, rect.topLeft(), start, end)
            block = block.next()
        if self.hasFocus():  # a visible focus: the keys act on the article now
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.drawRect(self.viewport().rect().adjusted(1, 1, -1, -1))
        painter.end()

    def _paint_changes(
        self,
        painter: QPainter,
        highlighter: AnnotationHighlighter,
        block: QTextBlock,
        origin: QPointF,
        start: int,
        end: int,
    ) -> None:
        """Each correction's replacement after its struck words, in the room left for it; a change of
        spaces or blank lines, which cannot be struck through, in words at the end of the line before."""
        layout = block.layout()
        first = block.position()
        font = highlighter.change_font()
        painter.setFont(font)
        background, text_colour = insert_colours(dark_palette())
        found = self.index.overlapping(start, end + 1)  # and a change starting at the block's break
        tags = highlighter.tag_room(found, start, end)
        for entry in found:
            if entry.kind != "correction" or not entry.shown or entry.status == Status.APPLIED:
                continue
            words = change_words(entry.original, entry.replacement)
            width = label_width(words, font)
            if shows_in_place(entry.original):
                if not start < entry.end <= end:
                    continue
                anchor = self.offsets.to_utf16(entry.end) - first
                line = layout.lineForTextPosition(self.offsets.to_utf16(entry.end - 1) - first)
                shift = -(width + tags.get(entry.end, 0.0))
            else:
                if not start <= entry.start <= end:
                    continue
                anchor = self.offsets.to_utf16(entry.start) - first
                line = layout.lineForTextPosition(max(anchor - 1, 0))
                shift = 4.0
            if not line.isValid():
                continue
            x_and_position: tuple[float, int] = line.cursorToX(anchor)  # type: ignore[assignment]
            box = QRectF(
                origin.x() + x_and_position[0] + shift, origin.y() + line.y() + 1, width, line.height() - 2
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(background)
            painter.drawRoundedRect(box, 3, 3)
            painter.setPen(text_colour)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, words)
        painter.setBrush(Qt.BrushStyle.NoBrush)  # the focus frame drawn next is an outline

    def _paint_tags(
        self,
        painter: QPainter,
        highlighter: AnnotationHighlighter,
        font: QFont,
        block: QTextBlock,
        origin: QPointF,
        start: int,
        end: int,
    ) -> None:
        """The label's name after each mention that ends in this block, in the room left for it."""
        layout = block.layout()
        first = block.position()
        placed: dict[int, float] = {}
        painter.setFont(font)
        for entry in self.index.overlapping(start, max(end, start + 1)):
            if entry.kind != "mention" or not entry.shown or entry.orphaned or not start < entry.end <= end:
                continue
            width = highlighter.tag_width(entry.label)
            last = self.offsets.to_utf16(entry.end - 1) - first
            line = layout.lineForTextPosition(last)
            if not line.isValid():
                continue
            x_and_position: tuple[float, int] = line.cursorToX(self.offsets.to_utf16(entry.end) - first)  # type: ignore[assignment]
            right = x_and_position[0] - placed.get(entry.end, 0.0)
            placed[entry.end] = placed.get(entry.end, 0.0) + width
            box = QRectF(origin.x() + right - width, origin.y() + line.y(), width, line.height())
            colour = QColor(highlighter.schema.get(entry.label).colour)
            if entry.suggested:
                colour = faded(colour)
            painter.setPen(text_colour_on(colour))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, entry.label)

"""Paints annotations into the article: one block at a time, from the interval index.

Channels are kept apart so overlapping annotations stay readable: entities are a background colour
by label, quotes a subtle underline (and a bar in the margin, painted by the view), corrections a red
wavy underline. Suggested annotations are faded and dashed: a suggested mention gets its label's
colour faded towards the page (lighter on a light palette, darker on a dark one) and a dashed
underline in its label's colour, a suggested quote or correction a dashed underline. Rejected
suggestions and orphaned spans (their text is no longer where they point) are not painted at all.
Text on a label colour is black or white, whichever reads better on that colour, so the labels stay
legible in a dark palette too.
"""

from collections.abc import Iterable
from itertools import pairwise

from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)

from editor_app.model.intervals import HIDDEN, Entry, SpanIndex
from editor_app.model.offsets import OffsetMap
from editor_app.model.vocab import Status
from editor_app.storage.config import LabelSchema
from editor_app.ui.contrast import text_colour_on
from editor_app.ui.tracked_changes import change_words, label_font, label_width, shows_in_place

QUOTE_COLOUR = QColor("#2a6f97")
CUE_COLOUR = QColor("#2a6f97")
CUE_COLOUR_ON_DARK = QColor("#8ec5ea")
CORRECTION_COLOUR_ON_DARK = QColor("#ff7b7b")


def dark_palette() -> bool:
    """Whether the text is shown on a dark background (then the quote and cue marks are lighter)."""
    return QGuiApplication.palette().color(QPalette.ColorRole.Base).lightnessF() < 0.5


def mark_colours() -> tuple[QColor, QColor, QColor]:
    """The colours of the quote, cue and correction marks, legible on the palette's background."""
    if dark_palette():
        return CUE_COLOUR_ON_DARK, CUE_COLOUR_ON_DARK, CORRECTION_COLOUR_ON_DARK
    return QUOTE_COLOUR, CUE_COLOUR, CORRECTION_COLOUR


CORRECTION_COLOUR = QColor("#d62828")


class AnnotationHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, index: SpanIndex, offsets: OffsetMap, schema: LabelSchema):
        # Set the state before the parent constructor: attaching to a document highlights it at once.
        self.index = index
        self.offsets = offsets
        self._formats: dict[Look, QTextCharFormat] = {}
        self._colours: dict[str, str] = {}
        self._schema = schema
        self.label_tags = False
        """Leave room after each mention for a tag with its label's name (the view paints the tags)."""
        self.tracked_changes = True
        """Strike a correction's words through and leave room after them for the replacement."""
        super().__init__(document)

    @property
    def schema(self) -> LabelSchema:
        return self._schema

    @schema.setter
    def schema(self, schema: LabelSchema) -> None:
        self._schema = schema
        self._formats.clear()
        self._colours.clear()

    def set_schema(self, schema: LabelSchema) -> None:
        self.schema = schema
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        first = block.position()
        start = self.offsets.to_codepoint(first)
        length = block.length() - 1  # UTF-16 units, without the paragraph separator
        end = self.offsets.to_codepoint(first + length)
        found = self.index.overlapping(start, max(end, start + 1))
        if not found:
            return
        # Cut the block at every entry edge and give each piece the combined format of what covers
        # it: one sweep over the edges, adding entries where they start and dropping them where they
        # end. Entries are handled by their number in ``found`` (hashing the records is slow).
        starts: dict[int, list[int]] = {}
        ends: dict[int, list[int]] = {}
        to_utf16 = self.offsets.to_utf16
        for number, entry in enumerate(found):
            if entry.orphaned or entry.status in HIDDEN:
                continue
            a = max(to_utf16(max(entry.start, start)) - first, 0)
            b = min(to_utf16(min(entry.end, end)) - first, length)
            if a < b:
                starts.setdefault(a, []).append(number)
                ends.setdefault(b, []).append(number)
        if not starts:
            return
        covering: set[int] = set()
        formats: dict[tuple[int, ...], QTextCharFormat] = {}
        cuts = sorted(starts.keys() | ends.keys())
        for a, b in pairwise(cuts):
            covering.difference_update(ends.get(a, ()))
            covering.update(starts.get(a, ()))
            if covering:
                key = tuple(sorted(covering))  # in the index's order, so formats never depend on hashing
                fmt = formats.get(key)
                if fmt is None:
                    fmt = formats[key] = self.format_for([found[n] for n in key])
                self.setFormat(a, b - a, fmt)
        if self.label_tags or self.tracked_changes:
            self._make_room(found, start, end, first)

    def tag_font(self) -> QFont:
        """The font of the label tags: the article's, smaller and bold."""
        font = QFont(self.document().defaultFont())
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.62))
        font.setBold(True)
        return font

    def tag_width(self, label: str) -> float:
        metrics = QFontMetricsF(self.tag_font())
        return metrics.horizontalAdvance(label) + metrics.averageCharWidth() * 1.2

    def change_font(self) -> QFont:
        return label_font(self.document().defaultFont())

    def change_width(self, entry: Entry) -> float:
        """The room a correction's replacement takes after its words (0 when painted elsewhere)."""
        if not self.tracked_changes or entry.status == Status.APPLIED:
            return 0.0
        if not shows_in_place(entry.original):
            return 0.0
        return label_width(change_words(entry.original, entry.replacement), self.change_font())

    def tag_room(self, found: list[Entry], start: int, end: int) -> dict[int, float]:
        """The width of the label tags after each point where mentions end in ``start:end`` (none when
        the tags are off)."""
        room: dict[int, float] = {}
        if self.label_tags:
            for entry in found:
                if entry.kind == "mention" and entry.shown and start < entry.end <= end:
                    room[entry.end] = room.get(entry.end, 0.0) + self.tag_width(entry.label)
        return room

    def _make_room(self, found: list[Entry], start: int, end: int, first: int) -> None:
        """Widen the last character of each mention and correction that ends in this block by what is
        painted after it (its label's tag, its replacement), so that sits in the line instead of over
        the next word."""
        room = self.tag_room(found, start, end)
        for entry in found:
            if entry.kind == "correction" and entry.shown and start < entry.end <= end:
                width = self.change_width(entry)
                if width:
                    room[entry.end] = room.get(entry.end, 0.0) + width
        to_utf16 = self.offsets.to_utf16
        for point, width in room.items():
            a, b = to_utf16(point - 1) - first, to_utf16(point) - first
            fmt = QTextCharFormat(self.format(a))
            fmt.setFontLetterSpacingType(QFont.SpacingType.AbsoluteSpacing)
            fmt.setFontLetterSpacing(width)
            self.setFormat(a, b - a, fmt)

    def format_for(self, covering: Iterable[Entry]) -> QTextCharFormat:
        """The format of text covered by these entries. Formats are shared: opening a long article
        paints tens of thousands of pieces with a handful of different looks."""
        look = self.look_of(covering)
        fmt = self._formats.get(look)
        if fmt is None:
            fmt = self._formats[look] = _format(*look)
        return fmt

    def look_of(self, covering: Iterable[Entry]) -> "Look":
        mentions: list[Entry] = []
        quotes: list[Entry] = []
        corrections: list[Entry] = []
        for e in covering:
            if not e.shown:
                continue
            if e.kind == "mention":
                mentions.append(e)
            elif e.kind == "correction":
                if e.status != Status.APPLIED:
                    corrections.append(e)
            else:
                quotes.append(e)
        colour = ""
        suggested_mention = False
        if mentions:
            inner = min(mentions, key=lambda e: e.end - e.start)
            colour = self._colour(inner.label)
            suggested_mention = inner.suggested
        # One underline per character: a correction's wins over a quote's, which wins over the dashes
        # of a suggested mention.
        underline = ""
        if corrections:
            underline = "correction-suggested" if all(c.suggested for c in corrections) else "correction"
            if self.tracked_changes:
                underline = "struck-suggested" if underline.endswith("suggested") else "struck"
        elif quotes:
            underline = "quote-suggested" if all(q.suggested for q in quotes) else "quote"
        cue = any(q.kind == "cue" for q in quotes)
        return (colour, suggested_mention, underline, cue)

    def _colour(self, label: str) -> str:
        colour = self._colours.get(label)
        if colour is None:
            colour = self._colours[label] = self.schema.get(label).colour
        return colour


Look = tuple[str, bool, str, bool]
"""What a piece of text looks like: its entity's label colour (or ""), whether that mention is only
suggested, which underline it gets, and whether it is a cue."""


def _format(colour: str, suggested_mention: bool, underline: str, cue: bool) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if colour:
        label = QColor(colour)
        background = faded(label) if suggested_mention else label
        fmt.setBackground(background)
        fmt.setForeground(text_colour_on(background))
        if suggested_mention:
            fmt.setUnderlineStyle(DASHED)
            fmt.setUnderlineColor(label)
    quote_colour, cue_colour, correction_colour = mark_colours()
    if underline.startswith("struck"):
        fmt.setFontStrikeOut(True)
        if not colour:
            fmt.setForeground(correction_colour)
        if underline.endswith("suggested"):
            fmt.setUnderlineStyle(DASHED)
            fmt.setUnderlineColor(correction_colour)
    elif underline.startswith("correction"):
        suggested = underline.endswith("suggested")
        fmt.setUnderlineStyle(DASHED if suggested else QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(correction_colour)
    elif underline.startswith("quote"):
        suggested = underline.endswith("suggested")
        fmt.setUnderlineStyle(DASHED if suggested else QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(quote_colour)
    if cue:
        fmt.setFontItalic(True)
        if not colour:  # on a label colour the cue keeps the legible black or white
            fmt.setForeground(cue_colour)
    return fmt


DASHED = QTextCharFormat.UnderlineStyle.DashUnderline


def faded(colour: QColor) -> QColor:
    """The label colour mixed two thirds of the way towards the page (the palette's base colour):
    closer to the background than a confirmed mention's, so a suggestion looks tentative in both
    palettes (lighter on white, darker on a dark page), and still opaque, so its text (black or
    white by contrast) stays readable."""
    page = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    return QColor(
        (colour.red() + 2 * page.red()) // 3,
        (colour.green() + 2 * page.green()) // 3,
        (colour.blue() + 2 * page.blue()) // 3,
    )

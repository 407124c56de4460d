"""Paints annotations into the article: one block at a time, from the interval index.

Channels are kept apart so overlapping annotations stay readable: entities are a background colour
by label, quotes a subtle underline (and a bar in the margin, painted by the view), corrections a red
wavy underline. Suggested annotations are faded and dotted.
"""

from collections.abc import Iterable
from itertools import pairwise

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from editor_app.model.intervals import Entry, SpanIndex
from editor_app.model.offsets import OffsetMap
from editor_app.storage.config import LabelSchema

QUOTE_COLOUR = QColor("#2a6f97")
CUE_COLOUR = QColor("#2a6f97")
CORRECTION_COLOUR = QColor("#d62828")


class AnnotationHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, index: SpanIndex, offsets: OffsetMap, schema: LabelSchema):
        # Set the state before the parent constructor: attaching to a document highlights it at once.
        self.index = index
        self.offsets = offsets
        self.schema = schema
        super().__init__(document)

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
        # Cut the block at every entry edge and give each piece the combined format of what covers it.
        edges = {0, length}
        local: list[tuple[int, int, Entry]] = []
        for entry in found:
            a = max(self.offsets.to_utf16(max(entry.start, start)) - first, 0)
            b = min(self.offsets.to_utf16(min(entry.end, end)) - first, length)
            if a < b:
                local.append((a, b, entry))
                edges.update((a, b))
        cuts = sorted(edges)
        for a, b in pairwise(cuts):
            covering = [e for s, t, e in local if s <= a and b <= t]
            if covering:
                self.setFormat(a, b - a, self.format_for(covering))

    def format_for(self, covering: Iterable[Entry]) -> QTextCharFormat:
        fmt = QTextCharFormat()
        mentions = [e for e in covering if e.kind == "mention"]
        quotes = [e for e in covering if e.kind in ("quote", "cue")]
        corrections = [
            e for e in covering if e.kind == "correction" and e.status not in ("rejected", "applied")
        ]
        if mentions:
            inner = min(mentions, key=lambda e: e.end - e.start)
            colour = QColor(self.schema.get(inner.label).colour)
            if inner.suggested:
                colour.setAlpha(90)
            fmt.setBackground(colour)
        if corrections:
            fmt.setUnderlineStyle(
                QTextCharFormat.UnderlineStyle.DotLine
                if all(c.suggested for c in corrections)
                else QTextCharFormat.UnderlineStyle.WaveUnderline
            )
            fmt.setUnderlineColor(CORRECTION_COLOUR)
        elif quotes:
            dotted = all(q.suggested for q in quotes)
            fmt.setUnderlineStyle(
                QTextCharFormat.UnderlineStyle.DotLine
                if dotted
                else QTextCharFormat.UnderlineStyle.SingleUnderline
            )
            fmt.setUnderlineColor(QUOTE_COLOUR)
        if any(q.kind == "cue" for q in quotes):
            fmt.setFontItalic(True)
            fmt.setForeground(CUE_COLOUR)
        return fmt

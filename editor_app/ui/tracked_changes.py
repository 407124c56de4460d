"""Corrections shown as tracked changes: the original struck through, the replacement beside it.

The replacement is painted, never inserted: the article view's text stays exactly the article, so
positions, the offset converter and the speed targets are untouched. The highlighter widens the last
character of the original (letter spacing) to leave room, as it does for label tags, and the view
paints the replacement in that room. A change that is hard to see as text says what it does in words
("remove blank line", "“ → \"").
"""

from PySide6.QtGui import QColor, QFont, QFontMetricsF

from editor_app.ui.i18n import translate

INSERT_ON_LIGHT = (QColor("#d8f3dc"), QColor("#14532d"))
INSERT_ON_DARK = (QColor("#1f4d2c"), QColor("#c7f9d4"))
"""Background and text of a replacement, on a light and on a dark palette."""


def change_words(original: str, replacement: str) -> str:
    """What is shown after the struck original: the replacement, or the change in words."""
    if not original.strip() and not replacement.strip():
        removed = original.count("\n") - replacement.count("\n")
        if removed > 0:
            return (
                translate("TrackedChanges", "remove blank line")
                if removed == 1
                else translate("TrackedChanges", "remove {count} blank lines").format(count=removed)
            )
        if removed < 0:
            return translate("TrackedChanges", "new paragraph")
        return translate("TrackedChanges", "one space") if replacement == " " else repr(replacement)
    if not replacement:
        return translate("TrackedChanges", "delete")
    if len(original) == 1 and len(replacement) == 1 and not original.isalnum():
        return f"{original} → {replacement}"
    return replacement


def shows_in_place(original: str) -> bool:
    """Whether the original has a last character to strike and widen (not only spaces or breaks)."""
    return bool(original.strip()) and not original[-1].isspace()


def label_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(6.0, base.pointSizeF() * 0.85))
    return font


def label_width(text: str, font: QFont) -> float:
    metrics = QFontMetricsF(font)
    return metrics.horizontalAdvance(text) + metrics.averageCharWidth() * 1.2


def insert_colours(dark: bool) -> tuple[QColor, QColor]:
    return INSERT_ON_DARK if dark else INSERT_ON_LIGHT

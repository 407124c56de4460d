"""Corrections as tracked changes: struck through with the replacement beside, the text untouched
(issue 12, finding 9)."""

from PySide6.QtGui import QColor, QFont, QTextCharFormat

from editor_app.model.records import Correction
from editor_app.ui.main_window import MainWindow
from editor_app.ui.tracked_changes import INSERT_ON_DARK, INSERT_ON_LIGHT, change_words


def formats_at(win: MainWindow, position: int) -> list[QTextCharFormat]:
    view = win.article_view
    utf16 = view.offsets.to_utf16(position)
    block = view.document().findBlock(utf16)
    inside = utf16 - block.position()
    ranges = block.layout().formats()
    return [QTextCharFormat(r.format) for r in ranges if r.start <= inside < r.start + r.length]


def the_correction(win: MainWindow) -> Correction:
    return next(c for c in win.workspace.doc.corrections if c.span.text == "Mangus")


def test_a_correction_is_struck_through_with_room_for_its_replacement_and_the_text_unchanged(
    window, sample_with_golden_sidecar
):
    assert window.open_article(sample_with_golden_sidecar)
    correction = the_correction(window)
    assert window.article_view.toPlainText() == window.workspace.doc.text
    first = formats_at(window, correction.span.start)
    assert any(f.fontStrikeOut() for f in first)
    last = formats_at(window, correction.span.end - 1)
    assert any(
        f.fontLetterSpacingType() == QFont.SpacingType.AbsoluteSpacing and f.fontLetterSpacing() > 5
        for f in last
    )
    assert not any(f.fontStrikeOut() for f in formats_at(window, correction.span.end))


def test_the_toggle_brings_back_the_underline(qtbot, window, sample_with_golden_sidecar):
    assert window.open_article(sample_with_golden_sidecar)
    correction = the_correction(window)
    action = window.actions_by_id["view.tracked_changes"]
    assert action.isChecked()
    action.trigger()
    assert not action.isChecked()
    first = formats_at(window, correction.span.start)
    assert not any(f.fontStrikeOut() for f in first)
    assert any(f.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline for f in first)
    assert window.settings.value("view/tracked_changes") in (False, "false")


def test_changes_hard_to_see_as_text_are_said_in_words():
    assert change_words("\n\n\n", "\n\n") == "remove blank line"
    assert change_words("\n\n\n\n", "\n\n") == "remove 2 blank lines"
    assert change_words("  ", " ") == "one space"
    assert change_words("“", '"') == '“ → "'
    assert change_words("Subscribe now", "") == "delete"
    assert change_words("Mangus", "Magnus") == "Magnus"


def contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_replacement_reads_well_on_both_palettes():
    for background, text in (INSERT_ON_LIGHT, INSERT_ON_DARK):
        assert contrast(background, text) >= 7
    assert contrast(INSERT_ON_LIGHT[0], QColor("white")) < 1.3  # a light box on a light page
    assert contrast(INSERT_ON_DARK[0], QColor("#1e1e1e")) < 2.5  # a dark box on a dark page


def test_with_the_article_focused_only_the_replacement_is_painted_green(
    qtbot, window, sample_with_golden_sidecar
):
    """The focus frame is an outline: it once took the replacement's brush and filled the whole view."""
    assert window.open_article(sample_with_golden_sidecar)
    correction = the_correction(window)
    window.article_view.select_range(correction.span.start, correction.span.start)
    window.article_view.centerCursor()
    window.article_view.setFocus()
    qtbot.waitUntil(window.article_view.hasFocus)
    image = window.article_view.viewport().grab().toImage()
    green = INSERT_ON_LIGHT[0].rgb()
    pixels = [image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)]
    share = sum(p == green for p in pixels) / len(pixels)
    assert 0 < share < 0.02

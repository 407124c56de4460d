"""What a screen reader hears, what colour-blind readers see, and where Tab goes."""

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from editor_app.ui.contrast import text_colour_on
from editor_app.ui.main_window import MainWindow
from tests.ui.conftest import press, select_text

TEXT = Qt.ItemDataRole.AccessibleTextRole
DESCRIPTION = Qt.ItemDataRole.AccessibleDescriptionRole


def test_the_article_and_the_panels_have_accessible_names(window: MainWindow) -> None:
    named: list[QWidget] = [
        window.article_view,
        window.entities_panel,
        window.quotes_panel,
        window.corrections_panel,
        window.document_bar.status_box,
        window.legend,
        window.corpus.view,
    ]
    assert all(widget.accessibleName() for widget in named)
    assert window.article_view.accessibleName() == "Article"
    assert "F1" in window.article_view.accessibleDescription()
    assert window.quotes_panel.accessibleName() == "Quotes"


def test_annotations_are_told_in_words_in_the_panels_and_the_article(
    qtbot: Any, window: MainWindow, sample_article: Path
) -> None:
    assert window.open_article(sample_article)
    select_text(window, "Chris Magnus")
    press(qtbot, window, Qt.Key.Key_1)
    assert window.article_view.accessibleDescription() == "Mention of Chris Magnus (PERSON): Chris Magnus"
    select_text(window, "Magnus", 1)
    press(qtbot, window, Qt.Key.Key_O)  # every other "Magnus" becomes a mention too
    entity = window.workspace.doc.entities[0]
    top = window.entity_model.index(0, 0)
    assert top.data(TEXT) == f"PERSON: Chris Magnus, {len(entity.mentions)} mentions"
    mention = window.entity_model.index_of(entity.id, (entity.mentions[1].start, entity.mentions[1].end))
    assert mention.data(TEXT) == "Mention of Chris Magnus (PERSON): Magnus"

    select_text(window, "I am excited about the progress")
    press(qtbot, window, Qt.Key.Key_Q)
    row = window.quote_model.index(0, 0)
    assert row.data(TEXT) == "Quote, no speaker yet (direct, confirmed): I am excited about the progress"
    assert window.quote_model.index(0, 3).data(DESCRIPTION) == row.data(TEXT)
    assert window.article_view.accessibleDescription() == row.data(TEXT)


def test_label_tags_make_room_after_each_mention_and_are_painted(
    qtbot: Any, window: MainWindow, sample_article: Path
) -> None:
    assert window.open_article(sample_article)
    _start, end = select_text(window, "Chris Magnus")
    press(qtbot, window, Qt.Key.Key_1)
    view = window.article_view
    block = view.document().findBlock(view.offsets.to_utf16(end - 1))

    def spacing_of_last_letter() -> float:
        position = view.offsets.to_utf16(end - 1) - block.position()
        found = [f for f in block.layout().formats() if f.start <= position < f.start + f.length]
        return found[-1].format.fontLetterSpacing() if found else 0.0

    assert spacing_of_last_letter() == 0.0
    window.settings.setValue("view/label_tags", True)
    window.apply_preferences(window.show_preferences())
    window.preferences_dialog.close()
    assert view.label_tags
    highlighter = view.highlighter  # type: ignore[attr-defined]
    assert spacing_of_last_letter() == highlighter.tag_width("PERSON") > 0
    assert not view.grab().isNull()  # paints the tags without error


def test_text_on_a_label_colour_is_black_or_white_by_its_luminance() -> None:
    assert text_colour_on(QColor("#ffd166")) == QColor("#000000")  # PERSON
    assert text_colour_on(QColor("#d9d9d9")) == QColor("#000000")  # MISC
    assert text_colour_on(QColor("#1e1e1e")) == QColor("#ffffff")
    assert text_colour_on(QColor("#3d5a80")) == QColor("#ffffff")


def test_tab_goes_panel_by_panel(qtbot: Any, window: MainWindow, sample_article: Path) -> None:
    assert window.open_article(sample_article)
    window.corpus_dock.show()
    window.article_view.setFocus()
    seen = []
    for _ in range(4):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        seen.append(window.focusWidget())
    assert seen == [window.entities_panel, window.quotes_panel, window.corrections_panel, window.corpus.view]

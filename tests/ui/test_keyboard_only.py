"""The whole annotate-and-save flow with the keyboard alone: no mouse, no calls into the window."""

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from editor_app.storage.documents import open_document
from editor_app.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier
QUOTE = "I am excited about the progress I made and look forward continuing that work"


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def key(qtbot: Any, k: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
    """Press a key where the focus is, as a user would."""
    qtbot.keyClick(focused(), k, modifier)


def words_forward_to(qtbot: Any, win: MainWindow, offset: int) -> None:
    """Ctrl+Right until the cursor reaches ``offset`` (the start of a word)."""
    for _ in range(400):
        if win.article_view.cursor_position() >= offset:
            break
        key(qtbot, Qt.Key.Key_Right, CTRL)
    assert win.article_view.cursor_position() == offset


def select_words(qtbot: Any, win: MainWindow, end: int) -> None:
    """Shift+Ctrl+Right until the selection reaches ``end``."""
    for _ in range(60):
        selected = win.article_view.raw_selection()
        if selected is not None and selected[1] >= end:
            return
        key(qtbot, Qt.Key.Key_Right, CTRL | SHIFT)
    raise AssertionError("the selection never reached the end of the words")


def test_annotating_and_saving_with_only_the_keyboard(
    qtbot: Any, window: MainWindow, sample_article: Path
) -> None:
    assert window.open_article(sample_article)
    text = window.workspace.doc.text
    view = window.article_view
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)  # the article has the focus

    # An entity: Ctrl+Home, word by word to "Chris Magnus", select two words, 1 for PERSON.
    key(qtbot, Qt.Key.Key_Home, CTRL)
    chris = text.index("Chris Magnus")
    words_forward_to(qtbot, window, chris)
    key(qtbot, Qt.Key.Key_Right, CTRL | SHIFT)
    key(qtbot, Qt.Key.Key_Right, CTRL | SHIFT)
    key(qtbot, Qt.Key.Key_1)
    assert [(e.label, e.name) for e in window.workspace.doc.entities] == [("PERSON", "Chris Magnus")]
    assert "Chris Magnus" in view.accessibleDescription()

    # A quote: on to its opening quotation mark, select to its last word, Q (the selection snaps to
    # the words inside the marks).
    quote = text.index(QUOTE)
    words_forward_to(qtbot, window, quote - 1)
    select_words(qtbot, window, quote + len(QUOTE))
    key(qtbot, Qt.Key.Key_Q)
    assert [q.span.text for q in window.workspace.doc.quotes] == [QUOTE]

    # Its cue: the next "said", U.
    said = text.index("said", quote)
    words_forward_to(qtbot, window, said)
    key(qtbot, Qt.Key.Key_Right, CTRL | SHIFT)
    key(qtbot, Qt.Key.Key_U)

    # Its speaker: S opens the entity picker; type part of the name, Enter takes the top hit.
    key(qtbot, Qt.Key.Key_S)
    assert focused() is window.entity_picker.field
    qtbot.keyClicks(focused(), "magnus")
    key(qtbot, Qt.Key.Key_Return)
    assert window.workspace.doc.quotes[0].speaker == window.workspace.doc.entities[0].id
    assert focused() is view

    # Panel by panel with Tab and back with Shift+Tab (article -> Entities -> article).
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is window.entities_panel
    key(qtbot, Qt.Key.Key_Backtab, SHIFT)
    assert focused() is view

    # A correction: to "Mangus", select it, C, type the replacement, Enter.
    mangus = text.index("Mangus")
    words_forward_to(qtbot, window, mangus)
    key(qtbot, Qt.Key.Key_Right, CTRL | SHIFT)
    key(qtbot, Qt.Key.Key_C)
    assert focused() is window.correction_popup.replacement
    qtbot.keyClicks(focused(), "Magnus")
    key(qtbot, Qt.Key.Key_Return)
    assert focused() is view
    assert "Magnus" in view.accessibleDescription()

    # Ctrl+S, then read the sidecar back from disk.
    key(qtbot, Qt.Key.Key_S, CTRL)
    assert not window.isWindowModified()
    saved = open_document(sample_article).document
    (entity,) = saved.entities
    assert (entity.label, entity.name) == ("PERSON", "Chris Magnus")
    assert [(m.start, m.end) for m in entity.mentions] == [(chris, chris + 12)]
    (quoted,) = saved.quotes
    assert (quoted.span.text, quoted.speaker) == (QUOTE, entity.id)
    assert quoted.cue is not None
    assert (quoted.cue.start, quoted.cue.text) == (said, "said")
    (correction,) = saved.corrections
    assert (correction.span.start, correction.span.text, correction.replacement) == (
        mangus,
        "Mangus",
        "Magnus",
    )

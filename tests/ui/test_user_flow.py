"""The workbench as an editor uses it on the sample article: annotate, undo, redo, save, reopen."""

from pathlib import Path
from typing import Any

import yaml
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from editor_app.model.selection import occurrences
from editor_app.storage import sidecar_path
from editor_app.ui.main_window import MainWindow
from tests.ui.conftest import highlighted_ranges, merged, press, select_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
QUOTE = "I am excited about the progress I made and look forward continuing that work"


def state(win: MainWindow) -> dict[str, Any]:
    """Everything the user can see of the annotations: the document, the panels and the highlights."""
    doc = win.workspace.doc
    entities = sorted(
        (e.label, e.name, tuple((m.start, m.end, m.text) for m in e.mentions)) for e in doc.entities
    )
    quotes = [
        (q.span.text, q.speaker and doc.entity(q.speaker).name, q.cue and (q.cue.start, q.cue.text))  # type: ignore[union-attr]
        for q in doc.quotes
    ]
    corrections = [(c.span.start, c.span.text, c.replacement, c.category) for c in doc.corrections]
    panels = (
        win.entity_model.rowCount(),
        sum(
            win.entity_model.rowCount(win.entity_model.index(r, 0))
            for r in range(win.entity_model.rowCount())
        ),
        win.quote_model.rowCount(),
        win.correction_model.rowCount(),
    )
    painted = highlighted_ranges(win)
    highlights = (merged(painted, "entity"), merged(painted, "correction"), merged(painted, "quote"))
    return {
        "entities": entities,
        "quotes": quotes,
        "corrections": corrections,
        "panels": panels,
        "paint": highlights,
    }


def menu_action(menu: QMenu, text: str) -> Any:
    for action in menu.actions():
        if action.menu() is not None:
            found = menu_action(action.menu(), text)  # type: ignore[arg-type]
            if found is not None:
                return found
        elif action.text() == text:
            return action
    return None


def annotate_the_sample(qtbot: Any, win: MainWindow) -> list[dict[str, Any]]:
    """The must-show steps, through keys, the context menu and the panels; the state after each."""
    doc = win.workspace.doc
    states = [state(win)]

    select_text(win, "Chris Magnus")
    press(qtbot, win, Qt.Key.Key_1)
    states.append(state(win))

    select_text(win, "Magnus,")  # "Magnus, a former Tuscon ... police chief": snaps to Magnus
    press(qtbot, win, Qt.Key.Key_O)  # mark all occurrences
    states.append(state(win))

    start, _ = select_text(win, "Mangus")
    menu = win.menus.context_menu_at(start)
    menu_action(menu, "Add as &mention of…").trigger()  # the context menu opens the entity picker
    qtbot.keyClicks(win.entity_picker.field, "magnus")
    qtbot.keyClick(win.entity_picker.field, Qt.Key.Key_Return)
    states.append(state(win))

    select_text(win, "Mangus")
    press(qtbot, win, Qt.Key.Key_C)
    popup = win.correction_popup
    assert popup.isVisible()
    assert popup.category.currentText() == "name"
    qtbot.keyClicks(popup.replacement, "Magnus")
    qtbot.keyClick(popup.replacement, Qt.Key.Key_Return)
    states.append(state(win))

    select_text(win, "“" + QUOTE + ",”")
    press(qtbot, win, Qt.Key.Key_Q)
    states.append(state(win))

    select_text(win, "said", 3)
    press(qtbot, win, Qt.Key.Key_U)
    states.append(state(win))

    press(qtbot, win, Qt.Key.Key_S)
    editor = QApplication.focusWidget()
    assert editor is win.entity_picker.field
    qtbot.keyClicks(editor, "chris")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert doc.quotes[0].speaker is not None
    states.append(state(win))
    assert doc is win.workspace.doc
    return states


def test_annotating_the_sample_shows_in_panels_highlights_and_the_saved_sidecar(
    qtbot: Any, window: MainWindow, sample_article: Path
) -> None:
    assert window.open_article(sample_article)
    text = window.workspace.doc.text
    states = annotate_the_sample(qtbot, window)
    final = states[-1]

    mangus = text.index("Mangus")
    chris = text.index("Chris Magnus")
    # Every Magnus except the one inside the "Chris Magnus" mention (the second "Chris Magnus" was
    # not marked, so its Magnus is an occurrence like any other).
    magnus_spans = [(s, e) for s, e in occurrences(text, "Magnus") if s != chris + 6]
    expected_mentions = sorted([(chris, chris + 12), *magnus_spans, (mangus, mangus + 6)])
    assert final["entities"] == [
        ("PERSON", "Chris Magnus", tuple((s, e, text[s:e]) for s, e in expected_mentions))
    ]
    said = [s for s, _ in occurrences(text, "said")][3]
    assert final["quotes"] == [(QUOTE, "Chris Magnus", (said, "said"))]
    assert final["corrections"] == [(mangus, "Mangus", "Magnus", "name")]
    assert final["panels"] == (1, len(expected_mentions), 1, 1)
    entity_paint, correction_paint, quote_paint = final["paint"]
    assert entity_paint == expected_mentions
    assert correction_paint == [(mangus, mangus + 6)]
    quote_start = text.index(QUOTE)
    assert quote_paint == [(quote_start, quote_start + len(QUOTE)), (said, said + 4)]
    assert window.isWindowModified()

    # Undo every step, then redo every step: the panels and the highlights follow.
    for expected in reversed(states[:-1]):
        qtbot.keyClick(window.article_view, Qt.Key.Key_Z, CTRL)
        assert state(window) == expected
    assert not window.isWindowModified()
    for expected in states[1:]:
        qtbot.keyClick(window.article_view, Qt.Key.Key_Z, CTRL | SHIFT)
        assert state(window) == expected

    qtbot.keyClick(window.article_view, Qt.Key.Key_S, CTRL)
    assert not window.isWindowModified()

    saved = yaml.safe_load(sidecar_path(sample_article).read_text(encoding="utf-8"))
    [entity] = saved["entities"]
    assert (entity["label"], entity["name"]) == ("PERSON", "Chris Magnus")
    assert [(m["start"], m["end"]) for m in entity["mentions"]] == expected_mentions
    for item in [*entity["mentions"], *saved["quotes"], *saved["corrections"]]:
        assert text[item["start"] : item["end"]] == item["text"]
    [quote] = saved["quotes"]
    assert (quote["text"], quote["speaker"], quote["cue"]["start"]) == (QUOTE, entity["id"], said)
    [correction] = saved["corrections"]
    assert (correction["text"], correction["replacement"], correction["category"]) == (
        "Mangus",
        "Magnus",
        "name",
    )

    reopened = MainWindow()
    qtbot.addWidget(reopened)
    assert reopened.open_article(sample_article)
    assert state(reopened) == final


def test_pressing_a_label_key_with_nothing_selected_explains_instead_of_failing(
    qtbot: Any, window: MainWindow, sample_article: Path
) -> None:
    window.open_article(sample_article)
    press(qtbot, window, Qt.Key.Key_1)
    assert window.workspace.doc.entities == []
    assert "Select" in window.statusBar().currentMessage()
    assert not window.isWindowModified()

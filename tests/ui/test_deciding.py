"""A and R decide exactly what the editor points at (issue 12, findings 1 and 2)."""

from typing import Any

from PySide6.QtCore import Qt

from editor_app.model.records import Correction, Entity, Quote
from editor_app.ui.annotator import Target
from editor_app.ui.main_window import MainWindow
from tests.ui.conftest import press, select_text
from tests.ui.test_suggestions_ui import run_suggestions

SHIFT = Qt.KeyboardModifier.ShiftModifier


def entity_named(win: MainWindow, name: str) -> Entity:
    return next(e for e in win.workspace.doc.entities if e.name == name)


def mention_status(win: MainWindow, target: Target) -> str:
    entity = win.workspace.doc.find(target.record_id)
    assert isinstance(entity, Entity)
    mention = next(m for m in entity.mentions if (m.start, m.end) == target.mention)
    return mention.status or entity.status


def correct(qtbot: Any, win: MainWindow, words: str, replacement: str) -> None:
    """C on ``words``, type the replacement, Enter: an open correction, as the copy desk makes it."""
    select_text(win, words)
    press(qtbot, win, Qt.Key.Key_C)
    win.correction_popup.replacement.setText(replacement)
    qtbot.keyClick(win.correction_popup.replacement, Qt.Key.Key_Return)


def go_to_mention(qtbot: Any, win: MainWindow, text: str) -> Target:
    """N until the current suggestion is a mention reading ``text``."""
    for _ in range(200):
        press(qtbot, win, Qt.Key.Key_N)
        current = win.annotator.current
        assert current is not None
        if current.mention is not None and win.workspace.doc.text[slice(*current.mention)] == text:
            return current
    raise AssertionError(f"N never reached a mention {text!r}")


def test_r_on_a_suggested_mention_rejects_that_mention_only(qtbot, window, sample_article):
    assert window.open_article(sample_article)
    run_suggestions(qtbot, window)
    dhs = entity_named(window, "Department of Homeland Security")
    others = [m for m in dhs.mentions if m.text != "Homeland Security"]
    assert others
    target = go_to_mention(qtbot, window, "Homeland Security")
    press(qtbot, window, Qt.Key.Key_R)

    assert mention_status(window, target) == "rejected"
    after = entity_named(window, "Department of Homeland Security")
    assert after.status == "suggested"
    assert [mention_status(window, Target(after.id, (m.start, m.end))) for m in others] == [
        "suggested"
    ] * len(others)
    message = window.statusBar().currentMessage()
    assert "Rejected the mention “Homeland Security” of Department of Homeland Security" in message


def test_a_on_a_suggested_mention_confirms_it_and_its_entity_the_others_stay_to_decide(
    qtbot, window, sample_article
):
    assert window.open_article(sample_article)
    run_suggestions(qtbot, window)
    target = go_to_mention(qtbot, window, "Homeland Security")
    press(qtbot, window, Qt.Key.Key_A)
    dhs = entity_named(window, "Department of Homeland Security")
    assert dhs.status == "confirmed"
    assert mention_status(window, target) == "confirmed"
    others = [m for m in dhs.mentions if (m.start, m.end) != target.mention]
    assert others
    assert all(m.status == "suggested" for m in others)
    nxt = window.annotator.current
    assert nxt is not None
    assert nxt.mention is not None
    assert target.mention is not None
    assert nxt.mention[0] > target.mention[0]


def test_rejecting_a_whole_entity_named_as_speaker_asks_first(qtbot, window, sample_article):
    assert window.open_article(sample_article)
    run_suggestions(qtbot, window)
    magnus = entity_named(window, "Chris Magnus")
    spoken = [q for q in window.workspace.doc.quotes if q.speaker == magnus.id]
    window.workspace.push(_confirm_quote(spoken[0]))
    asked: list[str] = []

    def refuse(question: str) -> bool:
        asked.append(question)
        return False

    window.notices.confirm = refuse
    target = go_to_mention(qtbot, window, "Magnus")
    press(qtbot, window, Qt.Key.Key_R, SHIFT)
    assert asked
    assert "Chris Magnus" in asked[0]
    assert entity_named(window, "Chris Magnus").status == "suggested"
    assert mention_status(window, target) == "suggested"

    window.notices.confirm = lambda _question: True
    press(qtbot, window, Qt.Key.Key_R, SHIFT)
    assert entity_named(window, "Chris Magnus").status == "rejected"
    assert "Rejected the entity Chris Magnus" in window.statusBar().currentMessage()


def test_n_visits_suggestions_only_and_never_an_open_correction(qtbot, window, sample_article):
    assert window.open_article(sample_article)
    correct(qtbot, window, "Mangus", "Magnus")
    run_suggestions(qtbot, window)
    own = next(c for c in window.workspace.doc.corrections if c.status == "open")
    seen = set()
    for _ in range(150):
        press(qtbot, window, Qt.Key.Key_N)
        current = window.annotator.current
        assert current is not None
        seen.add(current.record_id)
        record = window.workspace.doc.find(current.record_id)
        if isinstance(record, Entity):
            assert current.mention is not None, "an entity's mentions are visited one by one"
            assert mention_status(window, current) == "suggested"
        else:
            assert record is not None
            assert record.status == "suggested"
    assert own.id not in seen


def test_a_and_r_decide_the_copy_desks_own_open_correction(qtbot, window, sample_article):
    assert window.open_article(sample_article)
    correct(qtbot, window, "Tuscon", "Tucson")
    correction = next(c for c in window.workspace.doc.corrections if c.span.text == "Tuscon")
    assert correction.status == "open"
    window.annotator.set_current(Target(correction.id))
    press(qtbot, window, Qt.Key.Key_A)
    after = window.workspace.doc.find(correction.id)
    assert isinstance(after, Correction)
    assert after.status == "accepted"
    window.workspace.undo_stack.undo()
    window.annotator.set_current(Target(correction.id))
    press(qtbot, window, Qt.Key.Key_R)
    rejected = window.workspace.doc.find(correction.id)
    assert isinstance(rejected, Correction)
    assert rejected.status == "rejected"


def _confirm_quote(quote: Quote) -> Any:
    from dataclasses import replace

    from editor_app.model.edits import ReplaceRecord

    return ReplaceRecord(replace(quote, status="confirmed"))

"""Review mode: one suggestion at a time, one key per card, no mouse (issue 12)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from editor_app.model.document import Document
from editor_app.model.records import Entity
from editor_app.storage.documents import open_document
from editor_app.suggest.review_queue import cards
from tests.ui.conftest import press
from tests.ui.test_suggestions_ui import run_suggestions

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def still_suggested(doc: Document) -> list[str]:
    found = [r.id for r in doc.records() if r.status == "suggested" and not isinstance(r, Entity)]
    found += [
        f"{e.id}@{m.start}" for e in doc.entities for m in e.mentions if (m.status or e.status) == "suggested"
    ]
    return found


def test_every_suggestion_of_the_sample_is_decided_with_one_key_per_card(qtbot, window, sample_article):
    assert window.open_article(sample_article)
    run_suggestions(qtbot, window)
    total = len(cards(window.workspace.doc))
    assert total > 40
    press(qtbot, window, Qt.Key.Key_R, CTRL)
    card = window.review
    assert card.isVisible()
    assert card.hasFocus()
    assert card.progress.text().endswith(f"1 of {total}")
    presses = 0
    while card.current_card() is not None:
        current = card.current_card()
        assert current is not None
        # Reject what the sample's suggestions get wrong, accept the rest.
        wrong = (
            current.kind == "quote" and "On Tuesday" in window.workspace.doc.text[current.start : current.end]
        )
        qtbot.keyClick(card, Qt.Key.Key_R if wrong else Qt.Key.Key_A)
        presses += 1
        assert presses <= total, "more than one key per card"
    assert presses == total
    assert still_suggested(window.workspace.doc) == []
    assert "End of the list" in card.body.text()
    qtbot.keyClick(card, Qt.Key.Key_Escape)
    assert not card.isVisible()
    assert QApplication.focusWidget() is window.article_view
    press(qtbot, window, Qt.Key.Key_S, CTRL)
    saved = open_document(sample_article).document
    assert still_suggested(saved) == []
    assert any(q.status == "rejected" and "On Tuesday" in q.span.text for q in saved.quotes)
    assert all(e.status == "confirmed" for e in saved.entities)


def test_space_skips_backspace_goes_back_and_decisions_undo(qtbot, window, sample_article):
    assert window.open_article(sample_article)
    run_suggestions(qtbot, window)
    press(qtbot, window, Qt.Key.Key_R, CTRL)
    card = window.review
    first = card.current_card()
    qtbot.keyClick(card, Qt.Key.Key_Space)
    second = card.current_card()
    assert second != first
    qtbot.keyClick(card, Qt.Key.Key_Backspace)
    assert card.current_card() == first
    assert first is not None
    assert window.annotator.current is not None
    assert window.annotator.current.record_id == first.record_id  # the article and panels follow
    qtbot.keyClick(card, Qt.Key.Key_R)
    assert card.decided(first) == "rejected"
    window.workspace.undo_stack.undo()
    assert card.decided(first) is None


def test_filters_keep_one_kind_and_enter_leaves_to_edit_it(qtbot, window, sample_article):
    assert window.open_article(sample_article)
    run_suggestions(qtbot, window)
    press(qtbot, window, Qt.Key.Key_R, CTRL)
    card = window.review
    card.kind_filter.setCurrentIndex(card.kind_filter.findData("correction"))
    card.kind_filter.activated.emit(card.kind_filter.currentIndex())
    assert {c.kind for c in card.queue} == {"correction"}
    assert card.hasFocus()
    chosen = card.current_card()
    assert chosen is not None
    qtbot.keyClick(card, Qt.Key.Key_Return)
    assert not card.isVisible()
    assert window.annotator.current is not None
    assert window.annotator.current.record_id == chosen.record_id
    assert QApplication.focusWidget() is window.article_view
    record = window.workspace.doc.find(chosen.record_id)
    assert record is not None
    assert record.status == "suggested"

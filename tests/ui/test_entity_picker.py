"""One searchable picker for speakers and mentions (issue 12, finding 6)."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from editor_app.model.entity_search import find_entities, names_nobody
from editor_app.model.records import Entity, Quote
from editor_app.ui.annotator import Target
from editor_app.ui.main_window import MainWindow
from tests.ui.conftest import press, select_text
from tests.ui.test_suggestions_ui import run_suggestions


def quote_about(win: MainWindow, words: str) -> Quote:
    return next(q for q in win.workspace.doc.quotes if words in q.span.text)


def open_speaker_picker(qtbot: Any, win: MainWindow, quote: Quote) -> None:
    win.article_view.clear_selection()
    win.annotator.set_current(Target(quote.id))
    press(qtbot, win, Qt.Key.Key_S)
    assert win.entity_picker.isVisible()
    assert QApplication.focusWidget() is win.entity_picker.field


def test_s_finds_the_speaker_by_any_word_case_insensitive_and_enter_takes_the_top_hit(
    qtbot, window, sample_with_golden_sidecar
):
    assert window.open_article(sample_with_golden_sidecar)
    run_suggestions(qtbot, window)
    quote = quote_about(window, "I expressed to him")
    magnus = next(e for e in window.workspace.doc.entities if e.name == "Chris Magnus")
    window.workspace.push(_speaker(quote, None))
    open_speaker_picker(qtbot, window, quote)
    qtbot.keyClicks(window.entity_picker.field, "magnus")
    first = window.entity_picker.list.item(0)
    assert first is not None
    assert "Chris Magnus" in first.text()
    qtbot.keyClick(window.entity_picker.field, Qt.Key.Key_Return)
    after = window.workspace.doc.find(quote.id)
    assert isinstance(after, Quote)
    assert after.speaker == magnus.id
    assert QApplication.focusWidget() is window.article_view


def test_the_misspelt_mention_finds_its_entity_and_people_come_first(qtbot, window, sample_article):
    assert window.open_article(sample_article)
    run_suggestions(qtbot, window)
    doc = window.workspace.doc
    assert [e.name for e in find_entities(doc, "Mangus")] == ["Chris Magnus"]
    assert [e.name for e in find_entities(doc, "homeland")] == ["Department of Homeland Security"]
    ranked = find_entities(doc, "", prefer_labels=("PERSON",))
    people = [e.label == "PERSON" for e in ranked]
    assert people == sorted(people, reverse=True)
    assert len(ranked) == len([e for e in doc.entities if e.status != "rejected"])


def test_s_on_a_pronoun_links_it_to_the_chosen_person_instead_of_making_a_person_called_he(
    qtbot, window, sample_article
):
    assert window.open_article(sample_article)
    run_suggestions(qtbot, window)
    doc = window.workspace.doc
    quote = quote_about(window, "asked to resign but is refusing")
    window.annotator.set_current(Target(quote.id))
    start = doc.text.index(" he ", quote.span.start - 10) + 1
    window.article_view.select_range(start, start + 2)
    press(qtbot, window, Qt.Key.Key_S)
    assert window.entity_picker.isVisible()
    assert "he" in window.entity_picker.title.text()
    qtbot.keyClicks(window.entity_picker.field, "chris")
    qtbot.keyClick(window.entity_picker.field, Qt.Key.Key_Return)
    doc = window.workspace.doc
    assert not any(e.name.lower() == "he" for e in doc.entities)
    magnus = next(e for e in doc.entities if e.name == "Chris Magnus")
    assert (start, start + 2) in {(m.start, m.end) for m in magnus.mentions}
    after = doc.find(quote.id)
    assert isinstance(after, Quote)
    assert after.speaker == magnus.id
    window.workspace.undo_stack.undo()
    assert (start, start + 2) not in {
        (m.start, m.end) for m in window.workspace.doc.entity(magnus.id).mentions
    }


def test_enter_with_no_match_says_so_and_changes_nothing(qtbot, window, sample_with_golden_sidecar):
    assert window.open_article(sample_with_golden_sidecar)
    quote = window.workspace.doc.quotes[0]
    window.workspace.push(_speaker(quote, None))
    open_speaker_picker(qtbot, window, quote)
    qtbot.keyClicks(window.entity_picker.field, "zzzz")
    qtbot.keyClick(window.entity_picker.field, Qt.Key.Key_Return)
    assert window.entity_picker.isVisible()
    assert "zzzz" in window.entity_picker.hint.text()
    after = window.workspace.doc.find(quote.id)
    assert isinstance(after, Quote)
    assert after.speaker is None
    qtbot.keyClick(window.entity_picker.field, Qt.Key.Key_Escape)
    assert not window.entity_picker.isVisible()
    assert QApplication.focusWidget() is window.article_view


def test_m_lists_every_entity_not_only_forty_and_takes_the_one_typed(qtbot, window, sample_article):
    assert window.open_article(sample_article)
    run_suggestions(qtbot, window)
    many = len([e for e in window.workspace.doc.entities if e.status != "rejected"])
    select_text(window, "commissioner")
    press(qtbot, window, Qt.Key.Key_M)
    assert window.entity_picker.isVisible()
    assert window.entity_picker.list.count() == many + 1  # and "New entity…"
    qtbot.keyClicks(window.entity_picker.field, "chris mag")
    qtbot.keyClick(window.entity_picker.field, Qt.Key.Key_Return)
    magnus = next(e for e in window.workspace.doc.entities if e.name == "Chris Magnus")
    assert "commissioner" in {m.text for m in magnus.mentions}


def test_words_that_only_point_at_someone():
    assert names_nobody("he")
    assert names_nobody("He")
    assert names_nobody("the commissioner")
    assert names_nobody("officials")
    assert not names_nobody("Chris Magnus")
    assert not names_nobody("Magnus")


def _speaker(quote: Quote, entity: Entity | None) -> Any:
    from dataclasses import replace

    from editor_app.model.edits import ReplaceRecord

    return ReplaceRecord(replace(quote, speaker=entity.id if entity else None))

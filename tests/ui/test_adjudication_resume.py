"""A gold saved half-decided is taken up again in the card, from the file alone (issue 16)."""

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from editor_app.storage.documents import open_document
from editor_app.ui.main_window import MainWindow
from tests.ui.conftest import press
from tests.ui.test_adjudication import keys, open_gold_copy, state, suggested

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def counting_asks(window: MainWindow, root: Path) -> tuple[list[str], Path]:
    """The sample open for adjudicating; each time the sources are asked for, "sources" is noted."""
    ana, ben, article = open_gold_copy(window, root)
    asked: list[str] = []

    def sources() -> list[Path]:
        asked.append("sources")
        return [ana, ben]

    window.adjudication.ask_sources = sources
    return asked, article


def test_a_saved_gold_is_taken_up_again_where_it_was_left_and_finished_with_keys(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    card = window.adjudication
    asked, article = counting_asks(window, tmp_path)
    press(qtbot, window, Qt.Key.Key_K, CTRL | SHIFT)
    assert asked == ["sources"]
    # Washington: ben's LOC; the quote: ana's speaker; then saved and closed half done
    keys(qtbot, card, ">", "A", "A")
    qtbot.keyClick(card, Qt.Key.Key_Escape)
    press(qtbot, window, Qt.Key.Key_S, CTRL)
    saved = open_document(article).document
    assert saved.status == "needs-review"
    assert len(suggested(saved)) == 8

    other = tmp_path / "elsewhere.txt"
    other.write_text("Something else.\n", encoding="utf-8")
    assert window.open_article(other)
    assert window.open_article(article)
    press(qtbot, window, Qt.Key.Key_K, CTRL | SHIFT)
    assert asked == ["sources"]  # rebuilt from the gold: nothing asked
    assert card.isVisible()
    assert card.hasFocus()
    assert card.progress.text().endswith("3 of 7 disagreements (5 undecided)")
    assert [box.accessibleName() for box in card.boxes] == ["ana", "ben"]
    assert "Taken up again: ana, ben, 5 of 7" in window.statusBar().currentMessage()
    place = card.current_place()
    assert place is not None
    assert window.workspace.doc.text[place.start : place.end] == "El Paso"
    # the decided ones are still there to look back at
    keys(qtbot, card, "<-")
    assert "taken" in card.boxes[0].text()
    keys(qtbot, card, " ")
    # El Paso: ana's; the correction: ben's; John Tien: ana's; Tuscon dropped; Richmond: ben's
    keys(qtbot, card, "A", ">", "A", "A", "R", ">", "A")
    assert "End of the list" in card.sentence.text()
    assert "0 disagreement(s) left undecided" in card.sentence.text()
    assert window.workspace.doc.status == "done"
    qtbot.keyClick(card, Qt.Key.Key_Escape)
    press(qtbot, window, Qt.Key.Key_S, CTRL)

    gold = open_document(article).document
    assert suggested(gold) == []
    assert gold.status == "done"
    assert state(gold, "Washington") == {("GPE", "rejected"), ("LOC", "confirmed")}
    assert state(gold, "El Paso") == {("GPE", "confirmed"), ("LOC", "rejected")}
    assert state(gold, "Tuscon") == {("GPE", "rejected"), ("LOC", "rejected")}
    # all decided: Ctrl+Shift+K compares afresh (asks for the sources again, then before replacing)
    questions: list[str] = []

    def refuse(question: str) -> bool:
        questions.append(question)
        return False

    window.notices.confirm = refuse
    press(qtbot, window, Qt.Key.Key_K, CTRL | SHIFT)
    assert asked == ["sources", "sources"]
    assert "Replace the" in questions[0]


def test_pressed_again_while_the_card_shows_it_compares_afresh(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    card = window.adjudication
    asked, _article = counting_asks(window, tmp_path)
    window.notices.confirm = lambda _question: True
    press(qtbot, window, Qt.Key.Key_K, CTRL | SHIFT)
    keys(qtbot, card, "A")
    qtbot.keyClick(card, Qt.Key.Key_K, CTRL | SHIFT)
    assert len(asked) == 2
    assert card.progress.text().endswith("1 of 7 disagreements (7 undecided)")

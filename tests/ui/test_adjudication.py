"""Comparing annotators in the window and adjudicating with keys only; the agreement view (issue 16)."""

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from editor_app.model import Document, Entity
from editor_app.storage import save_sidecar, sidecar_path
from editor_app.storage.documents import open_document
from editor_app.ui.main_window import MainWindow
from tests.annotators import AGREED, annotator_folders, gold_copy
from tests.builders import mention
from tests.conftest import SAMPLE
from tests.ui.conftest import press

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
KEYS = {
    "A": Qt.Key.Key_A,
    "R": Qt.Key.Key_R,
    ">": Qt.Key.Key_Right,
    " ": Qt.Key.Key_Space,
    "<-": Qt.Key.Key_Backspace,
}


def suggested(doc: Document) -> list[str]:
    found = [q.id for q in doc.quotes if q.status == "suggested"]
    found += [c.id for c in doc.corrections if c.status == "suggested"]
    return found + [
        f"{e.id}@{m.start}" for e in doc.entities for m in e.mentions if (m.status or e.status) == "suggested"
    ]


def state(doc: Document, text: str) -> set[tuple[str, str]]:
    return {(e.label, m.status or e.status) for e in doc.entities for m in e.mentions if m.text == text}


def cell(table: Any, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return str(item.text())


def keys(qtbot: Any, card: Any, *names: str) -> None:
    for name in names:
        qtbot.keyClick(card, KEYS[name])


def open_gold_copy(window: MainWindow, root: Path) -> tuple[Path, Path, Path]:
    """ana's and ben's folders, and the adjudicator's copy of the sample, open in the window."""
    ana, ben = annotator_folders(root / "annotators")
    article = gold_copy(root)
    assert window.open_article(article)
    return ana, ben, article


def test_two_annotators_are_adjudicated_with_keys_only_and_the_gold_saved(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    ana, ben, article = open_gold_copy(window, tmp_path)
    card = window.adjudication
    card.ask_sources = lambda: [ana, ben]  # the file dialogs' answer
    press(qtbot, window, Qt.Key.Key_K, CTRL | SHIFT)
    assert card.isVisible()
    assert card.hasFocus()
    assert card.progress.text().endswith("1 of 7 disagreements (7 undecided)")
    doc = window.workspace.doc
    assert len(suggested(doc)) == 12
    # each annotator's version side by side, under their name in their colour
    assert [box.accessibleName() for box in card.boxes] == ["ana", "ben"]
    assert "GPE: Washington" in card.boxes[0].text()
    assert "LOC: Washington" in card.boxes[1].text()
    assert "#1f6fb4" in card.boxes[0].text()
    assert "#c2410c" in card.boxes[1].text()
    # Washington: ben's LOC; the quote: ana's speaker; El Paso skipped; the correction: ben's;
    # John Tien: ana's; Tuscon: dropped; Richmond: ben's
    keys(qtbot, card, ">", "A", "A", " ", ">", "A", "A", "R", ">", "A")
    assert "End of the list" in card.sentence.text()
    assert "1 disagreement(s) left undecided" in card.sentence.text()
    keys(qtbot, card, "<-", "<-", "<-", "<-", "<-")
    place = card.current_place()
    assert place is not None
    assert doc.text[place.start : place.end] == "El Paso"
    keys(qtbot, card, "A")
    assert suggested(window.workspace.doc) == []
    # undo takes the last decision back, redo makes it again
    qtbot.keyClick(card, Qt.Key.Key_Z, CTRL)
    assert state(window.workspace.doc, "El Paso") == {("GPE", "suggested"), ("LOC", "suggested")}
    qtbot.keyClick(card, Qt.Key.Key_Z, CTRL | SHIFT)
    assert state(window.workspace.doc, "El Paso") == {("GPE", "confirmed"), ("LOC", "rejected")}
    qtbot.keyClick(card, Qt.Key.Key_Escape)
    assert not card.isVisible()
    assert QApplication.focusWidget() is window.article_view
    press(qtbot, window, Qt.Key.Key_S, CTRL)
    assert not window.workspace.is_dirty()

    gold = open_document(article).document
    assert suggested(gold) == []
    assert gold.document_extra["annotators"] == ["ana", "ben"]
    assert state(gold, "Washington") == {("GPE", "rejected"), ("LOC", "confirmed")}
    assert state(gold, "El Paso") == {("GPE", "confirmed"), ("LOC", "rejected")}
    assert state(gold, "Tuscon") == {("GPE", "rejected"), ("LOC", "rejected")}
    assert state(gold, "John Tien") == {("PERSON", "confirmed")}
    assert state(gold, "Richmond") == {("GPE", "confirmed")}
    quotes = {(q.by, q.status) for q in gold.quotes}
    assert quotes == {("ana", "confirmed"), ("ben", "rejected")}
    corrections = {(c.replacement, c.status, c.by) for c in gold.corrections}
    assert corrections == {("Magnus", "accepted", "ben"), ("Mr. Magnus", "rejected", "ana")}
    agreed = [m for e in gold.entities for m in e.mentions if (m.by or e.by) == "ana; ben"]
    assert len(agreed) == AGREED
    assert all(
        (m.status or e.status) == "confirmed" for e in gold.entities for m in e.mentions if m in agreed
    )


def test_comparing_over_annotations_asks_first_and_one_undo_restores_them(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    ana, ben = annotator_folders(tmp_path / "annotators")
    article = tmp_path / SAMPLE.name
    shutil.copyfile(SAMPLE, article)
    assert window.open_article(article)
    doc = window.workspace.doc
    doc_before = Entity("e-own", "PERSON", "Magnus", mentions=(mention(doc, "Magnus", 5),))
    save_sidecar(Document(doc.article, doc.file_name, entities=[doc_before]), sidecar_path(article))
    assert window.open_article(article)
    asked: list[str] = []

    def refuse(question: str) -> bool:
        asked.append(question)
        return False

    window.notices.confirm = refuse
    card = window.adjudication
    assert not card.compare_with([ana / f"{SAMPLE.name}.annotations.yaml", ben])
    assert "Replace the 1 annotation(s)" in asked[0]
    assert [e.id for e in window.workspace.doc.entities] == ["e-own"]
    window.notices.confirm = lambda _question: True
    assert card.compare_with([ana / f"{SAMPLE.name}.annotations.yaml", ben])
    assert "e-own" not in {e.id for e in window.workspace.doc.entities}
    window.workspace.undo_stack.undo()
    assert [e.id for e in window.workspace.doc.entities] == ["e-own"]
    assert "annotators" not in window.workspace.doc.document_extra


def test_the_agreement_view_shows_the_table_and_the_least_agreed_article_first(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    ana, ben = annotator_folders(tmp_path)
    for folder in (ana, ben):
        calm = folder / "calm.txt"
        calm.write_text("Magnus met Mayorkas.\n", encoding="utf-8")
        doc = open_document(calm).document
        doc.entities = [Entity("e-m", "PERSON", "Magnus", by=folder.name, mentions=(mention(doc, "Magnus"),))]
        save_sidecar(doc, sidecar_path(calm))
    (ana / "lonely.txt").write_text("Only here.\n", encoding="utf-8")
    window.adjudication.ask_folders = lambda: [ana, ben]
    window.actions_by_id["tools.agreement"].trigger()
    view = window.adjudication.agreement_view
    assert view is not None
    qtbot.waitExposed(view)
    labels = view.labels
    rows = {cell(labels, r, 0): [cell(labels, r, c) for c in range(1, 7)] for r in range(labels.rowCount())}
    assert rows["overall"] == ["15", "15", "11", "0.733", "0.733", "0.733"]
    assert rows["ORG"][-1] == "1.000"
    assert "Cohen's kappa on token labels: 0." in view.kappa.text()
    articles = view.articles
    order = [cell(articles, r, 0) for r in range(articles.rowCount())]
    assert order == [SAMPLE.name, "calm.txt"]
    assert cell(articles, 0, 3) == "7"
    assert cell(articles, 1, 1) == "1.000"
    assert "lonely.txt: missing from ben" in view.summary.text()
    view.close()

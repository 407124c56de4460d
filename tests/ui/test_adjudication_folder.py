"""A folder adjudicated article after article with keys, each gold saved on the way (issue 16)."""

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from editor_app.model import Entity
from editor_app.storage import save_sidecar, sidecar_path
from editor_app.storage.documents import open_document
from editor_app.ui.main_window import MainWindow
from tests.annotators import annotator_folders
from tests.builders import mention
from tests.conftest import SAMPLE
from tests.ui.conftest import press
from tests.ui.test_adjudication import keys, state, suggested

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
AGREED_TEXT = "Magnus met Mayorkas in El Paso.\n"
RIVER_TEXT = "The Rio Grande runs past Laredo.\n"


def folders(root: Path) -> tuple[Path, Path, Path]:
    """ana's and ben's folders (the sample, an article they annotated alike, one where they differ on
    a label) and the adjudicator's folder: the three articles, no sidecars."""
    ana, ben = annotator_folders(root / "annotators")
    for folder in (ana, ben):
        agreed = folder / "d-agreed.txt"
        agreed.write_text(AGREED_TEXT, encoding="utf-8")
        doc = open_document(agreed).document
        doc.entities = [
            Entity("e-m", "PERSON", "Magnus", by=folder.name, mentions=(mention(doc, "Magnus"),)),
            Entity("e-ep", "GPE", "El Paso", by=folder.name, mentions=(mention(doc, "El Paso"),)),
        ]
        save_sidecar(doc, sidecar_path(agreed))
        river = folder / "e-river.txt"
        river.write_text(RIVER_TEXT, encoding="utf-8")
        doc = open_document(river).document
        label = "LOC" if folder.name == "ana" else "GPE"
        doc.entities = [
            Entity("e-rg", label, "Rio Grande", by=folder.name, mentions=(mention(doc, "Rio Grande"),)),
        ]
        save_sidecar(doc, sidecar_path(river))
    gold = root / "gold"
    gold.mkdir()
    for name in (SAMPLE.name, "d-agreed.txt", "e-river.txt"):
        shutil.copyfile(ana / name, gold / name)
    return ana, ben, gold


def test_a_folder_is_adjudicated_article_after_article_with_keys_and_each_gold_saved(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    ana, ben, gold = folders(tmp_path)
    assert window.open_folder(gold)
    files = window.workspace.files
    assert files is not None
    assert files.article_path.name == SAMPLE.name
    round_ = window.folder_adjudication
    asked: list[Path] = []

    def sources(folder: Path) -> list[Path]:
        asked.append(folder)
        return [ana, ben]

    round_.ask_sources = sources
    card = window.adjudication
    press(qtbot, window, Qt.Key.Key_K, CTRL | SHIFT)
    assert asked == [gold]
    assert card.isVisible()
    assert card.hasFocus()
    assert card.folder_progress.text() == "gold: article 1 of 3 · 0 of 3 done"
    assert card.progress.text().endswith("1 of 7 disagreements (7 undecided)")
    keys(qtbot, card, ">", "A", "A", "A", ">", "A", "A", "R", ">", "A")
    assert "Every disagreement is decided" in card.sentence.text()
    # Enter: the sample's gold saved; d-agreed (made alike) saved on the way; e-river shown
    qtbot.keyClick(card, Qt.Key.Key_Return)
    files = window.workspace.files
    assert files is not None
    assert files.article_path.name == "e-river.txt"
    assert card.isVisible()
    assert card.hasFocus()
    assert card.folder_progress.text() == "gold: article 3 of 3 · 2 of 3 done"
    assert card.progress.text().endswith("1 of 1 disagreements (1 undecided)")
    assert "LOC: Rio Grande" in card.boxes[0].text()
    sample_gold = open_document(gold / SAMPLE.name).document
    assert sample_gold.status == "done"
    assert suggested(sample_gold) == []
    assert state(sample_gold, "Washington") == {("GPE", "rejected"), ("LOC", "confirmed")}
    agreed = open_document(gold / "d-agreed.txt").document
    assert agreed.status == "done"
    assert agreed.document_extra["annotators"] == ["ana", "ben"]
    assert {(e.name, e.status) for e in agreed.entities} == {
        ("Magnus", "confirmed"),
        ("El Paso", "confirmed"),
    }
    # ben's GPE taken; Enter: saved, and nothing after it to decide
    keys(qtbot, card, ">", "A")
    qtbot.keyClick(card, Qt.Key.Key_Return)
    assert not card.isVisible()
    assert "No more articles with disagreements" in window.statusBar().currentMessage()
    assert "3 of 3 done" in window.statusBar().currentMessage()
    assert not window.workspace.is_dirty()
    river = open_document(gold / "e-river.txt").document
    assert state(river, "Rio Grande") == {("LOC", "rejected"), ("GPE", "confirmed")}
    assert window.document_bar.progress_label.text() == "3/3 done"
    # nothing was written into the annotators' folders
    assert sorted(p.name for p in ana.iterdir()) == sorted(p.name for p in ben.iterdir())
    assert open_document(ana / "e-river.txt").document.entities[0].label == "LOC"


def test_alt_arrows_move_through_the_folder_and_a_half_done_folder_is_taken_up_again(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    ana, ben, gold = folders(tmp_path)
    (ben / "e-river.txt").unlink()
    sidecar_path(ben / "e-river.txt").unlink()
    assert window.open_folder(gold)
    round_ = window.folder_adjudication
    round_.ask_sources = lambda _folder: [ana, ben]
    card = window.adjudication
    press(qtbot, window, Qt.Key.Key_K, CTRL | SHIFT)
    keys(qtbot, card, ">", "A")  # Washington: ben's; then on to the next article, saving
    qtbot.keyClick(card, Qt.Key.Key_Right, ALT)
    files = window.workspace.files
    assert files is not None
    assert files.article_path.name == "d-agreed.txt"
    assert not card.isVisible()  # made alike: nothing to decide, its gold in place
    assert window.workspace.doc.document_extra["annotators"] == ["ana", "ben"]
    press(qtbot, window, Qt.Key.Key_Right, ALT)
    files = window.workspace.files
    assert files is not None
    assert files.article_path.name == "e-river.txt"
    assert "e-river.txt is missing from ben: not compared." in window.statusBar().currentMessage()
    assert window.workspace.doc.entities == []
    press(qtbot, window, Qt.Key.Key_Left, ALT)
    press(qtbot, window, Qt.Key.Key_Left, ALT)
    files = window.workspace.files
    assert files is not None
    assert files.article_path.name == SAMPLE.name
    assert card.isVisible()
    assert card.progress.text().endswith("2 of 7 disagreements (6 undecided)")

    # Another day: the folder opens on its first article not done, and Ctrl+Shift+K takes it up
    # with the annotators' folders remembered, asking nothing
    press(qtbot, window, Qt.Key.Key_S, CTRL)
    other = MainWindow()
    qtbot.addWidget(other)
    window.close()
    other.show()
    other.activateWindow()
    qtbot.waitExposed(other)
    assert other.open_folder(gold)
    other.folder_adjudication.ask_sources = lambda _folder: []  # must not be asked
    files = other.workspace.files
    assert files is not None
    assert files.article_path.name == SAMPLE.name
    other_card = other.adjudication
    other.actions_by_id["file.compare"].trigger()  # Ctrl+Shift+K
    assert other_card.isVisible()
    assert other_card.progress.text().endswith("2 of 7 disagreements (6 undecided)")
    assert other.folder_adjudication.sources == [ana.resolve(), ben.resolve()]

"""Emoji and CRLF articles keep exact offsets; the item models obey Qt's model contract."""

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from PySide6.QtCore import Qt

from editor_app.storage import sidecar_path
from editor_app.ui.main_window import MainWindow
from tests.conftest import ROOT
from tests.ui.conftest import highlighted_ranges, merged, press, select_range, select_text

STRESS = ROOT.parent / "shared" / "interop" / "synthetic"
"""The shared interop fixtures, kept beside the project's folder."""


@pytest.fixture
def stress_article(tmp_path: Path) -> Path:
    if not (STRESS / "stress_crlf_emoji.txt").exists():
        pytest.skip("the shared interop fixtures are not on this machine")
    target = tmp_path / "stress_crlf_emoji.txt"
    shutil.copyfile(STRESS / "stress_crlf_emoji.txt", target)
    return target


def test_entities_on_an_emoji_and_crlf_article_are_painted_and_saved_at_exact_offsets(
    qtbot: Any, window: MainWindow, stress_article: Path
) -> None:
    expected = json.loads((STRESS / "stress_expected_offsets.json").read_text(encoding="utf-8"))["expected"]
    people = {e["id"]: e for e in expected if e["id"] in ("T1", "T2", "T4", "T5")}
    assert window.open_article(stress_article)
    for item in people.values():
        start, end = item["codepoints_after_crlf_to_lf"]
        # What Qt counts for the same span: the fixture's UTF-16 offsets must be what we select.
        assert [
            window.article_view.offsets.to_utf16(start),
            window.article_view.offsets.to_utf16(end),
        ] == item["qt_qplaintextedit_utf16_after_crlf_to_lf"]
        select_range(window, start, end)
        press(qtbot, window, Qt.Key.Key_1)
    quote_start, quote_end = next(e for e in expected if e["id"] == "T3")["codepoints_after_crlf_to_lf"]
    select_range(window, quote_start, quote_end)
    press(qtbot, window, Qt.Key.Key_Q)

    spans = sorted(tuple(p["codepoints_after_crlf_to_lf"]) for p in people.values())
    painted = highlighted_ranges(window)
    assert merged(painted, "entity") == spans
    # The quotation marks and the full stop at the edges are trimmed from the quote.
    assert merged(painted, "quote") == [(quote_start + 1, quote_end - 2)]

    qtbot.keyClick(window.article_view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = yaml.safe_load(sidecar_path(stress_article).read_text(encoding="utf-8"))
    assert saved["source"]["newline"] == "crlf"
    text = window.workspace.doc.text
    mentions = sorted((m["start"], m["end"], m["text"]) for e in saved["entities"] for m in e["mentions"])
    assert mentions == [(s, e, text[s:e]) for s, e in spans]
    assert [m[2] for m in mentions] == ["Zoë", "Ng", "Ana Lima", "Ng"]
    assert saved["quotes"][0]["text"] == "We’re rebuilding"


@pytest.mark.parametrize("MODEL", ["entity_model", "quote_model", "correction_model"])
def test_the_item_models_pass_the_qt_model_tester_while_annotations_come_and_go(
    qtbot: Any, qtmodeltester: object, window: MainWindow, sample_article: Path, MODEL: str
) -> None:
    window.open_article(sample_article)
    model = getattr(window, MODEL)
    qtmodeltester.check(model, force_py=True)  # type: ignore[attr-defined]
    select_text(window, "Chris Magnus")
    press(qtbot, window, Qt.Key.Key_1)
    select_text(window, "Magnus", 2)
    press(qtbot, window, Qt.Key.Key_O)
    select_text(window, "Mangus")
    press(qtbot, window, Qt.Key.Key_Q)
    select_text(window, "Tuscon")
    start, end = window.article_view.selected_range() or (0, 0)
    window.annotator.add_correction(start, end, "Tucson", "spelling")
    window.workspace.undo_stack.undo()
    window.workspace.undo_stack.undo()
    window.workspace.undo_stack.redo()
    window.workspace.undo_stack.redo()
    assert model.rowCount() >= 1


def test_f1_lists_every_shortcut_and_zoom_changes_the_font(qtbot: Any, window: MainWindow) -> None:
    size = window.article_view.font().pointSizeF()
    qtbot.keyClick(window.article_view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.article_view.font().pointSizeF() > size
    qtbot.keyClick(window.article_view, Qt.Key.Key_F1)
    table = window.shortcuts_dialog.table
    rows = {table.item(r, 1).text(): table.item(r, 2).text() for r in range(table.rowCount())}  # type: ignore[union-attr]
    assert rows["Label as PERSON"] == "1"
    assert rows["Undo"].startswith("Ctrl+Z")
    assert "Ctrl+Shift+Z" in rows["Redo"]
    assert rows["Next open correction"] == "F8"

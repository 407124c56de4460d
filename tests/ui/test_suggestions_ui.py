"""Suggestions in the window: F7 runs them off the UI thread; A, R, N and Shift+A decide; apply them."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from editor_app.model.records import Correction, Entity, Quote
from editor_app.storage import sidecar_path
from editor_app.storage.documents import open_document
from editor_app.suggest.engine import pending
from editor_app.ui.annotator import Target
from editor_app.ui.main_window import MainWindow
from tests.conftest import SAMPLE

SHIFT = Qt.KeyboardModifier.ShiftModifier


def run_suggestions(qtbot: Any, win: MainWindow) -> None:
    qtbot.keyClick(win.article_view, Qt.Key.Key_F7)
    assert win.suggesting.running or pending(win.workspace.doc)
    qtbot.waitUntil(lambda: not win.suggesting.running and win.suggesting.worker is None, timeout=60_000)


def key(
    qtbot: Any, win: MainWindow, k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    widget = win.focusWidget() or win.article_view
    qtbot.keyClick(widget, k, modifier)


def test_f7_suggests_and_the_keys_decide(qtbot, window, sample_article):
    assert window.open_article(sample_article)
    window.article_view.setFocus()
    run_suggestions(qtbot, window)
    doc = window.workspace.doc
    quotes = [q for q in doc.quotes if q.status == "suggested"]
    magnus = next(e for e in doc.entities if e.name == "Chris Magnus")
    assert magnus.status == "suggested"
    assert "Mangus" in {m.text for m in magnus.mentions}
    assert sum(q.kind == "direct" and q.speaker == magnus.id for q in quotes) == 3
    assert {c.span.text: c.replacement for c in doc.corrections}.get("Tuscon") == "Tucson"
    assert window.workspace.is_dirty()

    window.article_view.setFocus()
    key(qtbot, window, Qt.Key.Key_N)
    first = window.annotator.current
    assert first is not None
    assert first.mention is not None  # N steps through a suggested entity mention by mention
    assert doc.find(first.record_id).status == "suggested"
    key(qtbot, window, Qt.Key.Key_A)
    accepted = window.workspace.doc.find(first.record_id)
    assert isinstance(accepted, Entity)
    assert accepted.status == "confirmed"
    second = window.annotator.current
    assert second is not None
    assert second.mention is not None
    assert (second.record_id, second.mention) != (first.record_id, first.mention)
    key(qtbot, window, Qt.Key.Key_R)

    def status_of(target: Target) -> str:
        entity = window.workspace.doc.find(target.record_id)
        assert isinstance(entity, Entity)
        mention = next(m for m in entity.mentions if (m.start, m.end) == target.mention)
        return mention.status or entity.status

    assert status_of(second) == "rejected"
    window.workspace.undo_stack.undo()
    assert status_of(second) == "suggested"
    window.workspace.undo_stack.redo()
    assert status_of(second) == "rejected"

    # Asking again brings back neither the rejected one nor a copy of the accepted one.
    before = len(list(window.workspace.doc.records()))
    run_suggestions(qtbot, window)
    doc = window.workspace.doc
    assert len(list(doc.records())) == before
    assert status_of(second) == "rejected"


def test_shift_a_accepts_the_focused_panel_only(qtbot, window, sample_article):
    assert window.open_article(sample_article)
    window.article_view.setFocus()
    run_suggestions(qtbot, window)
    window.corrections_panel.setFocus()
    qtbot.keyClick(window.corrections_panel, Qt.Key.Key_A, SHIFT)
    doc = window.workspace.doc
    assert doc.corrections
    assert all(c.status == "accepted" for c in doc.corrections)
    assert any(e.status == "suggested" for e in doc.entities)
    assert any(q.status == "suggested" for q in doc.quotes)
    window.workspace.undo_stack.undo()
    assert all(c.status == "suggested" for c in window.workspace.doc.corrections)


def test_accepted_corrections_are_applied_to_the_file_and_undone(qtbot, window, sample_article):
    original = sample_article.read_bytes()
    assert window.open_article(sample_article)
    window.article_view.setFocus()
    run_suggestions(qtbot, window)
    window.corrections_panel.setFocus()
    qtbot.keyClick(window.corrections_panel, Qt.Key.Key_A, SHIFT)
    window.entities_panel.setFocus()
    qtbot.keyClick(window.entities_panel, Qt.Key.Key_A, SHIFT)
    window.actions_by_id["tools.apply"].trigger()
    preview = window.findChild(QDialog, "applyPreview")
    assert preview is not None
    assert preview.isVisible()
    preview.accept()  # as offered: the accepted ones, none inside a direct quote

    text = sample_article.read_text(encoding="utf-8")
    assert "Mangus" not in text
    assert "Tuscon" not in text
    assert "Tucson" in text
    doc = window.workspace.doc
    assert doc.text == text.replace("\r\n", "\n")
    for span in doc.spans():
        if not span.orphaned:
            assert doc.text[span.start : span.end] == span.text
    assert not window.workspace.is_dirty()
    on_disk = open_document(sample_article).document
    assert [c.status for c in on_disk.corrections if c.replacement == "Tucson"] == ["applied"]
    assert sidecar_path(sample_article).exists()

    window.workspace.undo_stack.undo()
    assert sample_article.read_bytes() == original
    assert window.workspace.doc.text == SAMPLE.read_text(encoding="utf-8").replace("\r\n", "\n")
    assert any(c.status == "accepted" for c in window.workspace.doc.corrections)


def test_the_window_stays_responsive_while_suggesting(qtbot, window, sample_article):
    assert window.open_article(sample_article)
    assert window.suggesting.start()
    assert window.suggesting.progress.isVisible()
    ticks = 0

    def tick() -> None:
        nonlocal ticks
        ticks += 1

    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(5)
    qtbot.waitUntil(lambda: window.suggesting.worker is None, timeout=60_000)
    timer.stop()
    assert ticks >= 1  # the event loop ran while the worker thread worked
    assert not window.suggesting.progress.isVisible()
    kinds = {type(r) for r in window.workspace.doc.records()}
    assert kinds == {Entity, Quote, Correction}


def test_suggestions_are_not_added_over_edits_made_while_they_ran(qtbot, window, sample_article):
    assert window.open_article(sample_article)
    assert window.suggesting.start()
    text = window.workspace.doc.text
    start = text.index("Chris Magnus")
    window.article_view.select_range(start, start + len("Chris Magnus"))
    assert window.annotator.label_key(1)  # lands before the worker's result is delivered
    qtbot.waitUntil(lambda: window.suggesting.worker is None, timeout=60_000)
    doc = window.workspace.doc
    assert [e.name for e in doc.entities] == ["Chris Magnus"]
    assert doc.entities[0].status == "confirmed"
    assert not doc.quotes
    assert "run them again" in window.statusBar().currentMessage()


def test_a_house_style_rule_that_runs_out_of_time_is_named_in_the_window(qtbot, window, tmp_path):
    (tmp_path / ".editor-app.yaml").write_text(
        'style: {rules: [{name: slow, pattern: "(a|aa)+$", replacement: x}]}\n', encoding="utf-8"
    )
    article = tmp_path / "story.txt"
    article.write_text("Magnus said " + "a" * 60 + "b.\n", encoding="utf-8")
    assert window.open_article(article)
    run_suggestions(qtbot, window)
    banner = window.banners.banner("stopped-rules")
    assert banner is not None
    assert "'slow'" in banner.text
    assert "stopped" in banner.text

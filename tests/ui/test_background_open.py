"""A long sidecar loads in a worker while the article's text is already shown; editing waits for it."""

import gc
from pathlib import Path
from typing import Any

import pytest

from editor_app.storage import sidecar_path
from editor_app.storage.locks import read_lock
from editor_app.ui import workspace
from editor_app.ui.main_window import MainWindow
from tests.ui.conftest import highlighted_ranges, select_text

WRITER = "editor_app.ui.recovery_writer"


def test_a_long_sidecar_loads_in_the_background_and_editing_waits_for_it(
    qtbot: Any, window: MainWindow, sample_with_golden_sidecar: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workspace, "LOAD_IN_BACKGROUND_BYTES", 0)
    opened: list[object] = []
    window.workspace.opened.connect(opened.append)
    assert window.open_article(sample_with_golden_sidecar)
    ws = window.workspace
    # The worker's result is handed over by the event loop, which has not turned yet.
    assert ws.loading
    assert "Magnus" in window.article_view.document().toPlainText()  # readable at once
    assert not ws.doc.entities
    select_text(window, "Alejandro Mayorkas")
    assert not window.annotator.label_key(1)
    assert "Still loading" in window.statusBar().currentMessage()
    assert not ws.save()
    assert not opened
    assert sample_with_golden_sidecar.name in window.windowTitle()
    assert ws.wait_loaded(10)
    assert not ws.loading
    assert any(e.name == "Chris Magnus" for e in ws.doc.entities)
    assert opened
    assert ws.files is not None
    assert read_lock(sample_with_golden_sidecar) is not None
    assert any(kind == "entity" for _, _, kind in highlighted_ranges(window))
    assert window.entity_model.rowCount() == len(ws.doc.entities)
    assert not ws.is_dirty()
    assert gc.get_freeze_count() > 0  # the document is out of the collector's reach while open
    ws.close()
    assert gc.get_freeze_count() == 0


def test_a_broken_long_sidecar_is_explained_once_it_is_read(
    qtbot: Any, window: MainWindow, sample_with_golden_sidecar: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workspace, "LOAD_IN_BACKGROUND_BYTES", 0)
    side = sidecar_path(sample_with_golden_sidecar)
    side.write_text(side.read_text(encoding="utf-8").replace("start: 70", "start: seventy"), encoding="utf-8")
    assert window.open_article(sample_with_golden_sidecar)
    assert window.workspace.wait_loaded(10)
    notice = window.banners.banner("notice")
    assert notice is not None
    assert "seventy" in notice.text or "start" in notice.text
    assert window.workspace.files is None
    assert read_lock(sample_with_golden_sidecar) is None


def test_opening_another_article_while_loading_drops_the_first(
    qtbot: Any,
    window: MainWindow,
    sample_with_golden_sidecar: Path,
    long_article: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(workspace, "LOAD_IN_BACKGROUND_BYTES", 0)
    assert window.open_article(long_article)
    assert window.open_article(sample_with_golden_sidecar)
    assert window.workspace.wait_loaded(10)
    qtbot.wait(50)  # the first load's result, if it arrives, is dropped
    files = window.workspace.files
    assert files is not None
    assert files.article_path == sample_with_golden_sidecar
    assert any(e.name == "Chris Magnus" for e in window.workspace.doc.entities)
    assert read_lock(long_article) is None

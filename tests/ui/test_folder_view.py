"""The folder view with real file names: names elided in the middle, titles shown, counts in sight,
the panels wide enough to read, and the splitters and the dock where the user left them."""

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from editor_app.storage import sidecar_path
from editor_app.ui.article_cell import ArticleCell
from editor_app.ui.main_window import MainWindow
from tests.conftest import DATA, SAMPLE
from tests.storage.test_atomic_save import GOLDEN

NAMES = {
    SAMPLE: "2022-11-12_cbp-commissioner-chris-magnus-resigns-after-clash-with-dhs.txt",
    DATA
    / "articles"
    / "council-budget.txt": "2023-06-21_millbrook-city-council-passes-48-million-budget.txt",
    DATA
    / "articles"
    / "river-flood.txt": "2024-04-13_pine-river-flood-waters-recede-leaving-damage-in-harlow.txt",
}


@pytest.fixture
def long_names(tmp_path: Path) -> Path:
    folder = tmp_path / "desk"
    folder.mkdir()
    for source, name in NAMES.items():
        shutil.copyfile(source, folder / name)
    shutil.copyfile(GOLDEN, sidecar_path(folder / NAMES[SAMPLE]))
    return folder


def _settle(qtbot: Any, win: MainWindow) -> None:
    qtbot.wait(50)
    win.corpus.view.doItemsLayout()


def test_long_names_are_elided_in_the_middle_under_their_titles_and_the_counts_stay_in_sight(
    qtbot, window, long_names
):
    window.resize(1320, 840)
    assert window.open_folder(long_names)
    _settle(qtbot, window)
    view = window.corpus.view
    header = view.horizontalHeader()
    model = view.model()
    for column in range(1, model.columnCount()):
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert right <= view.viewport().width(), model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= view.sizeHintForColumn(column)

    cell = view.itemDelegateForColumn(0)
    assert isinstance(cell, ArticleCell)
    shown = {}
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        shown[index.data()] = cell.lines(index, header.sectionSize(0), view.fontMetrics())
    title, name = shown[NAMES[SAMPLE]]
    assert title.startswith("Border Patrol Morale")
    assert name != NAMES[SAMPLE]
    assert "…" in name
    assert name.startswith("2022-11")
    assert name.endswith("dhs.txt")
    title, _ = shown[NAMES[DATA / "articles" / "council-budget.txt"]]
    assert title.startswith("City Council Passes")


def test_the_filter_finds_an_article_by_its_title(qtbot, window, long_names):
    assert window.open_folder(long_names)
    window.corpus.text_filter.setText("flood waters")
    assert [p.name for p in window.corpus.visible_paths()] == [NAMES[DATA / "articles" / "river-flood.txt"]]


def test_the_panels_keep_a_readable_width_beside_the_folder_view(qtbot, window, long_names):
    window.resize(1320, 840)
    assert window.open_folder(long_names)
    _settle(qtbot, window)
    window.splitter.setSizes([10_000, 1])  # the user drags the panels as small as they go
    qtbot.wait(20)
    metrics = window.entities_panel.fontMetrics()
    names = window.entities_panel.header()
    assert names.sectionSize(0) >= metrics.horizontalAdvance("Alejandro Mayorkas") + 24
    statuses = window.corrections_panel.horizontalHeader()
    status_column = 3
    assert statuses.sectionSize(status_column) >= metrics.horizontalAdvance("suggested")
    assert window.corrections_panel.horizontalHeader().sectionSize(0) >= metrics.horizontalAdvance("Tucson")


def test_splitters_and_the_folder_dock_come_back_as_they_were_left(qtbot, long_names):
    first = MainWindow()
    qtbot.addWidget(first)
    first.notices.ask_unsaved = lambda _name: QMessageBox.StandardButton.Discard
    first.resize(1320, 840)
    first.show()
    assert first.open_folder(long_names)
    qtbot.wait(20)
    first.splitter.setSizes([500, 420])
    first.panels_splitter.setSizes([150, 300, 250])
    first.resizeDocks([first.corpus_dock], [640], Qt.Orientation.Horizontal)
    qtbot.wait(20)
    left = (first.splitter.sizes(), first.panels_splitter.sizes(), first.corpus_dock.width())
    first.close()

    second = MainWindow()
    qtbot.addWidget(second)
    second.notices.ask_unsaved = lambda _name: QMessageBox.StandardButton.Discard
    # The offscreen screen is smaller than the window: restoreGeometry fits the window to it.
    second.resize(first.size())
    second.show()
    assert not second.corpus_dock.isVisible()  # no folder open yet: no empty list
    assert second.open_folder(long_names)
    qtbot.wait(20)
    back = (second.splitter.sizes(), second.panels_splitter.sizes(), second.corpus_dock.width())
    assert back == left

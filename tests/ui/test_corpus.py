"""A folder of articles: the list, its filters and progress, moving from one article to the next."""

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from editor_app.storage import sidecar_path
from editor_app.storage.documents import open_document
from editor_app.ui.corpus import PathRole
from editor_app.ui.main_window import MainWindow
from editor_app.ui.statistics import BarChart
from tests.conftest import DATA, SAMPLE
from tests.storage.test_atomic_save import GOLDEN

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "desk"
    (root / "wires").mkdir(parents=True)
    shutil.copyfile(SAMPLE, root / "a-magnus.txt")
    shutil.copyfile(GOLDEN, sidecar_path(root / "a-magnus.txt"))
    articles = sorted((DATA / "articles").glob("*.txt"))
    shutil.copyfile(articles[0], root / "b-second.txt")
    shutil.copyfile(articles[1], root / "wires" / "c-third.md")
    (root / "notes.yaml").write_text("not an article\n", encoding="utf-8")
    return root


def rows(win: MainWindow) -> list[tuple[str, str, str]]:
    model = win.corpus.model
    return [
        (model.index(r, 0).data(), model.index(r, 1).data(), model.index(r, 5).data() or "")
        for r in range(model.rowCount())
    ]


def test_open_a_folder_mark_one_done_and_move_on(qtbot, window, folder):
    assert window.open_folder(folder)
    assert window.corpus_dock.isVisible()
    assert [r[0] for r in rows(window)] == ["a-magnus.txt", "b-second.txt", "wires/c-third.md"]
    assert rows(window)[0][1] == "in-progress"
    assert window.document_bar.progress_label.text() == "0/3 done"
    assert window.workspace.files is not None
    assert window.workspace.files.article_path.name == "a-magnus.txt"  # the first not done

    index = window.document_bar.status_box.findText("done")
    window.document_bar.status_box.setCurrentIndex(index)
    window.document_bar.status_box.activated.emit(index)
    assert window.workspace.doc.status == "done"
    assert "unsaved" in rows(window)[0][2]

    window.article_view.setFocus()
    qtbot.keyClick(window.article_view, Qt.Key.Key_Right, ALT)
    assert window.workspace.files.article_path.name == "b-second.txt"
    assert open_document(folder / "a-magnus.txt").document.status == "done"  # saved on the way
    assert rows(window)[0][1] == "done"
    assert "unsaved" not in rows(window)[0][2]
    assert window.document_bar.progress_label.text() == "1/3 done"
    current = window.corpus.view.currentIndex()
    assert Path(current.data(PathRole)).name == "b-second.txt"

    qtbot.keyClick(window.article_view, Qt.Key.Key_Right, ALT)
    assert window.workspace.files.article_path.name == "c-third.md"
    assert not window.folders.next_article()  # the last one
    qtbot.keyClick(window.article_view, Qt.Key.Key_Left, ALT)
    assert window.workspace.files.article_path.name == "b-second.txt"


def test_filters_by_status_and_name(qtbot, window, folder):
    assert window.open_folder(folder)
    panel = window.corpus
    panel.status_filter.setCurrentText("in-progress")
    assert [r[0] for r in rows(window)] == ["a-magnus.txt"]
    panel.status_filter.setCurrentText("All statuses")
    qtbot.keyClicks(panel.text_filter, "third")
    assert [r[0] for r in rows(window)] == ["wires/c-third.md"]
    panel.text_filter.clear()
    assert len(rows(window)) == 3


def test_the_statistics_view_counts_the_folder(qtbot, window, folder):
    assert window.open_folder(folder)
    window.actions_by_id["tools.statistics"].trigger()
    dialog = window.folders.statistics_dialog
    qtbot.addWidget(dialog)
    stats = dialog.stats
    assert stats.documents == 3  # the two without a sidecar count as new, as in `editor-app stats`
    assert stats.document_status["new"] == 2
    assert stats.speakers["Chris Magnus"] == 1
    assert stats.labels["PERSON"] == 3
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "Who is quoted" in titles
    chart = dialog.tabs.widget(0).findChild(BarChart)
    assert chart is not None
    assert "PERSON: 3" in chart.accessibleDescription()
    chart.grab()  # paints without error
    QApplication.processEvents()


def test_a_folder_on_the_command_line_opens_the_folder_view(qtbot, folder):
    from editor_app.app import open_path

    win = MainWindow()
    qtbot.addWidget(win)
    open_path(win, folder)
    assert win.corpus.model.folder == folder
    assert win.workspace.files is not None

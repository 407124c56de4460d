"""The folder view over its index: rows read only when shown, filters and sorts in the index, and
changes made on disk while the app is open showing up in the list, the index and Find in folder."""

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from editor_app.model import Article, Document
from editor_app.storage.archive_index import ArchiveIndex
from editor_app.storage.sidecar_write import sidecar_path
from editor_app.ui import corpus as corpus_module
from editor_app.ui import folders as folders_module
from editor_app.ui.main_window import MainWindow
from tests.archive.helpers import magnus_article, write_article
from tests.ui.test_find_in_folder import make_folder, wait_scan


def rels(window: MainWindow) -> list[str]:
    return list(window.corpus.model.shown)


def opened(qtbot: Any, window: MainWindow, folder: Path, monkeypatch: Any) -> None:
    """Open ``folder`` as a big folder is (from the index, checked in the background) and wait for it."""
    monkeypatch.setattr(folders_module.Folders, "SMALL", 5)
    assert window.open_folder(folder)
    wait_scan(qtbot, window)


def test_rows_are_read_from_the_index_only_when_shown(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: Any
) -> None:
    monkeypatch.setattr(corpus_module.CorpusModel, "PAGE", 8)
    folder = make_folder(tmp_path, 400)
    opened(qtbot, window, folder, monkeypatch)
    read: list[int] = []
    rows_of = ArchiveIndex.rows_of

    def counted(self: ArchiveIndex, wanted: list[str]) -> Any:
        read.append(len(wanted))
        return rows_of(self, wanted)

    monkeypatch.setattr(ArchiveIndex, "rows_of", counted)
    assert window.open_folder(folder)  # reopened: from the index
    wait_scan(qtbot, window)
    window.corpus.view.viewport().repaint()
    model = window.corpus.model
    assert len(model.rows) == 400
    assert 0 < sum(read) < 200, read  # the rows in sight and a sample for the widths, not 400


def test_filters_and_sorts_are_queries_of_the_index(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: Any
) -> None:
    folder = make_folder(tmp_path, 30)
    text = "Nothing annotated about Tucson.\n"
    done = Document(article=Article(text), file_name="plain.txt", status="done")
    write_article(folder / "zz" / "plain.txt", text, done)
    opened(qtbot, window, folder, monkeypatch)
    panel = window.corpus
    panel.text_filter.setText("tucson")  # a title
    assert rels(window) == ["zz/plain.txt"]
    panel.text_filter.setText("02/STORY-021")  # a path, case aside
    assert rels(window) == ["02/story-021.txt"]
    panel.text_filter.clear()
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("done"))
    assert rels(window) == ["zz/plain.txt"]
    panel.status_filter.setCurrentIndex(0)
    assert len(rels(window)) == 31
    panel.view.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # entities: the plain article first
    assert rels(window)[0] == "zz/plain.txt"
    panel.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert rels(window)[0] == "zz/plain.txt"
    assert rels(window)[-1] == "00/story-000.txt"
    panel.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert rels(window)[0] == "00/story-000.txt"
    assert window.corpus.model.shown is window.corpus.model.order  # the folder's order, no query


def test_changes_on_disk_while_the_folder_is_open_show_up_without_reopening_it(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: Any
) -> None:
    folder = make_folder(tmp_path, 20)
    opened(qtbot, window, folder, monkeypatch)
    index = window.folders.index
    assert index is not None
    model = window.corpus.model
    # Each as another program would: a new file renamed into place, a deletion, a rename, a new folder.
    fresh = magnus_article(tmp_path / "elsewhere" / "story-005.txt", name="Mayorkas")
    os.replace(fresh, folder / "00" / "story-005.txt")  # changed
    os.replace(sidecar_path(fresh), sidecar_path(folder / "00" / "story-005.txt"))
    write_article(folder / "zz" / "new.txt", "A new story about Tucson.\n")  # added, in a new folder
    (folder / "01" / "story-010.txt").unlink()  # deleted
    os.rename(folder / "01" / "story-011.txt", folder / "01" / "moved.txt")  # renamed, with its sidecar
    os.rename(sidecar_path(folder / "01" / "story-011.txt"), sidecar_path(folder / "01" / "moved.txt"))

    def in_step() -> bool:
        shown = set(model.shown)
        return (
            "zz/new.txt" in shown
            and "01/moved.txt" in shown
            and "01/story-010.txt" not in shown
            and "01/story-011.txt" not in shown
            and {h.rel for h in index.search("Mayorkas", kind="entity")} == {"00/story-005.txt"}
        )

    qtbot.waitUntil(in_step, timeout=20_000)
    wait_scan(qtbot, window)
    assert [h.rel for h in index.search("Tucson")] == ["zz/new.txt"]
    assert [h.rel for h in index.search("q11", kind="quote")] == ["01/moved.txt"]
    assert model.rows[model.row_of(folder / "00" / "story-005.txt")].entities == 1
    # A file in a folder made after the folder opened is noticed too (its folder is watched by now).
    write_article(folder / "zz" / "later.txt", "Later, about Harlow.\n")
    qtbot.waitUntil(lambda: "zz/later.txt" in model.shown, timeout=20_000)


def test_a_file_rewritten_in_place_is_in_find_in_folder_when_it_opens(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: Any
) -> None:
    folder = make_folder(tmp_path, 12)
    opened(qtbot, window, folder, monkeypatch)
    window.folders.watch.watch(None)  # no folder notice: an in-place write changes no folder
    article = folder / "00" / "story-003.txt"
    with open(article, "a", encoding="utf-8") as stream:  # the same file, written in place
        stream.write("Zanzibar was mentioned.\n")
    finder = window.find_in_folder
    window.actions_by_id["edit.find_in_folder"].trigger()
    dialog = finder.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.field, "Zanzibar")
    qtbot.waitUntil(lambda: dialog.hits.topLevelItemCount() == 1, timeout=20_000)
    item = dialog.hits.topLevelItem(0)
    assert item is not None
    assert item.text(0) == "00/story-003.txt"
    dialog.close()

"""Fixtures and helpers for driving the real window with qtbot."""

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from editor_app.storage.documents import open_document, save_document
from editor_app.ui.main_window import MainWindow as MainWindowClass
from tests.perf.generate import article_text, big_entities_document


@pytest.fixture(autouse=True)
def _private_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Each test starts from default preferences: QSettings caches its folder, so point it anew."""
    folder = tmp_path_factory.mktemp("qsettings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    QSettings("editor-app", "editor-app").clear()


@pytest.fixture
def window(qtbot: Any) -> MainWindowClass:
    win = MainWindowClass()
    # Closing at the end of a test must not wait for someone to answer "Save changes?".
    win.notices.ask_unsaved = lambda _name: QMessageBox.StandardButton.Discard
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def long_article(tmp_path: Path) -> Path:
    """100,000 characters; six entities of 300 mentions each, and corrections."""
    text = article_text(100_000)
    article = tmp_path / "long.txt"
    article.write_text(text, encoding="utf-8")
    opened = open_document(article)
    opened.document = big_entities_document(text, mentions_each=300, corrections=200)
    opened.document.file_name = article.name
    save_document(opened)
    return article


def select_text(win: MainWindowClass, needle: str, occurrence: int = 0) -> tuple[int, int]:
    """Select the n-th occurrence of ``needle`` in the article view, as a user would; code points back."""
    text = win.workspace.doc.text
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    end = start + len(needle)
    select_range(win, start, end)
    return start, end


def select_range(win: MainWindowClass, start: int, end: int) -> None:
    view = win.article_view
    cursor = view.textCursor()
    cursor.setPosition(view.offsets.to_utf16(start))
    cursor.setPosition(view.offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    view.setFocus()


def press(
    qtbot: Any,
    win: MainWindowClass,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    win.article_view.setFocus()
    qtbot.keyClick(win.article_view, key, modifier)


def highlighted_ranges(win: MainWindowClass) -> set[tuple[int, int, str]]:
    """What the highlighter painted, as (start, end, kind) in code points of the document.

    Read from the text layout's formats: background = entity, struck through (or a wave underline, with
    tracked changes off) = correction, single underline = quote.
    """
    view = win.article_view
    found: set[tuple[int, int, str]] = set()
    block = view.document().firstBlock()
    while block.isValid():
        for fr in block.layout().formats():
            a = view.offsets.to_codepoint(block.position() + fr.start)
            b = view.offsets.to_codepoint(block.position() + fr.start + fr.length)
            fmt = fr.format
            if fmt.background().style() != Qt.BrushStyle.NoBrush:
                found.add((a, b, "entity"))
            style = fmt.underlineStyle()
            if style == fmt.UnderlineStyle.WaveUnderline or fmt.fontStrikeOut():
                found.add((a, b, "correction"))
            elif style == fmt.UnderlineStyle.SingleUnderline:
                found.add((a, b, "quote"))
        block = block.next()
    return found


def merged(ranges: set[tuple[int, int, str]], kind: str) -> list[tuple[int, int]]:
    """Adjacent pieces of one kind joined (the highlighter cuts at every annotation edge)."""
    spans = sorted((a, b) for a, b, k in ranges if k == kind)
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and out[-1][1] == a:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out

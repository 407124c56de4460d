"""The window opens the sample article, as `make run` does."""

import re

import pytest

from editor_app.ui import MainWindow


def test_the_window_opens_the_sample_article_and_shows_its_text(qtbot, sample_article):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_article(sample_article)
    view = window.findChild(type(window.article_view), "articleView")
    assert view is not None
    assert view.toPlainText().startswith("Border Patrol Morale")
    assert sample_article.name in window.windowTitle()


def test_opening_a_bad_sidecar_shows_the_problem_without_a_dialog(qtbot, sample_article):
    (sample_article.parent / (sample_article.name + ".annotations.yaml")).write_text("format: [\n")
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.open_article(sample_article)
    assert "not valid YAML" in window.statusBar().currentMessage()


def test_a_windows_1252_article_says_its_encoding_was_guessed(window, tmp_path):
    article = tmp_path / "legacy.txt"
    article.write_bytes("Caf\u00e9 owner Jos\u00e9 Mu\u00f1oz said \u201cno\u201d.\n".encode("cp1252"))
    assert window.open_article(article)
    banner = window.banners.banner("notice")
    assert banner is not None
    assert "Windows-1252" in banner.text
    assert window.workspace.doc.text.startswith("Caf\u00e9 owner")


def test_every_action_has_a_handler_and_every_handler_an_action(window):
    from editor_app.ui.actions import ACTIONS, bound_ids, check_handlers

    handlers = window._handlers()
    assert set(handlers) == bound_ids()
    assert set(window.actions_by_id) == bound_ids()
    assert {spec.id for spec in ACTIONS if spec.by_widget} == {"annotate.grow", "annotate.grow_start"}
    with pytest.raises(ValueError, match=re.escape("without a handler: ['help.about']")):
        check_handlers({k: v for k, v in handlers.items() if k != "help.about"})
    with pytest.raises(ValueError, match=re.escape("without an action: ['help.abuot']")):
        check_handlers({**handlers, "help.abuot": window.show_about})


def test_zoom_keys_change_the_article_font_and_ctrl_0_takes_it_back(window, qtbot):
    from PySide6.QtCore import Qt

    view = window.article_view
    size = view.font().pointSizeF()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.font().pointSizeF() == size + 2
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.font().pointSizeF() == size

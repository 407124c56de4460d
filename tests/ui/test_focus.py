"""Focus comes back to the article after Esc, and the document status changes only when chosen
(issue 12, finding 5)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from tests.ui.conftest import press, select_text

CTRL = Qt.KeyboardModifier.ControlModifier


def test_find_enter_esc_returns_to_the_article_and_n_does_not_touch_the_status(qtbot, window, sample_article):
    assert window.open_article(sample_article)
    status = window.workspace.doc.status
    press(qtbot, window, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is window.find_bar.field
    qtbot.keyClicks(window.find_bar.field, "Magnus")
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    assert QApplication.focusWidget() is window.article_view
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N)
    assert window.workspace.doc.status == status
    assert not window.workspace.is_dirty()


def test_esc_from_the_correction_popup_returns_to_the_article(qtbot, window, sample_article):
    assert window.open_article(sample_article)
    select_text(window, "Tuscon")
    press(qtbot, window, Qt.Key.Key_C)
    assert QApplication.focusWidget() is window.correction_popup.replacement
    qtbot.keyClick(window.correction_popup.replacement, Qt.Key.Key_Escape)
    assert not window.correction_popup.isVisible()
    assert QApplication.focusWidget() is window.article_view


def test_esc_from_a_banner_returns_to_the_article(qtbot, window, sample_article):
    assert window.open_article(sample_article)
    window.notices.notice("Something to read", banner=True)
    banner = window.banners.banner("notice")
    assert banner is not None
    dismiss = banner.findChild(QPushButton, "banner-notice-dismiss")
    assert dismiss is not None
    dismiss.setFocus()
    qtbot.keyClick(dismiss, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.article_view


def test_the_status_box_is_not_reached_by_tab_and_gives_the_focus_back(qtbot, window, sample_article):
    assert window.open_article(sample_article)
    box = window.document_bar.status_box
    assert box.focusPolicy() != Qt.FocusPolicy.StrongFocus
    index = box.findData("done")
    box.setCurrentIndex(index)
    box.activated.emit(index)
    assert window.workspace.doc.status == "done"
    assert QApplication.focusWidget() is window.article_view


def test_enter_or_esc_in_the_note_field_gives_the_keys_back_to_the_article(qtbot, window, sample_article):
    assert window.open_article(sample_article)
    field = window.document_bar.note_field
    field.setFocus()
    qtbot.keyClicks(field, "Check the quotes")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.workspace.doc.note == "Check the quotes"
    assert QApplication.focusWidget() is window.article_view
    field.setFocus()
    qtbot.keyClicks(field, " again")
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == "Check the quotes"
    assert window.workspace.doc.note == "Check the quotes"
    assert QApplication.focusWidget() is window.article_view

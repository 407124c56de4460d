"""The window opens the sample article, as `make run` does."""

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

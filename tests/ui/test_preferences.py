"""Preferences write the user's settings and label colours, never the bundled defaults."""

import os
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPushButton, QSpinBox

from editor_app.storage.config import default_labels_path, load_schema, user_labels_path
from editor_app.ui.preferences import PreferencesDialog, setting


def test_preferences_change_settings_and_label_colours(qtbot, window, sample_article):
    bundled = default_labels_path().read_bytes()
    assert window.open_article(sample_article)
    dialog = window.show_preferences()
    assert isinstance(dialog, PreferencesDialog)
    author = dialog.findChild(QLineEdit, "pref-author")
    autosave = dialog.findChild(QSpinBox, "pref-autosave-seconds")
    on_open = dialog.findChild(QCheckBox, "pref-suggest-on_open")
    assert author is not None
    assert autosave is not None
    assert on_open is not None
    author.setText("Ana Reyes")
    autosave.setValue(3)
    on_open.setChecked(True)
    row = [spec.name for spec in window.workspace.schema.labels].index("PERSON")
    colour = dialog.labels.cellWidget(row, 2)
    key = dialog.labels.cellWidget(row, 1)
    assert isinstance(colour, QPushButton)
    assert isinstance(key, QSpinBox)
    dialog.set_colour(colour, "#123456")
    key.setValue(7)
    dialog.accept()

    assert window.workspace.author() == "Ana Reyes"
    assert setting(window.settings, "autosave/seconds") == 3
    assert window.autosave.timer.interval() == 3000
    assert window.actions_by_id["tools.suggest_on_open"].isChecked()
    assert window.workspace.schema.get("PERSON").colour == "#123456"
    assert window.workspace.schema.by_key(7) is not None
    assert window.workspace.schema.by_key(7).name == "PERSON"
    assert "Label as PERSON" in window.actions_by_id["label.7"].text()
    assert default_labels_path().read_bytes() == bundled
    path = user_labels_path()
    assert Path(os.environ["XDG_CONFIG_HOME"]) in path.parents
    assert load_schema(None).get("PERSON").colour == "#123456"


def test_toolbar_buttons_show_their_shortcuts(window):
    tips = {
        a.objectName(): a.toolTip()
        for a in window.findChild(type(window.addToolBar("x")), "mainToolbar").actions()
    }
    assert tips["file.save"] == "Save (Ctrl+S)"
    assert tips["review.accept"] == "Accept suggestion (A)"


def test_ok_without_touching_anything_changes_no_font_and_writes_nothing(qtbot, window, sample_article):
    assert window.open_article(sample_article)
    before = window.article_view.font()
    family, size = before.family(), before.pointSizeF()
    keys_before = set(window.settings.allKeys())
    dialog = window.show_preferences()
    dialog.accept()

    after = window.article_view.font()
    assert (after.family(), after.pointSizeF()) == (family, size)
    assert set(window.settings.allKeys()) == keys_before


def test_saving_preferences_writes_only_what_changed(qtbot, window):
    dialog = window.show_preferences()
    spin = dialog.findChild(QSpinBox, "pref-view-font_size")
    assert spin is not None
    spin.setValue(spin.value() + 3)
    dialog.accept()

    assert set(window.settings.allKeys()) == {"view/font_size"}
    assert window.article_view.font().pointSize() == spin.value()

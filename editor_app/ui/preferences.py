"""Preferences: the declared settings, edited in one dialog and kept in QSettings (labels in a file).

Every setting the app reads is declared here once, with its default; the window reads them through
:func:`setting`, so a default is never spelt twice.
"""

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor_app.storage.config import LabelSchema, LabelSpec, save_user_labels
from editor_app.ui.contrast import text_colour_on
from editor_app.ui.i18n import LANGUAGE_NAMES, QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    label: str
    minimum: int = 0
    maximum: int = 0
    choices: tuple[str, ...] = ()
    """For a text setting: the values it may take (shown as a list)."""


SETTINGS = {
    s.key: s
    for s in (
        Setting(
            "author", "", QT_TRANSLATE_NOOP("Preferences", "Your name, written as 'by' on what you annotate")
        ),
        Setting(
            "autosave/seconds",
            5,
            QT_TRANSLATE_NOOP("Preferences", "Write the recovery file every (seconds)"),
            1,
            600,
        ),
        Setting(
            "suggest/on_open",
            False,
            QT_TRANSLATE_NOOP("Preferences", "Suggest annotations when an article opens"),
        ),
        Setting(
            "corpus/save_on_move",
            True,
            QT_TRANSLATE_NOOP("Preferences", "Save without asking when moving to the next article"),
        ),
        Setting("view/font_family", "", QT_TRANSLATE_NOOP("Preferences", "Article font")),
        Setting("view/font_size", 12, QT_TRANSLATE_NOOP("Preferences", "Article font size"), 6, 48),
        Setting(
            "view/label_tags",
            False,
            QT_TRANSLATE_NOOP("Preferences", "Show labels as text tags (not only as colour)"),
        ),
        Setting(
            "view/tracked_changes",
            True,
            QT_TRANSLATE_NOOP("Preferences", "Show corrections as tracked changes"),
        ),
        Setting(
            "view/language",
            "system",
            QT_TRANSLATE_NOOP("Preferences", "Language (applies when editor-app restarts)"),
            choices=tuple(LANGUAGE_NAMES),
        ),
    )
}


def setting(settings: QSettings, key: str) -> Any:
    """The value of a declared setting, of its default's type (QSettings gives strings back on Linux)."""
    default = SETTINGS[key].default
    value = settings.value(key, default)
    if isinstance(default, bool):
        return str(value).lower() in ("true", "1", "yes")
    if isinstance(default, int):
        try:
            return int(str(value))
        except ValueError:
            return default
    return str(value) if value is not None else default


def author_name(settings: QSettings) -> str | None:
    """The user's name, written as ``by`` on what they annotate; None until they give one."""
    return str(setting(settings, "author")).strip() or None


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None, settings: QSettings, schema: LabelSchema):
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(translate("Preferences", "Preferences"))
        self.setAccessibleDescription(
            translate("Preferences", "Settings of editor-app, and the keys and colours of the labels")
        )
        self.settings = settings
        self.schema = schema
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.fields: dict[str, QWidget] = {}
        for key, spec in SETTINGS.items():
            value = setting(settings, key)
            caption = translate("Preferences", spec.label)
            widget: QWidget
            if spec.choices:
                choices = QComboBox()
                for choice in spec.choices:
                    choices.addItem(translate("Preferences", LANGUAGE_NAMES.get(choice, choice)), choice)
                choices.setCurrentIndex(max(0, choices.findData(value)))
                widget = choices
            elif key == "view/font_family":
                box = QFontComboBox()
                if value:
                    box.setCurrentFont(QFont(value))
                widget = box
            elif isinstance(spec.default, bool):
                check = QCheckBox()
                check.setChecked(bool(value))
                widget = check
            elif isinstance(spec.default, int):
                spin = QSpinBox()
                spin.setRange(spec.minimum, spec.maximum)
                spin.setValue(int(value))
                widget = spin
            else:
                widget = QLineEdit(str(value))
            widget.setObjectName(f"pref-{key.replace('/', '-')}")
            widget.setAccessibleName(caption)
            form.addRow(caption, widget)
            self.fields[key] = widget
        layout.addLayout(form)
        self.shown = self.values()
        """What the fields showed when the dialog opened: :meth:`store` writes only what differs."""

        self.labels = QTableWidget(len(schema.labels), 3)
        self.labels.setObjectName("prefLabels")
        self.labels.setAccessibleName(translate("Preferences", "Label keys and colours"))
        self.labels.setHorizontalHeaderLabels(
            [
                translate("Preferences", "Label"),
                translate("Preferences", "Key (1-9, 0 for none)"),
                translate("Preferences", "Colour"),
            ]
        )
        self.labels.verticalHeader().setVisible(False)
        for row, label in enumerate(schema.labels):
            name = QTableWidgetItem(label.name)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.labels.setItem(row, 0, name)
            digit = QSpinBox()
            digit.setRange(0, 9)
            digit.setValue(label.key or 0)
            digit.setAccessibleName(translate("Preferences", "Key for {label}").format(label=label.name))
            self.labels.setCellWidget(row, 1, digit)
            button = QPushButton(label.colour)
            button.setAccessibleName(translate("Preferences", "Colour of {label}").format(label=label.name))
            self.set_colour(button, label.colour)
            button.clicked.connect(lambda _checked=False, b=button: self._pick(b))
            self.labels.setCellWidget(row, 2, button)
        self.labels.resizeColumnsToContents()
        layout.addWidget(self.labels, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _pick(self, button: QPushButton) -> None:
        colour = QColorDialog.getColor(QColor(button.text()), self, translate("Preferences", "Label colour"))
        if colour.isValid():
            self.set_colour(button, colour.name())

    @staticmethod
    def set_colour(button: QPushButton, colour: str) -> None:
        button.setText(colour)
        button.setStyleSheet(f"background: {colour}; color: {text_colour_on(QColor(colour)).name()};")

    def label_specs(self) -> list[LabelSpec]:
        specs = []
        for row, label in enumerate(self.schema.labels):
            key = self.labels.cellWidget(row, 1)
            colour = self.labels.cellWidget(row, 2)
            assert isinstance(key, QSpinBox)
            assert isinstance(colour, QPushButton)
            specs.append(replace(label, key=key.value() or None, colour=colour.text()))
        # One key, one label: a key just given to a label is taken from the label that had it.
        given = {
            spec.key: spec.name
            for spec, old in zip(specs, self.schema.labels, strict=True)
            if spec.key != old.key
        }
        return [
            replace(spec, key=None) if spec.key in given and given[spec.key] != spec.name else spec
            for spec in specs
        ]

    def values(self) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for key, widget in self.fields.items():
            if isinstance(widget, QFontComboBox):
                found[key] = widget.currentFont().family()
            elif isinstance(widget, QComboBox):
                found[key] = widget.currentData()
            elif isinstance(widget, QCheckBox):
                found[key] = widget.isChecked()
            elif isinstance(widget, QSpinBox):
                found[key] = widget.value()
            elif isinstance(widget, QLineEdit):
                found[key] = widget.text().strip()
        return found

    def changed(self) -> dict[str, Any]:
        """The settings the user changed in the dialog, with their new values.

        Compared with what the fields showed, not with the stored values: a font box shows some font
        even when none was chosen, and OK must not turn that into a choice.
        """
        return {key: value for key, value in self.values().items() if value != self.shown[key]}

    def store(self) -> set[str]:
        """Write what the user changed: settings to QSettings, label keys and colours to the user's file.

        Returns the keys of the settings written.
        """
        changed = self.changed()
        for key, value in changed.items():
            self.settings.setValue(key, value)
        specs = self.label_specs()
        if specs != list(self.schema.labels):
            save_user_labels(specs)
        return set(changed)

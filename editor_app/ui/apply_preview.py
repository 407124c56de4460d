"""The preview before Tools > Apply: every change as a before/after diff, with a checkbox per correction.

The changes come from :func:`editor_app.model.correction_diff.changes`, the computation behind
``editor-app apply --dry-run``. Accepted corrections start checked, open ones unchecked (the copy
desk's own, not yet agreed), and so do corrections inside a direct quote: changing what someone said
is a choice made here, one checkbox at a time. The dialog is opened with ``open()`` (window-modal,
no nested event loop); OK emits ``accepted`` and :meth:`ApplyPreview.chosen` says what was checked.
"""

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from editor_app.model.correction_diff import Change
from editor_app.model.records import Correction
from editor_app.model.vocab import Status
from editor_app.ui.highlighter import dark_palette, mark_colours
from editor_app.ui.i18n import term, translate

LONG = 160
"""Longer words than this (a boilerplate passage) are shown by their beginning and end."""
ADDED_COLOUR = QColor("#1b7a35")
ADDED_COLOUR_ON_DARK = QColor("#7ee08f")


def checked_at_first(change: Change) -> bool:
    """Accepted corrections outside direct quotes; open ones wait for a deliberate check."""
    return change.correction.status == Status.ACCEPTED and not change.inside_quote


def visible(words: str) -> str:
    """``words`` with line breaks and tabs shown, and a long passage shortened in the middle."""
    if len(words) > LONG:
        words = words[: LONG - 50] + " … " + words[-40:]
    return words.replace("\n", "¶").replace("\t", "→")


class PreviewRow(QFrame):
    """One correction: its checkbox (category, status and note) and its before/after lines."""

    def __init__(self, change: Change, parent: QWidget | None = None):
        super().__init__(parent)
        self.change = change
        correction = change.correction
        self.setFrameShape(QFrame.Shape.StyledPanel)
        heading = translate("ApplyPreview", "{category} · {status} · line {line}").format(
            category=term(correction.category), status=term(correction.status), line=change.line
        )
        if correction.note:
            heading += " — " + correction.note
        self.checkbox = QCheckBox(heading)
        self.checkbox.setObjectName(f"apply-{correction.id}")
        self.checkbox.setChecked(checked_at_first(change))
        self.diff = QLabel(self.diff_html())
        self.diff.setTextFormat(Qt.TextFormat.RichText)
        self.diff.setWordWrap(True)
        self.diff.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        summary = translate("ApplyPreview", "“{old}” becomes “{new}”").format(
            old=visible(change.old), new=visible(change.new)
        )
        self.checkbox.setAccessibleDescription(summary)
        self.diff.setAccessibleName(summary)
        self.diff.setBuddy(self.checkbox)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        layout.addWidget(self.checkbox)
        if change.inside_quote:
            warning = QLabel(
                translate("ApplyPreview", "Inside a direct quote: this changes what someone said.")
            )
            warning.setStyleSheet(f"color: {mark_colours()[2].name()}; font-weight: bold")
            warning.setWordWrap(True)
            layout.addWidget(warning)
        layout.addWidget(self.diff)

    def diff_html(self) -> str:
        change = self.change
        removed = mark_colours()[2].name()
        added = (ADDED_COLOUR_ON_DARK if dark_palette() else ADDED_COLOUR).name()
        before = ("…" if change.more_before else "") + escape(visible(change.before))
        after = escape(visible(change.after)) + ("…" if change.more_after else "")
        old = escape(visible(change.old))
        new = escape(visible(change.new))
        nothing = escape(translate("ApplyPreview", "(deleted)"))
        old_line = (
            f'<span style="color:{removed}; text-decoration:line-through; font-weight:bold">{old}</span>'
        )
        if new:
            new_part = (
                f'<span style="color:{added}; text-decoration:underline; font-weight:bold">{new}</span>'
            )
        else:
            new_part = f'<span style="color:{added}"><i>{nothing}</i></span>'
        return (
            '<table cellspacing="0" cellpadding="1">'
            f'<tr><td style="color:{removed}"><b>−&nbsp;</b></td><td>{before}{old_line}{after}</td></tr>'
            f'<tr><td style="color:{added}"><b>+&nbsp;</b></td><td>{before}{new_part}{after}</td></tr>'
            "</table>"
        )


class ApplyPreview(QDialog):
    """Tools > Apply: what each offered correction changes; OK applies the checked ones."""

    def __init__(self, parent: QWidget, changes: list[Change], file_name: str):
        super().__init__(parent)
        self.setObjectName("applyPreview")
        self.setWindowTitle(translate("ApplyPreview", "Apply corrections to {name}").format(name=file_name))
        intro = QLabel(
            translate(
                "ApplyPreview",
                "Check the corrections to write into {name}. Accepted ones are checked; open ones and "
                "those inside direct quotes are not. A backup is kept, and Undo takes the apply back.",
            ).format(name=file_name)
        )
        intro.setWordWrap(True)
        self.rows = [PreviewRow(change) for change in changes]
        listing = QWidget()
        listing.setObjectName("applyPreviewList")
        rows_layout = QVBoxLayout(listing)
        rows_layout.setSpacing(6)
        for row in self.rows:
            rows_layout.addWidget(row)
            row.checkbox.toggled.connect(self._update)
        rows_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(listing)
        scroll.setAccessibleName(translate("ApplyPreview", "Changes to apply"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setDefault(True)
        check_all = QPushButton(translate("ApplyPreview", "Check a&ll"))
        check_none = QPushButton(translate("ApplyPreview", "Check &none"))
        self.buttons.addButton(check_all, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.addButton(check_none, QDialogButtonBox.ButtonRole.ResetRole)
        check_all.clicked.connect(lambda: self.check_all(True))
        check_none.clicked.connect(lambda: self.check_all(False))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 560)
        self._update()
        if self.rows:
            self.rows[0].checkbox.setFocus()

    def check_all(self, checked: bool) -> None:
        for row in self.rows:
            row.checkbox.setChecked(checked)

    def chosen(self) -> list[Correction]:
        """The checked corrections, in the order of the article."""
        return [row.change.correction for row in self.rows if row.checkbox.isChecked()]

    def _update(self) -> None:
        count = len(self.chosen())
        self.ok.setText(translate("ApplyPreview", "&Apply {count} correction(s)").format(count=count))
        self.ok.setEnabled(count > 0)

    def accept(self) -> None:
        if self.chosen():  # Enter with nothing checked does nothing, as the disabled button says
            super().accept()

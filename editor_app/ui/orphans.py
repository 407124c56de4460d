"""The "needs re-anchoring" list: spans that could not be placed on the article's new text.

An orphaned span keeps its old offsets and words and is never moved by a guess; the user selects
the right words in the article and presses Place, or deletes the annotation.
"""

from dataclasses import dataclass, replace
from html import escape
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from editor_app.model.changes import ChangeSet, EditLike
from editor_app.model.document import Document
from editor_app.model.edits import RemoveMention, RemoveRecord, ReplaceRecord, ResizeSpan
from editor_app.model.records import Entity, Quote, Record, Span
from editor_app.ui.i18n import term, translate

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Orphan:
    record_id: str
    kind: str
    span: Span
    describe: str
    is_cue: bool = False


def orphans_of(doc: Document) -> list[Orphan]:
    found: list[Orphan] = []
    for entity in doc.entities:
        for mention in entity.mentions:
            if mention.orphaned:
                found.append(
                    Orphan(
                        entity.id,
                        "mention",
                        mention,
                        translate("Orphans", "mention of {entity} ({label})").format(
                            entity=entity.name, label=entity.label
                        ),
                    )
                )
    for quote in doc.quotes:
        if quote.span.orphaned:
            describe = translate("Orphans", "{kind} quote").format(kind=term(quote.kind))
            found.append(Orphan(quote.id, "quote", quote.span, describe))
        if quote.cue is not None and quote.cue.orphaned:
            found.append(
                Orphan(quote.id, "cue", quote.cue, translate("Orphans", "cue of a quote"), is_cue=True)
            )
    for correction in doc.corrections:
        if correction.span.orphaned:
            found.append(
                Orphan(
                    correction.id,
                    "correction",
                    correction.span,
                    translate("Orphans", "correction to “{replacement}”").format(
                        replacement=correction.replacement
                    ),
                )
            )
    return found


def touches_orphans(changes: ChangeSet) -> bool:
    return any(span.orphaned for span in changes.spans())


class OrphanModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Orphan] = []

    def reset(self, doc: Document) -> None:
        self.beginResetModel()
        self.rows = orphans_of(doc)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        orphan = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("Orphans", "“{text}”: {what}, was at {offset}").format(
                text=_short(orphan.span.text), what=orphan.describe, offset=orphan.span.start
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return translate("Orphans", "{what}: “{text}”").format(
                what=orphan.describe, text=orphan.span.text
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return orphan.span.text
        return None


def place_edit(doc: Document, orphan: Orphan, start: int, end: int) -> EditLike:
    """The edit that puts ``orphan`` on ``start:end`` of the current text."""
    record = doc.find(orphan.record_id)
    if isinstance(record, Quote) and orphan.is_cue:
        return ReplaceRecord(replace_cue(record, doc.span(start, end)), translate("Orphans", "Place cue"))
    mention = (orphan.span.start, orphan.span.end) if isinstance(record, Entity) else None
    edit = ResizeSpan(orphan.record_id, start, end, mention)
    edit.text = translate("Orphans", "Place orphaned span")
    return edit


def delete_edit(doc: Document, orphan: Orphan) -> EditLike:
    record: Record | None = doc.find(orphan.record_id)
    if isinstance(record, Entity):
        return RemoveMention(record.id, orphan.span.start, orphan.span.end)
    if isinstance(record, Quote) and orphan.is_cue:
        return ReplaceRecord(replace_cue(record, None), translate("Orphans", "Remove cue"))
    return RemoveRecord(orphan.record_id)


def replace_cue(quote: Quote, cue: Span | None) -> Quote:
    return replace(quote, cue=cue)


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class OrphanPanel(QWidget):
    """Shown only while there are orphans."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("orphansPanel")
        self.model = OrphanModel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.heading = QLabel()
        layout.addWidget(self.heading)
        self.view = QListView()
        self.view.setObjectName("orphansList")
        self.view.setAccessibleName(translate("Orphans", "Annotations that need re-anchoring"))
        self.view.setModel(self.model)
        self.view.setMaximumHeight(120)
        layout.addWidget(self.view)
        buttons = QHBoxLayout()
        self.place_button = QPushButton(translate("Orphans", "&Place at selection"))
        self.place_button.setToolTip(
            translate("Orphans", "Select the right words in the article, then press this")
        )
        self.place_button.setAccessibleDescription(self.place_button.toolTip())
        self.delete_button = QPushButton(translate("Orphans", "Delete annotation"))
        self.delete_button.setAccessibleDescription(
            translate("Orphans", "Deletes the chosen annotation that needs re-anchoring")
        )
        buttons.addWidget(self.place_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.hide()

    def reset(self, doc: Document) -> None:
        self.model.reset(doc)
        count = len(self.model.rows)
        self.heading.setText(
            "<b>{}</b> ({})".format(escape(translate("Orphans", "Needs re-anchoring")), count)
        )
        self.setVisible(count > 0)

    def current(self) -> Orphan | None:
        index = self.view.currentIndex()
        if not index.isValid() and self.model.rows:
            return self.model.rows[0]
        return (
            self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None
        )

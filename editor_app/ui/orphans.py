"""The "needs re-anchoring" list: spans that could not be placed on the article's new text.

An orphaned span keeps its old offsets and words and is never moved by a guess; the user selects
the right words in the article and presses Place, or deletes the annotation.
"""

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from editor_app.model.changes import ChangeSet, EditLike
from editor_app.model.document import Document
from editor_app.model.edits import RemoveMention, RemoveRecord, ReplaceRecord, ResizeSpan
from editor_app.model.records import Entity, Quote, Record, Span

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
                    Orphan(entity.id, "mention", mention, f"mention of {entity.name} ({entity.label})")
                )
    for quote in doc.quotes:
        if quote.span.orphaned:
            found.append(Orphan(quote.id, "quote", quote.span, f"{quote.kind} quote"))
        if quote.cue is not None and quote.cue.orphaned:
            found.append(Orphan(quote.id, "cue", quote.cue, "cue of a quote", is_cue=True))
    for correction in doc.corrections:
        if correction.span.orphaned:
            found.append(
                Orphan(
                    correction.id, "correction", correction.span, f"correction to {correction.replacement!r}"
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
            return f"“{_short(orphan.span.text)}”: {orphan.describe}, was at {orphan.span.start}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return orphan.span.text
        return None


def place_edit(doc: Document, orphan: Orphan, start: int, end: int) -> EditLike:
    """The edit that puts ``orphan`` on ``start:end`` of the current text."""
    record = doc.find(orphan.record_id)
    if isinstance(record, Quote) and orphan.is_cue:
        return ReplaceRecord(replace_cue(record, doc.span(start, end)), "Place cue")
    mention = (orphan.span.start, orphan.span.end) if isinstance(record, Entity) else None
    edit = ResizeSpan(orphan.record_id, start, end, mention)
    edit.text = "Place orphaned span"
    return edit


def delete_edit(doc: Document, orphan: Orphan) -> EditLike:
    record: Record | None = doc.find(orphan.record_id)
    if isinstance(record, Entity):
        return RemoveMention(record.id, orphan.span.start, orphan.span.end)
    if isinstance(record, Quote) and orphan.is_cue:
        return ReplaceRecord(replace_cue(record, None), "Remove cue")
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
        self.view.setAccessibleName("Annotations that need re-anchoring")
        self.view.setModel(self.model)
        self.view.setMaximumHeight(120)
        layout.addWidget(self.view)
        buttons = QHBoxLayout()
        self.place_button = QPushButton("&Place at selection")
        self.place_button.setToolTip("Select the right words in the article, then press this")
        self.delete_button = QPushButton("Delete annotation")
        buttons.addWidget(self.place_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.hide()

    def reset(self, doc: Document) -> None:
        self.model.reset(doc)
        count = len(self.model.rows)
        self.heading.setText(f"<b>Needs re-anchoring</b> ({count})")
        self.setVisible(count > 0)

    def current(self) -> Orphan | None:
        index = self.view.currentIndex()
        if not index.isValid() and self.model.rows:
            return self.model.rows[0]
        return (
            self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None
        )

"""Qt item models over the document's entities, quotes and corrections.

Each model keeps its own list of rows (immutable records), so that it can tell views exactly which
rows are inserted, removed or changed when a change set arrives: ``beginInsertRows`` is called
before the model's own rows change, as Qt requires, whatever order the document changed in. Editing a
cell never changes the document directly: it submits an edit, which goes through the undo stack.
"""

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from editor_app.model import vocab
from editor_app.model.changes import ChangeSet, EditLike, Session
from editor_app.model.edits import Relabel, ReplaceRecord
from editor_app.model.records import Correction, Entity, Mention, Quote, Record
from editor_app.storage.config import LabelSchema

RecordIdRole = Qt.ItemDataRole.UserRole + 1
SpanRole = Qt.ItemDataRole.UserRole + 2
ChoicesRole = Qt.ItemDataRole.UserRole + 3
"""A list of (shown text, value) pairs for a combo box editor."""
MentionRole = Qt.ItemDataRole.UserRole + 4

Submit = Callable[[EditLike], bool]
AnyIndex = QModelIndex | QPersistentModelIndex
R = TypeVar("R", Quote, Correction)

DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_PLAIN = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE = _PLAIN | Qt.ItemFlag.ItemIsEditable
_LEAF = _PLAIN | Qt.ItemFlag.ItemNeverHasChildren


def excerpt(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str
    show: Callable[[R], str]
    choices: Callable[[], list[tuple[str, str]]] | None = None
    edit: Callable[[R, str], R] | None = None
    value: Callable[[R], str] | None = None


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows of quotes or corrections, in article order."""

    def __init__(self, session: Session, submit: Submit, record_type: type[R]):
        super().__init__()
        self.session, self.submit_edit = session, submit
        self.record_type: type[R] = record_type
        self.rows: list[R] = []
        self.columns: list[Column[R]] = []
        session.subscribe(self.on_changes)

    def set_session(self, session: Session) -> None:
        self.session.unsubscribe(self.on_changes)
        self.session = session
        session.subscribe(self.on_changes)
        self.beginResetModel()
        self.rows = sorted(self._own(session.doc), key=self._key)
        self.endResetModel()

    def _own(self, doc: Any) -> list[R]:
        return list(doc.quotes if self.record_type is Quote else doc.corrections)

    @staticmethod
    def _key(record: R) -> tuple[int, int, str]:
        return (record.span.start, record.span.end, record.id)

    def row_of(self, record_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == record_id), -1)

    def on_changes(self, changes: ChangeSet) -> None:
        entity_changed = False
        for change in changes.records():
            if change.record_type is Entity:
                entity_changed = True
            if change.record_type is not self.record_type:
                continue
            row = self.row_of(change.record_id) if change.before is not None else -1
            if row >= 0:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.rows[row]
                self.endRemoveRows()
            if change.after is not None:
                after: R = change.after  # type: ignore[assignment]
                new = bisect_left([self._key(r) for r in self.rows], self._key(after))
                self.beginInsertRows(QModelIndex(), new, new)
                self.rows.insert(new, after)
                self.endInsertRows()
        if entity_changed and self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY and 0 <= section < len(self.columns):
            return self.columns[section].title
        return None

    def data(self, index: AnyIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        record = self.rows[index.row()]
        column = self.columns[index.column()]
        if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            return column.show(record) if role == DISPLAY else record.span.text
        if role == EDIT:
            return column.value(record) if column.value else column.show(record)
        if role == RecordIdRole:
            return record.id
        if role == SpanRole:
            return (record.span.start, record.span.end)
        if role == ChoicesRole and column.choices is not None:
            return column.choices()
        if role == Qt.ItemDataRole.ForegroundRole and record.status in ("suggested", "rejected", "applied"):
            return QBrush(QColor("#888888"))
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return _NO_FLAGS
        return _EDITABLE if self.columns[index.column()].edit is not None else _LEAF

    def setData(self, index: AnyIndex, value: Any, role: int = EDIT) -> bool:
        if role != EDIT or not index.isValid():
            return False
        column = self.columns[index.column()]
        if column.edit is None:
            return False
        record = self.rows[index.row()]
        after = column.edit(record, str(value) if value is not None else "")
        if after == record:
            return False
        return self.submit_edit(ReplaceRecord(after, f"Change {column.title.lower()}"))


def _choices(values: Sequence[str]) -> Callable[[], list[tuple[str, str]]]:
    return lambda: [(v, v) for v in values]


class QuoteModel(RecordTableModel[Quote]):
    def __init__(self, session: Session, submit: Submit):
        super().__init__(session, submit, Quote)
        self.columns = [
            Column("Quote", lambda q: excerpt(q.span.text)),
            Column(
                "Speaker",
                self.speaker_name,
                self.speaker_choices,
                self.with_speaker,
                lambda q: q.speaker or "",
            ),
            Column("Cue", lambda q: q.cue.text if q.cue else ""),
            Column("Kind", lambda q: q.kind, _choices(vocab.QUOTE_KINDS), lambda q, v: replace(q, kind=v)),
            Column(
                "Status",
                lambda q: q.status,
                _choices(vocab.ANNOTATION_STATUSES),
                lambda q, v: replace(q, status=v),
            ),
        ]
        self.set_session(session)

    def speaker_name(self, quote: Quote) -> str:
        if quote.speaker is None:
            return ""
        entity = self.session.doc.entity(quote.speaker)
        return entity.name if entity else quote.speaker

    def speaker_choices(self) -> list[tuple[str, str]]:
        return [("(nobody)", "")] + [(e.name, e.id) for e in self.session.doc.entities]

    def with_speaker(self, quote: Quote, value: str) -> Quote:
        doc = self.session.doc
        entity = doc.entity(value) or next((e for e in doc.entities if e.name.lower() == value.lower()), None)
        if entity is None and value.strip():
            return quote  # not an entity: leave the speaker as it was
        return replace(quote, speaker=entity.id if entity else None)


class CorrectionModel(RecordTableModel[Correction]):
    def __init__(self, session: Session, submit: Submit):
        super().__init__(session, submit, Correction)
        cats, statuses = vocab.CORRECTION_CATEGORIES, vocab.CORRECTION_STATUSES
        self.columns = [
            Column("Original", lambda c: excerpt(c.span.text, 30)),
            Column("Replacement", lambda c: c.replacement, None, lambda c, v: replace(c, replacement=v)),
            Column("Category", lambda c: c.category, _choices(cats), lambda c, v: replace(c, category=v)),
            Column("Status", lambda c: c.status, _choices(statuses), lambda c, v: replace(c, status=v)),
            Column("Note", lambda c: c.note, None, lambda c, v: replace(c, note=v)),
        ]
        self.set_session(session)


class EntityModel(QAbstractItemModel):
    """A tree: entities at the top (name, label, mention count, status), their mentions below."""

    COLUMNS = ("Entity", "Label", "Mentions", "Status")

    def __init__(self, session: Session, submit: Submit, schema: LabelSchema):
        super().__init__()
        self.session, self.submit_edit, self.schema = session, submit, schema
        self.rows: list[Entity] = []
        # Children point at their parent by a key that stays the same when rows above move.
        self._keys: dict[str, int] = {}
        self._ids: dict[int, str] = {}
        session.subscribe(self.on_changes)
        self.set_session(session)

    def set_session(self, session: Session) -> None:
        self.session.unsubscribe(self.on_changes)
        self.session = session
        session.subscribe(self.on_changes)
        self.beginResetModel()
        self.rows = sorted(session.doc.entities, key=self._key)
        self.endResetModel()

    def set_schema(self, schema: LabelSchema) -> None:
        self.schema = schema
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.COLUMNS) - 1))

    @staticmethod
    def _key(entity: Entity) -> tuple[int, str]:
        return (entity.position if entity.mentions else 1 << 62, entity.id)

    def _key_of(self, entity_id: str) -> int:
        if entity_id not in self._keys:
            key = len(self._keys) + 1
            self._keys[entity_id] = key
            self._ids[key] = entity_id
        return self._keys[entity_id]

    def row_of(self, entity_id: str) -> int:
        return next((i for i, e in enumerate(self.rows) if e.id == entity_id), -1)

    def on_changes(self, changes: ChangeSet) -> None:
        for change in changes.records():
            if change.record_type is not Entity:
                continue
            row = self.row_of(change.record_id)
            after: Entity | None = change.after  # type: ignore[assignment]
            if row >= 0 and after is not None and self._key(after) == self._key(self.rows[row]):
                self._replace_in_place(row, after)
                continue
            if row >= 0:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.rows[row]
                self.endRemoveRows()
            if after is not None:
                new = bisect_left([self._key(e) for e in self.rows], self._key(after))
                self.beginInsertRows(QModelIndex(), new, new)
                self.rows.insert(new, after)
                self.endInsertRows()

    def _replace_in_place(self, row: int, after: Entity) -> None:
        parent = self.index(row, 0)
        old = self.rows[row].mentions
        if old != after.mentions:
            if old:
                self.beginRemoveRows(parent, 0, len(old) - 1)
                self.rows[row] = replace(self.rows[row], mentions=())
                self.endRemoveRows()
            if after.mentions:
                self.beginInsertRows(parent, 0, len(after.mentions) - 1)
                self.rows[row] = after
                self.endInsertRows()
        self.rows[row] = after
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    # The tree --------------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if row < 0 or not 0 <= column < len(self.COLUMNS):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self.rows) else QModelIndex()
        if parent.internalId() != 0 or parent.column() != 0:
            return QModelIndex()
        entity = self.rows[parent.row()]
        if row >= len(entity.mentions):
            return QModelIndex()
        return self.createIndex(row, column, self._key_of(entity.id))

    def parent(self, index: AnyIndex | None = None) -> Any:
        if index is None:  # QObject.parent(): PySide asks for it when it routes signals
            return QObject.parent(self)
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        row = self.row_of(self._ids[index.internalId()])
        return self.createIndex(row, 0, 0) if row >= 0 else QModelIndex()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.rows)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.rows[parent.row()].mentions)
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY and 0 <= section < len(self.COLUMNS):
            return self.COLUMNS[section]
        return None

    def entity_at(self, index: AnyIndex) -> Entity | None:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self.rows[index.row()] if index.row() < len(self.rows) else None
        row = self.row_of(self._ids[index.internalId()])
        return self.rows[row] if row >= 0 else None

    def mention_at(self, index: AnyIndex) -> Mention | None:
        entity = self.entity_at(index)
        if entity is None or index.internalId() == 0 or index.row() >= len(entity.mentions):
            return None
        return entity.mentions[index.row()]

    def index_of(self, entity_id: str, mention: tuple[int, int] | None = None) -> QModelIndex:
        row = self.row_of(entity_id)
        if row < 0:
            return QModelIndex()
        top = self.index(row, 0)
        if mention is None:
            return top
        spans = [(m.start, m.end) for m in self.rows[row].mentions]
        return self.index(spans.index(mention), 0, top) if mention in spans else top

    def data(self, index: AnyIndex, role: int = DISPLAY) -> Any:
        entity = self.entity_at(index)
        if entity is None:
            return None
        mention = self.mention_at(index)
        column = index.column()
        if role == RecordIdRole:
            return entity.id
        if role == SpanRole:
            target = mention or (entity.mentions[0] if entity.mentions else None)
            return (target.start, target.end) if target else None
        if role == MentionRole:
            return (mention.start, mention.end) if mention else None
        if mention is not None:
            if role == DISPLAY:
                return (mention.text, "", f"{mention.start}-{mention.end}", mention.status or "")[column]
            return None
        if role in (DISPLAY, EDIT):
            values = (entity.name, entity.label, str(len(entity.mentions)), entity.status)
            return values[column]
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return QColor(self.schema.get(entity.label).colour)
        if role == ChoicesRole and column == 1:
            names = self.schema.names
            extra = [] if entity.label in names else [entity.label]
            return [(n, n) for n in names + extra]
        if role == ChoicesRole and column == 3:
            return [(s, s) for s in vocab.ANNOTATION_STATUSES]
        if role == Qt.ItemDataRole.ForegroundRole and entity.status != "confirmed":
            return QBrush(QColor("#888888"))
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        # Called for every row whenever the tree lays itself out: constants, no enum arithmetic.
        if not index.isValid():
            return _NO_FLAGS
        if index.internalId():
            return _LEAF
        return _EDITABLE if index.column() != 2 else _PLAIN

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if not parent.isValid():
            return bool(self.rows)
        return parent.internalId() == 0 and parent.column() == 0 and bool(self.rows[parent.row()].mentions)

    def setData(self, index: AnyIndex, value: Any, role: int = EDIT) -> bool:
        entity = self.entity_at(index)
        if role != EDIT or entity is None or index.internalId() != 0 or not str(value).strip():
            return False
        value = str(value).strip()
        edit: EditLike
        if index.column() == 0:
            edit = ReplaceRecord(replace(entity, name=value), "Rename entity")
        elif index.column() == 1:
            edit = Relabel(entity.id, value)
        elif index.column() == 3 and value in vocab.ANNOTATION_STATUSES:
            edit = ReplaceRecord(replace(entity, status=value), "Change entity status")
        else:
            return False
        return self.submit_edit(edit)


def record_type_of(record: Record) -> str:
    return type(record).__name__.lower()

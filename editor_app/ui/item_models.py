"""Qt item models over the document's entities, quotes and corrections.

Each model keeps its own list of rows (immutable records), so that it can tell views exactly which
rows are inserted, removed or changed when a change set arrives: ``beginInsertRows`` is called
before the model's own rows change, as Qt requires, whatever order the document changed in. Editing a
cell never changes the document directly: it submits an edit, which goes through the undo stack.

For assistive technology every row also says what it is in words (``AccessibleTextRole`` on its first
cell, ``AccessibleDescriptionRole`` on all): "PERSON: Chris Magnus, 3 mentions", not only a colour.
"""

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from editor_app.model import vocab
from editor_app.model.changes import ChangeSet, EditLike, RecordChange, Session, mention_changes
from editor_app.model.edits import Relabel, ReplaceRecord
from editor_app.model.records import Correction, Entity, Mention, Quote, Record
from editor_app.model.vocab import Status
from editor_app.storage.config import LabelSchema
from editor_app.ui.i18n import QT_TRANSLATE_NOOP, term, translate

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
ACCESSIBLE_TEXT = Qt.ItemDataRole.AccessibleTextRole
ACCESSIBLE_DESCRIPTION = Qt.ItemDataRole.AccessibleDescriptionRole
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
    """In English, marked with QT_TRANSLATE_NOOP("Panels", ...): shown translated."""
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
        self._keys: list[tuple[int, int, str]] = []
        self._by_id: dict[str, R] = {}
        self._speakers: Counter[str] = Counter()
        """How many rows name each speaker (quotes only), so entity edits rarely scan the rows."""
        self.columns: list[Column[R]] = []
        self.describe: Callable[[R], str] = lambda record: ""
        """The row in words, for screen readers."""
        session.subscribe(self.on_changes)

    def set_session(self, session: Session) -> None:
        self.session.unsubscribe(self.on_changes)
        self.session = session
        session.subscribe(self.on_changes)
        self.beginResetModel()
        self.rows = sorted(self._own(session.doc), key=self._key)
        self._keys = [self._key(r) for r in self.rows]
        self._by_id = {r.id: r for r in self.rows}
        self._speakers.clear()
        for record in self.rows:
            self._counted(record, 1)
        self.endResetModel()

    def _own(self, doc: Any) -> list[R]:
        return list(doc.quotes if self.record_type is Quote else doc.corrections)

    @staticmethod
    def _key(record: R) -> tuple[int, int, str]:
        return (record.span.start, record.span.end, record.id)

    def row_of(self, record_id: str) -> int:
        record = self._by_id.get(record_id)
        if record is None:
            return -1
        row = bisect_left(self._keys, self._key(record))
        return row if row < len(self.rows) and self.rows[row].id == record_id else -1

    def on_changes(self, changes: ChangeSet) -> None:
        entities: list[RecordChange] = []
        for change in changes.records():
            if change.record_type is Entity:
                entities.append(change)
            if change.record_type is not self.record_type:
                continue
            row = self.row_of(change.record_id) if change.before is not None else -1
            after: R | None = change.after  # type: ignore[assignment]
            if row >= 0:
                self._counted(self.rows[row], -1)
            if after is not None:
                self._counted(after, 1)
            if row >= 0 and after is not None and self._key(after) == self._keys[row]:
                self.rows[row] = self._by_id[after.id] = after
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
                continue
            if row >= 0:
                self.beginRemoveRows(QModelIndex(), row, row)
                removed = self.rows.pop(row)
                del self._keys[row]
                del self._by_id[removed.id]
                self.endRemoveRows()
            if after is not None:
                key = self._key(after)
                new = bisect_left(self._keys, key)
                self.beginInsertRows(QModelIndex(), new, new)
                self.rows.insert(new, after)
                self._keys.insert(new, key)
                self._by_id[after.id] = after
                self.endInsertRows()
        if entities:
            self.entities_changed(entities)

    def entities_changed(self, changes: list[RecordChange]) -> None:
        """Entities came, went or changed: rows that show something of theirs are told here."""

    def _counted(self, record: R, sign: int) -> None:
        """A row for ``record`` comes (``sign`` 1) or goes (-1)."""

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY and 0 <= section < len(self.columns):
            return translate("Panels", self.columns[section].title)
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
        if role == ACCESSIBLE_DESCRIPTION or (role == ACCESSIBLE_TEXT and index.column() == 0):
            return self.describe(record)
        if role == Qt.ItemDataRole.ForegroundRole and record.status in (
            Status.SUGGESTED,
            Status.REJECTED,
            Status.APPLIED,
        ):
            return QBrush(QColor("#888888"))
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return _NO_FLAGS
        return _EDITABLE if self.columns[index.column()].edit is not None else _LEAF

    def column_words(self, column: int) -> list[str]:
        """The words a column with a fixed vocabulary shows (to size it without asking every row)."""
        choices = self.columns[column].choices
        return [shown for shown, _value in choices()] if choices is not None else []

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
        what = translate("Panels", column.title).lower()
        return self.submit_edit(ReplaceRecord(after, translate("Panels", "Change {what}").format(what=what)))


def _choices(values: Sequence[str]) -> Callable[[], list[tuple[str, str]]]:
    """Words of the sidecar's vocabulary: shown translated, stored as they are."""
    return lambda: [(term(v), v) for v in values]


class QuoteModel(RecordTableModel[Quote]):
    def __init__(self, session: Session, submit: Submit):
        super().__init__(session, submit, Quote)
        self.columns = [
            Column(QT_TRANSLATE_NOOP("Panels", "Quote"), lambda q: excerpt(q.span.text)),
            Column(
                QT_TRANSLATE_NOOP("Panels", "Speaker"),
                self.speaker_name,
                self.speaker_choices,
                self.with_speaker,
                lambda q: q.speaker or "",
            ),
            Column(QT_TRANSLATE_NOOP("Panels", "Cue"), lambda q: q.cue.text if q.cue else ""),
            Column(
                QT_TRANSLATE_NOOP("Panels", "Kind"),
                lambda q: term(q.kind),
                _choices(vocab.QUOTE_KINDS),
                lambda q, v: replace(q, kind=v),
                lambda q: q.kind,
            ),
            Column(
                QT_TRANSLATE_NOOP("Panels", "Status"),
                lambda q: term(q.status),
                _choices(vocab.ANNOTATION_STATUSES),
                lambda q, v: replace(q, status=v),
                lambda q: q.status,
            ),
        ]
        self.describe = self.describe_quote
        self.set_session(session)

    def describe_quote(self, quote: Quote) -> str:
        speaker = self.speaker_name(quote)
        if speaker:
            text = translate("Panels", "Quote by {speaker} ({kind}, {status}): {text}")
        else:
            text = translate("Panels", "Quote, no speaker yet ({kind}, {status}): {text}")
        return text.format(
            speaker=speaker, kind=term(quote.kind), status=term(quote.status), text=quote.span.text
        )

    def entities_changed(self, changes: list[RecordChange]) -> None:
        # Only the Speaker column shows an entity, by name: repaint the quotes whose speaker's name
        # may read differently now (not every row, which would repaint the whole panel per edit).
        named = {
            c.record_id
            for c in changes
            if c.before is None or c.after is None or c.before.name != c.after.name  # type: ignore[union-attr]
        }
        if not any(self._speakers[entity_id] for entity_id in named):
            return
        for row, quote in enumerate(self.rows):
            if quote.speaker in named:
                index = self.index(row, 1)
                self.dataChanged.emit(index, index)

    def _counted(self, record: Quote, sign: int) -> None:
        if record.speaker is not None:
            self._speakers[record.speaker] += sign

    def speaker_name(self, quote: Quote) -> str:
        if quote.speaker is None:
            return ""
        entity = self.session.doc.entity(quote.speaker)
        return entity.name if entity else quote.speaker

    def speaker_choices(self) -> list[tuple[str, str]]:
        return [(translate("Panels", "(nobody)"), "")] + [(e.name, e.id) for e in self.session.doc.entities]

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
            Column(QT_TRANSLATE_NOOP("Panels", "Original"), lambda c: excerpt(_original(c), 30)),
            Column(
                QT_TRANSLATE_NOOP("Panels", "Replacement"),
                lambda c: c.replacement,
                None,
                lambda c, v: replace(c, replacement=v),
            ),
            Column(
                QT_TRANSLATE_NOOP("Panels", "Category"),
                lambda c: term(c.category),
                _choices(cats),
                lambda c, v: replace(c, category=v),
                lambda c: c.category,
            ),
            Column(
                QT_TRANSLATE_NOOP("Panels", "Status"),
                lambda c: term(c.status),
                _choices(statuses),
                lambda c, v: replace(c, status=v),
                lambda c: c.status,
            ),
            Column(
                QT_TRANSLATE_NOOP("Panels", "Note"), lambda c: c.note, None, lambda c, v: replace(c, note=v)
            ),
        ]
        self.describe = describe_correction
        self.set_session(session)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """An applied correction is history: its row reads, but nothing in it can be changed."""
        flags = super().flags(index)
        if (
            index.isValid()
            and index.row() < len(self.rows)
            and self.rows[index.row()].status == Status.APPLIED
        ):
            return flags & ~Qt.ItemFlag.ItemIsEditable
        return flags


def _original(correction: Correction) -> str:
    """The words a correction changes, or for an applied one, the words it replaced."""
    return (
        correction.was
        if correction.status == Status.APPLIED and correction.was is not None
        else correction.span.text
    )


def describe_correction(correction: Correction) -> str:
    if correction.replacement:
        text = translate("Panels", "Correction ({category}, {status}): “{text}” to “{replacement}”")
    else:
        text = translate("Panels", "Correction ({category}, {status}): delete “{text}”")
    return text.format(
        category=term(correction.category),
        status=term(correction.status),
        text=correction.span.text,
        replacement=correction.replacement,
    )


class EntityModel(QStandardItemModel):
    """A tree: entities at the top (name, label, mention count, status, link), their mentions below.

    Backed by :class:`QStandardItemModel` on purpose. Adding or removing a top-level row makes a
    ``QTreeView`` lay out every row again, and painting asks each visible cell for a dozen roles: with
    a Python model that is tens of thousands of calls into Python per edit (20-30 ms with a few
    thousand entities). Here those calls stay in C++, and Python only touches the rows an edit changed.
    Mentions are created when their entity is first expanded (``fetchMore``): until then the entity
    holds empty rows, so the view still shows it can be expanded. An entity of thousands of mentions is
    filled in batches of :data:`FILL_BATCH` rows, the first (or the one holding the mention asked for)
    at once and the others from a timer, so expanding or selecting it never holds the window up; an
    edit to a filled entity inserts or removes only the rows of the mentions that came or went.
    """

    COLUMNS = (
        QT_TRANSLATE_NOOP("Panels", "Entity"),
        QT_TRANSLATE_NOOP("Panels", "Label"),
        QT_TRANSLATE_NOOP("Panels", "Mentions"),
        QT_TRANSLATE_NOOP("Panels", "Status"),
        QT_TRANSLATE_NOOP("Panels", "Link"),
    )
    LINK = 4
    """The column of the entity's link to a knowledge base ("wikidata:Q5108848"): free text."""

    def __init__(self, session: Session, submit: Submit, schema: LabelSchema):
        super().__init__(0, len(self.COLUMNS))
        self.setHorizontalHeaderLabels([translate("Panels", title) for title in self.COLUMNS])
        self._status_choices = [(term(s), s) for s in vocab.ANNOTATION_STATUSES]
        self.session, self.submit_edit, self.schema = session, submit, schema
        self.rows: list[Entity] = []
        """The entities in row order (by first mention, then id)."""
        self._keys: list[tuple[int, str]] = []
        self._by_id: dict[str, Entity] = {}
        self._filled: set[str] = set()
        """Entities whose mention rows hold items (they were expanded)."""
        self._looks: dict[str, tuple[QColor, list[tuple[str, str]]]] = {}
        self._to_fill: dict[str, int] = {}
        self._key_cache: dict[str, tuple[tuple[Mention, ...], tuple[int, str]]] = {}
        """Entities whose mention rows are being filled in the background: the next row to look at."""
        self._fill_timer = QTimer(self)
        self._fill_timer.setInterval(0)
        self._fill_timer.timeout.connect(self._fill_next)
        session.subscribe(self.on_changes)
        self.set_session(session)

    def set_session(self, session: Session) -> None:
        self.session.unsubscribe(self.on_changes)
        self.session = session
        session.subscribe(self.on_changes)
        rows = sorted(session.doc.entities, key=self._key)
        # Views hear one reset rather than thousands of inserted rows.
        self.blockSignals(True)
        try:
            self.removeRows(0, self.rowCount())
            self._filled.clear()
            self._to_fill.clear()
            for entity in rows:
                self.appendRow(self._row_items(entity))
        finally:
            self.blockSignals(False)
        self.beginResetModel()
        self.rows = rows
        self._key_cache.clear()
        self._keys = [self._key_of(e) for e in rows]
        self._by_id = {e.id: e for e in rows}
        self.endResetModel()

    def set_schema(self, schema: LabelSchema) -> None:
        same = schema.labels == self.schema.labels
        self.schema = schema
        if same:
            return
        self._looks.clear()
        for row, entity in enumerate(self.rows):
            self._fill_label([self.item(row, 0), self.item(row, 1)], entity.label)

    @staticmethod
    def _key(entity: Entity) -> tuple[int, str]:
        return (entity.position if entity.mentions else 1 << 62, entity.id)

    def column_words(self, column: int) -> list[str]:
        """The words a column with a fixed vocabulary shows (to size it without asking every row)."""
        if column == 1:
            return list(self.schema.names)
        if column == self.LINK:
            return ["Q000"]  # enough to tell there is a link (its tooltip has all of it); dragged wider
        return [shown for shown, _value in self._status_choices] if column == 3 else []

    def _key_of(self, entity: Entity) -> tuple[int, str]:
        """:meth:`_key`, remembered while the entity's mentions stay the same tuple (working out the
        first mention of an entity of thousands is not free, and every edit asks a few times)."""
        cached = self._key_cache.get(entity.id)
        if cached is not None and cached[0] is entity.mentions:
            return cached[1]
        key = self._key(entity)
        self._key_cache[entity.id] = (entity.mentions, key)
        return key

    def row_of(self, entity_id: str) -> int:
        entity = self._by_id.get(entity_id)
        if entity is None:
            return -1
        row = bisect_left(self._keys, self._key_of(entity))
        return row if row < len(self.rows) and self.rows[row].id == entity_id else -1

    # Keeping up with the document ------------------------------------------------------------------

    def on_changes(self, changes: ChangeSet) -> None:
        for change in changes.records():
            if change.record_type is not Entity:
                continue
            row = self.row_of(change.record_id)
            after: Entity | None = change.after  # type: ignore[assignment]
            if row >= 0 and after is not None and self._key_of(after) == self._keys[row]:
                self._replace_in_place(row, after)
                continue
            if row >= 0:
                removed = self.rows.pop(row)
                del self._keys[row]
                del self._by_id[removed.id]
                self._filled.discard(removed.id)
                self._to_fill.pop(removed.id, None)
                self.removeRow(row)
            if after is not None:
                key = self._key_of(after)
                new = bisect_left(self._keys, key)
                self.rows.insert(new, after)
                self._keys.insert(new, key)
                self._by_id[after.id] = after
                self.insertRow(new, self._row_items(after))

    def _replace_in_place(self, row: int, after: Entity) -> None:
        before = self.rows[row]
        self.rows[row] = after
        self._by_id[after.id] = after
        top = self.item(row, 0)
        if before.mentions is not after.mentions:
            if after.id in self._filled:
                # Only the rows of the mentions that came or went (rows are in mention order).
                gone, came = mention_changes(before, after)
                for position in reversed(gone):
                    top.removeRow(position)
                for position in came:
                    top.insertRow(position, self._mention_items(after, after.mentions[position]))
                if after.id in self._to_fill:
                    self._to_fill[after.id] = 0  # rows moved: look again from the top
            else:
                top.setRowCount(len(after.mentions))  # still empty rows, to be filled when expanded
        if _shown(before) != _shown(after) or before.mentions[:1] != after.mentions[:1]:
            self._fill_row(row, after)

    # Rows ------------------------------------------------------------------------------------------

    def _row_items(self, entity: Entity) -> list[QStandardItem]:
        # Opening an article builds thousands of these: as few calls into Qt as it takes. A new item is
        # enabled, selectable and editable already; only the mention count is not editable.
        items = [QStandardItem(text) for text in _shown(entity)]
        for item in items:
            item.setData(entity.id, RecordIdRole)
            if entity.status != Status.CONFIRMED:
                item.setData(_GREY, Qt.ItemDataRole.ForegroundRole)
        items[2].setFlags(_PLAIN)
        items[self.LINK].setToolTip(entity.link or "")
        items[3].setData(self._status_choices, ChoicesRole)
        items[0].setData(describe_entity(entity), ACCESSIBLE_TEXT)
        colour, choices = self._label_look(entity.label)
        items[0].setData(colour, Qt.ItemDataRole.DecorationRole)
        items[1].setData(choices, ChoicesRole)
        if entity.mentions:
            first = entity.mentions[0]
            items[0].setData((first.start, first.end), SpanRole)
            items[0].setColumnCount(len(self.COLUMNS))
            items[0].setRowCount(len(entity.mentions))
        return items

    def _fill_row(self, row: int, entity: Entity) -> None:
        items = [self.item(row, column) for column in range(len(self.COLUMNS))]
        grey = None if entity.status == Status.CONFIRMED else _GREY
        for item, text in zip(items, _shown(entity), strict=True):
            item.setText(text)
            item.setData(grey, Qt.ItemDataRole.ForegroundRole)
        items[self.LINK].setToolTip(entity.link or "")
        first = entity.mentions[0] if entity.mentions else None
        items[0].setData((first.start, first.end) if first else None, SpanRole)
        items[0].setData(describe_entity(entity), ACCESSIBLE_TEXT)
        self._fill_label(items, entity.label)

    def _fill_label(self, items: list[QStandardItem], label: str) -> None:
        colour, choices = self._label_look(label)
        items[0].setData(colour, Qt.ItemDataRole.DecorationRole)
        items[1].setData(choices, ChoicesRole)

    def _label_look(self, label: str) -> tuple[QColor, list[tuple[str, str]]]:
        """The colour of a label and the choices its cell offers, worked out once per schema."""
        look = self._looks.get(label)
        if look is None:
            names = self.schema.names
            extra = [] if label in names else [label]
            look = self._looks[label] = (
                QColor(self.schema.get(label).colour),
                [(n, n) for n in names + extra],
            )
        return look

    @staticmethod
    def _mention_roles(entity: Entity, mention: Mention) -> list[dict[int, Any]]:
        values = (
            mention.text,
            "",
            f"{mention.start}-{mention.end}",
            term(mention.status) if mention.status else "",
            "",
        )
        span = (mention.start, mention.end)
        roles: list[dict[int, Any]] = [
            {DISPLAY: value, RecordIdRole: entity.id, SpanRole: span, MentionRole: span} for value in values
        ]
        roles[0][ACCESSIBLE_TEXT] = describe_mention(entity, mention)
        return roles

    def _mention_items(self, entity: Entity, mention: Mention) -> list[QStandardItem]:
        items = []
        for roles in self._mention_roles(entity, mention):
            item = QStandardItem()
            for role, value in roles.items():
                item.setData(value, role)
            item.setFlags(_LEAF)
            items.append(item)
        return items

    def canFetchMore(self, parent: AnyIndex) -> bool:
        entity = self.entity_at(parent) if parent.isValid() and not parent.parent().isValid() else None
        return entity is not None and bool(entity.mentions) and entity.id not in self._filled

    def fetchMore(self, parent: AnyIndex) -> None:
        entity = self.entity_at(parent)
        if entity is None or entity.id in self._filled:
            return
        self._fill_from(entity, 0)

    def _fill_from(self, entity: Entity, row: int) -> None:
        """Fill the batch of mention rows holding ``row`` now, and the others from the timer."""
        self._filled.add(entity.id)
        first = row - row % FILL_BATCH
        self._fill_rows(entity, first, first + FILL_BATCH)
        if len(entity.mentions) > FILL_BATCH:
            self._to_fill[entity.id] = 0
            self._fill_timer.start()

    def _fill_rows(self, entity: Entity, first: int, last: int) -> int:
        """Fill the empty mention rows of ``entity`` in ``first:last``; returns how many were empty."""
        row = self.row_of(entity.id)
        top_item = self.item(row, 0) if row >= 0 else None
        if top_item is None:
            return 0
        top = top_item.index()
        filled = 0
        # The rows are there, empty: fill their cells. Not QStandardItem.setChild, which announces a
        # layout change per cell (and views lay the whole tree out again for each).
        for position in range(max(first, 0), min(last, len(entity.mentions), top_item.rowCount())):
            if top_item.child(position, 0) is not None:
                continue
            filled += 1
            for column, roles in enumerate(self._mention_roles(entity, entity.mentions[position])):
                index = self.index(position, column, top)
                self.setItemData(index, roles)
                self.itemFromIndex(index).setFlags(_LEAF)
        return filled

    def _fill_next(self) -> None:
        """One batch of the mention rows still empty, then back to the event loop."""
        while self._to_fill:
            entity_id, position = next(iter(self._to_fill.items()))
            entity = self._by_id.get(entity_id)
            if entity is None or entity_id not in self._filled or position >= len(entity.mentions):
                del self._to_fill[entity_id]
                continue
            self._fill_rows(entity, position, position + FILL_BATCH)
            self._to_fill[entity_id] = position + FILL_BATCH
            return
        self._fill_timer.stop()

    def filling(self) -> bool:
        """Whether mention rows are still being filled in the background."""
        return bool(self._to_fill)

    # Looking things up -----------------------------------------------------------------------------

    def entity_at(self, index: AnyIndex) -> Entity | None:
        if not index.isValid():
            return None
        if index.parent().isValid():
            return self.entity_at(index.parent())
        return self.rows[index.row()] if index.row() < len(self.rows) else None

    def mention_at(self, index: AnyIndex) -> Mention | None:
        entity = self.entity_at(index)
        if entity is None or not index.parent().isValid() or index.row() >= len(entity.mentions):
            return None
        return entity.mentions[index.row()]

    def index_of(self, entity_id: str, mention: tuple[int, int] | None = None) -> QModelIndex:
        row = self.row_of(entity_id)
        if row < 0:
            return QModelIndex()
        top = self.index(row, 0)
        if mention is None:
            return top
        entity = self.rows[row]
        position = bisect_left(entity.mentions, mention, key=lambda m: (m.start, m.end))
        if (
            position >= len(entity.mentions)
            or (
                entity.mentions[position].start,
                entity.mentions[position].end,
            )
            != mention
        ):
            return top
        if entity.id not in self._filled:
            self._fill_from(entity, position)
        elif self.item(row, 0).child(position, 0) is None:
            self._fill_rows(
                entity, position - position % FILL_BATCH, position - position % FILL_BATCH + FILL_BATCH
            )
        return self.index(position, 0, top)

    # Editing ---------------------------------------------------------------------------------------

    def setData(self, index: AnyIndex, value: Any, role: int = EDIT) -> bool:
        # A cell edited in the panel becomes an edit on the undo stack; the change set it makes
        # updates the row (never the item directly).
        entity = self.entity_at(index)
        if role != EDIT or entity is None or index.parent().isValid():
            return False
        value = str(value if value is not None else "").strip()
        edit: EditLike
        if index.column() == self.LINK:
            if (value or None) == entity.link:
                return False
            edit = ReplaceRecord(
                replace(entity, link=value or None), translate("Panels", "Change entity link")
            )
        elif not value:
            return False
        elif index.column() == 0:
            edit = ReplaceRecord(replace(entity, name=value), translate("Panels", "Rename entity"))
        elif index.column() == 1:
            edit = Relabel(entity.id, value)
        elif index.column() == 3 and value in vocab.ANNOTATION_STATUSES:
            edit = ReplaceRecord(replace(entity, status=value), translate("Panels", "Change entity status"))
        else:
            return False
        return self.submit_edit(edit)


_GREY = QBrush(QColor("#888888"))
FILL_BATCH = 200
"""Mention rows filled at a time: a few milliseconds of work."""


def _shown(entity: Entity) -> tuple[str, str, str, str, str]:
    """The texts of an entity's row (the label also picks its colour)."""
    return (entity.name, entity.label, str(len(entity.mentions)), term(entity.status), entity.link or "")


def describe_entity(entity: Entity) -> str:
    """An entity in words: "PERSON: Chris Magnus, 3 mentions" (and its status unless confirmed)."""
    count = len(entity.mentions)
    if count == 1:
        text = translate("Panels", "{label}: {name}, 1 mention")
    else:
        text = translate("Panels", "{label}: {name}, {count} mentions")
    text = text.format(label=entity.label, name=entity.name, count=count)
    if entity.status != Status.CONFIRMED:
        text += " (" + term(entity.status) + ")"
    return text


def describe_mention(entity: Entity, mention: Mention) -> str:
    """A mention in words: "Mention of Chris Magnus (PERSON): Magnus"."""
    text = translate("Panels", "Mention of {name} ({label}): {text}").format(
        name=entity.name, label=entity.label, text=mention.text
    )
    if mention.status == Status.SUGGESTED:
        text += " (" + term(Status.SUGGESTED) + ")"
    return text


def record_type_of(record: Record) -> str:
    return type(record).__name__.lower()

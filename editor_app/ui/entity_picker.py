"""One searchable picker for choosing an entity: the speaker of a quote (S) and what words mention (M);
the same picker lists the desk's names list to link an entity to one of its entries.

Typing filters on any word of an entity's name or of its mentions ("magnus" and "Mangus" both find
Chris Magnus, :mod:`editor_app.model.entity_search`); people come first for a speaker, then the entity
mentioned nearest; Up/Down move, Enter takes the chosen (by default the top) hit, Esc cancels. "New
entity…" at the end makes one from the selected words.
"""

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from editor_app.model.document import Document
from editor_app.model.entity_search import find_entities
from editor_app.model.names_list import NameEntry, NamesList
from editor_app.model.records import Entity, Quote
from editor_app.ui.annotator import Annotator
from editor_app.ui.article_view import ArticleView
from editor_app.ui.i18n import translate

MAX_SHOWN = 200
NEW = "new"
"""The item data of "New entity…"."""

Picked = Callable[[Entity | None], object]
"""Called with the chosen entity, or None for "New entity…"."""
PickedName = Callable[[NameEntry | None], object]
"""Called with the chosen entry of the names list, or None for "New entry from this entity…"."""


class EntityPicker(QFrame):
    closed = Signal()
    """Picked or cancelled: the article takes the keys again."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("entityPicker")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.title = QLabel()
        self.field = QLineEdit()
        self.field.setObjectName("pickerField")
        self.field.setPlaceholderText(translate("Picker", "Type any part of a name"))
        self.field.setAccessibleName(translate("Picker", "Search the entities"))
        self.list = QListWidget()
        self.list.setObjectName("pickerList")
        self.list.setAccessibleName(translate("Picker", "Matching entities"))
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hint = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.field)
        layout.addWidget(self.list)
        layout.addWidget(self.hint)
        self.field.textChanged.connect(self._refresh)
        self.field.installEventFilter(self)
        self.list.itemActivated.connect(lambda item: self._pick(item))
        self.doc: Document | None = None
        self.prefer: tuple[str, ...] = ()
        self.near: int | None = None
        self.allow_new = False
        self.on_pick: Picked = lambda entity: None
        self.names: NamesList | None = None
        """The list shown instead of the document's entities (:meth:`open_for_names`)."""
        self.on_pick_name: PickedName = lambda entry: None
        self.hide()

    def open_for(
        self,
        title: str,
        doc: Document,
        on_pick: Picked,
        prefer: tuple[str, ...] = (),
        near: int | None = None,
        allow_new: bool = False,
        where: QPoint | None = None,
    ) -> None:
        self.doc, self.on_pick, self.prefer, self.near, self.allow_new = doc, on_pick, prefer, near, allow_new
        self.names = None
        self._show(title, where)

    def open_for_names(
        self, title: str, names: NamesList, on_pick: PickedName, allow_new: bool = False, text: str = ""
    ) -> None:
        """The entries of ``names`` (any part of a name or variant finds one), starting with ``text``."""
        self.names, self.on_pick_name, self.allow_new, self.doc = names, on_pick, allow_new, None
        self._show(title, None, text)

    def _show(self, title: str, where: QPoint | None, text: str = "") -> None:
        self.title.setText(f"<b>{escape(title)}</b>")
        self.field.blockSignals(True)
        self.field.setText(text)
        self.field.blockSignals(False)
        self._refresh()
        parent = self.parentWidget()
        self.setFixedWidth(min(460, parent.width() - 20) if parent else 420)
        self.setFixedHeight(min(320, parent.height() - 20) if parent else 320)
        if where is not None and parent is not None:
            # Below the cursor's line when it fits, else above it, never outside the article.
            below, above = where.y() + 6, where.y() - self.height() - 26
            y = below if below + self.height() < parent.height() else max(0, above)
            self.move(QPoint(10, y))
        self.show()
        self.raise_()
        self.field.setFocus()

    def hits(self) -> list[Entity]:
        if self.doc is None:
            return []
        return find_entities(self.doc, self.field.text(), self.prefer, self.near)[:MAX_SHOWN]

    def name_hits(self) -> list[NameEntry]:
        if self.names is None:
            return []
        text = self.field.text().strip()
        return (self.names.search(text) if text else list(self.names.entries))[:MAX_SHOWN]

    def _refresh(self) -> None:
        self.list.clear()
        if self.names is not None:
            self._refresh_names()
            return
        hits = self.hits()
        for entity in hits:
            count = len(entity.mentions)
            item = QListWidgetItem(
                translate("Picker", "{name} ({label}) · {count} mentions").format(
                    name=entity.name, label=entity.label, count=count
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, entity.id)
            self.list.addItem(item)
        self._finish(
            translate("Picker", "New entity…"),
            translate("Picker", "No entity matches “{text}”").format(text=self.field.text()),
        )

    def _finish(self, new: str, none: str) -> None:
        """The list's last item (``new``, when new ones are allowed), its first chosen, and the hint."""
        if self.allow_new:
            item = QListWidgetItem(new)
            item.setData(Qt.ItemDataRole.UserRole, NEW)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.hint.setText(
            translate("Picker", "Enter takes the highlighted one, Esc cancels") if self.list.count() else none
        )

    def _refresh_names(self) -> None:
        for number, entry in enumerate(self.name_hits()):
            text = translate("Picker", "{name} ({label})").format(name=entry.name, label=entry.label)
            if entry.variants:
                text += " · " + ", ".join(entry.variants)
            if entry.link:
                text += f" · {entry.link}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, number)
            self.list.addItem(item)
        self._finish(
            translate("Picker", "New entry from this entity…"),
            translate("Picker", "No name in the list matches “{text}”").format(text=self.field.text()),
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                step = -1 if key == Qt.Key.Key_Up else 1
                row = max(0, min(self.list.count() - 1, self.list.currentRow() + step))
                self.list.setCurrentRow(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._pick(self.list.currentItem())
                return True
            if key == Qt.Key.Key_Escape:
                self.cancel()
                return True
        return super().eventFilter(watched, event)

    def _pick(self, item: QListWidgetItem | None) -> None:
        if item is not None and self.names is not None:
            chosen = item.data(Qt.ItemDataRole.UserRole)
            entry = None if chosen == NEW else self.name_hits()[int(chosen)]
            self.hide()
            self.on_pick_name(entry)
            self.closed.emit()
            return
        if item is None or self.doc is None:
            return  # nothing matches: the hint says so and the field stays open
        chosen = item.data(Qt.ItemDataRole.UserRole)
        entity = None if chosen == NEW else self.doc.entity(str(chosen))
        self.hide()
        self.on_pick(entity)
        self.closed.emit()

    def cancel(self) -> None:
        self.hide()
        self.closed.emit()


class Pickers:
    """Opens the picker for S (who said it) and M (what the words mention) next to the cursor."""

    def __init__(self, annotator: Annotator, view: ArticleView, picker: EntityPicker):
        self.annotator = annotator
        self.view = view
        self.picker = picker
        annotator.ask_speaker = self.ask_speaker
        annotator.ask_mention = self.ask_mention

    def _where(self) -> QPoint:
        """The bottom of the cursor's line, in the picker's parent."""
        parent = self.picker.parentWidget() or self.view
        return self.view.viewport().mapTo(parent, self.view.cursorRect().bottomLeft())

    def ask_speaker(self, quote_id: str, words: tuple[int, int] | None) -> None:
        annotator = self.annotator
        quote = annotator.doc.find(quote_id)
        near = quote.span.start if isinstance(quote, Quote) else None
        title = (
            translate("Picker", "Who is “{text}”?").format(text=annotator.doc.text[words[0] : words[1]])
            if words
            else translate("Picker", "Who said it?")
        )
        self.picker.open_for(
            title,
            annotator.doc,
            lambda entity: annotator.attribute(quote_id, entity, words),
            prefer=("PERSON", annotator.person_label()),
            near=near,
            allow_new=words is not None,
            where=self._where(),
        )

    def ask_mention(self, words: tuple[int, int]) -> None:
        annotator = self.annotator
        text = annotator.doc.text[words[0] : words[1]]
        label = annotator.last_label or annotator.person_label()

        def picked(entity: Entity | None) -> object:
            if entity is None:
                self.view.select_range(*words)
                return annotator.apply_label(label)
            return annotator.add_as_mention(entity.id, words)

        self.picker.open_for(
            translate("Picker", "“{text}” mentions…").format(text=text),
            annotator.doc,
            picked,
            near=words[0],
            allow_new=True,
            where=self._where(),
        )

"""What the annotation keys do: turns the selection and the current annotation into model edits.

It holds no widgets of its own: it reads the article view's selection (in code points), builds
edits from :mod:`editor_app.model.edits` and pushes them on the undo stack.
"""

from collections.abc import Callable
from dataclasses import dataclass, replace

from editor_app.model import selection
from editor_app.model.changes import EditLike
from editor_app.model.document import Document
from editor_app.model.edits import (
    AddMention,
    Compound,
    MergeEntities,
    Relabel,
    RemoveMention,
    RemoveRecord,
    ReplaceRecord,
    ResizeSpan,
    SplitMention,
    mark_all_occurrences,
    new_correction,
    new_entity,
    new_quote,
)
from editor_app.model.entity_search import names_nobody
from editor_app.model.intervals import Entry, SpanIndex
from editor_app.model.records import Correction, Entity, Quote
from editor_app.model.vocab import OPEN_CORRECTIONS, Category
from editor_app.storage.config import LabelSchema
from editor_app.ui.article_view import ArticleView
from editor_app.ui.i18n import translate
from editor_app.ui.notices import Notices
from editor_app.ui.workspace import Workspace


@dataclass(frozen=True, slots=True)
class Target:
    """The current annotation: a record, and for an entity, which of its mentions."""

    record_id: str
    mention: tuple[int, int] | None = None


class Annotator:
    def __init__(self, workspace: Workspace, view: ArticleView, notices: Notices):
        self.workspace, self.view = workspace, view
        self.tell = notices.notice
        self.current: Target | None = None
        self.last_label: str | None = None
        self.on_current: Callable[[Target | None], None] = lambda target: None
        self.ask_correction: Callable[[int, int], None] = lambda start, end: None
        self.ask_speaker: Callable[[str, tuple[int, int] | None], None] = lambda quote_id, sel: None
        """Ask who said quote ``quote_id``; the words selected (a pronoun, a description), if any."""
        self.ask_mention: Callable[[tuple[int, int]], None] = lambda sel: None
        """Ask which entity the selected words mention."""

    @property
    def doc(self) -> Document:
        return self.workspace.doc

    @property
    def index(self) -> SpanIndex:
        return self.workspace.index

    @property
    def schema(self) -> LabelSchema:
        return self.workspace.schema

    def person_label(self) -> str:
        """The label of people: the one on key 1 (PERSON unless a folder's labels say otherwise)."""
        first = self.schema.by_key(1)
        return first.name if first else "PERSON"

    def author(self) -> str | None:
        return self.workspace.author()

    def push(self, edit: EditLike) -> bool:
        return self.workspace.push(edit)

    def set_current(self, target: Target | None, notify: bool = True) -> None:
        if target is not None and self.doc.find(target.record_id) is None:
            target = None
        self.current = target
        self.view.set_current(self.span_of(target) if target else None)
        if notify:
            self.on_current(target)

    def span_of(self, target: Target) -> tuple[int, int] | None:
        if target.mention is not None:
            return target.mention
        record = self.doc.find(target.record_id)
        if isinstance(record, Entity):
            return (record.mentions[0].start, record.mentions[0].end) if record.mentions else None
        if isinstance(record, Quote | Correction):
            return (record.span.start, record.span.end)
        return None

    def target_at(
        self, position: int, kinds: tuple[str, ...] = ("mention", "correction", "quote", "cue")
    ) -> Target | None:
        found = [e for e in self.index.at(position) if e.kind in kinds and e.shown]
        found.sort(key=lambda e: (kinds.index(e.kind), e.end - e.start))
        return _target(found[0]) if found else None

    def _selection_or_tell(self, what: str) -> tuple[int, int] | None:
        """The selection, or None after telling the user to select first (``what``: the whole hint)."""
        sel = self.view.selected_range()
        if sel is None:
            self.tell(what)
        return sel

    def _pushed_and_current(self, edit: EditLike, target: Target) -> bool:
        if not self.push(edit):
            return False
        self.view.clear_selection()
        self.set_current(target)
        return True

    # Entities --------------------------------------------------------------------------------------

    def label_key(self, key: int) -> bool:
        spec = self.schema.by_key(key)
        if spec is None:
            self.tell(translate("Annotator", "No label is bound to {key}.").format(key=key))
            return False
        return self.apply_label(spec.name)

    def repeat_label(self) -> bool:
        if self.last_label is None:
            self.tell(translate("Annotator", "No label used yet: press 1-9 first."))
            return False
        return self.apply_label(self.last_label)

    def apply_label(self, label: str) -> bool:
        self.last_label = label
        sel = self.view.selected_range()
        if sel is None:
            target = (
                self.current
                if self.current and isinstance(self.doc.find(self.current.record_id), Entity)
                else None
            )
            target = target or self.target_at(self.view.cursor_position(), ("mention",))
            if target is None:
                self.tell(translate("Annotator", "Select a name first, then press its label key."))
                return False
            return self.push(Relabel(target.record_id, label))
        start, end = sel
        text = self.doc.text[start:end]
        exact = next(
            (
                e
                for e in self.index.overlapping(start, end)
                if e.kind == "mention" and (e.start, e.end) == sel
            ),
            None,
        )
        if exact is not None:
            return self.push(Relabel(exact.record_id, label))
        match = selection.matching_entity(text, self.doc.entities, label)
        if match is not None:
            return self._pushed_and_current(AddMention(match.id, start, end), Target(match.id, sel))
        edit = new_entity(self.doc, label, start, end, by=self.author())
        assert isinstance(edit.record, Entity)
        return self._pushed_and_current(edit, Target(edit.record.id, sel))

    def add_as_mention(self, entity_id: str, sel: tuple[int, int] | None = None) -> bool:
        sel = sel or self._selection_or_tell(
            translate("Annotator", "Select some words first, then choose the entity they mention.")
        )
        if sel is None:
            return False
        return self._pushed_and_current(AddMention(entity_id, *sel), Target(entity_id, sel))

    def mention(self) -> bool:
        """M: ask which entity the selected words mention."""
        sel = self._selection_or_tell(
            translate("Annotator", "Select some words first, then choose the entity they mention.")
        )
        if sel is not None:
            self.ask_mention(sel)
        return sel is not None

    def entity_for(self, start: int, end: int) -> Entity | None:
        """The entity a selection is about: the one it is a mention of, else the one its text names."""
        for entry in self.index.overlapping(start, end):
            if entry.kind == "mention" and (entry.start, entry.end) == (start, end):
                entity = self.doc.entity(entry.record_id)
                if entity is not None:
                    return entity
        return selection.matching_entity(self.doc.text[start:end], self.doc.entities)

    def mark_all(self) -> bool:
        sel = self.view.selected_range() or selection.word_at(self.doc.text, self.view.cursor_position())
        if sel is None:
            self.tell(translate("Annotator", "Select a name first, then mark all its occurrences."))
            return False
        entity = self.entity_for(*sel)
        if entity is None:
            self.tell(
                translate("Annotator", "Make the name an entity first (1-9), then mark all its occurrences.")
            )
            return False
        text = self.doc.text[sel[0] : sel[1]]
        edit = mark_all_occurrences(self.doc, entity.id, selection.occurrences(self.doc.text, text))
        if not len(edit):
            self.tell(
                translate(
                    "Annotator", "Every occurrence of “{text}” is already a mention of {entity}."
                ).format(text=text, entity=entity.name)
            )
            return False
        ok = self.push(edit)
        if ok:
            self.tell(
                translate("Annotator", "Marked {count} more occurrences of “{text}” as {entity}.").format(
                    count=len(edit), text=text, entity=entity.name
                )
            )
        return ok

    def merge(self, entity_ids: list[str]) -> bool:
        if len(entity_ids) < 2:
            self.tell(
                translate("Annotator", "Select two or more entities in the Entities panel to merge them.")
            )
            return False
        ok = self.push(MergeEntities(entity_ids[0], entity_ids[1:]))
        if ok:
            self.set_current(Target(entity_ids[0]))
        return ok

    def split(self) -> bool:
        target = self.current if self.current and self.current.mention else None
        target = target or self.target_at(self.view.cursor_position(), ("mention",))
        if target is None or target.mention is None:
            self.tell(
                translate("Annotator", "Choose a mention (in the text or the Entities panel) to split off.")
            )
            return False
        new_id = self.doc.mint_id(Entity)
        return self._pushed_and_current(
            SplitMention(target.record_id, *target.mention, new_id), Target(new_id, target.mention)
        )

    # Quotes ----------------------------------------------------------------------------------------

    def quote(self) -> bool:
        sel = self._selection_or_tell(
            translate("Annotator", "Select some words first, then press Q to make them a quote.")
        )
        if sel is None:
            return False
        edit = new_quote(self.doc, *sel, by=self.author())
        return self._pushed_and_current(edit, Target(edit.record.id))

    def current_quote(self) -> Quote | None:
        record = self.doc.find(self.current.record_id) if self.current else None
        if isinstance(record, Quote):
            return record
        target = self.target_at(self.view.cursor_position(), ("quote", "cue"))
        found = self.doc.find(target.record_id) if target else None
        return found if isinstance(found, Quote) else None

    def cue(self) -> bool:
        quote = self.current_quote()
        if quote is None:
            self.tell(
                translate("Annotator", "Choose a quote first (click it or pick it in the Quotes panel).")
            )
            return False
        sel = self._selection_or_tell(
            translate("Annotator", "Select some words first, then press U to make them the cue of the quote.")
        )
        if sel is None:
            return False
        return self._pushed_and_current(
            ReplaceRecord(replace(quote, cue=self.doc.span(*sel)), translate("Annotator", "Set cue")),
            Target(quote.id),
        )

    def speaker(self) -> bool:
        """S: the selected words say who spoke (an entity's mention, or a new person's name); words that
        only point at someone ("he", "the commissioner"), or no selection, ask who it is."""
        quote = self.current_quote()
        if quote is None:
            self.tell(
                translate("Annotator", "Choose a quote first (click it or pick it in the Quotes panel).")
            )
            return False
        sel = self.view.selected_range()
        if sel is not None:
            entity = self.entity_for(*sel)
            if entity is not None:
                return self.attribute(quote.id, entity)
            if not names_nobody(self.doc.text[sel[0] : sel[1]]):
                return self.attribute(quote.id, None, sel)
        self.ask_speaker(quote.id, sel)
        return True

    def attribute(self, quote_id: str, entity: Entity | None, words: tuple[int, int] | None = None) -> bool:
        """Make ``entity`` the speaker of the quote; ``words`` that point at them become one of their
        mentions. With no entity, ``words`` name a new person who is the speaker."""
        quote = self.doc.find(quote_id)
        if not isinstance(quote, Quote):
            return False
        edit: EditLike
        if entity is None:
            if words is None:
                return False
            create = new_entity(self.doc, self.person_label(), *words, by=self.author())
            edit = Compound(
                translate("Annotator", "Attribute quote to a new person"),
                [create, ReplaceRecord(replace(quote, speaker=create.record.id))],
            )
        else:
            text = translate("Annotator", "Attribute quote to {entity}").format(entity=entity.name)
            speaker = ReplaceRecord(replace(quote, speaker=entity.id), text)
            known = any((m.start, m.end) == words for m in entity.mentions)
            edit = (
                speaker
                if words is None or known
                else Compound(text, [AddMention(entity.id, *words), speaker])
            )
        return self._pushed_and_current(edit, Target(quote.id))

    # Corrections -----------------------------------------------------------------------------------

    def correction(self) -> bool:
        sel = self._selection_or_tell(
            translate("Annotator", "Select some words first, then press C to correct them.")
        )
        if sel is None:
            return False
        self.ask_correction(*sel)
        return True

    def add_correction(self, start: int, end: int, replacement: str, category: str) -> bool:
        edit = new_correction(self.doc, start, end, replacement, category, by=self.author())
        return self._pushed_and_current(edit, Target(edit.record.id))

    def default_category(self, start: int, end: int) -> str:
        in_name = any(e.kind == "mention" for e in self.index.overlapping(start, end))
        return Category.NAME if in_name else Category.SPELLING

    def jump_to_correction(self, step: int) -> bool:
        here = self.view.cursor_position()
        items = sorted(
            (c for c in self.doc.corrections if c.status in OPEN_CORRECTIONS), key=lambda c: c.span.start
        )
        if not items:
            self.tell(translate("Annotator", "No open corrections."))
            return False
        if step > 0:
            found = next((c for c in items if c.span.start > here), items[0])
        else:
            found = next((c for c in reversed(items) if c.span.start < here), items[-1])
        self.set_current(Target(found.id))
        self.view.flash(found.span.start, found.span.end)
        return True

    # Any annotation --------------------------------------------------------------------------------

    def delete(self) -> bool:
        target = self.current or self.target_at(self.view.cursor_position())
        if target is None:
            self.tell(
                translate("Annotator", "Nothing to delete here: click an annotation or pick one in a panel.")
            )
            return False
        if target.mention is not None:
            ok = self.push(RemoveMention(target.record_id, *target.mention))
        else:
            ok = self.push(RemoveRecord(target.record_id))
        if ok:
            self.set_current(None)
        return ok

    def resize(self, edge: str, step: int) -> bool:
        """Grow (step 1) or shrink (step -1) the current annotation by a word at its end or start."""
        if self.current is None:
            return False
        span = self.span_of(self.current)
        sel = self.view.raw_selection()
        if span is None or (sel is not None and sel != span):
            return False
        start, end = span
        if sel is None and not start <= self.view.cursor_position() <= end:
            return False  # the cursor moved away: Shift+arrows select from there as usual
        text = self.doc.text
        if edge == "end":
            end = selection.next_word_end(text, end) if step > 0 else selection.previous_word_end(text, end)
        else:
            start = (
                selection.next_word_start(text, start)
                if step > 0
                else selection.previous_word_start(text, start)
            )
        if not start < end:
            self.tell(translate("Annotator", "An annotation needs at least one word."))
            return True
        ok = self.push(ResizeSpan(self.current.record_id, start, end, self.current.mention))
        if ok:
            mention = (start, end) if self.current.mention else None
            self.set_current(Target(self.current.record_id, mention))
            if sel is None:  # the cursor follows the edge that moved, so the next press goes on
                edge_at = end if edge == "end" else start
                self.view.select_range(edge_at, edge_at)
        return True


def _target(entry: Entry) -> Target:
    return Target(entry.record_id, entry.mention)

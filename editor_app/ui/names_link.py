"""The desk's names list from the Entities panel: link the current entity to an entry, or add one.

Annotate > Link entity to the names list (Ctrl+L) opens the entity picker on the entries of the
``names.yaml`` that applies to the article (any part of a name or variant finds one); the entry chosen
gives the entity its listed spelling and link, as one undoable edit. "New entry from this entity…" at
the end of the list, or Annotate > Add entity to the names list (Ctrl+Shift+L), writes an entry made
from the entity: its name and label, the other ways its confirmed mentions spell it (a mention that
carries a correction is never a variant) and its link; into the list that applies, or a new
``names.yaml`` beside the article. The file is written atomically and read back before it counts.
"""

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTreeView

from editor_app.model.document import Document
from editor_app.model.edits import ReplaceRecord
from editor_app.model.names_list import NAME_LABELS, NameEntry, NamesList
from editor_app.model.records import Entity
from editor_app.model.vocab import Status
from editor_app.storage.errors import FileProblem
from editor_app.storage.names_file import (
    find_names_file,
    names_file_for_folder,
    names_for,
    read_names,
    write_names,
)
from editor_app.ui.entity_picker import EntityPicker
from editor_app.ui.i18n import translate
from editor_app.ui.item_models import RecordIdRole
from editor_app.ui.notices import Notices
from editor_app.ui.workspace import Workspace


class NamesLinks(QObject):
    def __init__(self, workspace: Workspace, notices: Notices, picker: EntityPicker, panel: QTreeView):
        super().__init__(workspace)
        self.workspace = workspace
        self.notices = notices
        self.picker = picker
        self.panel = panel

    def current_entity(self) -> Entity | None:
        """The entity of the Entities panel's current row (a mention's row stands for its entity)."""
        index = self.panel.currentIndex()
        if index.isValid() and index.parent().isValid():
            index = index.parent()
        if not index.isValid():
            return None
        return self.workspace.doc.entity(str(index.data(RecordIdRole)))

    def _entity_or_say(self) -> Entity | None:
        entity = self.current_entity()
        if entity is None:
            self.notices.notice(translate("NamesLinks", "Choose an entity in the Entities panel first."))
        elif self.workspace.files is None:
            self.notices.notice(translate("NamesLinks", "Save the article first: its folder holds the list."))
            return None
        return entity

    def link(self) -> None:
        """Open the picker on the names list for the current entity."""
        entity = self._entity_or_say()
        files = self.workspace.files
        if entity is None or files is None:
            return
        names = names_for(files.article_path)
        for problem in names.problems:
            self.notices.notice(problem)
        entity_id = entity.id
        self.picker.open_for_names(
            translate("NamesLinks", "Link “{name}” to the names list").format(name=entity.name),
            names,
            lambda entry: self.link_to(entity_id, entry) if entry else self.add_entry(entity_id),
            allow_new=True,
        )

    def link_to(self, entity_id: str, entry: NameEntry) -> bool:
        """Give the entity the entry's spelling and link (one undoable edit)."""
        entity = self.workspace.doc.entity(entity_id)
        if entity is None:
            return False
        linked = replace(entity, name=entry.name, link=entry.link or entity.link)
        if linked == entity:
            self.notices.notice(
                translate("NamesLinks", "“{name}” is already as the names list has it.").format(
                    name=entity.name
                )
            )
            return False
        return self.workspace.push(
            ReplaceRecord(linked, translate("NamesLinks", "Link entity to the names list"))
        )

    def add_entry(self, entity_id: str | None = None) -> bool:
        """Write an entry made from the entity into the names list (a new ``names.yaml`` if none applies)."""
        entity = self.workspace.doc.entity(entity_id) if entity_id else self._entity_or_say()
        files = self.workspace.files
        if entity is None or files is None:
            return False
        if entity.label not in NAME_LABELS:
            self.notices.notice(
                translate(
                    "NamesLinks", "The names list holds people, organisations and places, not {label}."
                ).format(label=entity.label)
            )
            return False
        path = find_names_file(files.article_path) or names_file_for_folder(files.article_path.parent)
        entry = entry_from(entity, self.workspace.doc)
        try:
            names = read_names(path) if path.exists() else NamesList(source=str(path))
            if names.problems:  # writing it again would drop the bad entries: fixing them comes first
                self.notices.notice(names.problems[0], banner=True)
                return False
            kept = next((e for e in names.entries if (e.name, e.label) == (entry.name, entry.label)), None)
            if kept is not None:
                extra = tuple(v for v in entry.variants if v not in kept.variants)
                entry = replace(kept, variants=kept.variants + extra, link=kept.link or entry.link)
            write_names(names.with_entry(entry), path)
        except FileProblem as exc:
            self.notices.notice(exc.located(), banner=True)
            return False
        except OSError as exc:
            self.notices.notice(f"{path}: {exc.strerror or exc}", banner=True)
            return False
        self.notices.notice(
            translate("NamesLinks", "“{name}” is in the names list ({file}).").format(
                name=entry.name, file=Path(path).name
            )
        )
        return True


def entry_from(entity: Entity, doc: Document) -> NameEntry:
    """The names list's entry for ``entity``: its name, label and link, and as variants the other
    spellings of its confirmed mentions that no correction touches."""
    corrected = [(c.span.start, c.span.end) for c in doc.corrections if c.status != Status.REJECTED]
    variants: list[str] = []
    for mention in entity.mentions:
        status = mention.status or entity.status
        if status in (Status.SUGGESTED, Status.REJECTED) or mention.text == entity.name:
            continue
        if any(s < mention.end and mention.start < e for s, e in corrected):
            continue
        if mention.text not in variants:
            variants.append(mention.text)
    return NameEntry(entity.name, entity.label, tuple(variants), entity.link)

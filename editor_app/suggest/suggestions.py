"""What one run of the suggesters found, and the one edit that adds it to a document.

Light to import (no suggester, no RapidFuzz), so the window can build the edit without loading them.
"""

from dataclasses import dataclass, field

from editor_app.model.changes import EditLike
from editor_app.model.edits import AddRecord, Compound, ReplaceRecord
from editor_app.model.records import Correction, Entity, Quote, Record
from editor_app.model.vocab import Status


@dataclass
class Suggestions:
    """What one run suggests: new records, and existing entities given new suggested mentions."""

    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    corrections: list[Correction] = field(default_factory=list)
    extended: list[Entity] = field(default_factory=list)
    """Entities already in the document (same id), each with its new mentions marked suggested."""

    @property
    def records(self) -> list[Record]:
        """The new records (entities, then quotes, then corrections)."""
        return [*self.entities, *self.quotes, *self.corrections]

    @property
    def new_mentions(self) -> int:
        """Suggested mentions of entities already in the document."""
        return sum(1 for e in self.extended for m in e.mentions if m.status == Status.SUGGESTED)

    def __len__(self) -> int:
        return len(self.records) + self.new_mentions

    def summary(self) -> str:
        parts = [
            f"{len(self.entities)} entities",
            f"{len(self.quotes)} quotes",
            f"{len(self.corrections)} corrections",
        ]
        if self.new_mentions:
            parts.append(f"{self.new_mentions} mentions of known entities")
        return ", ".join(parts)


def add_suggestions_edit(
    suggestions: Suggestions,
    text: str | None = None,
    *,
    record_text: str = "Add suggestion",
    mention_text: str = "Suggest mentions",
) -> Compound:
    """One edit, made and undone as one, adding every new record of ``suggestions`` and replacing
    each extended entity by its version with the suggested mentions. The texts name the edits."""
    edits: list[EditLike] = [AddRecord(record, record_text) for record in suggestions.records]
    edits += [ReplaceRecord(entity, mention_text) for entity in suggestions.extended]
    return Compound(text or f"Suggestions ({suggestions.summary()})", edits)

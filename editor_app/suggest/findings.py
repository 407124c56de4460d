"""What the suggesters find, before the engine turns it into records with ids.

Findings hold offsets only (the article text is shared), so the suggesters stay independent of the
document's existing annotations; the engine decides what is new.
"""

from dataclasses import dataclass, field

Offsets = tuple[int, int]


@dataclass
class EntityFinding:
    """A suggested entity: its label, canonical name and mentions (offsets into the article)."""

    label: str
    name: str
    mentions: list[Offsets]
    rule: str
    roles: set[str] = field(default_factory=set)
    """Lower-case role words seen with a person or organisation ("commissioner", "newspaper"), used to
    resolve descriptions such as "the commissioner said"."""

    @property
    def first(self) -> int:
        return min(start for start, _ in self.mentions)


@dataclass
class QuoteFinding:
    start: int
    end: int
    kind: str  # direct, indirect, mixed, scare
    speaker: int | None = None
    """Index of the speaker in the entity findings, or None."""
    cue: Offsets | None = None
    rule: str = "quotes"


@dataclass
class CorrectionFinding:
    start: int
    end: int
    replacement: str
    category: str
    note: str
    rule: str

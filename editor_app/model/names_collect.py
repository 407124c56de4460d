"""Proposing the desk's names list from what people confirmed across a corpus (``names --collect``).

Only confirmed entities with a naming label count, and only their mentions nobody rejected or left
as a suggestion. A mention that carries a correction (the sample's "Mangus", flagged for "Magnus")
is a slip, never a variant.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from editor_app.model.document import Document
from editor_app.model.names_list import NAME_LABELS, NameEntry, NamesList
from editor_app.model.vocab import Status


@dataclass
class NamesCollector:
    mentions: Counter[tuple[str, str]] = field(default_factory=Counter)
    """Confirmed mentions per (name, label): the entry's frequency."""
    variants: defaultdict[tuple[str, str], Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    links: dict[tuple[str, str], str] = field(default_factory=dict)

    def add(self, doc: Document) -> None:
        corrected = [(c.span.start, c.span.end) for c in doc.corrections if c.status != Status.REJECTED]
        for entity in doc.entities:
            if entity.status != Status.CONFIRMED or entity.label not in NAME_LABELS:
                continue
            key = (entity.name, entity.label)
            if entity.link and key not in self.links:
                self.links[key] = entity.link
            for mention in entity.mentions:
                if (mention.status or entity.status) != Status.CONFIRMED or mention.orphaned:
                    continue
                self.mentions[key] += 1
                if mention.text == entity.name or _corrected(mention.start, mention.end, corrected):
                    continue
                self.variants[key][mention.text] += 1

    def proposals(self) -> list[tuple[NameEntry, int]]:
        """Entries and their frequency, most frequent first (then by name)."""
        out = []
        for key, count in self.mentions.items():
            variants = tuple(v for v, _ in sorted(self.variants[key].items(), key=lambda i: (-i[1], i[0])))
            out.append((NameEntry(key[0], key[1], variants, self.links.get(key)), count))
        out.sort(key=lambda item: (-item[1], item[0].name.casefold(), item[0].label))
        return out


def _corrected(start: int, end: int, corrected: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in corrected)


def merged(existing: NamesList, proposals: list[NameEntry]) -> NamesList:
    """``existing`` with the proposals added: a new name becomes an entry; a known one gains the
    variants it did not have (its own spelling and link stay as the desk wrote them)."""
    result = existing
    for proposal in proposals:
        current = next(
            (e for e in result.entries if (e.name, e.label) == (proposal.name, proposal.label)), None
        )
        if current is None:
            result = result.with_entry(proposal)
            continue
        extra = tuple(v for v in proposal.variants if v not in current.spellings())
        if extra:
            result = result.with_entry(
                NameEntry(
                    current.name, current.label, current.variants + extra, current.link or proposal.link
                )
            )
    return result

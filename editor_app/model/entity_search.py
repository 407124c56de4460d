"""Finding an entity by what the editor types: any word of its name or of any of its mentions.

"magnus" and the misspelt "Mangus" both find Chris Magnus. The speaker and mention pickers rank the
hits: the preferred labels first (people, for a speaker), then the entity mentioned nearest to where
the editor is working.
"""

import re
from collections.abc import Iterable

from editor_app.model.document import Document
from editor_app.model.records import Entity
from editor_app.model.vocab import Status

_WORD = re.compile(r"\w+", re.UNICODE)

POINTING_WORDS = frozenset(
    {"he", "she", "they", "him", "her", "them", "his", "hers", "their", "theirs", "it", "its", "i", "we"}
    | {"you", "the", "a", "an", "this", "that", "these", "those"}
)
"""Pronouns and determiners: a selection starting with one names nobody by itself ("he", "the
commissioner"); the editor says who it is."""


def words_of(entity: Entity) -> set[str]:
    texts = [entity.name, *(m.text for m in entity.mentions)]
    return {w.casefold() for text in texts for w in _WORD.findall(text)}


def matches(entity: Entity, query: str) -> bool:
    """Every word typed begins a word of the entity's name or of one of its mentions."""
    wanted = [w.casefold() for w in _WORD.findall(query)]
    if not wanted:
        return True
    words = words_of(entity)
    return all(any(w.startswith(part) for w in words) for part in wanted)


def find_entities(
    doc: Document,
    query: str,
    prefer_labels: Iterable[str] = (),
    near: int | None = None,
) -> list[Entity]:
    """The entities (not rejected) that ``query`` matches, best first: an exact name first, then
    ``prefer_labels``, then the one mentioned nearest to ``near``, then by name."""
    preferred = set(prefer_labels)
    folded = query.strip().casefold()

    def distance(entity: Entity) -> int:
        if near is None or not entity.mentions:
            return 0
        return min(abs(m.start - near) for m in entity.mentions)

    found = [e for e in doc.entities if e.status != Status.REJECTED and matches(e, query)]
    return sorted(
        found,
        key=lambda e: (e.name.casefold() != folded, e.label not in preferred, distance(e), e.name.casefold()),
    )


def names_nobody(text: str) -> bool:
    """True for words that point at someone without naming them: "he", "the commissioner", "officials"."""
    words = _WORD.findall(text)
    if not words:
        return True
    return words[0].casefold() in POINTING_WORDS or not words[0][0].isupper()

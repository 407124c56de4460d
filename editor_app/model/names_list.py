"""The desk's list of names (``names.yaml``): one canonical spelling per person, organisation or place,
its label, the other ways it is written (variants) and an optional link (``wikidata:Q...``).

Pure data; reading and writing the file is :mod:`editor_app.storage.names_file`, collecting entries
from a corpus :mod:`editor_app.model.names_collect`, and the suggesters' use of it
:mod:`editor_app.suggest.desk_names`.
"""

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

NAMES_FORMAT = "editor-app/names"
NAMES_VERSION = 1
NAME_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC")
"""Labels an entry may carry (the bundled labels that name something)."""

_WORD = re.compile(r"[^\W\d_](?:\w|['’.-](?=[^\W\d_]))*")


@dataclass(frozen=True)
class NameEntry:
    name: str
    label: str
    variants: tuple[str, ...] = ()
    link: str | None = None
    line: int = 0
    """Where the entry starts in its file (0 when it was not read from one)."""

    def spellings(self) -> tuple[str, ...]:
        """The canonical name first, then the variants."""
        return (self.name, *self.variants)

    def matches(self, text: str) -> bool:
        folded = text.casefold()
        return any(folded in s.casefold() for s in self.spellings())


@dataclass(frozen=True)
class NamesList:
    entries: tuple[NameEntry, ...] = ()
    source: str = ""
    """The file the list was read from ("" when made in memory)."""
    problems: tuple[str, ...] = field(default=(), compare=False)
    """Entries that were refused, one ``file:line:col: message`` each (the good ones are kept)."""

    def find(self, name: str) -> NameEntry | None:
        """The entry whose canonical name or a variant is ``name`` (case as written)."""
        for entry in self.entries:
            if name in entry.spellings():
                return entry
        return None

    def search(self, text: str) -> list[NameEntry]:
        """Entries any of whose spellings contains ``text`` (case does not matter)."""
        return [e for e in self.entries if e.matches(text)]

    def with_entry(self, entry: NameEntry) -> "NamesList":
        """This list with ``entry`` added, or replacing the entry of the same name and label."""
        kept = [e for e in self.entries if (e.name, e.label) != (entry.name, entry.label)]
        return NamesList(tuple(sorted([*kept, entry], key=sort_key)), self.source, self.problems)


def sort_key(entry: NameEntry) -> tuple[str, str]:
    return (entry.name.casefold(), entry.label)


def name_words(text: str) -> Iterator[str]:
    """The words of a name ("Chris Magnus" -> Chris, Magnus; "O’Rourke" stays one word)."""
    for match in _WORD.finditer(text):
        yield match.group()


def listed_words(names: NamesList) -> dict[str, str]:
    """Each word of a listed spelling, mapped to itself: the words written as the list writes them."""
    return {word: word for entry in names.entries for s in entry.spellings() for word in name_words(s)}


def variant_spellings(entries: Iterable[NameEntry]) -> frozenset[str]:
    return frozenset(s for entry in entries for s in entry.spellings())

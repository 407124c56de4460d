"""What a selection means: snapping to whole words, finding occurrences, matching entities.

All offsets are code points into the document text.
"""

import unicodedata
from collections.abc import Iterable, Iterator

from editor_app.model.records import Entity

QUOTATION_MARKS = "\"'“”‘’„‚«»‹›「」『』"
INNER_JOINERS = "'’-‐.·"
"""Characters that belong to a word when letters stand on both sides: O’Neil, co-founder, U.S."""

PERSON_LABELS = frozenset({"PERSON", "PER"})
NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def is_word_char(char: str) -> bool:
    """Letters, digits, underscore and combining marks (so "é" written as e + U+0301 stays one word)."""
    if char.isalnum() or char == "_":
        return True
    return unicodedata.category(char).startswith("M")


def _is_word_at(text: str, index: int) -> bool:
    if not 0 <= index < len(text):
        return False
    char = text[index]
    if is_word_char(char):
        return True
    if char in INNER_JOINERS and 0 < index < len(text) - 1:
        return is_word_char(text[index - 1]) and is_word_char(text[index + 1])
    return False


def _is_trimmable(text: str, index: int, at_end: bool) -> bool:
    char = text[index]
    if char.isspace() or char in QUOTATION_MARKS:
        return True
    if is_word_char(char):
        return False
    # Keep the final dot of an abbreviation such as "U.S." or "Feb.": a dot after a letter that
    # follows another dot, or after a capitalised short word, is part of the name.
    if at_end and char == "." and index >= 2 and text[index - 2] == ".":
        return False
    category = unicodedata.category(char)
    return category[0] in "PSZC"


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` without whitespace, punctuation or quotation marks at either edge."""
    while start < end and _is_trimmable(text, start, at_end=False):
        start += 1
    while end > start and _is_trimmable(text, end - 1, at_end=True):
        end -= 1
    return start, end


def snap(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The selection ``start:end`` grown to whole words and trimmed; None if nothing word-like is left.

    Selecting ``Magnus,`` gives ``Magnus``; selecting ``agn`` gives ``Magnus``; a selection of only
    spaces or punctuation gives None.
    """
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    start, end = trim(text, start, end)
    if start >= end:
        return None
    while start > 0 and _is_word_at(text, start - 1) and _is_word_at(text, start):
        start -= 1
    while end < len(text) and _is_word_at(text, end) and _is_word_at(text, end - 1):
        end += 1
    start, end = trim(text, start, end)
    return (start, end) if start < end else None


def word_at(text: str, position: int) -> tuple[int, int] | None:
    """The word touching ``position`` (a cursor between characters), if any."""
    if _is_word_at(text, position):
        return snap(text, position, position + 1)
    if _is_word_at(text, position - 1):
        return snap(text, position - 1, position)
    return None


def occurrences(text: str, needle: str) -> Iterator[tuple[int, int]]:
    """Every exact, whole-word occurrence of ``needle`` (``Magnus`` but not ``Magnusson``)."""
    if not needle:
        return
    index = text.find(needle)
    while index != -1:
        end = index + len(needle)
        before_ok = not (is_word_char(needle[0]) and index > 0 and is_word_char(text[index - 1]))
        after_ok = not (is_word_char(needle[-1]) and end < len(text) and is_word_char(text[end]))
        if before_ok and after_ok:
            yield index, end
        index = text.find(needle, index + 1)


def surname(name: str) -> str | None:
    """The last name of a person's name of two or more words, ignoring suffixes such as "Jr."."""
    words = [w.strip(",") for w in name.split()]
    while words and words[-1].lower() in NAME_SUFFIXES:
        words.pop()
    return words[-1] if len(words) >= 2 else None


def matches_entity(text: str, entity: Entity) -> bool:
    """True if ``text`` is the entity's name, one of its mentions, or the surname of a person entity."""
    if text == entity.name or any(m.text == text for m in entity.mentions):
        return True
    return entity.label in PERSON_LABELS and surname(entity.name) == text


def matching_entity(text: str, entities: Iterable[Entity], label: str | None = None) -> Entity | None:
    """The entity ``text`` most likely names: by name first, then by mention text, then by surname."""
    candidates = [e for e in entities if label is None or e.label == label]
    for test in (
        lambda e: e.name == text,
        lambda e: any(m.text == text for m in e.mentions),
        lambda e: e.label in PERSON_LABELS and surname(e.name) == text,
    ):
        found = next((e for e in candidates if test(e)), None)
        if found is not None:
            return found
    return None


def next_word_end(text: str, position: int) -> int:
    """The end of the word after ``position`` (for growing a span by one word)."""
    while position < len(text) and not _is_word_at(text, position):
        position += 1
    while position < len(text) and _is_word_at(text, position):
        position += 1
    return position


def previous_word_end(text: str, position: int) -> int:
    """The end of the word before the one ending at ``position`` (for shrinking a span by one word)."""
    while position > 0 and _is_word_at(text, position - 1):
        position -= 1
    while position > 0 and not _is_word_at(text, position - 1):
        position -= 1
    return position


def previous_word_start(text: str, position: int) -> int:
    while position > 0 and not _is_word_at(text, position - 1):
        position -= 1
    while position > 0 and _is_word_at(text, position - 1):
        position -= 1
    return position


def next_word_start(text: str, position: int) -> int:
    while position < len(text) and _is_word_at(text, position):
        position += 1
    while position < len(text) and not _is_word_at(text, position):
        position += 1
    return position

"""The desk's names list (``names.yaml``) in the copy-desk checks.

A capitalised word one edit or one swap of neighbouring letters away from a word of a listed name or
variant is flagged (category ``name``, the misspelt word alone, the listed spelling as replacement),
even when it occurs only once in the article: the list knows the name, the article need not repeat
it. A word the list itself spells (a name or a variant) is never flagged, by this or any other check.
"""

import re
from collections.abc import Iterable

from rapidfuzz.distance import DamerauLevenshtein

from editor_app.model.names_list import NamesList, name_words
from editor_app.model.vocab import Category
from editor_app.suggest import fuzzy, lexicon
from editor_app.suggest.detector_context import DetectorContext
from editor_app.suggest.findings import CorrectionFinding

RULE = "names-list"
MIN_LENGTH = 4
"""Shorter words are one letter from too many others."""
OWN_ZIPF = 3.0
"""A word written at least this often is a word of its own ("Mayor" is not a slip for "Major")."""

_CAPITALISED = re.compile(r"(?<![\w’'])[^\W\d_a-z][\w’'-]*\w|(?<![\w’'])[^\W\d_a-z]\w*")


class _Listed:
    """The listed words by length, for near-miss look-ups."""

    def __init__(self, names: NamesList) -> None:
        self.words: set[str] = set()
        for entry in names.entries:
            for spelling in entry.spellings():
                self.words.update(name_words(spelling))
        self.by_length: dict[int, list[str]] = {}
        for word in sorted(self.words):
            self.by_length.setdefault(len(word), []).append(word)

    def near(self, word: str) -> str | None:
        folded = word.casefold()
        best: str | None = None
        for length in (len(word), len(word) - 1, len(word) + 1):
            for candidate in self.by_length.get(length, ()):
                if len(candidate) < MIN_LENGTH:
                    continue
                if DamerauLevenshtein.distance(folded, candidate.casefold(), score_cutoff=1) != 1:
                    continue
                if fuzzy.is_inflection(word, candidate):
                    continue
                if best is None:
                    best = candidate
        return best


_LISTED_CACHE: dict[int, tuple[NamesList, _Listed]] = {}


def _listed(names: NamesList) -> _Listed:
    cached = _LISTED_CACHE.get(id(names))
    if cached is not None and cached[0] is names:
        return cached[1]
    listed = _Listed(names)
    _LISTED_CACHE.clear()
    _LISTED_CACHE[id(names)] = (names, listed)
    return listed


def names_list_check(context: DetectorContext) -> list[CorrectionFinding]:
    """Words one slip away from a listed name or variant (see the module's note)."""
    if not context.names.entries:
        return []
    listed = _listed(context.names)
    dictionary = lexicon.dictionary()
    found = []
    decided: dict[str, str | None] = {}
    for match in _CAPITALISED.finditer(context.text):
        word = match.group()
        start, end = match.start(), match.end()
        for suffix in ("’s", "'s"):
            if word.endswith(suffix):
                word, end = word[: -len(suffix)], end - len(suffix)
        if len(word) < MIN_LENGTH or word in listed.words or word.isupper():
            continue
        if word not in decided:
            own = dictionary.zipf(word) >= OWN_ZIPF
            decided[word] = None if own else listed.near(word)
        target = decided[word]
        if target is None:
            continue
        entry = next(
            (e for e in context.names.entries if any(target in name_words(s) for s in e.spellings())),
            None,
        )
        note = f"The desk's names list spells it {target}" + (f" ({entry.name})" if entry else "")
        found.append(CorrectionFinding(start, end, target, Category.NAME, note, RULE))
    return found


def without_listed(
    text: str, found: Iterable[CorrectionFinding], names: NamesList
) -> list[CorrectionFinding]:
    """``found`` less the findings on a word or name the list spells (a listed variant is right)."""
    if not names.entries:
        return list(found)
    listed = _listed(names)
    spellings = {s for e in names.entries for s in e.spellings()}
    kept = []
    for finding in found:
        words = text[finding.start : finding.end]
        parts = list(name_words(words))
        if (
            finding.category in (Category.NAME, Category.SPELLING)
            and finding.rule != RULE
            and (words in spellings or (parts and all(w in listed.words for w in parts)))
        ):
            continue
        kept.append(finding)
    return kept

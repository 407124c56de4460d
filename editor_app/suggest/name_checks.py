"""Name checks: a name spelt two ways in one article, and a place name that is a slip for a known one.

Names that legitimately differ by a letter or two (Clinton / Clintons, Bush / Busch with their own
first names) are left alone.
"""

import re
from collections import Counter
from dataclasses import dataclass

from editor_app.model.vocab import Category
from editor_app.suggest import fuzzy, lexicon
from editor_app.suggest.detector_context import DetectorContext
from editor_app.suggest.findings import CorrectionFinding
from editor_app.suggest.text import Layout

_PLACE_BEFORE = re.compile(r"\b(?:in|from|to|near|at|outside|of|former|and|or|visited|toward)\s+$", re.I)


_NAME_PART = re.compile(r"[^\W\d_](?:\w|['’](?=[^\W\d_]))*")
"""A word, or one part of a hyphenated one ("Clinton-backed", "Smith-Jones")."""


@dataclass
class _Word:
    start: int
    end: int
    text: str


def _capitalised_words(text: str, layout: Layout) -> list[_Word]:
    """The words of :func:`_find_capitalised_words`, found once for both checks of one run."""
    cached = _CAPITALISED.get(id(layout))
    if cached is not None and cached[0] is layout:
        return cached[1]
    found = _find_capitalised_words(text, layout)
    _CAPITALISED.clear()
    _CAPITALISED[id(layout)] = (layout, found)
    return found


_CAPITALISED: dict[int, tuple[Layout, list[_Word]]] = {}


def _find_capitalised_words(text: str, layout: Layout) -> list[_Word]:
    """Capitalised words that may be names: not ordinary words starting a sentence, not titles,
    acronyms or dates; possessives cut off ("Magnus’s" -> "Magnus")."""
    dictionary = lexicon.dictionary()
    title_words = lexicon.title_words()
    found = []
    mid_caps: Counter[str] = Counter()
    candidates = []
    for match in _NAME_PART.finditer(text):
        word = match.group()
        if not word[0].isupper() or word.isupper():
            continue
        start, end = match.start(), match.end()
        for suffix in ("’s", "'s"):
            if word.endswith(suffix):
                word, end = word[: -len(suffix)], end - len(suffix)
        sentence_start = layout.is_sentence_start(start)
        if not sentence_start:
            mid_caps[word] += 1
        candidates.append((start, end, word, sentence_start))
    for start, end, word, sentence_start in candidates:
        if word in title_words or word.lower() in lexicon.FUNCTION_WORDS or len(word) < 3:
            continue
        if sentence_start and dictionary.common(word) and not mid_caps[word]:
            continue
        found.append(_Word(start, end, word))
    return found


def name_consistency(context: DetectorContext) -> list[CorrectionFinding]:
    """A name used once or twice that is one slip away from a name used more often ("Mangus")."""
    text = context.text
    dictionary = lexicon.dictionary()
    places = lexicon.gazetteer()
    words = _capitalised_words(text, context.layout)
    counts = Counter(w.text for w in words)
    frequent = [w for w, n in counts.items() if n >= 2]
    found = []
    decided: dict[str, str | None] = {}
    for word in words:
        if word.text not in decided:
            decided[word.text] = _name_target(text, word.text, counts, frequent, words, dictionary, places)
        target = decided[word.text]
        if target is not None:
            note = f"Spelt {target} {counts[target]} times elsewhere in the article"
            found.append(
                CorrectionFinding(word.start, word.end, target, Category.NAME, note, "name-consistency")
            )
            continue
        if counts[word.text] == 1:
            written = _written_target(word.text, dictionary, places)
            if written is not None:
                note = f"Not a word; {written} is"
                found.append(
                    CorrectionFinding(
                        word.start, word.end, written, Category.SPELLING, note, "name-consistency"
                    )
                )
    return found


def _name_target(
    text: str,
    word: str,
    counts: Counter[str],
    frequent: list[str],
    words: list[_Word],
    dictionary: lexicon.Dictionary,
    places: lexicon.Gazetteer,
) -> str | None:
    if len(word) < 4 or dictionary.common(word, 2000) or word in places or _written_on_its_own(word):
        return None
    n = counts[word]
    targets = [t for t in frequent if counts[t] >= max(2, 2 * n)]
    for target, _ in fuzzy.near(word, targets):
        # a swap of two letters is a slip even against a name used twice; another edit needs more uses
        if counts[target] < n + 2 and not fuzzy.is_transposition(word, target):
            continue
        if _introduced_on_its_own(text, word, target, words):
            continue
        return target
    return None


NAME_ZIPF = 2.5
"""A word written this often (Zipf frequency: 5 in 10 million words) is a name or word of its own,
not a slip for a nearby one: "Osama" is not "Obama", "Newtown" not "Newton", "Latino" not "Latina"."""
TARGET_ZIPF = 3.0
"""How often a word must be written for a swap of it to be taken for a slip ("Thursady")."""
TARGET_RATIO = 2.5
"""How much more often (in Zipf units: 10**2.5 times) the word must be written than the slip:
common slips ("Taht", "Wtih") are in the word list too, but far rarer than the word."""


def _written_on_its_own(word: str) -> bool:
    return lexicon.dictionary().zipf(word) >= NAME_ZIPF


def _written_target(word: str, dictionary: lexicon.Dictionary, places: lexicon.Gazetteer) -> str | None:
    """The frequent English word that ``word``, seen once, is two swapped letters away from:
    "Thursady", "Justcie", "Michiagn", "Taht"."""
    if len(word) < 4 or dictionary.known(word) or word in places:
        return None
    floor = max(TARGET_ZIPF, dictionary.zipf(word) + TARGET_RATIO)
    best: tuple[float, str] | None = None
    for candidate in fuzzy.transpositions(word):
        score = dictionary.zipf(candidate)
        if score >= floor and (best is None or score > best[0]):
            best = (score, candidate)
    return None if best is None else best[1]


def _introduced_on_its_own(text: str, word: str, target: str, words: list[_Word]) -> bool:
    """Whether ``word`` appears inside a longer name that does not exist with ``target`` in its place:
    "Adolphus Busch" (no "Adolphus Bush"), "Busch Gardens". Such a word is a name of its own."""
    title_words = lexicon.title_words()
    for index, item in enumerate(words):
        if item.text != word:
            continue
        previous = words[index - 1] if index > 0 else None
        following = words[index + 1] if index + 1 < len(words) else None
        if (
            previous is not None
            and text[previous.end : item.start] == " "
            and previous.text not in title_words
            and f"{previous.text} {target}" not in text
        ):
            return True
        if (
            following is not None
            and text[item.end : following.start] == " "
            and f"{target} {following.text}" not in text
        ):
            return True
    return False


def _starts_a_longer_name(text: str, end: int) -> bool:
    """Whether a capitalised word follows the one ending at ``end``, after a single space."""
    return text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()


def place_names(context: DetectorContext) -> list[CorrectionFinding]:
    """A capitalised word in a place's position that is a slip for a well-known place ("Tuscon")."""
    text = context.text
    dictionary = lexicon.dictionary()
    places = lexicon.gazetteer()
    names = {
        text[s:e]
        for entity in context.entities
        if entity.label in ("PERSON", "ORG")
        for s, e in entity.mentions
    }
    name_words = {w for name in names for w in name.split()}
    found = []
    decided: dict[str, str | None] = {}
    for word in _capitalised_words(text, context.layout):
        if word.text in names or word.text in name_words or word.text in places:
            continue
        if _written_on_its_own(word.text) or places.demonym(word.text):
            continue
        if _starts_a_longer_name(text, word.end):  # "Carl Jensen": a first name, not a slip for "Cary"
            continue
        if word.text not in decided:
            decided[word.text] = None if dictionary.common(word.text, 2000) else fuzzy.near_place(word.text)
        target = decided[word.text]
        if target is None or not _place_context(text, word, places):
            continue
        note = f"Not a place in the gazetteer; {target} is"
        found.append(CorrectionFinding(word.start, word.end, target, Category.SPELLING, note, "gazetteer"))
    return found


def _place_context(text: str, word: _Word, places: lexicon.Gazetteer) -> bool:
    before = text[max(0, word.start - 24) : word.start]
    after = text[word.end : word.end + 40]
    if _PLACE_BEFORE.search(before):
        return True
    following = re.match(
        r",\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)|\s+(?:and|or)\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)", after
    )
    if following:
        name = following.group(1) or following.group(2)
        return any(candidate in places for candidate in (name, name.split()[0]))
    return False

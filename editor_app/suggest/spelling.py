"""Spelling: ordinary words the dictionary (pyspellchecker) does not know, with its best guess.

Proper nouns, the mentions of entities and the newsroom word list are skipped.
"""

import re
from collections import Counter
from typing import Any

from editor_app.model.vocab import Category
from editor_app.suggest import lexicon
from editor_app.suggest.detector_context import DetectorContext, Spans
from editor_app.suggest.findings import CorrectionFinding
from editor_app.suggest.text import WORD


def spelling_mistakes(context: DetectorContext) -> list[CorrectionFinding]:
    """Ordinary words the dictionary does not know, with its best guess; names and newsroom words skipped.

    Each distinct word is looked up once; only the unknown ones are then found in the text.
    """
    text = context.text
    dictionary = lexicon.dictionary()
    allowed = lexicon.newsroom_words()
    counts = Counter(WORD.findall(text))
    lower_counts: Counter[str] = Counter()
    for word, n in counts.items():
        lower_counts[word.lower().replace("’", "'")] += n
    fixes: dict[str, str] = {}
    for word in counts:
        plain = word.replace("’", "'")
        lower = plain.lower()
        # three letters or fewer: too often an abbreviation (mph, kph) to guess at
        if plain.isupper() or len(plain) <= 3 or lower in allowed or lower_counts[lower] >= 3:
            continue
        fix = _spelling_fix(lower, dictionary.checker, allowed, dictionary)
        if fix is not None:
            fixes[word] = fix[0].upper() + fix[1:] if word[0].isupper() else fix
    if not fixes:
        return []
    mentions = Spans(m for e in context.entities for m in e.mentions)
    pattern = re.compile(
        r"(?<![\w'’\-])(?:"
        + "|".join(map(re.escape, sorted(fixes, key=len, reverse=True)))
        + r")(?![\w'’\-])"
    )
    found = []
    for match in pattern.finditer(text):
        start, end, word = match.start(), match.end(), match.group()
        if word[0].isupper() and not context.layout.is_sentence_start(start):
            continue  # a proper noun
        if mentions.overlaps(start, end) or re.match(r"[.@]\w", text[end : end + 2]):
            continue  # a name, a web address or an email
        if _BROKEN_WORD.search(text, max(0, start - 30), start) or _MOJIBAKE.search(word):
            continue  # the end of a word broken at a line end ("can- didate"), or misdecoded text
        note = f"Not in the dictionary; did you mean {fixes[word]}?"
        found.append(CorrectionFinding(start, end, fixes[word], Category.SPELLING, note, "spelling"))
    return found


_BROKEN_WORD = re.compile(r"[^\W\d_]-\s+$")
_MOJIBAKE = re.compile(r"[ÃÂâ][\x80-\xbf]?")


def _spelling_fix(
    word: str, checker: Any, allowed: frozenset[str], dictionary: lexicon.Dictionary
) -> str | None:
    parts = re.split(r"-", word)
    if len(parts) > 1:
        return (
            None
            if all(p in allowed or _written(p, checker, dictionary) or len(p) < 3 for p in parts)
            or dictionary.written("".join(parts))
            else _best(word, checker, dictionary)
        )
    if dictionary.known(word):
        return None
    stem = re.sub(r"'(?:s|d|ll|re|ve|m|t)$|n't$", "", word)
    if stem != word and (_written(stem, checker, dictionary) or stem in allowed):
        return None
    return _best(word, checker, dictionary)


MISSPELLING_RATIO = 2.0
"""A written word that pyspellchecker does not know is still a misspelling when its correction is
written this much more often (Zipf units: 100 times): "recieved", not "fracking" or "snarky"."""


def _written(word: str, checker: Any, dictionary: lexicon.Dictionary) -> bool:
    return dictionary.known(word) or (dictionary.written(word) and _best(word, checker, dictionary) is None)


def _best(word: str, checker: Any, dictionary: lexicon.Dictionary) -> str | None:
    fix = checker.correction(word)
    if not isinstance(fix, str) or fix == word:
        return None
    if dictionary.written(word) and dictionary.zipf(fix) - dictionary.zipf(word) < MISSPELLING_RATIO:
        return None
    return fix

"""Correction suggester: what a copy desk flags.

- names spelt two ways in one article ("Mangus" once, "Magnus" everywhere else), but not names that
  legitimately differ by a letter or two (Clinton / Clintons, Bush / Busch with their own first names);
- place names that are near misses of a gazetteer entry ("Tuscon" -> "Tucson");
- ordinary words not in the dictionary (pyspellchecker), skipping proper nouns, speakers and the
  newsroom word list;
- doubled words, repeated spaces, stray blank lines, mixed straight and curly quotation marks and
  unbalanced ones;
- house-style rules (pattern, replacement, note, category) from ``resources/suggest/house_style.yaml``
  plus a newsroom's own rules;
- boilerplate pasted in from the web page (subscription, login, password, newsletter, cookies),
  suggested for deletion.

A correction inside a direct quote says so in its note: newsrooms do not silently change what
someone said.
"""

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from editor_app.suggest import fuzzy, lexicon
from editor_app.suggest.findings import CorrectionFinding, EntityFinding, Offsets
from editor_app.suggest.house_rules import StyleRule, default_style_rules
from editor_app.suggest.quotes import QuoteScan
from editor_app.suggest.text import Layout

QUOTE_WARNING = "Inside a direct quote: check with the source before changing what was said."
_DOUBLING_ALLOWED = frozenset({"that", "had", "is", "do", "bye", "no", "yes", "very", "so", "far", "well"})
_WORD_CATEGORIES = frozenset({"spelling", "name", "grammar", "style", "fact", "other"})
_WORD = re.compile(r"[^\W\d_](?:[\w\-]|['’](?=[^\W\d_]))*")
_NAME_WORD = re.compile(r"[^\W\d_](?:[\w\-]|['’](?=[^\W\d_]))*")
_PLACE_BEFORE = re.compile(r"\b(?:in|from|to|near|at|outside|of|former|and|or|visited|toward)\s+$", re.I)


def find_corrections(
    text: str,
    entities: Sequence[EntityFinding],
    scan: QuoteScan,
    layout: Layout | None = None,
    rules: Sequence[StyleRule] | None = None,
    spelling: bool = True,
) -> list[CorrectionFinding]:
    """Every correction suggested for ``text``, in order, none overlapping another.

    ``rules`` are the house-style rules to apply (the bundled defaults when None; a newsroom's own
    rules from its ``.editor-app.yaml`` are added by the caller, who loads them).
    """
    layout = layout or Layout(text)
    boilerplate = find_boilerplate(text, layout)
    found: list[CorrectionFinding] = list(boilerplate)
    found += name_consistency(text, layout, entities)
    found += place_names(text, layout, entities, found)
    if spelling:
        found += spelling_mistakes(text, layout, entities)
    found += doubled_words(text, layout)
    found += spacing(text)
    found += quotation_marks(text, scan)
    found += house_style(text, default_style_rules() if rules is None else rules)
    chosen = _without_overlaps(found, boilerplate)
    quoted = _Spans((q.start, q.end) for q in scan.quotes if q.kind in ("direct", "mixed"))
    return [_warn_in_quotes(f, quoted) for f in chosen]


def _without_overlaps(
    found: list[CorrectionFinding], boilerplate: list[CorrectionFinding]
) -> list[CorrectionFinding]:
    """One correction per place: boilerplate first, then in the order the checks ran."""
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[CorrectionFinding] = []
    for finding in found:
        index = bisect_left(starts, finding.start)
        if index < len(starts) and starts[index] < finding.end:
            continue  # the next chosen one starts inside this one
        if index > 0 and ends[index - 1] > finding.start:
            continue  # the one before reaches into this one
        starts.insert(index, finding.start)
        ends.insert(index, finding.end)
        chosen.insert(index, finding)
    return chosen


def _warn_in_quotes(finding: CorrectionFinding, quoted: "_Spans") -> CorrectionFinding:
    if finding.category not in _WORD_CATEGORIES or not quoted.overlaps(finding.start, finding.end):
        return finding
    note = f"{QUOTE_WARNING} {finding.note}".strip()
    return CorrectionFinding(
        finding.start, finding.end, finding.replacement, finding.category, note, finding.rule
    )


# --- boilerplate -----------------------------------------------------------------------------------


def find_boilerplate(text: str, layout: Layout) -> list[CorrectionFinding]:
    """Paragraphs of web-page furniture, each suggested for deletion with the break before it."""
    patterns = lexicon.boilerplate_patterns()
    found = []
    for paragraph in layout.paragraphs:
        body = text[paragraph.start : paragraph.end]
        lower = body.lower()
        if not any(trigger in lower for trigger in patterns.triggers):
            continue  # a quick look first: most paragraphs have none of the telltale words
        if len(body) > 600:
            continue
        strong = any(p.search(body) for p in patterns.strong)
        weak = sum(1 for p in patterns.weak if p.search(body))
        if not (strong or weak >= 2):
            continue
        start = paragraph.start
        while start > 0 and text[start - 1].isspace():
            start -= 1
        if start == 0:
            start = paragraph.start
        end = paragraph.end
        if start == paragraph.start:  # the first paragraph: take the break after it instead
            while end < len(text) and text[end].isspace():
                end += 1
        found.append(
            CorrectionFinding(
                start,
                end,
                "",
                "boilerplate",
                "Web page text, not part of the story: delete it",
                "boilerplate",
            )
        )
    return found


# --- names -----------------------------------------------------------------------------------------


@dataclass
class _Word:
    start: int
    end: int
    text: str


def _capitalised_words(text: str, layout: Layout) -> list[_Word]:
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
    for match in _NAME_WORD.finditer(text):
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


def name_consistency(text: str, layout: Layout, entities: Sequence[EntityFinding]) -> list[CorrectionFinding]:
    """A name used once or twice that is one slip away from a name used more often ("Mangus")."""
    dictionary = lexicon.dictionary()
    places = lexicon.gazetteer()
    words = _capitalised_words(text, layout)
    counts = Counter(w.text for w in words)
    frequent = [w for w, n in counts.items() if n >= 2]
    found = []
    decided: dict[str, str | None] = {}
    for word in words:
        if word.text not in decided:
            decided[word.text] = _name_target(text, word.text, counts, frequent, words, dictionary, places)
        target = decided[word.text]
        if target is None:
            continue
        note = f"Spelt {target} {counts[target]} times elsewhere in the article"
        found.append(CorrectionFinding(word.start, word.end, target, "name", note, "name-consistency"))
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
    if len(word) < 4 or dictionary.common(word, 2000) or word in places:
        return None
    n = counts[word]
    targets = [t for t in frequent if counts[t] >= max(2, 2 * n) and counts[t] >= n + 2]
    for target, _ in fuzzy.near(word, targets):
        if _introduced_on_its_own(text, word, target, words):
            continue
        return target
    return None


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


def place_names(
    text: str, layout: Layout, entities: Sequence[EntityFinding], earlier: Sequence[CorrectionFinding]
) -> list[CorrectionFinding]:
    """A capitalised word in a place's position that is a slip for a well-known place ("Tuscon")."""
    dictionary = lexicon.dictionary()
    places = lexicon.gazetteer()
    names = {
        text[s:e] for entity in entities if entity.label in ("PERSON", "ORG") for s, e in entity.mentions
    }
    name_words = {w for name in names for w in name.split()}
    taken = [(f.start, f.end) for f in earlier]
    found = []
    decided: dict[str, str | None] = {}
    for word in _capitalised_words(text, layout):
        if word.text in names or word.text in name_words or word.text in places:
            continue
        if _starts_a_longer_name(text, word.end):  # "Carl Jensen": a first name, not a slip for "Cary"
            continue
        if any(s < word.end and word.start < e for s, e in taken):
            continue
        if word.text not in decided:
            decided[word.text] = None if dictionary.common(word.text, 2000) else fuzzy.near_place(word.text)
        target = decided[word.text]
        if target is None or not _place_context(text, word, places):
            continue
        note = f"Not a place in the gazetteer; {target} is"
        found.append(CorrectionFinding(word.start, word.end, target, "spelling", note, "gazetteer"))
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


# --- spelling --------------------------------------------------------------------------------------


def spelling_mistakes(
    text: str, layout: Layout, entities: Sequence[EntityFinding]
) -> list[CorrectionFinding]:
    """Ordinary words the dictionary does not know, with its best guess; names and newsroom words skipped.

    Each distinct word is looked up once; only the unknown ones are then found in the text.
    """
    dictionary = lexicon.dictionary()
    allowed = lexicon.newsroom_words()
    counts = Counter(_WORD.findall(text))
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
    mentions = _Spans(m for e in entities for m in e.mentions)
    pattern = re.compile(
        r"(?<![\w'’\-])(?:"
        + "|".join(map(re.escape, sorted(fixes, key=len, reverse=True)))
        + r")(?![\w'’\-])"
    )
    found = []
    for match in pattern.finditer(text):
        start, end, word = match.start(), match.end(), match.group()
        if word[0].isupper() and not layout.is_sentence_start(start):
            continue  # a proper noun
        if mentions.overlaps(start, end) or re.match(r"[.@]\w", text[end : end + 2]):
            continue  # a name, a web address or an email
        note = f"Not in the dictionary; did you mean {fixes[word]}?"
        found.append(CorrectionFinding(start, end, fixes[word], "spelling", note, "spelling"))
    return found


class _Spans:
    """Does a span overlap one of these? Bisection over the merged spans."""

    def __init__(self, spans: Iterable[Offsets]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [m[0] for m in merged]
        self.ends = [m[1] for m in merged]

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect_right(self.starts, end - 1) - 1
        return index >= 0 and self.ends[index] > start


def _spelling_fix(
    word: str, checker: Any, allowed: frozenset[str], dictionary: lexicon.Dictionary
) -> str | None:
    parts = re.split(r"-", word)
    if len(parts) > 1:
        return (
            None
            if all(p in allowed or dictionary.known(p) or len(p) < 3 for p in parts)
            else _best(word, checker)
        )
    if dictionary.known(word):
        return None
    stem = re.sub(r"'(?:s|d|ll|re|ve|m|t)$|n't$", "", word)
    if stem != word and (dictionary.known(stem) or stem in allowed):
        return None
    return _best(word, checker)


def _best(word: str, checker: Any) -> str | None:
    fix = checker.correction(word)
    if not isinstance(fix, str) or fix == word:
        return None
    return fix


# --- mechanical checks -----------------------------------------------------------------------------


def doubled_words(text: str, layout: Layout) -> list[CorrectionFinding]:
    """ "the the": the second copy is suggested for deletion (but "that that" and "had had" are English)."""
    found = []
    for match in re.finditer(r"(?<![\w’'])([^\W\d_]+)([ \t]+)\1(?![\w’'])", text, re.IGNORECASE):
        first, second = match.group(1), text[match.end(2) : match.end()]
        if first.lower() in _DOUBLING_ALLOWED:
            continue
        if first[0].isupper() and second[0].isupper():
            continue  # "Walla Walla", "Sirhan Sirhan"
        found.append(
            CorrectionFinding(
                match.start(), match.end(), first, "grammar", f"Doubled word: {first.lower()}", "doubled-word"
            )
        )
    return found


def spacing(text: str) -> list[CorrectionFinding]:
    found = []
    for match in re.finditer(r"(?<=\S)[ \t]{2,}(?=\S)", text):
        found.append(
            CorrectionFinding(match.start(), match.end(), " ", "punctuation", "Repeated spaces", "spaces")
        )
    for match in re.finditer(r"\n(?:[ \t]*\n){2,}", text):
        found.append(
            CorrectionFinding(
                match.start(), match.end(), "\n\n", "punctuation", "Stray blank lines", "blank-lines"
            )
        )
    return found


def quotation_marks(text: str, scan: QuoteScan) -> list[CorrectionFinding]:
    """Straight marks in an article set with curly ones (or the reverse), and marks left unpaired."""
    found = []
    curly = [m.start() for m in re.finditer("[“”]", text)]
    straight = [m.start() for m in re.finditer('"', text)]
    if curly and straight:
        if len(straight) <= len(curly):
            for position in straight:
                before = text[position - 1] if position else " "
                replacement = "“" if before.isspace() or before in "([{—–" else "”"
                note = "Mixed quotation marks: the article uses curly ones"
                found.append(
                    CorrectionFinding(position, position + 1, replacement, "punctuation", note, "quote-marks")
                )
        else:
            for position in curly:
                note = "Mixed quotation marks: the article uses straight ones"
                found.append(
                    CorrectionFinding(position, position + 1, '"', "punctuation", note, "quote-marks")
                )
    curly_apostrophes = [m.start() for m in re.finditer(r"(?<=\w)’(?=\w)", text)]
    straight_apostrophes = [m.start() for m in re.finditer(r"(?<=\w)'(?=\w)", text)]
    if curly_apostrophes and straight_apostrophes:
        minority, replacement = (
            (straight_apostrophes, "’")
            if len(straight_apostrophes) <= len(curly_apostrophes)
            else (curly_apostrophes, "'")
        )
        for position in minority:
            note = (
                "Mixed apostrophes: the article mostly uses "
                + ("curly" if replacement == "’" else "straight")
                + " ones"
            )
            found.append(
                CorrectionFinding(position, position + 1, replacement, "punctuation", note, "quote-marks")
            )
    for position in scan.stray_marks:
        mark = text[position]
        note = (
            "Unbalanced quotation mark: it has no partner in this paragraph; add the missing one or remove it"
        )
        found.append(CorrectionFinding(position, position + 1, mark, "punctuation", note, "quote-marks"))
    return found


def house_style(text: str, rules: Sequence[StyleRule]) -> list[CorrectionFinding]:
    found = []
    for rule in rules:
        for match in rule.pattern.finditer(text):
            if match.start() == match.end():
                continue
            replacement = match.expand(rule.replacement)
            if replacement == match.group():
                continue
            found.append(
                CorrectionFinding(
                    match.start(),
                    match.end(),
                    replacement,
                    rule.category,
                    rule.note,
                    f"house-style:{rule.name}",
                )
            )
    return found

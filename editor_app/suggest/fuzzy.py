"""Near-miss look-ups shared by the entity and correction suggesters ("Mangus" for "Magnus")."""

from collections.abc import Iterable

from rapidfuzz.distance import DamerauLevenshtein

from editor_app.suggest.lexicon import gazetteer


def distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (a swap of two neighbouring letters costs one), ignoring case."""
    return int(DamerauLevenshtein.distance(a.casefold(), b.casefold()))


def max_distance(word: str) -> int:
    """One edit for short names, two for long ones: "Mangus"/"Magnus", "Schwarzeneger"/"Schwarzenegger"."""
    return 2 if len(word) >= 9 else 1


def is_inflection(a: str, b: str) -> bool:
    """Plural or possessive of one another: "Clinton"/"Clintons", "Jones"/"Jone's"."""
    a, b = a.casefold().replace("’", "'"), b.casefold().replace("’", "'")
    short, long = sorted((a, b), key=len)
    return long in (short + "s", short + "es", short + "'s", short + "'")


def is_transposition(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with two neighbouring letters swapped ("Turmp"/"Trump")."""
    if len(a) != len(b):
        return False
    differ = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(differ) != 2 or differ[1] != differ[0] + 1:
        return False
    i, j = differ
    return a[i] == b[j] and a[j] == b[i]


def transpositions(word: str) -> list[str]:
    """``word`` with two neighbouring letters swapped, every way but the first letter."""
    return [
        word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        for i in range(1, len(word) - 1)
        if word[i] != word[i + 1]
    ]


def near(word: str, candidates: Iterable[str]) -> list[tuple[str, int]]:
    """The candidates within :func:`max_distance` of ``word`` (not equal, not an inflection), nearest
    first. Both must start with the same letter: typing slips rarely hit the first one, and real
    names that differ by one letter often differ there (Bush / Rush)."""
    limit = max_distance(word)
    found = []
    for candidate in candidates:
        if candidate == word or candidate[:1].casefold() != word[:1].casefold():
            continue
        if abs(len(candidate) - len(word)) > limit:
            continue
        d = int(DamerauLevenshtein.distance(word.casefold(), candidate.casefold(), score_cutoff=limit))
        if 0 < d <= limit and not is_inflection(word, candidate):
            found.append((candidate, d))
    found.sort(key=lambda item: (item[1], item[0]))
    return found


def near_place(word: str, min_importance: int = 100_000) -> str | None:
    """The best-known place in the gazetteer that ``word`` (not itself a place) is a slip for, if any."""
    places = gazetteer()
    if word in places or len(word) < 4:
        return None
    options = [
        (places.importance(name), -d, name)
        for name, d in near(word, places.by_initial.get(word[0], ()))
        if places.importance(name) >= min_importance and name.count(" ") == word.count(" ")
    ]
    if not options:
        return None
    options.sort(reverse=True)
    return options[0][2]

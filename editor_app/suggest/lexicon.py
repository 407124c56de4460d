"""The word lists the suggesters read from ``resources/suggest/``, each loaded once and cached.

All of them are data: plain text lists, a TSV gazetteer and YAML read with ``safe_load``.
"""

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from editor_app.paths import resources_dir
from editor_app.suggest.text import words


def suggest_dir() -> Path:
    return resources_dir() / "suggest"


def read_list(name: str) -> tuple[str, ...]:
    """The non-comment, non-blank lines of ``resources/suggest/<name>``."""
    lines = (suggest_dir() / name).read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#"))


@cache
def cue_verbs() -> tuple[str, ...]:
    """Attribution cues, longest first so that a regex alternation prefers "according to"."""
    return tuple(sorted(read_list("cue_verbs.txt"), key=len, reverse=True))


@cache
def titles() -> tuple[str, ...]:
    return tuple(sorted(read_list("titles.txt"), key=len, reverse=True))


@cache
def title_words() -> frozenset[str]:
    """Every single word of every title ("Vice", "President", "Lt.", "Gov.")."""
    return frozenset(word for title in titles() for word in title.split())


@cache
def org_words() -> frozenset[str]:
    return frozenset(read_list("org_words.txt"))


@cache
def newsroom_words() -> frozenset[str]:
    return frozenset(word.lower() for word in read_list("newsroom_words.txt"))


@cache
def cue_pattern() -> str:
    """A regex alternation matching one cue (words separated by any whitespace)."""
    return "|".join(r"\s+".join(map(re.escape, cue.split())) for cue in cue_verbs())


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    kind: str  # continent, country, state, city
    country: str
    population: int


_DEMONYM = re.compile(r"(.+?)(?:n|an|ian|i|ese|ish|ns|ans|ians|is)")


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Place names by exact name, and the names grouped by first letter for fuzzy look-ups."""

    places: dict[str, tuple[Place, ...]]
    by_initial: dict[str, tuple[str, ...]]

    def get(self, name: str) -> tuple[Place, ...]:
        return self.places.get(name, ())

    def __contains__(self, name: object) -> bool:
        return name in self.places

    def demonym(self, word: str) -> bool:
        """Whether ``word`` names the people of a place: "Cuban", "Iraqi", "Arizonans", "Texans"."""
        match = _DEMONYM.fullmatch(word)
        if match is None:
            return False
        stem = match.group(1)
        return any(place in self.places for place in (stem, stem + "a", stem + "as", stem + "o"))

    def importance(self, name: str) -> int:
        """The population of the largest place of that name; countries, states and continents rank first."""
        best = 0
        for place in self.places.get(name, ()):
            if place.kind in ("country", "state", "continent"):
                return 10**10
            best = max(best, place.population)
        return best


@cache
def gazetteer() -> Gazetteer:
    """The bundled GeoNames extract (see packaging/build_gazetteer.py)."""
    places: dict[str, list[Place]] = {}
    path = suggest_dir() / "gazetteer.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, kind, country, population = line.split("\t")
        places.setdefault(name, []).append(Place(name, kind, country, int(population or 0)))
    by_initial: dict[str, list[str]] = {}
    for name in places:
        by_initial.setdefault(name[0], []).append(name)
    return Gazetteer(
        {name: tuple(found) for name, found in places.items()},
        {initial: tuple(names) for initial, names in by_initial.items()},
    )


@dataclass(frozen=True, slots=True)
class BoilerplatePatterns:
    strong: tuple[re.Pattern[str], ...]
    weak: tuple[re.Pattern[str], ...]
    triggers: tuple[str, ...]
    """Lower-case words at least one of which every pattern needs: a paragraph without any is skipped."""


@cache
def boilerplate_patterns() -> BoilerplatePatterns:
    data = yaml.safe_load((suggest_dir() / "boilerplate.yaml").read_text(encoding="utf-8")) or {}
    triggers = tuple(str(t).lower() for t in data.get("triggers", []))
    return BoilerplatePatterns(_compiled(data.get("strong", [])), _compiled(data.get("weak", [])), triggers)


def _compiled(patterns: Iterable[Any]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(str(p), re.IGNORECASE) for p in patterns)


class Dictionary:
    """English words: pyspellchecker's frequencies (its best guesses correct the spelling) and
    wordfreq's, which know today's news vocabulary ("fracking", "birther", "iPads", "Barclays")
    and rank a word by how often it is written. Loaded once (about 0.5 s)."""

    def __init__(self) -> None:
        from spellchecker import SpellChecker
        from wordfreq import get_frequency_dict

        self.checker = SpellChecker(distance=1)
        self._frequency = self.checker.word_frequency
        self._written: dict[str, float] = get_frequency_dict("en", wordlist="large")

    def frequency(self, word: str) -> int:
        return int(self._frequency[word.lower()])

    def known(self, word: str) -> bool:
        """Whether pyspellchecker knows ``word`` (its list has few names)."""
        return word.lower() in self._frequency

    def written(self, word: str) -> bool:
        """Whether ``word`` is known, or written often enough to be a word of today's news."""
        return self.known(word) or self.zipf(word) >= WRITTEN_ZIPF

    def zipf(self, word: str) -> float:
        """wordfreq's Zipf frequency of ``word``: 7 for "the", 3 for "fracking", 0 when unknown."""
        frequency = self._written.get(word.lower().replace("’", "'"), 0.0)
        return math.log10(frequency) + 9 if frequency > 0 else 0.0

    def common(self, word: str, floor: int = 5000) -> bool:
        """Whether ``word`` is an ordinary English word (frequent enough not to be a rare name)."""
        return self.frequency(word) >= floor


WRITTEN_ZIPF = 1.5
"""A word written at least this often (about 3 times in 100 million words) is a word, not a slip:
fewer than 1 in 60 slips of one swap land on one, nearly every word of real news is one."""


@cache
def dictionary() -> Dictionary:
    return Dictionary()


FUNCTION_WORDS = words(
    "a an the and or but nor so yet for of in on at to from by with without within into onto upon "
    "about above below after before during since until while as than then there here this that these "
    "those it its he she they we you i me him her them us my your his our their who whom whose which "
    "what when where why how if unless though although because whether also still even just only not "
    "no yes all any both each every few many more most much some such other another one two three "
    "first last next new old once over under again further meanwhile however instead later earlier "
    "today yesterday tomorrow now often please use like among across against along around behind "
    "beyond despite near per via unlike amid whereas"
)

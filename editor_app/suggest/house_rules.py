"""House-style rules: the bundled ones and a newsroom's own, parsed from plain data.

The bundled rules come from ``resources/suggest/house_style.yaml``; a newsroom adds its own under
``style: {rules: [...]}`` in the ``.editor-app.yaml`` of its folders.

A pattern from a shared folder may backtrack for ever (``(a|aa)+$`` on a long run of letters). Patterns
are compiled with the ``regex`` module, which avoids much of the backtracking of ``re``, and each
rule runs under a time budget per article (:data:`TIME_BUDGET`): a rule that runs out is stopped, its
matches so far kept, and :func:`stopped_rules` names it.
"""

import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import regex
import yaml

from editor_app.model.vocab import CORRECTION_CATEGORIES
from editor_app.storage.config import load_schema
from editor_app.suggest import lexicon

MAX_RULES = 200
MAX_PATTERN = 300
TIME_BUDGET = 1.0
"""Seconds one rule may take over one article (the bundled rules take milliseconds on 1 MB)."""


@dataclass(frozen=True, slots=True)
class StyleRule:
    """One house-style rule: where ``pattern`` matches, suggest ``replacement`` (groups expanded)."""

    name: str
    pattern: regex.Pattern[str]
    replacement: str
    note: str
    category: str = "style"
    source: str = "rules"
    """Where the rule was read, for the report of a stopped rule."""
    stops: list[str] = field(default_factory=list, compare=False, repr=False)
    """One line per article on which the rule ran out of time (see :func:`stopped_rules`)."""

    def matches(self, text: str) -> list[regex.Match[str]]:
        """Where the pattern matches ``text``, as far as it got within :data:`TIME_BUDGET`."""
        found: list[regex.Match[str]] = []
        deadline = time.monotonic() + TIME_BUDGET
        try:
            for match in self.pattern.finditer(text, timeout=TIME_BUDGET):
                found.append(match)
                if time.monotonic() > deadline:
                    raise TimeoutError
        except TimeoutError:
            self.stops.append(
                f"{self.source}: rule {self.name!r} was stopped after {TIME_BUDGET:g} s "
                f"({len(found)} match(es) kept); simplify its pattern"
            )
        return found


def style_rules(raw: Iterable[Any], source: str = "rules") -> tuple[list[StyleRule], list[str]]:
    """Rules from plain data (a YAML list of mappings), and a problem line for each one refused.

    Patterns come from folders other people share, so each is length-limited and compiled here;
    a bad rule is reported and skipped, never raised.
    """
    rules: list[StyleRule] = []
    problems: list[str] = []
    for index, item in enumerate(raw, 1):
        where = f"{source}: rule {index}"
        if len(rules) >= MAX_RULES:
            problems.append(f"{source}: more than {MAX_RULES} rules; the rest were ignored")
            break
        if not isinstance(item, Mapping):
            problems.append(f"{where}: should be a mapping with pattern, replacement, note, category")
            continue
        pattern, replacement = item.get("pattern"), item.get("replacement", "")
        if not isinstance(pattern, str) or not pattern or len(pattern) > MAX_PATTERN:
            problems.append(
                f"{where}: needs a 'pattern' (a regular expression of at most {MAX_PATTERN} characters)"
            )
            continue
        if not isinstance(replacement, str):
            problems.append(f"{where}: 'replacement' should be text")
            continue
        category = item.get("category", "style")
        if category not in CORRECTION_CATEGORIES:
            problems.append(
                f"{where}: category {category!r} is not one of {', '.join(CORRECTION_CATEGORIES)}"
            )
            continue
        flags = regex.IGNORECASE if item.get("ignore_case") is True else 0
        try:
            compiled = regex.compile(pattern, flags)
            compiled.sub(replacement, "")  # checks the group references of the replacement
        except (regex.error, IndexError) as exc:
            problems.append(f"{where}: pattern or replacement is not valid ({exc})")
            continue
        name = item.get("name")
        rules.append(
            StyleRule(
                name=str(name) if isinstance(name, str | int) else f"rule-{index}",
                pattern=compiled,
                replacement=replacement,
                note=str(item.get("note") or ""),
                category=str(category),
                source=source,
            )
        )
    return rules, problems


def default_style_rules() -> list[StyleRule]:
    """The house-style rules bundled in ``resources/suggest/house_style.yaml``."""
    rules, _ = style_rules(_bundled_rules_data(), "house_style.yaml")
    return rules


@cache
def _bundled_rules_data() -> tuple[dict[str, Any], ...]:
    data = yaml.safe_load((lexicon.suggest_dir() / "house_style.yaml").read_text(encoding="utf-8")) or {}
    rules = data.get("rules", [])
    return tuple(rule for rule in rules if isinstance(rule, dict))


def rules_for(article: Path) -> tuple[list[StyleRule], list[str]]:
    """The bundled house style plus ``style: {rules: [...]}`` of the folders' ``.editor-app.yaml``;
    and a line for each problem found on the way (a bad rule is reported and skipped)."""
    schema = load_schema(article)
    problems = list(schema.problems)
    rules = default_style_rules()
    raw = schema.style.get("rules")
    if raw is None:
        return rules, problems
    if not isinstance(raw, list):
        problems.append(f"{article}: style.rules in .editor-app.yaml should be a list; it was ignored")
        return rules, problems
    extra, refused = style_rules(raw, ".editor-app.yaml style.rules")
    return rules + extra, problems + refused


def stopped_rules(rules: Iterable[StyleRule]) -> list[str]:
    """The reports of the rules stopped for running out of time since the last call (then forgotten)."""
    lines: list[str] = []
    for rule in rules:
        lines += rule.stops
        rule.stops.clear()
    return lines

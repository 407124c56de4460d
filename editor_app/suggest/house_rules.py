"""House-style rules: the bundled ones and a newsroom's own, parsed from plain data.

The bundled rules come from ``resources/suggest/house_style.yaml``; a newsroom adds its own under
``style: {rules: [...]}`` in the ``.editor-app.yaml`` of its folders.
"""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from editor_app.model.vocab import CORRECTION_CATEGORIES
from editor_app.storage.config import load_schema
from editor_app.suggest import lexicon

MAX_RULES = 200
MAX_PATTERN = 300


@dataclass(frozen=True, slots=True)
class StyleRule:
    """One house-style rule: where ``pattern`` matches, suggest ``replacement`` (groups expanded)."""

    name: str
    pattern: re.Pattern[str]
    replacement: str
    note: str
    category: str = "style"


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
        flags = re.IGNORECASE if item.get("ignore_case") is True else 0
        try:
            compiled = re.compile(pattern, flags)
            compiled.sub(replacement, "")  # checks the group references of the replacement
        except (re.error, IndexError) as exc:
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

"""The house-style rules that apply to one article: the bundled ones plus its folders' additions."""

from pathlib import Path

from editor_app.storage.config import load_schema
from editor_app.suggest.corrections import StyleRule, default_style_rules, style_rules


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

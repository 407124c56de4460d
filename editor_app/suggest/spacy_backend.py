"""Optional entity backend: a spaCy pipeline the user has installed and named in their own preferences.

spaCy is an optional extra. It is imported inside these functions only, so importing this module
(or :mod:`editor_app.suggest`) never loads it. A pipeline is named by the user, never by a folder's
``.editor-app.yaml``: loading a pipeline runs its code.
"""

from typing import Any

from editor_app.suggest.findings import EntityFinding

# spaCy's OntoNotes labels -> the labels of resources/labels.yaml; numbers and amounts are left out.
LABELS = {
    "PERSON": "PERSON",
    "PER": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "FAC": "LOC",
    "DATE": "DATE",
    "EVENT": "EVENT",
    "WORK_OF_ART": "WORK_OF_ART",
    "LAW": "LAW",
    "NORP": "MISC",
    "PRODUCT": "MISC",
    "LANGUAGE": "MISC",
    "MISC": "MISC",
}


class BackendUnavailable(RuntimeError):
    """spaCy, or the named pipeline, is not installed."""


def available(pipeline: str | None = None) -> bool:
    """Whether spaCy is installed and, if named, ``pipeline`` is an installed package or a folder."""
    import importlib
    import importlib.util

    if importlib.util.find_spec("spacy") is None:
        return False
    if not pipeline:
        return True
    from pathlib import Path

    spacy_util = importlib.import_module("spacy.util")
    return bool(spacy_util.is_package(pipeline)) or Path(pipeline).is_dir()


def load(pipeline: str) -> Any:
    """The spaCy pipeline ``pipeline`` (a package name or a folder), for :func:`find_entities`.

    Raises :class:`BackendUnavailable` with a sentence a user can act on.
    """
    import importlib

    try:
        spacy = importlib.import_module("spacy")
    except ImportError as exc:
        raise BackendUnavailable("spaCy is not installed: pip install spacy, then a pipeline") from exc
    if not pipeline:
        raise BackendUnavailable("no spaCy pipeline is named in the preferences")
    try:
        return spacy.load(pipeline)
    except OSError as exc:
        raise BackendUnavailable(f"the spaCy pipeline {pipeline!r} is not installed ({exc})") from exc


def model_name(nlp: Any) -> str:
    meta = getattr(nlp, "meta", {}) or {}
    lang, name = meta.get("lang", ""), meta.get("name", "")
    return f"{lang}_{name}" if lang and name else name or lang or "spacy"


def find_entities(text: str, nlp: Any) -> list[EntityFinding]:
    """The pipeline's named entities, one finding per distinct name and label, ``by: model:<name>``."""
    by = f"model:{model_name(nlp)}"
    found: dict[tuple[str, str], EntityFinding] = {}
    for ent in nlp(text).ents:
        label = LABELS.get(ent.label_)
        if label is None:
            continue
        key = (label, ent.text)
        finding = found.setdefault(key, EntityFinding(label, ent.text, [], by))
        finding.mentions.append((ent.start_char, ent.end_char))
    return sorted(found.values(), key=lambda f: f.first)


def merge(rules: list[EntityFinding], model: list[EntityFinding]) -> list[EntityFinding]:
    """The rule-based findings, plus the model's mentions that no rule-based mention overlaps.

    A model mention with the same text as a rule-based mention of the same label joins that entity.
    """
    spans = sorted(m for f in rules for m in f.mentions)
    by_surface: dict[tuple[str, str], EntityFinding] = {}
    for finding in rules:
        by_surface.setdefault((finding.label, finding.name), finding)
    merged = list(rules)
    for finding in model:
        fresh = [(s, e) for s, e in finding.mentions if not any(a < e and s < b for a, b in spans)]
        if not fresh:
            continue
        owner = by_surface.get((finding.label, finding.name))
        if owner is not None:
            owner.mentions.extend(fresh)
            owner.mentions.sort()
            continue
        merged.append(EntityFinding(finding.label, finding.name, fresh, finding.rule))
    merged.sort(key=lambda f: f.first)
    return merged

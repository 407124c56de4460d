"""The label schema: bundled defaults, overridden by `.editor-app.yaml` files in the article's folders.

Article folders come from other people, so a config file is treated as untrusted data: it is read
with ``yaml.safe_load`` only, refused above a size limit, and only known keys of the expected types
are used. A bad file is reported in plain words and the app carries on with what it had.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from editor_app.paths import resources_dir
from editor_app.storage.atomic import atomic_write
from editor_app.storage.bounded_read import ReadRefused, read_bounded
from editor_app.storage.user_dirs import config_dir
from editor_app.storage.yaml_events import ComposeError, compose
from editor_app.storage.yaml_guard import MAX_DEPTH

CONFIG_NAME = ".editor-app.yaml"
MAX_CONFIG_BYTES = 64 * 1024
MAX_LABELS = 64
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_LABEL = re.compile(r"^[A-Za-z][A-Za-z0-9_\-]{0,39}$")
FALLBACK_COLOUR = "#d9d9d9"


@dataclass(frozen=True, slots=True)
class LabelSpec:
    name: str
    colour: str = FALLBACK_COLOUR
    key: int | None = None
    description: str = ""


@dataclass(frozen=True, slots=True)
class LabelSchema:
    labels: tuple[LabelSpec, ...]
    style: dict[str, Any] = field(default_factory=dict, hash=False)
    sources: tuple[Path, ...] = ()
    problems: tuple[str, ...] = ()

    def by_key(self, key: int) -> LabelSpec | None:
        return next((spec for spec in self.labels if spec.key == key), None)

    def get(self, name: str) -> LabelSpec:
        """The spec of label ``name``; an unknown label (from someone else's sidecar) gets a grey one."""
        found = next((spec for spec in self.labels if spec.name == name), None)
        return found or LabelSpec(name)

    @property
    def names(self) -> list[str]:
        return [spec.name for spec in self.labels]


def default_labels_path() -> Path:
    return resources_dir() / "labels.yaml"


def user_labels_path() -> Path:
    """The user's own label colours and keys (Preferences writes it); same layout as the defaults."""
    return config_dir() / "labels.yaml"


def save_user_labels(labels: list[LabelSpec]) -> Path:
    """Write the user's label colours and keys, atomically; the bundled defaults are never touched."""
    items = [{"name": spec.name, "key": spec.key, "colour": spec.colour} for spec in labels]
    text = "# Your label colours and keys, written by editor-app's Preferences.\n" + yaml.safe_dump(
        {"version": 1, "labels": items}, sort_keys=False, allow_unicode=True
    )
    path = user_labels_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, text.encode("utf-8"))
    return path


def config_files(article_path: Path) -> list[Path]:
    """The `.editor-app.yaml` files that apply to an article, outermost folder first."""
    folder = Path(article_path).resolve().parent
    found = [d / CONFIG_NAME for d in (folder, *folder.parents) if (d / CONFIG_NAME).is_file()]
    return list(reversed(found))


def load_schema(article_path: Path | None = None) -> LabelSchema:
    """The defaults, the user's own labels, then every config file from the outermost folder in, each
    overriding the last (a newsroom's folder settings win over one person's taste).

    Never raises: problems are collected in ``LabelSchema.problems``.
    """
    problems: list[str] = []
    schema = LabelSchema(labels=())
    data = _read(default_labels_path(), problems)
    if data is not None:
        schema = _merged(schema, data, default_labels_path(), problems)
    if not schema.labels:
        schema = LabelSchema(labels=BUILTIN_LABELS)
    sources: list[Path] = []
    user = user_labels_path()
    if user.is_file():
        data = _read(user, problems)
        if data is not None:
            schema = _merged(schema, data, user, problems)
            sources.append(user)
    for path in config_files(article_path) if article_path is not None else []:
        data = _read(path, problems)
        if data is not None:
            schema = _merged(schema, data, path, problems)
            sources.append(path)
    return replace(schema, sources=tuple(sources), problems=tuple(problems))


def _read(path: Path, problems: list[str]) -> dict[str, Any] | None:
    """The config file's data, or None (with a line in ``problems``) when it cannot be used.

    Its structure is first composed without aliases and at most ``MAX_DEPTH`` deep (see
    :mod:`~editor_app.storage.yaml_events`), so ``safe_load`` never recurses deeply or expands a bomb.
    """
    try:
        text = read_bounded(path, MAX_CONFIG_BYTES).decode("utf-8-sig")
        compose(text, MAX_DEPTH, MAX_CONFIG_BYTES)
        data = yaml.safe_load(text)
    except ReadRefused as exc:
        problems.append(f"{path}: {exc.message}; it was ignored")
        return None
    except OSError as exc:
        problems.append(f"{path}: cannot be read ({exc.strerror or exc}); it was ignored")
        return None
    except UnicodeDecodeError:
        problems.append(f"{path}: is not UTF-8 text; it was ignored")
        return None
    except ComposeError as exc:
        where = f":{exc.line}" if exc.line is not None else ""
        problems.append(f"{path}{where}: {exc.message}; it was ignored")
        return None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        problems.append(f"{path}{where}: is not valid YAML ({getattr(exc, 'problem', None) or exc}); ignored")
        return None
    if data is None:
        return {}
    if not isinstance(data, dict):
        problems.append(f"{path}: should be a mapping with a 'labels' list; it was ignored")
        return None
    return data


def _merged(schema: LabelSchema, data: dict[str, Any], path: Path, problems: list[str]) -> LabelSchema:
    labels = {spec.name: spec for spec in schema.labels}
    for item in _label_items(data.get("labels"), path, problems):
        name = item["name"]
        base = labels.get(name, LabelSpec(name))
        spec = replace(
            base,
            colour=item.get("colour", base.colour),
            key=item.get("key", base.key),
            description=item.get("description", base.description),
        )
        if spec.key is not None:
            # One key, one label: the label named later takes the key from the one before.
            labels = {
                n: (replace(s, key=None) if s.key == spec.key and n != name else s) for n, s in labels.items()
            }
        labels[name] = spec
        if len(labels) > MAX_LABELS:
            problems.append(f"{path}: more than {MAX_LABELS} labels; the rest were ignored")
            break
    style = dict(schema.style)
    if isinstance(data.get("style"), dict):
        style.update(data["style"])
    elif "style" in data:
        problems.append(f"{path}: 'style' should be a mapping; it was ignored")
    return replace(schema, labels=tuple(labels.values()), style=style)


def _label_items(raw: Any, path: Path, problems: list[str]) -> Iterator[dict[str, Any]]:
    if raw is None:
        return
    if isinstance(raw, dict):  # also accept {PERSON: {colour: ..., key: 1}}
        raw = [{"name": k, **v} if isinstance(v, dict) else {"name": k} for k, v in raw.items()]
    if not isinstance(raw, list):
        problems.append(f"{path}: 'labels' should be a list of {{name, colour, key}}; it was ignored")
        return
    for index, item in enumerate(raw, 1):
        where = f"{path}: label {index}"
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            problems.append(f"{where}: needs a 'name'; it was ignored")
            continue
        name = item["name"]
        if not _LABEL.match(name):
            problems.append(f"{where}: {name!r} is not a label name (letters, digits, _ and -); ignored")
            continue
        clean: dict[str, Any] = {"name": name}
        colour = item.get("colour", item.get("color"))
        if colour is not None:
            if isinstance(colour, str) and _COLOUR.match(colour):
                clean["colour"] = colour.lower()
            else:
                problems.append(f"{where}: colour {colour!r} is not like #ffd166; the default was kept")
        if "key" in item:
            key = item["key"]
            if key is None or (isinstance(key, int) and not isinstance(key, bool) and 1 <= key <= 9):
                clean["key"] = key
            else:
                problems.append(f"{where}: key {key!r} is not a digit 1-9; the default was kept")
        if isinstance(item.get("description"), str):
            clean["description"] = item["description"][:200]
        yield clean


BUILTIN_LABELS = (
    LabelSpec("PERSON", "#ffd166", 1),
    LabelSpec("ORG", "#8ecae6", 2),
    LabelSpec("GPE", "#b5e48c", 3),
    LabelSpec("MISC", FALLBACK_COLOUR, 9),
)
"""Used only if the bundled resources/labels.yaml is missing or broken."""

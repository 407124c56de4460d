"""Reading and writing ``names.yaml``, the desk's list of names (format ``editor-app/names``, version 1).

```yaml
format: editor-app/names
version: 1
names:
- name: Chris Magnus
  label: PERSON
  variants: [Magnus, C. Magnus]
  link: "wikidata:Q5108848"
```

The list that applies to an article is the ``names.yaml`` of its folder or of the nearest parent
folder that has one. Reading is bounded (size, nesting, no anchors); a bad entry is reported with its
line like any bad file and left out, the good ones kept. Writing is atomic, in a stable order (entries
sorted by name), and read back to check it.
"""

import os
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from editor_app.model.names_list import (
    NAME_LABELS,
    NAMES_FORMAT,
    NAMES_VERSION,
    NameEntry,
    NamesList,
    sort_key,
)
from editor_app.storage.atomic import atomic_write
from editor_app.storage.bounded_read import ReadRefused, read_bounded
from editor_app.storage.errors import FileProblem
from editor_app.storage.yaml_emit import string
from editor_app.storage.yaml_events import ComposeError, compose

NAMES_FILE = "names.yaml"
MAX_NAMES_BYTES = 8 * 1024 * 1024
"""A list of 50,000 people with a few variants each takes about 4 MB."""
MAX_DEPTH = 16


class NamesFileError(FileProblem):
    """``names.yaml`` cannot be used at all (the entries of a readable file are checked one by one)."""


def find_names_file(path: Path) -> Path | None:
    """The ``names.yaml`` of ``path``'s folder (``path`` itself when a folder) or its nearest parent."""
    path = Path(path).absolute()
    start = path if path.is_dir() else path.parent
    for folder in (start, *start.parents):
        candidate = folder / NAMES_FILE
        if candidate.is_file():
            return candidate
    return None


def names_for(path: Path) -> NamesList:
    """The list that applies to ``path`` (an empty one when there is none or it cannot be read at all:
    then its one problem is in ``problems``)."""
    found = find_names_file(path)
    if found is None:
        return NamesList()
    try:
        return read_names(found)
    except FileProblem as exc:
        return NamesList(source=str(found), problems=(exc.located(),))


def read_names(path: Path) -> NamesList:
    """The entries of ``path``; raises :class:`NamesFileError` when the file as a whole is unusable."""
    try:
        data = read_bounded(path, MAX_NAMES_BYTES)
    except ReadRefused as exc:
        if exc.size is not None:
            raise NamesFileError(
                path, f"is over the {MAX_NAMES_BYTES // 2**20} MiB limit for names lists"
            ) from None
        raise NamesFileError(path, exc.message) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise NamesFileError(path, f"is not UTF-8 text (byte {exc.start})", line) from exc
    try:
        root = compose(text, MAX_DEPTH, MAX_NAMES_BYTES)
    except ComposeError as exc:
        raise NamesFileError(path, exc.message, exc.line, exc.column) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise NamesFileError(
            path,
            f"is not valid YAML: {problem}",
            mark.line + 1 if mark is not None else None,
            mark.column + 1 if mark is not None else None,
        ) from exc
    return parse_names(root, path)


def _at(path: Path, node: Node, message: str) -> str:
    return FileProblem(path, message, node.start_mark.line + 1, node.start_mark.column + 1).located()


def _scalar(node: Node | None) -> str | None:
    if isinstance(node, ScalarNode):
        return str(node.value)
    return None


def _mapping(node: MappingNode) -> dict[str, Node]:
    return {str(k.value): v for k, v in node.value if isinstance(k, ScalarNode)}


def parse_names(root: Node | None, path: Path) -> NamesList:
    if not isinstance(root, MappingNode):
        raise NamesFileError(path, f"should be a mapping starting with 'format: {NAMES_FORMAT}'", 1)
    top = _mapping(root)
    if _scalar(top.get("format")) != NAMES_FORMAT:
        raise NamesFileError(path, f"is not a names list (expected 'format: {NAMES_FORMAT}')", 1)
    version = _scalar(top.get("version"))
    if version != str(NAMES_VERSION):
        newer = version is not None and version.isdigit() and int(version) > NAMES_VERSION
        raise NamesFileError(
            path,
            "was written by a newer version of editor-app"
            if newer
            else f"has version {version!r}; expected {NAMES_VERSION}",
            top["version"].start_mark.line + 1 if "version" in top else 1,
        )
    raw = top.get("names")
    if raw is None or (isinstance(raw, ScalarNode) and raw.value in ("", "null", "~")):
        return NamesList(source=str(path))
    if not isinstance(raw, SequenceNode):
        raise NamesFileError(path, "'names' should be a list of entries", raw.start_mark.line + 1)
    entries: list[NameEntry] = []
    problems: list[str] = []
    seen: dict[tuple[str, str], int] = {}
    for item in raw.value:
        entry = _entry(item, path, problems)
        if entry is None:
            continue
        key = (entry.name, entry.label)
        if key in seen:
            problems.append(_at(path, item, f"repeats {entry.name!r} ({entry.label}) of line {seen[key]}"))
            continue
        seen[key] = entry.line
        entries.append(entry)
    return NamesList(tuple(entries), str(path), tuple(problems))


def _entry(item: Node, path: Path, problems: list[str]) -> NameEntry | None:
    if not isinstance(item, MappingNode):
        problems.append(_at(path, item, "an entry should be a mapping with name and label; it was ignored"))
        return None
    fields = _mapping(item)
    unknown = sorted(set(fields) - {"name", "label", "variants", "link"})
    if unknown:
        problems.append(_at(path, item, f"unknown key {unknown[0]!r} in an entry; it was ignored"))
        return None
    name = (_scalar(fields.get("name")) or "").strip()
    if not name:
        problems.append(_at(path, item, "an entry has no name; it was ignored"))
        return None
    label = _scalar(fields.get("label")) or ""
    if label not in NAME_LABELS:
        where = fields.get("label", item)
        problems.append(
            _at(path, where, f"{name!r} has label {label!r}; expected one of {', '.join(NAME_LABELS)}")
        )
        return None
    variants: list[str] = []
    raw_variants = fields.get("variants")
    if raw_variants is not None:
        if not isinstance(raw_variants, SequenceNode):
            problems.append(_at(path, raw_variants, f"the variants of {name!r} should be a list"))
            return None
        for node in raw_variants.value:
            value = (_scalar(node) or "").strip()
            if not value:
                problems.append(_at(path, node, f"a variant of {name!r} is empty or not text"))
                return None
            if value != name and value not in variants:
                variants.append(value)
    link = _scalar(fields.get("link"))
    if link is not None and link in ("", "null", "~"):
        link = None
    return NameEntry(name, label, tuple(variants), link, item.start_mark.line + 1)


def dump_names(names: NamesList) -> str:
    """The canonical text: entries sorted by name, one key per line, variants in flow style."""
    out = [f"format: {NAMES_FORMAT}", f"version: {NAMES_VERSION}"]
    if not names.entries:
        out.append("names: []")
        return "\n".join(out) + "\n"
    out.append("names:")
    for entry in sorted(names.entries, key=sort_key):
        out.append(f"- name: {string(entry.name)}")
        out.append(f"  label: {string(entry.label)}")
        if entry.variants:
            out.append("  variants: [" + ", ".join(_flow_string(v) for v in entry.variants) + "]")
        if entry.link:
            out.append(f"  link: {_flow_string(entry.link)}")
    return "\n".join(out) + "\n"


def _flow_string(value: str) -> str:
    plain = string(value)
    if plain == value and not any(c in value for c in ",[]{}:#"):
        return value
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_names(names: NamesList, path: Path) -> None:
    """Write ``names`` to ``path`` atomically, then read it back: the same entries or an error."""
    text = dump_names(names)
    atomic_write(path, text.encode("utf-8"))
    again = read_names(path)
    wanted = [(e.name, e.label, e.variants, e.link) for e in sorted(names.entries, key=sort_key)]
    got = [(e.name, e.label, e.variants, e.link) for e in again.entries]
    if wanted != got or again.problems:
        raise NamesFileError(path, "did not read back as written; check the disk and write it again")


def names_file_for_folder(folder: Path) -> Path:
    return Path(os.fspath(folder)) / NAMES_FILE

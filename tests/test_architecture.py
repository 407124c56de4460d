"""Rules of the package's shape that hold after every change.

- No module in ``ui/`` but the window's own names ``MainWindow`` (parts depend on the workspace and
  the notices, never on how the window is built).
- No import cycle between modules, counting imports under ``TYPE_CHECKING`` and inside functions.
- No two modules share a file name, so a name says which module it is.
"""

import ast
import re
from collections import Counter
from pathlib import Path

import editor_app

PACKAGE = Path(editor_app.__file__).parent


def modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """The package's modules that ``name`` imports, wherever the import stands in the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            targets = [base] + [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def import_graph() -> dict[str, set[str]]:
    mods = modules()
    known = set(mods)
    return {name: imports_of(name, path, known) for name, path in mods.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan), as sorted names."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group: list[str] = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def package_parents(name: str) -> set[str]:
    parts = name.split(".")
    return {".".join(parts[:i]) for i in range(1, len(parts))}


def test_no_import_cycles_between_modules():
    graph = import_graph()
    # A package's __init__ importing its own modules is not a cycle of modules with each other.
    graph = {name: {t for t in targets if t not in package_parents(name)} for name, targets in graph.items()}
    assert cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_type_checking_imports_count(tmp_path):
    module = tmp_path / "m.py"
    module.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from editor_app.ui.main_window import MainWindow\n"
    )
    assert imports_of("editor_app.ui.x", module, set(modules())) == {"editor_app.ui.main_window"}


def test_only_the_window_names_the_main_window():
    # ui/__init__.py re-exports it as editor_app.ui.MainWindow, the workbench's public name. Qt's own
    # QMainWindow is not the window: a part may use it as a type.
    allowed = {"main_window.py", "__init__.py"}
    named = [
        path.relative_to(PACKAGE).as_posix()
        for path in sorted((PACKAGE / "ui").glob("*.py"))
        if path.name not in allowed and re.search(r"\bMainWindow\b", path.read_text(encoding="utf-8"))
    ]
    assert named == []


def test_no_two_modules_share_a_file_name():
    names = Counter(path.name for path in PACKAGE.rglob("*.py") if path.name != "__init__.py")
    assert [name for name, count in names.items() if count > 1] == []

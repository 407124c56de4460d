"""The pure packages work without Qt: the CLI, exporters and tests use them with no display."""

import subprocess
import sys

QT_MODULES = ("editor_app.ui", "editor_app.app", "editor_app.__main__")


def pure_modules() -> list[str]:
    """Every module of the package outside the UI layer."""
    import pkgutil

    import editor_app

    names = [m.name for m in pkgutil.walk_packages(editor_app.__path__, "editor_app.")]
    return sorted(n for n in names if not n.startswith(QT_MODULES))


def test_the_pure_packages_import_with_pyside6_blocked():
    expected = {"editor_app.model.offsets", "editor_app.storage.sidecar_read", "editor_app.cli"}
    assert expected <= set(pure_modules())
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError('Qt is not allowed here: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        + "".join(f"import {module}\n" for module in pure_modules())
        + "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_check_command_runs_with_pyside6_blocked(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Magnus said.", encoding="utf-8")
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] == 'PySide6':\n"
        "            raise ImportError(name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "from editor_app.cli import main\n"
        f"sys.exit(main(['check', {str(article)!r}]))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr

"""What the PyInstaller bundle carries (packaging/bundle_data.py), checked without building it."""

import ast
import shutil
import sys
from pathlib import Path, PurePosixPath

import pytest

from editor_app import paths
from tests.packaging.helpers import PACKAGING, ROOT, load_script

bundle_data = load_script(PACKAGING / "bundle_data.py")
PUBLISHER_SAMPLE = PurePosixPath("samples/cbp-commissioner-magnus.txt")


def test_the_bundle_carries_every_resource_the_app_reads_and_the_original_sample():
    shipped = set(bundle_data.resource_files(ROOT))
    expected = {
        PurePosixPath("labels.yaml"),
        PurePosixPath("schema/annotations-v1.schema.json"),
        PurePosixPath("icons/editor-app.svg"),
        PurePosixPath("icons/hicolor/16x16/apps/editor-app.png"),
        PurePosixPath("samples/original") / paths.ORIGINAL_SAMPLE,
    }
    expected |= {PurePosixPath("suggest") / p.name for p in (ROOT / "resources" / "suggest").iterdir()}
    assert expected <= shipped


def test_the_publishers_sample_article_is_never_bundled():
    assert (ROOT / "resources" / PUBLISHER_SAMPLE).exists()
    shipped = bundle_data.resource_files(ROOT)
    assert PUBLISHER_SAMPLE not in shipped
    assert all(p.parent == bundle_data.SHIPPED_SAMPLES for p in shipped if p.parts[0] == "samples")
    assert not any("cbp-commissioner" in source for source, _dest in bundle_data.datas(ROOT))


def test_datas_put_each_file_in_its_folder_under_resources():
    pairs = dict(bundle_data.datas(ROOT))
    labels = str(ROOT / "resources" / "labels.yaml")
    gazetteer = str(ROOT / "resources" / "suggest" / "gazetteer.tsv")
    assert pairs[labels] == "resources"
    assert pairs[gazetteer] == "resources/suggest"
    assert pairs[str(ROOT / "LICENSE")] == "."
    assert pairs[str(ROOT / "THIRD_PARTY_NOTICES.md")] == "."


def test_translation_sources_and_hidden_files_stay_out_and_compiled_translations_go_in(tmp_path):
    base = tmp_path / "resources"
    for name in ("i18n/editor-app_es.ts", "i18n/editor-app_es.qm", "labels.yaml", ".hidden", "x/.DS_Store"):
        (base / name).parent.mkdir(parents=True, exist_ok=True)
        (base / name).write_text("x")
    assert bundle_data.resource_files(tmp_path) == [
        PurePosixPath("i18n/editor-app_es.qm"),
        PurePosixPath("labels.yaml"),
    ]
    compiled = tmp_path / "build" / "editor-app_fr.qm"
    assert (str(compiled), "resources/i18n") in bundle_data.datas(tmp_path, [compiled])


def test_translations_are_compiled_with_qts_lrelease(tmp_path):
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed beside this Python")
    source = tmp_path / "resources" / "i18n" / "editor-app_es.ts"
    source.parent.mkdir(parents=True)
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="es">\n'
        "<context><name>MainWindow</name><message><source>Save</source>"
        "<translation>Guardar</translation></message></context>\n</TS>\n",
        encoding="utf-8",
    )
    compiled = bundle_data.compile_translations(tmp_path, tmp_path / "out")
    assert [p.name for p in compiled] == ["editor-app_es.qm"]
    assert compiled[0].stat().st_size > 0


def test_no_translations_need_no_lrelease(tmp_path):
    assert bundle_data.compile_translations(tmp_path, tmp_path / "out", lrelease="/nonexistent") == []


@pytest.mark.parametrize(
    ("bundle_path", "dropped"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", False),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", False),
        ("PySide6/Qt/translations/qtbase_es.qm", False),
        ("PySide6\\plugins\\platforms\\qwindows.dll", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", True),
        ("PySide6\\plugins\\imageformats\\qpdf.dll", True),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", True),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", True),
        ("PySide6/Qt/lib/libQt6Qml.so.6", True),
        ("PySide6/Qt/translations/qt_help_es.qm", True),
        ("libcairo.so.2", False),
        ("PySide6/plugins/platforms/qwindows.dll", False),
        ("PySide6/plugins/platforms/qvnc.dll", True),
        ("PySide6/plugins/imageformats/qsvg.dll", False),
        ("PySide6/plugins/imageformats/qtiff.dll", True),
        ("PySide6/plugins/tls/qschannelbackend.dll", True),
        ("PySide6/Qt6Pdf.dll", True),
        ("PySide6/Qt6Widgets.dll", False),
        ("PySide6/Qt/lib/QtPdf.framework/Versions/A/QtPdf", True),
        ("PySide6/Qt/lib/QtWidgets.framework/Versions/A/QtWidgets", False),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", False),
        ("PySide6/Qt/plugins/imageformats/libqwebp.dylib", True),
    ],
)
def test_which_qt_binaries_are_left_out(bundle_path, dropped):
    assert bundle_data.is_dropped(bundle_path) is dropped


def test_libraries_only_dropped_plugins_used_are_left_out_and_shared_ones_stay():
    graph = {
        "/qt/libqgtk3.so": [("libgtk-3.so.0", None), ("libcairo.so.2", "/usr/lib/libcairo.so.2")],
        "/usr/lib/libcairo.so.2": [("libpixman-1.so.0", "/usr/lib/libpixman-1.so.0")],
        "/usr/lib/libpixman-1.so.0": [("libc.so.6", "/usr/lib/libc.so.6")],
        "/qt/libqxcb.so": [("libX11.so.6", "/usr/lib/libX11.so.6"), ("libc.so.6", "/usr/lib/libc.so.6")],
    }
    orphans = bundle_data.left_behind(["/qt/libqgtk3.so"], ["/qt/libqxcb.so"], lambda p: graph.get(p, []))
    assert orphans == {"libgtk-3.so.0", "libcairo.so.2", "libpixman-1.so.0"}


def test_roots_are_the_binaries_in_folders_and_the_python_library():
    assert bundle_data.is_root("PySide6/Qt/lib/libQt6Core.so.6")
    assert bundle_data.is_root("python3.11/lib-dynload/_json.cpython-311-x86_64-linux-gnu.so")
    assert bundle_data.is_root("libpython3.11.so.1.0")
    assert bundle_data.is_root("python311.dll")
    assert not bundle_data.is_root("libcairo.so.2")


def _top_level(tree: ast.Module) -> list[ast.stmt]:
    """Statements run on import: the module body and the branches of its if/try blocks, not functions.

    Optional extras (spaCy) are imported inside the functions that need them and say so when missing.
    """
    found: list[ast.stmt] = []
    todo: list[ast.stmt] = list(tree.body)
    while todo:
        node = todo.pop()
        found.append(node)
        if isinstance(node, ast.If | ast.Try):
            todo.extend(node.body + node.orelse)
            if isinstance(node, ast.Try):
                todo.extend(node.finalbody)
                for handler in node.handlers:
                    todo.extend(handler.body)
    return found


def _imported_names(path: Path) -> set[str]:
    names: set[str] = set()
    for node in _top_level(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_the_app_imports_nothing_the_bundle_leaves_out_when_it_starts():
    excluded = set(bundle_data.EXCLUDED_MODULES)
    offenders = {}
    for path in (ROOT / "editor_app").rglob("*.py"):
        hits = {
            name
            for name in _imported_names(path)
            if any(name == x or name.startswith(x + ".") for x in excluded)
        }
        if hits:
            offenders[str(path.relative_to(ROOT))] = sorted(hits)
    assert offenders == {}


def test_the_spec_is_python_and_builds_from_the_entry_point_with_the_subcommands():
    spec = (PACKAGING / "editor-app.spec").read_text(encoding="utf-8")
    compile(spec, "editor-app.spec", "exec")
    assert '"editor_app" / "__main__.py"' in spec
    assert 'collect_submodules("editor_app")' in spec
    assert "COMMANDS.values()" in spec
    assert "bundle_data.is_dropped" in spec


def test_resources_are_found_inside_a_pyinstaller_bundle(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "resources"
    assert paths.original_sample() == tmp_path / "resources" / "samples" / "original" / paths.ORIGINAL_SAMPLE


def test_resources_are_found_beside_the_executable_of_another_freezer(monkeypatch, tmp_path):
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "editor-app"))
    assert paths.resources_dir() == tmp_path.resolve() / "resources"


def test_from_the_source_tree_the_original_sample_is_there():
    assert paths.original_sample().is_file()
    assert paths.original_sample().parent == ROOT / "resources" / "samples" / "original"

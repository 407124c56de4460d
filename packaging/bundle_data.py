"""What the PyInstaller bundle carries and leaves out; read by packaging/editor-app.spec and by the tests.

Plain Python with no PyInstaller or Qt import, so the rules can be checked without building anything.
"""

import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = "resources"

LEGAL_FILES = ("LICENSE", "THIRD_PARTY_NOTICES.md")
"""Shipped at the top of the bundle: the app's licence, and the notices for the data and libraries in it."""

SHIPPED_SAMPLES = PurePosixPath("samples/original")
"""The only sample articles installers carry: written by the project (see THIRD_PARTY_NOTICES.md)."""

EXCLUDED_MODULES = (
    # Optional or development-only Python packages: spaCy is an optional suggester backend.
    "spacy",
    "thinc",
    "torch",
    "numpy",
    "scipy",
    "pandas",
    "matplotlib",
    "IPython",
    "jsonschema",
    "hypothesis",
    "pytest",
    "pytestqt",
    "tkinter",
    "_tkinter",
    "unittest",
    "pydoc",
    "doctest",
    "xmlrpc",
    "lib2to3",
    "setuptools",
    "pkg_resources",
    "pip",
    # Qt modules the app never imports (it uses QtCore, QtGui and QtWidgets only).
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest",
    "PySide6.QtQuickWidgets",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel",
    "PySide6.QtWebSockets",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.Qt3DCore",
    "PySide6.QtCharts",
    "PySide6.QtDataVisualization",
    "PySide6.QtGraphs",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtUiTools",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPrintSupport",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtBluetooth",
    "PySide6.QtPositioning",
    "PySide6.QtLocation",
    "PySide6.QtSerialPort",
    "PySide6.QtRemoteObjects",
    "PySide6.QtScxml",
    "PySide6.QtSensors",
    "PySide6.QtTextToSpeech",
    "PySide6.QtHttpServer",
    "PySide6.QtNetworkAuth",
    "PySide6.QtNfc",
    "PySide6.QtSpatialAudio",
    "PySide6.QtStateMachine",
    "PySide6.QtAxContainer",
)

DROPPED_QT_PLUGIN_FOLDERS = frozenset(
    {
        "designer",
        "networkinformation",
        "tls",
        "sqldrivers",
        "qmllint",
        "qmltooling",
        "printsupport",
        "egldeviceintegrations",  # embedded (eglfs) platforms
        "generic",  # evdev and TUIO input for kiosks
        "wayland-graphics-integration-server",  # the compositor side
    }
)
DROPPED_QT_PLUGINS = (
    # Plugin names without "lib" and suffix. Embedded and remote platforms; the GTK theme (it needs a GTK
    # the bundle does not carry: the XDG portal theme still follows the desktop's light/dark setting);
    # image formats other than SVG, PNG, JPEG, GIF and the two icon formats.
    "platforms/qeglfs",
    "platforms/qlinuxfb",
    "platforms/qminimalegl",
    "platforms/qvkkhrdisplay",
    "platforms/qvnc",
    "platformthemes/qgtk3",
    "imageformats/qpdf",
    "imageformats/qtiff",
    "imageformats/qwebp",
    "imageformats/qtga",
    "imageformats/qwbmp",
)
DROPPED_QT_DATA = ("translations/qt_help_", "qml/")
DROPPED_QT_LIBRARIES = (
    # Base names as on Linux and Windows (libQt6Pdf.so.6, Qt6Pdf.dll); macOS frameworks are QtPdf.framework.
    "Qt6Pdf",
    "Qt6Qml",
    "Qt6Quick",
    "Qt6Network",
    "Qt6WebEngine",
    "Qt6Designer",
    "Qt6EglFs",
    "Qt6EglFSDeviceIntegration",
)


def _is_shipped(relative: PurePosixPath) -> bool:
    parts = relative.parts
    if any(part.startswith(".") or part == "__pycache__" for part in parts):
        return False
    if parts[0] == "samples" and relative.parent != SHIPPED_SAMPLES:
        return False  # the development sample's text belongs to its publisher
    return not (parts[0] == "i18n" and relative.suffix == ".ts")  # sources; the compiled .qm ship


def resource_files(root: Path = ROOT) -> list[PurePosixPath]:
    """Every file under ``resources/`` that the bundle carries, relative to ``resources/``."""
    base = root / RESOURCES
    found = (PurePosixPath(p.relative_to(base).as_posix()) for p in base.rglob("*") if p.is_file())
    return sorted(p for p in found if _is_shipped(p))


TRANSLATION_TEMPLATE = "editor_app.ts"
"""The strings to translate with no translation: the start of a new language, not compiled."""


def compile_translations(root: Path, out: Path, lrelease: str | None = None) -> list[Path]:
    """Compile ``resources/i18n/*.ts`` (not the template) into ``out/*.qm`` with Qt's lrelease; returns
    the .qm files.

    Raises FileNotFoundError when there are .ts files but no lrelease, CalledProcessError when one fails.
    """
    sources = sorted(p for p in (root / RESOURCES / "i18n").glob("*.ts") if p.name != TRANSLATION_TEMPLATE)
    if not sources:
        return []
    beside_python = str(Path(sys.executable).parent)  # a venv's tools, when it is not on the PATH
    tool = (
        lrelease
        or shutil.which("pyside6-lrelease", path=beside_python)
        or shutil.which("pyside6-lrelease")
        or shutil.which("lrelease")
    )
    if tool is None:
        raise FileNotFoundError("lrelease (from PySide6: pyside6-lrelease) is needed to compile translations")
    out.mkdir(parents=True, exist_ok=True)
    compiled = []
    for source in sources:
        target = out / source.with_suffix(".qm").name
        subprocess.run([tool, "-silent", str(source), "-qm", str(target)], check=True)
        compiled.append(target)
    return compiled


def datas(root: Path = ROOT, compiled: Iterable[Path] = ()) -> list[tuple[str, str]]:
    """PyInstaller ``datas``: (source file, folder inside the bundle) for each shipped resource."""
    pairs = [
        (str(root / RESOURCES / rel), str(PurePosixPath(RESOURCES) / rel.parent))
        for rel in resource_files(root)
    ]
    pairs += [(str(qm), f"{RESOURCES}/i18n") for qm in compiled]
    pairs += [(str(root / name), ".") for name in LEGAL_FILES if (root / name).is_file()]
    return pairs


def is_dropped(bundle_path: str) -> bool:
    """True for a Qt library, plugin or data file (as PyInstaller names it in the bundle) the app does not
    need. Qt sits in PySide6/Qt/ from the Linux and macOS wheels and straight in PySide6/ on Windows."""
    path = bundle_path.replace("\\", "/")
    name = path.rsplit("/", 1)[-1]
    if any(name.startswith((lib, "lib" + lib)) for lib in DROPPED_QT_LIBRARIES):
        return True
    if any(f"/{lib.replace('Qt6', 'Qt', 1)}.framework/" in f"/{path}" for lib in DROPPED_QT_LIBRARIES):
        return True
    if not path.startswith("PySide6/"):
        return False
    inside = path.removeprefix("PySide6/").removeprefix("Qt/")
    if inside.startswith(DROPPED_QT_DATA):
        return True
    parts = inside.split("/")
    if len(parts) != 3 or parts[0] != "plugins":
        return False
    folder, plugin = parts[1], parts[2].removeprefix("lib")
    return folder in DROPPED_QT_PLUGIN_FOLDERS or plugin.startswith(
        tuple(p.split("/")[1] for p in DROPPED_QT_PLUGINS if p.split("/")[0] == folder)
    )


ImportsOf = Callable[[str], Iterable[tuple[str, str | None]]]
"""A binary's link-time imports as (name, resolved path or None): PyInstaller's bindepend.get_imports."""


def _closure(paths: Iterable[str], imports_of: ImportsOf) -> set[str]:
    """Lower-case base names of every library ``paths`` load, directly or through each other."""
    names: set[str] = set()
    seen: set[str] = set()
    todo = list(paths)
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        for name, resolved in imports_of(path):
            names.add(name.replace("\\", "/").rsplit("/", 1)[-1].lower())
            if resolved is not None:
                todo.append(resolved)
    return names


def is_root(bundle_path: str) -> bool:
    """A binary loaded for its own sake: an extension module, a Qt library or plugin (all in folders),
    or the Python library the bootloader opens. The other top-level ones are loaded only as dependencies."""
    path = bundle_path.replace("\\", "/")
    return "/" in path or path.lower().startswith(("libpython", "python"))


def left_behind(dropped: Iterable[str], kept: Iterable[str], imports_of: ImportsOf) -> set[str]:
    """The libraries only the dropped binaries needed (lower-case base names), safe to leave out too.

    ``dropped`` and ``kept`` are source paths: the binaries left out, and the kept ones loaded for their
    own sake (:func:`is_root`); a library that any kept one loads, directly or not, stays.
    """
    return _closure(dropped, imports_of) - _closure(kept, imports_of)

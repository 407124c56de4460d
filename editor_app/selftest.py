"""``editor-app --self-test [ARTICLE]``: proves an installed app or a bundle works, end to end.

It opens a temporary copy of the article (the bundled original sample without one) in the real main
window, labels one span through the window's own Annotate action, saves through the File > Save action,
reads the sidecar back with :mod:`editor_app.storage` (no Qt involved) and checks the span is there
with the right text. Exit 0 when all is well, 1 with the reason on stderr otherwise, 2 on a usage error.

It never touches the user's files or settings: the article is a copy, and on Linux the settings and the
per-user data folder point into the temporary folder; elsewhere (the registry, macOS preferences) the
few settings the window writes are put back as they were.
"""

import faulthandler
import os
import re
import shutil
import sys
import tempfile
import traceback
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from editor_app.paths import original_sample
from editor_app.storage.sidecar_write import sidecar_path

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from editor_app.ui.main_window import MainWindow

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
WATCHDOG_SECONDS = 120
"""A self-test that hangs (a modal dialog nobody can answer offscreen) is killed with a traceback."""
SETTINGS_TOUCHED = ("recent", "window/geometry", "window/splitter")
_NAME_RUN = re.compile(r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)+")
_WORD = re.compile(r"[^\W\d_]{3,}")


class SelfTestFailed(Exception):
    """One step of the self-test went wrong; the message says which and why."""


@dataclass(frozen=True)
class Labelled:
    """What the window step labelled, for the reload step to look for."""

    start: int
    end: int
    text: str
    label: str


def run_self_test(article: Path | None = None) -> int:
    """Run the self-test on ``article`` (the bundled original sample when None); returns the exit code."""
    source = original_sample() if article is None else Path(article)
    if not source.is_file():
        what = "the bundled sample article" if article is None else "the article"
        print(f"editor-app --self-test: {what} {source} is not a file", file=sys.stderr)
        return EXIT_USAGE
    if sys.stderr is not None:
        faulthandler.dump_traceback_later(WATCHDOG_SECONDS, exit=True)
    try:
        with tempfile.TemporaryDirectory(prefix="editor-app-selftest-") as folder:
            _isolate(Path(folder))
            for line in _steps(source, Path(folder)):
                print(f"self-test: {line}", flush=True)
    except SelfTestFailed as exc:
        print(f"self-test FAILED: {exc}", file=sys.stderr, flush=True)
        return EXIT_FAILED
    except Exception as exc:  # a broken bundle (a module or library left out) must still say why
        traceback.print_exc()
        print(f"self-test FAILED: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
        return EXIT_FAILED
    finally:
        faulthandler.cancel_dump_traceback_later()
    print("self-test passed", flush=True)
    return EXIT_OK


def _isolate(folder: Path) -> None:
    """Point the per-user settings and data folders into ``folder``, before Qt reads them."""
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    os.environ["XDG_DATA_HOME"] = str(folder / "data")
    if sys.platform == "win32":
        os.environ["LOCALAPPDATA"] = str(folder / "data")
    from editor_app.app import display_problem

    if display_problem():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # nothing needs to be seen


def _steps(source: Path, folder: Path) -> Iterator[str]:
    """Each step yields a line saying what it did; a failing step raises :class:`SelfTestFailed`."""
    copy = folder / "article" / source.name
    copy.parent.mkdir()
    shutil.copyfile(source, copy)
    if sidecar_path(source).is_file():
        shutil.copyfile(sidecar_path(source), sidecar_path(copy))
    yield f"copied {source} to {copy}"

    app = _application()
    from editor_app.ui.main_window import MainWindow

    with _settings_kept(), _window(app, MainWindow) as window:
        labelled = yield from _annotate_and_save(app, window, copy)
    yield from _reload_and_check(copy, labelled)


def _application() -> "QApplication":
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("editor-app")
    app.setOrganizationName("editor-app")
    return app


@contextmanager
def _settings_kept() -> Iterator[None]:
    """Puts back the settings the window writes (recent files, geometry) as they were before."""
    from PySide6.QtCore import QSettings

    settings = QSettings("editor-app", "editor-app")
    before = {key: settings.value(key) for key in SETTINGS_TOUCHED}
    try:
        yield
    finally:
        for key, value in before.items():
            if value is None:
                settings.remove(key)
            else:
                settings.setValue(key, value)
        settings.sync()


@contextmanager
def _window(app: "QApplication", factory: Callable[[], "MainWindow"]) -> Iterator["MainWindow"]:
    """The real main window, shown; closed without questions on the way out, whatever happened."""
    from PySide6.QtWidgets import QMessageBox

    window = factory()
    window.notices.ask_unsaved = lambda _name: QMessageBox.StandardButton.Discard
    window.notices.confirm = lambda _question: False
    # Suggestions run in the background and add annotations of their own: not what is tested here.
    window.suggesting.suggest_on_open = lambda: False  # type: ignore[method-assign]
    window.show()
    app.processEvents()
    try:
        yield window
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()


def _annotate_and_save(
    app: "QApplication", window: "MainWindow", copy: Path
) -> Generator[str, None, Labelled]:
    if not window.open_article(copy):
        raise SelfTestFailed(f"opening {copy.name}: {_status(window)}")
    app.processEvents()
    doc = window.workspace.doc
    yield f"opened {copy.name} in the main window ({len(doc.text)} characters)"

    key, label = _first_label(window)
    span = _free_span(doc.text, lambda start, end: bool(window.workspace.index.overlapping(start, end)))
    if span is None:
        raise SelfTestFailed(f"{copy.name} has no unannotated word to label")
    window.article_view.setFocus()
    window.article_view.select_range(*span)
    selected = window.article_view.selected_range()
    if selected is None:
        raise SelfTestFailed(f"selecting characters {span[0]}-{span[1]} in the article view selected nothing")
    start, end = selected
    text = doc.text[start:end]
    window.actions_by_id[f"label.{key}"].trigger()
    app.processEvents()
    if not window.workspace.is_dirty():
        raise SelfTestFailed(f"labelling {text!r} as {label} changed nothing: {_status(window)}")
    yield f"labelled {text!r} ({start}-{end}) as {label} through the 'Label {key}' action"

    window.actions_by_id["file.save"].trigger()
    app.processEvents()
    side = sidecar_path(copy)
    if window.workspace.is_dirty() or not side.is_file():
        raise SelfTestFailed(f"saving: {_status(window)}")
    yield f"saved {side.name} ({side.stat().st_size} bytes) through the 'Save' action"
    return Labelled(start, end, text, label)


def _reload_and_check(copy: Path, expected: Labelled) -> Iterator[str]:
    from editor_app.storage.article_file import read_article
    from editor_app.storage.errors import FileProblem
    from editor_app.storage.sidecar_read import load_sidecar

    side = sidecar_path(copy)
    try:
        loaded = load_sidecar(side, read_article(copy), copy.name)
    except FileProblem as exc:
        raise SelfTestFailed(f"reloading the saved sidecar: {exc.located()}") from exc
    start, end, text, label = expected.start, expected.end, expected.text, expected.label
    for entity in loaded.document.entities:
        for mention in entity.mentions:
            if (mention.start, mention.end) == (start, end):
                if mention.text != text or loaded.document.text[mention.start : mention.end] != text:
                    raise SelfTestFailed(f"the saved span {start}-{end} reads {mention.text!r}, not {text!r}")
                if entity.label != label:
                    raise SelfTestFailed(f"{text!r} was saved as {entity.label}, not {label}")
                yield f"reloaded {side.name}: {entity.id} {entity.label} {entity.name!r}, {start}-{end}"
                return
    raise SelfTestFailed(f"the saved sidecar has no mention at {start}-{end} ({text!r})")


def _first_label(window: "MainWindow") -> tuple[int, str]:
    for key in range(1, 10):
        spec = window.workspace.schema.by_key(key)
        if spec is not None:
            return key, spec.name
    raise SelfTestFailed("no label is bound to a key 1-9 (resources/labels.yaml missing from the bundle?)")


def _free_span(text: str, taken: Callable[[int, int], bool]) -> tuple[int, int] | None:
    """A name to label: the last two words of a run of capitalised words (a person's name, usually),
    past the headline; else any word of three letters or more. Never one already annotated."""
    body = text.find("\n") + 1 if "\n" in text.strip() else 0
    for match in _NAME_RUN.finditer(text, body):
        words = list(re.finditer(r"\S+", match.group()))
        start = match.start() + words[-2].start()
        if not taken(start, match.end()):
            return start, match.end()
    for start in (body, 0):
        for match in _WORD.finditer(text, start):
            if not taken(*match.span()):
                return match.span()
    return None


def _status(window: "MainWindow") -> str:
    return window.statusBar().currentMessage() or "no message from the window"

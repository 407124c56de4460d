"""The composition root: the Qt application and its main window."""

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from editor_app.ui.main_window import MainWindow

DESKTOP_ID = "io.github.editor_app.EditorApp"
"""The id of packaging/linux/*.desktop and the AppStream metainfo (a placeholder for now)."""

NO_DISPLAY = """editor-app: there is no display to open a window on (DISPLAY and WAYLAND_DISPLAY are unset).
  On a desktop, run it from a graphical session.
  On a server, run it under a virtual display:   xvfb-run -a editor-app ARTICLE
  Or without any display (for scripts/tests):    QT_QPA_PLATFORM=offscreen editor-app ARTICLE"""


def display_problem() -> str | None:
    """Why no window can be shown here, or None. Qt itself would abort the process instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return NO_DISPLAY


def run_app(path: Path | None) -> int:
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from editor_app.paths import resources_dir
    from editor_app.ui.i18n import chosen_language, install_translators
    from editor_app.ui.main_window import MainWindow
    from editor_app.ui.preferences import setting

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("editor-app")
    app.setOrganizationName("editor-app")
    app.setDesktopFileName(DESKTOP_ID)  # Wayland matches the window to the installed menu entry
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "editor-app.svg")))
    # Before any widget exists: texts are translated when they are built.
    language = chosen_language(str(setting(QSettings("editor-app", "editor-app"), "view/language")))
    install_translators(language)
    window = MainWindow()
    window.show()
    open_path(window, path)
    _quit_cleanly_on_terminate(app, window)
    if os.environ.get("EDITOR_APP_EXIT_WHEN_SHOWN"):
        code = _report_start_and_exit(app)
        window.close()  # releases the article's lock like a normal quit
        return code
    return app.exec()


def open_path(window: "MainWindow", path: Path | None) -> None:
    """What the command line asked for: a folder, an article, or nothing (then offer recovered work).

    A bundled sample (``make run`` opens one) is opened as the user's copy, never in place.
    """
    from editor_app.storage.sample_copy import is_bundled_sample, sample_copy

    if path is not None and is_bundled_sample(path):
        path = sample_copy(path)
    if path is not None and path.is_dir():
        window.open_folder(path)
    elif path is not None:
        window.open_article(path)
    else:
        window.autosave.offer_on_start()


def _quit_cleanly_on_terminate(app: "QApplication", window: "MainWindow") -> None:
    """SIGTERM (logout, ``kill``, a timeout): keep unsaved work in the recovery file, drop the lock, quit.

    Python runs signal handlers only between bytecodes, so a timer gives it a turn now and then.
    """
    import signal

    from PySide6.QtCore import QTimer

    def terminate(_signum: int, _frame: object) -> None:
        window.autosave.leave_for_recovery()
        app.quit()

    signal.signal(signal.SIGTERM, terminate)
    timer = QTimer(window)
    timer.timeout.connect(lambda: None)
    timer.start(250)


HEAVY_MODULES = ("spacy", "thinc", "torch", "numpy", "rapidfuzz", "spellchecker")


def _report_start_and_exit(app: "QApplication") -> int:
    """For the start-up benchmark: show the window, print which heavy modules got loaded, exit."""
    import json

    app.processEvents()
    heavy = sorted({name.split(".")[0] for name in sys.modules} & set(HEAVY_MODULES))
    print(json.dumps({"heavy_modules": heavy}))
    return 0

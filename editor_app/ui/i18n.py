"""Translations: the marker functions the UI calls, and loading the chosen language at start.

Every user-visible string goes through :func:`translate` (``translate("Context", "text")``), or, in a
table built before the application exists, through :func:`QT_TRANSLATE_NOOP` and then ``translate``
where it is shown. Qt's ``pyside6-lupdate`` finds both forms and writes them to
``resources/i18n/*.ts``; ``pyside6-lrelease`` compiles those into ``.qm`` files (``make translations``,
and the PyInstaller spec at build time). Placeholders are Python's ``{name}``, filled after translating.

At start, :func:`install_translators` loads ``editor_app_<language>.qm`` from ``resources/i18n/``; in a
source tree where it is missing or older than its ``.ts``, it compiles the ``.ts`` into the user's
cache folder with ``pyside6-lrelease``, and without that tool reads the ``.ts`` itself.
"""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QStandardPaths, QTranslator

from editor_app.paths import resources_dir

LANGUAGES = ("en", "es")
"""The languages the UI speaks: English (the source strings) and those with a ``.ts`` in resources/i18n."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # Qt's name, which lupdate knows
    """Marks ``text`` for translation without translating it: for tables built at import time."""
    return text


LANGUAGE_NAMES = {
    "system": QT_TRANSLATE_NOOP("Preferences", "System language"),
    "en": "English",
    "es": "Español",
}
"""As shown in Preferences: each language in itself, so that anyone can find theirs."""


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the UI's language (``context`` is where it is used, as in the ``.ts`` files)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


VOCABULARY = (
    # The sidecar's fixed words (editor_app.model.vocab), as shown in the UI; the files keep English.
    QT_TRANSLATE_NOOP("Vocabulary", "suggested"),
    QT_TRANSLATE_NOOP("Vocabulary", "confirmed"),
    QT_TRANSLATE_NOOP("Vocabulary", "rejected"),
    QT_TRANSLATE_NOOP("Vocabulary", "direct"),
    QT_TRANSLATE_NOOP("Vocabulary", "indirect"),
    QT_TRANSLATE_NOOP("Vocabulary", "mixed"),
    QT_TRANSLATE_NOOP("Vocabulary", "scare"),
    QT_TRANSLATE_NOOP("Vocabulary", "spelling"),
    QT_TRANSLATE_NOOP("Vocabulary", "name"),
    QT_TRANSLATE_NOOP("Vocabulary", "fact"),
    QT_TRANSLATE_NOOP("Vocabulary", "grammar"),
    QT_TRANSLATE_NOOP("Vocabulary", "style"),
    QT_TRANSLATE_NOOP("Vocabulary", "punctuation"),
    QT_TRANSLATE_NOOP("Vocabulary", "boilerplate"),
    QT_TRANSLATE_NOOP("Vocabulary", "other"),
    QT_TRANSLATE_NOOP("Vocabulary", "open"),
    QT_TRANSLATE_NOOP("Vocabulary", "accepted"),
    QT_TRANSLATE_NOOP("Vocabulary", "applied"),
    QT_TRANSLATE_NOOP("Vocabulary", "new"),
    QT_TRANSLATE_NOOP("Vocabulary", "in-progress"),
    QT_TRANSLATE_NOOP("Vocabulary", "done"),
    QT_TRANSLATE_NOOP("Vocabulary", "needs-review"),
)


def term(word: str) -> str:
    """A word of the sidecar's vocabulary (a status, kind or category) in the UI's language."""
    return translate("Vocabulary", word)


def chosen_language(preference: str, locale: QLocale | None = None) -> str:
    """The language to use: the preference ("en", "es"), or for "system" the first of the system's UI
    languages that the app speaks (English when none is)."""
    if preference in LANGUAGES:
        return preference
    for name in (locale or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


_installed: list[QTranslator] = []
"""Kept here so that Python does not collect them while Qt uses them."""


def install_translators(language: str) -> list[QTranslator]:
    """Install the app's and Qt's own translations (standard buttons, dialogs) for ``language``, in place
    of any installed before. English installs nothing. Widgets built before keep their texts."""
    app = QCoreApplication.instance()
    while _installed:
        if app is not None:
            app.removeTranslator(_installed.pop())
        else:
            _installed.pop()
    if app is None or language == "en":
        return []
    installed = _installed
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    ours = app_translator(language)
    if ours is not None:
        app.installTranslator(ours)
        installed.append(ours)
    return list(installed)


def app_translator(language: str, folder: Path | None = None) -> QTranslator | None:
    """The app's translator for ``language``, or None when there is no translation for it."""
    folder = folder or resources_dir() / "i18n"
    source = folder / f"editor_app_{language}.ts"
    compiled = folder / f"editor_app_{language}.qm"
    if source.is_file() and (not compiled.is_file() or compiled.stat().st_mtime < source.stat().st_mtime):
        compiled = _compile_into_cache(source) or compiled
    if compiled.is_file():
        translator = QTranslator(QCoreApplication.instance())
        if translator.load(str(compiled)):
            return translator
    if source.is_file():
        return TsTranslator(read_ts(source))
    return None


def lrelease() -> str | None:
    """Qt's lrelease: the one PySide6 installs beside this Python, else one on the PATH."""
    beside_python = str(Path(sys.executable).parent)
    return (
        shutil.which("pyside6-lrelease", path=beside_python)
        or shutil.which("pyside6-lrelease")
        or shutil.which("lrelease")
    )


def _compile_into_cache(source: Path) -> Path | None:
    tool = lrelease()
    if tool is None:
        return None
    cache = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    if not cache:
        return None
    target = Path(cache) / "i18n" / source.with_suffix(".qm").name
    if target.is_file() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([tool, "-silent", str(source), "-qm", str(target)], check=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    return target


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """The finished translations of a ``.ts`` file: (context, source) -> translation."""
    found: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            if translation.text:
                found[(name, message.findtext("source") or "")] = translation.text
    return found


class TsTranslator(QTranslator):
    """Translations read straight from a ``.ts`` file, for a machine with no lrelease."""

    def __init__(self, messages: dict[tuple[str, str], str]):
        super().__init__(QCoreApplication.instance())
        self.messages = messages

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return self.messages.get((context, source))  # None: not translated, Qt shows the source

    def isEmpty(self) -> bool:
        return not self.messages

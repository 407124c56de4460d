"""Translations: every marked string is in the .ts files, Spanish is complete, and the window speaks it."""

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QMessageBox

from editor_app.ui import i18n
from editor_app.ui.i18n import (
    LANGUAGES,
    TsTranslator,
    app_translator,
    chosen_language,
    install_translators,
    read_ts,
)

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "editor_app" / "ui"
I18N = ROOT / "resources" / "i18n"
TEMPLATE = I18N / "editor_app.ts"
SPANISH = I18N / "editor_app_es.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n")


def marked_strings() -> Iterator[tuple[str, str, str]]:
    """(file:line, context, text) of every translate(...), QT_TRANSLATE_NOOP(...) and self.tr(...) call
    whose context and text are written out (the calls that translate a marked variable are not)."""
    for path in sorted(UI.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes = [node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = (
                func.id
                if isinstance(func, ast.Name)
                else func.attr
                if isinstance(func, ast.Attribute)
                else ""
            )
            args = node.args
            where = f"{path.name}:{node.lineno}"
            if name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
                context, text = args[0], args[1]
                if isinstance(context, ast.Constant) and isinstance(text, ast.Constant):
                    yield where, str(context.value), str(text.value)
            elif name == "tr" and args and isinstance(args[0], ast.Constant):
                owner = next(c.name for c in classes if c.lineno <= node.lineno <= (c.end_lineno or 0))
                yield where, owner, str(args[0].value)


def ts_messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found: dict[tuple[str, str], ET.Element] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def test_the_ui_marks_its_strings_for_translation() -> None:
    marked = list(marked_strings())
    assert len(marked) > 250
    assert {context for _, context, _ in marked} >= {"Actions", "MainWindow", "Panels", "Preferences"}


@pytest.mark.parametrize("ts", [TEMPLATE, SPANISH], ids=lambda p: p.name)
def test_every_marked_string_is_in_the_ts_files(ts: Path) -> None:
    messages = ts_messages(ts)
    missing = []
    for where, context, text in marked_strings():
        message = messages.get((context, text))
        translation = message.find("translation") if message is not None else None
        if translation is None or translation.get("type") in ("vanished", "obsolete"):
            missing.append(f"{where}: {context!r} {text!r}")
    assert not missing, "not in the .ts (run `make translations-update`):\n" + "\n".join(missing)


def test_every_spanish_message_is_translated_with_the_same_placeholders() -> None:
    problems = []
    for (context, source), message in ts_messages(SPANISH).items():
        translation = message.find("translation")
        text = translation.text if translation is not None else None
        if translation is None or translation.get("type") == "unfinished" or not (text or "").strip():
            problems.append(f"{context}: {source!r} is not translated")
            continue
        assert text is not None
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"{context}: {source!r} -> {text!r} changes the placeholders")
        if source.count("&") != text.count("&"):
            problems.append(f"{context}: {source!r} -> {text!r} changes the mnemonic")
    assert not problems, "\n".join(problems)


def test_the_ts_files_hold_no_strings_the_code_no_longer_marks() -> None:
    marked = {(context, text) for _, context, text in marked_strings()}
    stale = sorted(set(ts_messages(SPANISH)) - marked)
    assert not stale, stale


def test_the_language_comes_from_the_preference_or_else_the_system_locale() -> None:
    assert chosen_language("es", QLocale("en_US")) == "es"
    assert chosen_language("en", QLocale("es_ES")) == "en"
    assert chosen_language("system", QLocale("es_MX")) == "es"
    assert chosen_language("system", QLocale("fr_FR")) == "en"
    assert set(LANGUAGES) == {"en", "es"}


def test_without_lrelease_spanish_is_read_straight_from_the_ts(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / SPANISH.name).write_bytes(SPANISH.read_bytes())
    monkeypatch.setattr(i18n, "lrelease", lambda: None)
    translator = app_translator("es", tmp_path)
    assert isinstance(translator, TsTranslator)
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Actions", "&Save") == "&Guardar"
        assert QCoreApplication.translate("Actions", "not a marked string") == "not a marked string"
    finally:
        qapp.removeTranslator(translator)
    assert read_ts(SPANISH)[("Vocabulary", "needs-review")] == "por revisar"


@pytest.fixture
def spanish(qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # a .qm compiled at start goes here
    assert len(install_translators("es")) == 2  # Qt's own (standard buttons) and the app's
    yield
    install_translators("en")


def test_the_window_starts_in_spanish(qtbot: Any, spanish: None, sample_article: Path) -> None:
    from editor_app.ui.main_window import MainWindow

    window = MainWindow()
    window.notices.ask_unsaved = lambda _name: QMessageBox.StandardButton.Discard
    qtbot.addWidget(window)
    window.show()
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&Archivo", "&Editar", "A&notar", "&Revisar", "&Herramientas", "&Ver", "A&yuda"]
    assert window.actions_by_id["file.save"].text() == "&Guardar"
    assert window.actions_by_id["annotate.quote"].text() == "&Cita"
    assert window.actions_by_id["label.1"].text() == "Etiquetar como PERSON"
    assert window.quote_model.headerData(1, Qt.Orientation.Horizontal) == "Hablante"
    assert window.entity_model.horizontalHeaderItem(0).text() == "Entidad"
    assert window.document_bar.file_label.text() == "Ningún artículo abierto"
    assert window.open_article(sample_article)
    assert window.document_bar.status_box.currentText() == "nuevo"
    assert window.document_bar.status_box.currentData() == "new"
    assert window.statusBar().currentMessage() == f"Abierto {sample_article.name}"
    window.close()

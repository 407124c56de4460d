"""Help > Keyboard shortcuts: the keys a person presses, and every action's name in full."""

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QHeaderView

from editor_app.ui.dialogs import ShortcutsDialog
from editor_app.ui.i18n import install_translators


def _rows(dialog: ShortcutsDialog) -> dict[str, str]:
    table = dialog.table
    cells = [[table.item(r, c) for c in (1, 2)] for r in range(table.rowCount())]
    return {name.text(): keys.text().replace("\n", ", ") for name, keys in cells if name and keys}


def test_the_key_list_shows_only_keys_of_a_keyboard(qtbot: Any, window: Any) -> None:
    window.show_shortcuts()
    rows = _rows(window.shortcuts_dialog)
    assert rows["Undo"].startswith("Ctrl+Z")
    assert rows["Redo"] == "Ctrl+Shift+Z, Ctrl+Y"
    # Qt's standard bindings add the keys of media keyboards and old Sun keyboards: not listed.
    media = {f"F{n}" for n in range(13, 36)} | {"Undo", "Redo", "Find", "Help", "Open", "Save", "Copy"}
    for keys in rows.values():
        assert not media & set(keys.split(", ")), keys


@pytest.fixture
def spanish() -> Iterator[None]:
    assert install_translators("es")
    yield
    install_translators("en")


def test_the_spanish_shortcuts_dialog_shows_every_action_name_in_full(
    qtbot: Any, spanish: None, window: Any
) -> None:
    window.show_shortcuts()
    dialog = window.shortcuts_dialog
    qtbot.waitExposed(dialog)
    table = dialog.table
    header: QHeaderView = table.horizontalHeader()
    metrics = table.fontMetrics()
    assert header.length() <= table.viewport().width()
    for row in range(table.rowCount()):
        for column in range(3):
            item = table.item(row, column)
            assert item is not None
            for line in item.text().split("\n"):
                assert metrics.horizontalAdvance(line) < header.sectionSize(column), line

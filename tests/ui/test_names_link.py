"""The Entities panel and the desk's names list: link an entity to an entry with the entity picker,
add an entry from the current entity (names.yaml written atomically and read back)."""

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from editor_app.storage.names_file import read_names
from editor_app.ui.main_window import MainWindow
from tests.archive.helpers import magnus_article
from tests.archive.test_names import GOOD as NAMES


def open_on_entity(qtbot: Any, window: MainWindow, article: Path) -> None:
    assert window.workspace.open(article)
    panel = window.entities_panel
    panel.setCurrentIndex(panel.model().index(0, 0))


def test_linking_an_entity_to_an_entry_of_the_names_list_is_one_undoable_edit(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    article = magnus_article(tmp_path / "desk" / "story.txt", name="Magnus")
    (tmp_path / "names.yaml").write_text(NAMES, encoding="utf-8")  # a parent folder's list applies
    open_on_entity(qtbot, window, article)
    entity = window.workspace.doc.entities[0]
    assert entity.link is None
    window.actions_by_id["annotate.link_name"].trigger()
    picker = window.entity_picker
    assert picker.isVisible()
    assert picker.list.count() == 3  # the two entries, then "New entry from this entity…"
    qtbot.keyClicks(picker.field, "dhs")  # any part of a name or a variant
    first = picker.list.item(0)
    assert first is not None
    assert first.text().startswith("Department of Homeland Security (ORG)")
    picker.field.clear()
    qtbot.keyClicks(picker.field, "magnus")
    qtbot.keyClick(picker.field, Qt.Key.Key_Return)
    assert not picker.isVisible()
    linked = window.workspace.doc.entities[0]
    assert (linked.name, linked.link) == ("Chris Magnus", "wikidata:Q5108848")
    window.workspace.undo_stack.undo()
    assert window.workspace.doc.entities[0].link is None


def test_adding_an_entry_from_the_current_entity_writes_names_yaml_beside_the_article(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    article = magnus_article(tmp_path / "desk" / "story.txt", name="Magnus")
    open_on_entity(qtbot, window, article)
    window.actions_by_id["annotate.add_name"].trigger()
    names = read_names(tmp_path / "desk" / "names.yaml")
    assert [(e.name, e.label, e.variants, e.link) for e in names.entries] == [
        ("Chris Magnus", "PERSON", ("Magnus",), None)
    ]
    # Again, from the picker's last item, into the list that now applies: nothing doubled.
    window.actions_by_id["annotate.link_name"].trigger()
    picker = window.entity_picker
    picker.list.setCurrentRow(picker.list.count() - 1)
    qtbot.keyClick(picker.field, Qt.Key.Key_Return)
    assert len(read_names(tmp_path / "desk" / "names.yaml").entries) == 1


def test_a_names_list_with_a_bad_entry_is_reported_and_never_written_over(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    article = magnus_article(tmp_path / "desk" / "story.txt")
    bad = NAMES + "- label: PERSON\n"  # an entry without a name
    path = tmp_path / "desk" / "names.yaml"
    path.write_text(bad, encoding="utf-8")
    told: list[str] = []
    window.notices.notice = lambda message, **_: told.append(message)  # type: ignore[method-assign]
    open_on_entity(qtbot, window, article)
    assert not window.names_links.add_entry()
    assert path.read_text(encoding="utf-8") == bad
    assert any("names.yaml:" in m for m in told)

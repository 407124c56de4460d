"""In the window, applied corrections are history: no "Needs re-anchoring", nothing painted or clickable."""

import shutil
from pathlib import Path
from typing import Any

from editor_app.storage import sidecar_path
from editor_app.ui.main_window import MainWindow
from tests.conftest import DATA
from tests.ui.conftest import highlighted_ranges

LEGACY = DATA / "legacy" / "applied-before-was.txt"


def test_an_article_with_applied_deletions_opens_without_orphans_or_marks(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    article = tmp_path / LEGACY.name
    shutil.copyfile(LEGACY, article)
    shutil.copyfile(sidecar_path(LEGACY), sidecar_path(article))

    assert window.open_article(article)

    assert not window.orphans.isVisible(), "applied corrections are not listed as needing re-anchoring"
    doc = window.workspace.doc
    subs = next(c for c in doc.corrections if c.id == "c-subs")
    assert subs.span.start == subs.span.end == 34
    index = window.workspace.index
    for position in (33, 34):
        assert [e.kind for e in index.at(position) if e.shown] in ([], ["mention"])
    assert window.annotator.target_at(34, ("correction",)) is None
    assert window.annotator.target_at(doc.text.index("Tucson"), ("correction",)) is None
    assert not [r for r in highlighted_ranges(window) if r[2] == "correction"]
    assert not window.workspace.is_dirty()


def test_an_applied_correction_reads_in_the_panel_and_cannot_be_changed_there(window, sample_article):
    from PySide6.QtCore import Qt

    from editor_app.model.edits import AddRecord
    from editor_app.model.records import Correction, Span

    assert window.open_article(sample_article)
    doc = window.workspace.doc
    start = doc.text.index("Magnus")
    applied = Correction(
        doc.mint_id(Correction), Span(start, start + 6, "Magnus"), "Magnus", "name", "applied", was="Mangus"
    )
    assert window.workspace.push(AddRecord(applied))
    model = window.correction_model
    row = model.row_of(applied.id)
    assert model.index(row, 0).data() == "Mangus"
    for column in range(model.columnCount()):
        assert not model.flags(model.index(row, column)) & Qt.ItemFlag.ItemIsEditable

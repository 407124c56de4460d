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

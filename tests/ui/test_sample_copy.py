"""`make run` opens the bundled sample as the user's copy: the tracked file is never annotated or applied."""

import hashlib
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from editor_app.app import open_path
from editor_app.storage import sidecar_path
from tests.conftest import SAMPLE
from tests.ui.conftest import press, select_text


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_bundled_sample_opens_as_a_copy_in_the_data_folder_and_says_so(qtbot: Any, window: Any) -> None:
    before = _digest(SAMPLE)
    beside = sorted(p.name for p in SAMPLE.parent.iterdir())
    open_path(window, SAMPLE)  # what `editor-app resources/samples/...` (make run) does

    opened = window.workspace.files.article_path
    assert Path(os.environ["XDG_DATA_HOME"]) in opened.parents
    assert opened.name == SAMPLE.name
    assert "copy of the sample" in window.windowTitle()
    assert sorted(p.name for p in SAMPLE.parent.iterdir()) == beside  # no lock beside the tracked file

    select_text(window, "Chris Magnus")
    press(qtbot, window, Qt.Key.Key_1)
    assert window.workspace.save()
    assert sidecar_path(opened).exists()
    assert not sidecar_path(SAMPLE).exists()
    assert _digest(SAMPLE) == before

    window.close()  # the next start finds the same copy, with the work done on it
    open_path(window, SAMPLE)
    assert window.workspace.files.article_path == opened
    assert window.workspace.doc.entities

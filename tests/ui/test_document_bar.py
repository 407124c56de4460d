"""The status bar's counts are what the article holds: rejected suggestions are not counted."""

from pathlib import Path
from typing import Any

from editor_app.model.vocab import Status
from editor_app.ui.i18n import term


def test_rejecting_an_entity_and_a_correction_takes_them_out_of_the_counts(
    qtbot: Any, window: Any, sample_with_golden_sidecar: Path
) -> None:
    assert window.open_article(sample_with_golden_sidecar)
    label = window.document_bar.counts_label
    assert label.text().startswith("1 entities (3 mentions)")
    assert "1 corrections (1 open)" in label.text()

    # The user sets the status cells in the panels, as they would with the combo box.
    entities = window.entity_model
    assert entities.setData(entities.index(0, 3), Status.REJECTED)
    corrections = window.correction_model
    assert corrections.setData(corrections.index(0, 3), Status.REJECTED)

    assert label.text().startswith("0 entities (0 mentions)")
    assert "0 corrections (0 open)" in label.text()
    assert term(Status.REJECTED) == "rejected"
    window.workspace.undo_stack.undo()
    window.workspace.undo_stack.undo()
    assert label.text().startswith("1 entities (3 mentions)")

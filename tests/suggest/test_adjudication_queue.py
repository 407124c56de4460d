"""The places of a gold document, decided or not, rebuilt from the document alone."""

from pathlib import Path

from editor_app.model.adjudication import adjudicate
from editor_app.storage.adjudication_files import pair_inputs, read_annotated
from editor_app.suggest.adjudication_queue import is_decided, places, take
from tests.annotators import annotator_folders


def test_decided_places_still_count_and_the_last_decision_marks_the_gold_done(tmp_path: Path) -> None:
    folders = annotator_folders(tmp_path, ("ana", "ben", "cy"))
    (item,) = pair_inputs(folders)
    annotated, _ = read_annotated(item, folders)
    for min_agree in (None, 2):
        result = adjudicate(annotated, min_agree)
        doc = result.document
        assert len(places(doc)) == len(places(doc, decided=True)) == result.disagreements
        for number in range(result.disagreements):
            left = places(doc)
            last = len(left) == 1
            edit = take(doc, left[0], left[0].versions[0] if number % 2 else None, last)
            edit.apply(doc)
            assert doc.status == ("done" if last else "needs-review")
        assert places(doc) == []
        decided = places(doc, decided=True)
        assert len(decided) == result.disagreements
        assert all(is_decided(doc, p) for p in decided)

"""Reading annotators' inputs for adjudication: the article read once, each copy still checked."""

import gc
from pathlib import Path

import pytest

from editor_app.storage import sidecar_path
from editor_app.storage.adjudication_files import adjudicate_inputs, pair_inputs, read_annotated
from tests.annotators import annotator_folders
from tests.conftest import SAMPLE


def test_inputs_with_the_same_article_are_read_against_one_copy_and_the_collector_is_back_on(
    tmp_path: Path,
) -> None:
    ana, ben = annotator_folders(tmp_path)
    (item,) = pair_inputs([ana / SAMPLE.name, ben / SAMPLE.name])
    annotated, notes = read_annotated(item, [ana, ben])
    assert [a.name for a in annotated] == ["ana", "ben"]
    assert annotated[0].document.article is annotated[1].document.article
    assert all(a.document.entities for a in annotated)
    assert notes == []
    assert gc.isenabled()


def test_a_copy_with_other_newlines_is_read_on_its_own_and_one_with_other_words_refused(
    tmp_path: Path,
) -> None:
    ana, ben = annotator_folders(tmp_path)
    copy = ben / SAMPLE.name
    copy.write_bytes(copy.read_bytes().replace(b"\n", b"\r\n"))
    (item,) = pair_inputs([ana / SAMPLE.name, copy])
    annotated, _ = read_annotated(item, [ana, ben])
    assert annotated[0].document.text == annotated[1].document.text
    assert annotated[1].document.article.newline == "crlf"
    assert len(annotated[1].document.entities) == len(annotated[0].document.entities)
    copy.write_text(SAMPLE.read_text(encoding="utf-8").replace("Magnus", "Mangus"), encoding="utf-8")
    with pytest.raises(ValueError, match="the article texts differ"):
        read_annotated(item, [ana, ben])
    (outcome,) = adjudicate_inputs([ana, ben])
    assert outcome.problem is not None
    assert "the article texts differ" in outcome.problem
    assert gc.isenabled()


def test_an_input_with_only_a_sidecar_is_read_against_the_others_article(tmp_path: Path) -> None:
    ana, ben = annotator_folders(tmp_path)
    (ben / SAMPLE.name).unlink()
    assert sidecar_path(ben / SAMPLE.name).exists()
    (outcome,) = adjudicate_inputs([ana, ben])
    assert outcome.problem is None
    assert outcome.adjudication is not None
    assert outcome.adjudication.disagreements == 7

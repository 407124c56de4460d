"""Reading sidecars that people and other tools wrote by hand."""

import shutil
from pathlib import Path

import pytest

from editor_app.storage import SidecarError, load_sidecar, read_article, save_sidecar, sidecar_path
from editor_app.storage.documents import open_document
from tests.conftest import SAMPLE

GOLDEN = Path(__file__).resolve().parent.parent / "data" / "golden" / f"{SAMPLE.name}.annotations.yaml"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    target = tmp_path / SAMPLE.name
    shutil.copyfile(SAMPLE, target)
    return target


def write_sidecar(article: Path, body: str) -> Path:
    side = sidecar_path(article)
    side.write_text("format: editor-app/annotations\nversion: 1\n" + body, encoding="utf-8")
    return side


def test_yaml_1_1_words_and_numbers_in_string_fields_stay_the_strings_that_were_typed(article):
    side = write_sidecar(
        article,
        "document:\n  status: new\n  note: no\n"
        "corrections:\n"
        "- {id: 012, start: 1639, end: 1645, text: Mangus,\n"
        "   replacement: on, note: 12:30:00, by: 2024-01-02}\n",
    )
    doc = load_sidecar(side, read_article(article)).document
    assert doc.note == "no"
    correction = doc.corrections[0]
    assert (correction.id, correction.replacement, correction.note, correction.by) == (
        "012",
        "on",
        "12:30:00",
        "2024-01-02",
    )
    save_sidecar(doc, side)
    again = load_sidecar(side, read_article(article)).document
    assert again.corrections == doc.corrections
    assert again.note == "no"


def test_a_sidecar_without_optional_fields_gets_the_documented_defaults(article):
    side = write_sidecar(
        article,
        "entities:\n- id: p1\n  label: PERSON\n  name: Chris Magnus\n  mentions:\n  - {start: 70, end: 82}\n",
    )
    entity = load_sidecar(side, read_article(article)).document.entities[0]
    assert entity.status == "confirmed"
    assert entity.mentions[0].text == "Chris Magnus"


def test_a_changed_article_loads_with_its_moved_spans_orphaned_and_a_warning(article):
    shutil.copyfile(GOLDEN, sidecar_path(article))
    text = article.read_text(encoding="utf-8")
    article.write_text("BREAKING: " + text, encoding="utf-8")
    loaded = load_sidecar(sidecar_path(article), read_article(article))
    assert loaded.article_changed
    assert "has changed" in loaded.warnings[0].message
    spans = list(loaded.document.spans())
    assert spans
    assert all(s.orphaned for s in spans)
    assert len(loaded.document.entities[0].mentions) == 3


def test_orphaned_spans_are_kept_through_a_save(article):
    shutil.copyfile(GOLDEN, sidecar_path(article))
    article.write_text(article.read_text(encoding="utf-8")[:500] + "\nUpdated.", encoding="utf-8")
    opened = open_document(article)
    save_sidecar(opened.document, opened.sidecar_path)
    text = opened.sidecar_path.read_text(encoding="utf-8")
    assert text.count("orphaned: true") == 5  # all but "Chris Magnus" in the first 500 characters
    assert "Mangus" in text
    reopened = open_document(article)
    assert sum(s.orphaned for s in reopened.document.spans()) == 5


def test_a_span_that_does_not_match_while_the_hash_does_is_corruption(article):
    side = sidecar_path(article)
    side.write_text(GOLDEN.read_text(encoding="utf-8").replace("text: Mangus", "text: Magnus", 1))
    with pytest.raises(SidecarError, match="does not match"):
        open_document(article)


def test_a_sidecar_in_utf16_with_a_bom_is_read(article):
    side = sidecar_path(article)
    side.write_bytes(GOLDEN.read_text(encoding="utf-8").encode("utf-16"))
    assert open_document(article).document.entities[0].name == "Chris Magnus"


def test_saving_a_document_that_fails_validation_writes_nothing(article):
    shutil.copyfile(GOLDEN, sidecar_path(article))
    opened = open_document(article)
    before = opened.sidecar_path.read_bytes()
    from dataclasses import replace

    quote = opened.document.quotes[0]
    opened.document.quotes[0] = replace(quote, speaker="e-gone")
    with pytest.raises(SidecarError, match="not saved"):
        save_sidecar(opened.document, opened.sidecar_path)
    assert opened.sidecar_path.read_bytes() == before

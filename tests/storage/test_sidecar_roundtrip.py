"""The sidecar's bytes are a contract: stable, diff-friendly, and lossless for keys we do not know."""

import difflib
import shutil
from pathlib import Path

import yaml

from editor_app.model import Correction, Entity, Quote
from editor_app.storage import dump_sidecar, load_sidecar, read_article, save_sidecar, sidecar_path
from editor_app.storage.documents import open_document
from tests.builders import annotated_sample, mention, span
from tests.conftest import SAMPLE

GOLDEN = Path(__file__).resolve().parent.parent / "data" / "golden"


def _golden_copy(tmp_path: Path) -> Path:
    """The sample article with the golden sidecar beside it."""
    article = tmp_path / SAMPLE.name
    shutil.copyfile(SAMPLE, article)
    shutil.copyfile(GOLDEN / f"{SAMPLE.name}.annotations.yaml", sidecar_path(article))
    return article


def test_the_golden_sidecar_loads_and_saves_to_identical_bytes(tmp_path):
    article = _golden_copy(tmp_path)
    side = sidecar_path(article)
    before = side.read_bytes()
    opened = open_document(article)
    assert opened.warnings == []
    save_sidecar(opened.document, side)
    assert side.read_bytes() == before


def test_the_golden_sidecar_keeps_other_tools_keys_at_every_level(tmp_path):
    article = _golden_copy(tmp_path)
    doc = open_document(article).document
    assert doc.extra["reviewed_by"] == [{"name": "Lee", "on": "2024-05-01"}, "no"]
    assert doc.source_extra["retrieved"] == "2024-04-30"
    assert doc.document_extra["story"] == "cbp-magnus"
    assert doc.entities[0].extra["wikidata_checked"] is True
    assert doc.entities[0].mentions[0].extra["confidence"] == 0.93
    assert doc.quotes[0].extra["paragraph"] == 4
    assert doc.corrections[0].extra["ticket"] == "012"


def test_saving_an_unchanged_document_twice_gives_identical_bytes(tmp_path, sample_article):
    doc = annotated_sample(sample_article)
    side = sidecar_path(sample_article)
    save_sidecar(doc, side)
    first = side.read_bytes()
    reloaded = load_sidecar(side, read_article(sample_article)).document
    save_sidecar(reloaded, side)
    assert side.read_bytes() == first


def test_changing_one_annotation_changes_only_its_lines(sample_article):
    doc = annotated_sample(sample_article)
    before = dump_sidecar(doc).splitlines()
    doc.entities.append(
        Entity(
            id="e-mayorkas", label="PERSON", name="Alejandro Mayorkas", mentions=(mention(doc, "Mayorkas"),)
        )
    )
    after = dump_sidecar(doc).splitlines()
    diff = [line for line in difflib.unified_diff(before, after, lineterm="", n=0) if line[:1] in "+-"]
    added = [line[1:] for line in diff if line.startswith("+") and not line.startswith("+++")]
    removed = [line for line in diff if line.startswith("-") and not line.startswith("---")]
    assert removed == []
    assert added[0] == "- id: e-mayorkas"
    assert len(added) == 6


def test_the_sidecar_is_utf8_with_lf_and_emoji_written_as_they_are(tmp_path):
    article = tmp_path / "emoji.txt"
    article.write_bytes("Ana 😀 said\r\n“yes”\r\n".encode())
    doc = open_document(article).document
    doc.entities.append(Entity(id="e-a", label="PERSON", name="Ana 😀", mentions=(mention(doc, "Ana 😀"),)))
    save_sidecar(doc, sidecar_path(article))
    data = sidecar_path(article).read_bytes()
    assert b"\r" not in data
    assert "Ana 😀".encode() in data
    assert "newline: crlf" in data.decode()


def test_records_are_written_sorted_by_position_then_id(sample_article):
    doc = annotated_sample(sample_article)
    doc.entities.insert(0, Entity(id="e-z", label="ORG", name="DHS", mentions=(mention(doc, "DHS"),)))
    doc.entities.insert(
        0, Entity(id="e-y", label="ORG", name="The Times", mentions=(mention(doc, "The Times"),))
    )
    loaded = yaml.safe_load(dump_sidecar(doc))
    assert [e["id"] for e in loaded["entities"]] == ["e-magnus", "e-y", "e-z"]


def test_every_yaml_reader_loads_the_sidecar_the_same(sample_article):
    text = dump_sidecar(annotated_sample(sample_article))
    pure = yaml.load(text, Loader=yaml.SafeLoader)
    fast = yaml.load(text, Loader=yaml.CSafeLoader)
    assert pure == fast
    assert pure["quotes"][0]["cue"] == {"start": 652, "end": 656, "text": "said"}


def test_saving_writes_sorted_records_but_leaves_the_document_as_it_was(tmp_path):
    article = _golden_copy(tmp_path)
    side = sidecar_path(article)
    doc = open_document(article).document
    for number, name in enumerate(["Border Patrol", "Alejandro Mayorkas", "The Times"]):
        doc.entities.append(Entity(f"e-{number}", "ORG", name, mentions=(mention(doc, name),)))
        doc.quotes.append(Quote(f"q-{number}", span(doc, name), kind="scare"))
        doc.corrections.append(Correction(f"c-{number}", span(doc, name), replacement=name.upper()))
    save_sidecar(doc, side)
    in_order = side.read_bytes()
    for records in (doc.entities, doc.quotes, doc.corrections):
        records.reverse()
    lists = doc.entities, doc.quotes, doc.corrections
    contents = [list(records) for records in lists]

    save_sidecar(doc, side)

    assert side.read_bytes() == in_order
    assert [doc.entities, doc.quotes, doc.corrections] == contents
    assert all(
        now is then for now, then in zip((doc.entities, doc.quotes, doc.corrections), lists, strict=True)
    )

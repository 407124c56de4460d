"""An applied correction is history: it loads, validates and saves cleanly and is never an orphan.

It points at where its replacement now stands (a deletion at the point between two characters where
the words were), keeps the words it replaced under ``was:``, moves with the text, and is left out of
exports. Files written before ``was:`` existed (``original:`` and an orphaned deletion) read the same.
"""

import json
import re
import shutil
from dataclasses import replace
from pathlib import Path

import jsonschema
import yaml

from editor_app.cli import main
from editor_app.model import Correction, Entity, Mention
from editor_app.model.anchoring import reanchor
from editor_app.model.corrections import apply_corrections
from editor_app.model.orphaned import orphans_of
from editor_app.model.validation import validate
from editor_app.paths import resources_dir
from editor_app.storage import save_sidecar, sidecar_path
from editor_app.storage.documents import open_document
from editor_app.storage.sidecar_write import dump_sidecar
from tests.conftest import DATA

SCHEMA = json.loads((resources_dir() / "schema" / "annotations-v1.schema.json").read_text(encoding="utf-8"))
LEGACY = DATA / "legacy" / "applied-before-was.txt"
SENTENCE = "He has focused on trying to reform the culture of the agency. "
BOILERPLATE_START = "\n\nOnly subscribers"


def corrected_sample(article: Path) -> None:
    """The sample with a name fix, a sentence cut from the middle, the boilerplate cut from the end,
    and a mention lying wholly inside the cut sentence."""
    opened = open_document(article)
    doc = opened.document
    text = doc.text
    mangus, cut, boiler = text.index("Mangus"), text.index(SENTENCE), text.index(BOILERPLATE_START)
    agency = text.index("the agency", cut) + 4
    doc.entities = [
        Entity("e-cbp", "ORG", "the agency", mentions=(Mention(agency, agency + 6, "agency"),)),
        Entity("e-magnus", "PERSON", "Chris Magnus", mentions=(Mention(mangus, mangus + 6, "Mangus"),)),
    ]
    doc.corrections = [
        Correction("c-mangus", doc.span(mangus, mangus + 6), "Magnus", "name", "accepted", "Spelt so"),
        Correction("c-cut", doc.span(cut, cut + len(SENTENCE)), "", "style", "accepted", "Repeats"),
        Correction("c-boiler", doc.span(boiler, len(text)), "", "boilerplate", "accepted"),
    ]
    save_sidecar(doc, sidecar_path(article))


def test_applied_corrections_load_validate_and_save_as_history_not_orphans(sample_article, capsys):
    original = sample_article.read_text(encoding="utf-8")
    corrected_sample(sample_article)

    assert main(["apply", str(sample_article)]) == 0

    out = capsys.readouterr().out
    written = sidecar_path(sample_article).read_text(encoding="utf-8")
    found = re.search(r"(\d+) annotation\(s\) orphaned", out)
    assert found is not None
    reported = int(found.group(1))
    assert reported == written.count("orphaned: true") == 1, "the count is the number of flags written"
    jsonschema.validate(yaml.safe_load(written), SCHEMA)

    opened = open_document(sample_article)
    assert [w.message.split(":")[0] for w in opened.warnings] == ["orphaned span 'agency' (was at 2444-2450)"]
    doc = opened.document
    assert validate(doc) == []
    assert [o.record_id for o in orphans_of(doc)] == ["e-cbp"], "only the mention inside the cut words"
    by_id = {c.id: c for c in doc.corrections}
    assert all(c.status == "applied" for c in doc.corrections)
    mangus = by_id["c-mangus"]
    assert (mangus.span.text, mangus.was, mangus.replacement) == ("Magnus", "Mangus", "Magnus")
    assert doc.text[mangus.span.start : mangus.span.end] == "Magnus"
    assert "original" not in mangus.extra
    cut = by_id["c-cut"]
    assert (cut.span.end, cut.span.text, cut.was) == (cut.span.start, "", SENTENCE)
    assert not cut.span.orphaned
    before = original[: original.index(SENTENCE)]
    assert doc.text[: cut.span.start] == before.replace("Mangus", "Magnus"), "the point is where it was cut"
    boiler = by_id["c-boiler"]
    assert boiler.span.start == boiler.span.end == len(doc.text)
    assert boiler.was == original[original.index(BOILERPLATE_START) :]
    assert dump_sidecar(doc) == written, "saving again changes nothing"


def test_a_file_written_before_was_existed_reads_as_the_same_history(tmp_path):
    article = tmp_path / LEGACY.name
    shutil.copyfile(LEGACY, article)
    shutil.copyfile(sidecar_path(LEGACY), sidecar_path(article))

    opened = open_document(article)

    doc = opened.document
    assert opened.warnings == []
    assert orphans_of(doc) == []
    text = doc.text
    by_id = {c.id: c for c in doc.corrections}
    assert by_id["c-mangus"].was == "Mangus"
    assert "original" not in by_id["c-mangus"].extra
    subs = by_id["c-subs"]
    assert (subs.span.start, subs.span.end, subs.span.text) == (34, 34, "")
    assert subs.was == "Only subscribers may comment. "
    assert text[:34] == "Chris Magnus said the plan works. "
    more = by_id["c-more"]
    assert (more.span.start, more.span.end, more.was) == (66, 66, "\n\nRead more at example.com.")
    saved = dump_sidecar(doc)
    assert "original:" not in saved
    assert "orphaned" not in saved
    assert '  was: "Only subscribers may comment. "\n' in saved
    jsonschema.validate(yaml.safe_load(saved), SCHEMA)


def test_applied_history_moves_with_later_changes_and_is_never_orphaned(tmp_path):
    article = tmp_path / LEGACY.name
    shutil.copyfile(LEGACY, article)
    shutil.copyfile(sidecar_path(LEGACY), sidecar_path(article))
    doc = open_document(article).document
    old_text = doc.text

    # A later apply: "Chris " is deleted before every point, "Tucson" (an applied replacement) is cut.
    tucson = old_text.index("Tucson")
    later = [
        Correction("c-chris", doc.span(0, 6), "", "style", "accepted"),
        Correction("c-visit", doc.span(tucson - 8, tucson + 7), "", "style", "accepted"),
    ]
    doc.corrections = [*doc.corrections, *later]
    result = apply_corrections(doc, later)
    moved = {c.id: c for c in result.document.corrections}
    assert [s for s in result.orphaned if s in [c.span for c in moved.values()]] == []
    assert moved["c-subs"].span.start == moved["c-subs"].span.end == 28
    assert moved["c-tuscon"].span.start == moved["c-tuscon"].span.end, "its words were cut: a point"
    assert moved["c-chris"].span.start == moved["c-chris"].span.end == 0
    assert validate(result.document) == []
    assert orphans_of(result.document) == []

    # The article edited outside the app: words inserted before the points; re-anchored along the diff.
    changed = replace(doc.article, text="Breaking: " + old_text)
    edited = replace(doc, article=changed)
    edited.corrections = [c for c in doc.corrections if c.id not in {"c-chris", "c-visit"}]
    report = reanchor(edited, old_text)
    assert report.orphaned == []
    subs = next(c for c in edited.corrections if c.id == "c-subs")
    assert subs.span.start == subs.span.end == 34 + len("Breaking: ")
    assert validate(edited) == []


def test_exports_leave_applied_corrections_out(tmp_path):
    article = tmp_path / LEGACY.name
    shutil.copyfile(LEGACY, article)
    shutil.copyfile(sidecar_path(LEGACY), sidecar_path(article))
    for fmt in ("jsonl", "brat", "conll", "spacy"):
        out = tmp_path / f"out-{fmt}"
        assert main(["export", "--format", fmt, str(article), "-o", str(out)]) == 0
    [line] = (tmp_path / "out-jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["corrections"] == []
    ann = next((tmp_path / "out-brat").rglob("*.ann")).read_text(encoding="utf-8")
    assert "Correction" not in ann
    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copyfile(article, copy / article.name)
    shutil.copyfile(sidecar_path(article), sidecar_path(copy / article.name))
    assert main(["agree", str(article), str(copy / article.name)]) == 0

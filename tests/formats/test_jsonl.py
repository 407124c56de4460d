"""JSONL: what doccano and Prodigy read, round trips through our importer, and their own files."""

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from editor_app.formats.jsonl_write import document_record, dumps
from editor_app.model.records import Entity, Mention
from editor_app.storage import sidecar_path
from tests.formats.helpers import INTEROP, SYNTHETIC, cli, load, mention_tuples, sample_with_golden


def read_lines(path: Path) -> list[Any]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line]


def test_the_sample_exports_as_one_line_doccano_and_prodigy_both_read(tmp_path):
    article = sample_with_golden(tmp_path / "in")
    assert cli("export", "--format", "jsonl", article, "-o", tmp_path / "out.jsonl") == 0
    [line] = read_lines(tmp_path / "out.jsonl")
    doc = load(article)
    assert line["text"] == doc.text
    expected = sorted([m.start, m.end, e.label] for e in doc.entities for m in e.mentions)
    assert line["label"] == expected
    for start, end, label in line["label"]:  # doccano: [start, end, "LABEL"] over code points
        assert isinstance(start, int)
        assert isinstance(end, int)
        assert isinstance(label, str)
    assert [(s["start"], s["end"], s["label"]) for s in line["spans"]] == [tuple(x) for x in expected]
    for span in line["spans"]:  # Prodigy: start/end/label, the text matching the slice
        assert line["text"][span["start"] : span["end"]] == span["text"]
        assert span["entity"] == "e-magnus"
    assert line["spans"][0]["confidence"] == 0.93  # a key another tool wrote rides along
    [quote] = line["quotes"]
    assert (quote["start"], quote["end"], quote["speaker"]) == (570, 646, "e-magnus")
    assert quote["cue"] == {"start": 652, "end": 656, "text": "said"}
    [correction] = line["corrections"]
    assert (correction["text"], correction["replacement"], correction["ticket"]) == (
        "Mangus",
        "Magnus",
        "012",
    )
    assert line["meta"] == {"file": article.name, "status": "in-progress"}
    assert line["story"] == "cbp-magnus"
    assert line["entity_records"][0]["link"] == "wikidata:Q5108848"


def test_our_jsonl_imports_back_to_the_same_annotations(tmp_path):
    article = sample_with_golden(tmp_path / "in")
    cli("export", "--format", "jsonl", article, "-o", tmp_path / "out.jsonl")
    assert cli("import", "--format", "jsonl", tmp_path / "out.jsonl", "-o", tmp_path / "back") == 0
    original, back = load(article), load(tmp_path / "back" / article.name)
    assert back.text == original.text
    assert back.entities == original.entities
    assert back.quotes == original.quotes
    assert back.corrections == original.corrections
    assert (back.status, back.note, back.document_extra) == (
        original.status,
        original.note,
        original.document_extra,
    )


def test_an_import_never_overwrites_a_sidecar_without_force(tmp_path, capsys):
    article = sample_with_golden(tmp_path / "in")
    cli("export", "--format", "jsonl", article, "-o", tmp_path / "out.jsonl")
    assert cli("import", "--format", "jsonl", tmp_path / "out.jsonl", "-o", tmp_path / "in") == 1
    assert "exists; --force replaces it" in capsys.readouterr().err
    before = sidecar_path(article).read_bytes()
    original = load(article)
    assert cli("import", "--format", "jsonl", tmp_path / "out.jsonl", "-o", tmp_path / "in", "--force") == 0
    assert load(article).entities == original.entities
    # The golden file's top-level `reviewed_by` is not part of an export, so the rewrite differs.
    assert b"reviewed_by" in before
    assert b"reviewed_by" not in sidecar_path(article).read_bytes()


def test_doccano_export_imports_and_exports_back_with_the_same_text_and_labels(tmp_path):
    source = INTEROP / "doccano" / "export_sequence_labeling.jsonl"
    assert cli("import", "--format", "jsonl", source, "-o", tmp_path / "docs") == 0
    assert cli("export", "--format", "jsonl", tmp_path / "docs", "-o", tmp_path / "back.jsonl") == 0
    original = read_lines(source)
    back = {line["meta"]["file"]: line for line in read_lines(tmp_path / "back.jsonl")}
    assert len(back) == len(original) == 3
    for number, line in enumerate(original, 1):
        exported = back[f"export_sequence_labeling-{number:04d}.txt"]
        assert exported["text"] == line["text"]
        assert exported["label"] == sorted(line["label"])


def test_doccano_custom_columns_are_read_with_text_key_and_label_key(tmp_path):
    source = INTEROP / "doccano" / "import_sequence_labeling_columns.jsonl"
    assert cli("import", "--format", "jsonl", source, "-o", tmp_path, "--text-key", "column_data") == 1
    assert (
        cli(
            "import", "--format", "jsonl", source, "-o", tmp_path, "--force",
            "--text-key", "column_data", "--label-key", "column_label",
        )
        == 0
    )  # fmt: skip
    doc = load(tmp_path / "import_sequence_labeling_columns-0003.txt")
    assert mention_tuples(doc) == [(10, 15, "PERSON", "Obama")]


def test_doccano_duplicate_spans_become_one_mention_and_the_meta_is_kept(tmp_path, capsys):
    source = INTEROP / "doccano" / "import_overlapping_duplicate_span.jsonl"
    assert cli("import", "--format", "jsonl", source, "-o", tmp_path) == 0
    assert "dropped 1 duplicate span(s)" in capsys.readouterr().err
    doc = load(tmp_path / "import_overlapping_duplicate_span-0001.txt")
    assert mention_tuples(doc) == [(0, 1, "LOC", "e")]
    assert doc.document_extra == {"meta": {"wikiPageID": 1}}


def test_doccano_relation_files_keep_their_relations_and_entity_ids(tmp_path):
    for name in ("import_relation_extraction.jsonl", "export_relation_extraction_prettyprinted.json"):
        source = INTEROP / "doccano" / name
        out = tmp_path / name
        assert cli("import", "--format", "jsonl", source, "-o", out) == 0
        [article] = out.glob("*.txt")
        doc = load(article)
        assert [m.text for e in doc.entities for m in e.mentions] == [
            "Google", "September 4, 1998", "Larry Page", "Sergey Brin",
        ]  # fmt: skip
        assert [m.extra["doccano_id"] for e in doc.entities for m in e.mentions] == [0, 1, 2, 3]
        assert [r["type"] for r in doc.document_extra["relations"]] == ["foundedAt", "foundedBy", "foundedBy"]


def test_prodigy_headlines_import_and_export_with_every_span_and_key(tmp_path):
    source = INTEROP / "prodigy" / "annotated_news_headlines-ORG-PERSON-LOCATION-ner.full.jsonl"
    assert cli("import", "--format", "jsonl", source, "-o", tmp_path / "docs") == 0
    assert cli("export", "--format", "jsonl", tmp_path / "docs", "-o", tmp_path / "back.jsonl") == 0
    original = read_lines(source)
    back = {line["meta"]["file"]: line for line in read_lines(tmp_path / "back.jsonl")}
    assert len(back) == len(original) == 373
    spans = 0
    for number, line in enumerate(original, 1):
        exported = back[f"{source.stem}-{number:04d}.txt"]
        assert exported["text"] == line["text"]
        wanted = sorted((s["start"], s["end"], s["label"]) for s in line.get("spans", []))
        assert [(s["start"], s["end"], s["label"]) for s in exported["spans"]] == wanted
        assert exported["_input_hash"] == line["_input_hash"]
        assert exported["answer"] == line["answer"]
        assert exported["meta"]["source"] == "The New York Times"
        spans += len(wanted)
    assert spans == 303


def test_a_record_whose_span_text_disagrees_is_refused_and_the_others_imported(tmp_path, capsys):
    source = tmp_path / "mixed.jsonl"
    good = {
        "text": "Ana Reyes spoke.",
        "spans": [{"start": 0, "end": 9, "label": "PERSON", "text": "Ana Reyes"}],
    }
    bad = {"text": "Ana Reyes spoke.", "spans": [{"start": 0, "end": 3, "label": "PERSON", "text": "Reyes"}]}
    source.write_text(dumps(good) + "\n" + dumps(bad) + "\nnot json\n" + dumps(good) + "\n", encoding="utf-8")
    assert cli("import", "--format", "jsonl", source) == 1
    err = capsys.readouterr().err
    assert "mixed.jsonl:2: span 0-3 says 'Reyes'" in err
    assert "mixed.jsonl:3: is not JSON" in err
    assert sidecar_path(tmp_path / "mixed-0001.txt").exists()
    assert sidecar_path(tmp_path / "mixed-0004.txt").exists()
    assert not (tmp_path / "mixed-0002.txt").exists()


def test_crlf_and_emoji_offsets_are_code_points_of_the_normalised_text(tmp_path):
    raw = (SYNTHETIC / "stress_crlf_emoji.txt").read_bytes().decode("utf-8")
    assert "\r\n" in raw
    assert "😀" in raw
    start = raw.index("Ana Lima")
    record = {"text": raw, "label": [[start, start + 8, "PERSON"]]}
    (tmp_path / "crlf.jsonl").write_text(dumps(record) + "\n", encoding="utf-8")
    assert cli("import", "--format", "jsonl", tmp_path / "crlf.jsonl") == 0
    doc = load(tmp_path / "crlf-0001.txt")
    expected = json.loads((SYNTHETIC / "stress_expected_offsets.json").read_text(encoding="utf-8"))
    [lima] = [e for e in expected["expected"] if e["text"] == "Ana Lima"]
    assert mention_tuples(doc) == [(*lima["codepoints_after_crlf_to_lf"], "PERSON", "Ana Lima")]


def test_line_separators_inside_the_text_do_not_break_the_line(tmp_path):
    text = "Ana Reyes\u2028said\u2029so\x85."
    doc = load(sample_with_golden(tmp_path))
    doc = replace(doc, article=replace(doc.article, text=text))
    doc.entities = [Entity("e-1", "PERSON", "Ana Reyes", mentions=(Mention(0, 9, "Ana Reyes"),))]
    doc.quotes, doc.corrections = [], []
    line = dumps(document_record(doc))
    assert line.splitlines() == [line]  # str.splitlines splits on all three
    assert json.loads(line)["text"] == text

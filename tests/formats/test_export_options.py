"""export on real folders: --status, --split, --apply-corrections, --exclude-boilerplate, failures."""

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from editor_app.model.records import Correction, Entity, Mention, Quote, Span
from editor_app.storage import sidecar_path
from tests.formats.helpers import cli, document, load, sample_with_golden, save


def lines(path: Path) -> list[Any]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def story(folder: Path, name: str, status: str = "done", story_id: str | None = None) -> Path:
    doc = document(f"{name} story. Ana Reyes said so.", name)
    doc.status = status
    start = doc.text.index("Ana Reyes")
    doc.entities = [Entity("e-1", "PERSON", "Ana Reyes", mentions=(Mention(start, start + 9, "Ana Reyes"),))]
    if story_id:
        doc.document_extra["story"] = story_id
    folder.mkdir(parents=True, exist_ok=True)
    save(doc, folder / name)
    return folder / name


def test_status_done_exports_only_finished_documents(tmp_path, capsys):
    story(tmp_path, "a.txt", "done")
    story(tmp_path, "b.txt", "in-progress")
    (tmp_path / "c.txt").write_text("No sidecar yet.", encoding="utf-8")
    assert (
        cli("export", "--format", "jsonl", tmp_path, "-o", tmp_path / "out" / "x.jsonl", "--status", "done")
        == 0
    )
    assert [line["meta"]["file"] for line in lines(tmp_path / "out" / "x.jsonl")] == ["a.txt"]
    assert "exported 1 of 3 article(s)" in capsys.readouterr().err


def test_split_keeps_every_version_of_a_story_on_one_side_and_is_repeatable(tmp_path):
    folder = tmp_path / "in"
    for number in range(30):
        story(folder, f"s{number:02d}.txt")
        story(folder / "drafts", f"s{number:02d}.txt")  # the same story in another folder
        story(folder, f"s{number:02d}-v2.txt")
    story(folder, "budget.txt", story_id="city-budget")
    story(folder, "council-vote.txt", story_id="city-budget")
    args = ["export", "--format", "jsonl", folder, "--split", "train=0.6,dev=0.2,test=0.2", "--seed", "3"]
    assert cli(*args, "-o", tmp_path / "one") == 0
    assert cli(*args, "-o", tmp_path / "two") == 0
    sides: dict[str, set[str]] = {}
    for part in ("train", "dev", "test"):
        exported = lines(tmp_path / "one" / f"{part}.jsonl")
        assert (tmp_path / "two" / f"{part}.jsonl").read_bytes() == (
            tmp_path / "one" / f"{part}.jsonl"
        ).read_bytes()
        assert exported, part
        for line in exported:
            key = line.get("story") or line["meta"]["file"].removesuffix(".txt").removesuffix("-v2")
            sides.setdefault(key, set()).add(part)
    assert all(len(parts) == 1 for parts in sides.values())
    assert len(sides) == 31
    assert cli(*args[:-1], "4", "-o", tmp_path / "three") == 0
    assert (tmp_path / "three" / "train.jsonl").read_bytes() != (
        tmp_path / "one" / "train.jsonl"
    ).read_bytes()


def test_a_bad_split_is_a_usage_error(tmp_path, capsys):
    story(tmp_path, "a.txt")
    assert (
        cli("export", "--format", "jsonl", tmp_path, "-o", tmp_path / "o", "--split", "train=0.8,dev=0.1")
        == 2
    )
    assert "add up to 0.9, not 1" in capsys.readouterr().err


def test_apply_corrections_exports_the_corrected_text_with_every_span_moved(tmp_path):
    article = sample_with_golden(tmp_path / "in")
    doc = load(article)
    phrase = "Customs and Border Protection Commissioner"
    start = doc.text.index(phrase)
    doc.corrections = [
        replace(doc.corrections[0], status="accepted"),  # Mangus -> Magnus, same length
        Correction(
            "c-cbp", Span(start, start + len(phrase), phrase), "CBP Commissioner", "style", "accepted"
        ),
    ]
    save(doc, article)
    assert (
        cli("export", "--format", "jsonl", article, "-o", tmp_path / "out.jsonl", "--apply-corrections") == 0
    )
    [line] = lines(tmp_path / "out.jsonl")
    assert "Mangus" not in line["text"]
    assert "U.S. CBP Commissioner Chris Magnus" in line["text"]
    shift = len("CBP Commissioner") - len(phrase)
    assert [s["start"] for s in line["spans"]] == [70 + shift, 703 + shift, 1639 + shift]
    for span in line["spans"]:
        assert line["text"][span["start"] : span["end"]] == span["text"]
    assert [s["text"] for s in line["spans"]] == ["Chris Magnus", "Magnus", "Magnus"]
    assert line["corrections"] == [], "applied corrections are history, not training data"
    quote = line["quotes"][0]
    assert line["text"][quote["start"] : quote["end"]] == quote["text"]


def test_exclude_boilerplate_cuts_the_passage_and_reports_what_was_inside(tmp_path, capsys):
    doc = document("Ana Reyes said so.\n\nSubscribe to our newsletter, Ana Reyes says.\n\nThe end.")
    cut_start = doc.text.index("\n\nSubscribe")
    cut_end = doc.text.index("\n\nThe end")
    inside = doc.text.index("Ana Reyes", 5)
    doc.entities = [
        Entity(
            "e-1", "PERSON", "Ana Reyes",
            mentions=(Mention(0, 9, "Ana Reyes"), Mention(inside, inside + 9, "Ana Reyes")),
        )
    ]  # fmt: skip
    doc.corrections = [
        Correction(
            "c-b", Span(cut_start, cut_end, doc.text[cut_start:cut_end]), "", "boilerplate", "suggested"
        ),
        Correction("c-x", Span(2, 5, "a R"), "x", "spelling", "open"),
    ]
    save(doc, tmp_path / "story.txt")
    args = [
        "export",
        "--format",
        "jsonl",
        tmp_path / "story.txt",
        "--exclude-boilerplate",
        "--include-suggested",
    ]
    assert cli(*args, "-o", tmp_path / "out.jsonl") == 0
    [line] = lines(tmp_path / "out.jsonl")
    assert line["text"] == "Ana Reyes said so.\n\nThe end."
    assert line["label"] == [[0, 9, "PERSON"]]
    assert [c["id"] for c in line["corrections"]] == ["c-x"]
    err = capsys.readouterr().err
    assert "left out mention 'Ana Reyes' of e-1: inside boilerplate cut out of the text" in err


def test_rejected_and_suggested_annotations_stay_out_and_the_count_is_reported(tmp_path, capsys):
    doc = document("Ana Reyes met Raul Ortiz and Lee.")
    doc.entities = [
        Entity("e-1", "PERSON", "Ana Reyes", mentions=(Mention(0, 9, "Ana Reyes"),)),
        Entity("e-2", "PERSON", "Raul Ortiz", status="rejected", mentions=(Mention(14, 24, "Raul Ortiz"),)),
        Entity("e-3", "PERSON", "Lee", mentions=(Mention(29, 32, "Lee", status="suggested"),)),
    ]
    doc.quotes = [Quote("q-1", Span(0, 9, "Ana Reyes"), speaker="e-2", kind="scare")]
    save(doc, tmp_path / "s.txt")
    assert cli("export", "--format", "jsonl", tmp_path / "s.txt", "-o", tmp_path / "o.jsonl") == 0
    [line] = lines(tmp_path / "o.jsonl")
    assert line["label"] == [[0, 9, "PERSON"]]
    assert line["quotes"][0]["speaker"] is None
    err = capsys.readouterr().err
    assert "left out 1 suggested annotation(s)" in err
    assert "quote q-1: its speaker e-2 is not exported" in err


def test_orphaned_spans_are_left_out_and_reported(tmp_path, capsys):
    article = sample_with_golden(tmp_path)
    article.write_text(article.read_text(encoding="utf-8").replace("Mangus", "Magnus"), encoding="utf-8")
    assert cli("export", "--format", "conll", article, "-o", tmp_path / "o.conll") == 0
    err = capsys.readouterr().err
    assert "left out mention 'Mangus' of e-magnus: orphaned" in err
    assert "left out correction c-mangus: orphaned" in err


def test_one_broken_sidecar_is_listed_and_the_others_are_exported(tmp_path, capsys):
    story(tmp_path, "a.txt")
    story(tmp_path, "b.txt")
    story(tmp_path, "c.txt")
    sidecar_path(tmp_path / "b.txt").write_text("format: [unclosed\n", encoding="utf-8")
    for name in ("jsonl", "conll", "brat"):
        out = tmp_path / "out" / f"x.{name}"
        assert cli("export", "--format", name, tmp_path, "-o", out) == 1
        err = capsys.readouterr().err
        assert "exported 2 of 3 article(s)" in err
        assert "1 failed:" in err
        assert "b.txt.annotations.yaml" in err.split("1 failed:")[1]
    assert [line["meta"]["file"] for line in lines(tmp_path / "out" / "x.jsonl")] == ["a.txt", "c.txt"]

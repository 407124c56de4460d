"""Label Studio's own files, the split rule and the tokenizer."""

import json
from collections import Counter

import pytest

from editor_app.formats.split import SplitError, parse_split, story_key
from editor_app.model.tokens import sentences, tokenize
from tests.formats.helpers import INTEROP, cli, document, load, mention_tuples


def test_label_studio_annotations_import_as_confirmed_and_predictions_as_suggested(tmp_path):
    assert cli("import", "--format", "labelstudio", INTEROP / "labelstudio", "-o", tmp_path) == 0
    annotated = load(tmp_path / "named_entity_annotation_1-1.txt")
    predicted = load(tmp_path / "named_entity_tasks-1.txt")
    for doc in (annotated, predicted):
        assert mention_tuples(doc) == [(343, 354, "Date", "February 22")]
    assert annotated.entities[0].status == "confirmed"
    assert (predicted.entities[0].status, predicted.entities[0].by) == ("suggested", "model:model 1")


def test_label_studio_utf16_offsets_become_code_points(tmp_path):
    text = "😀 Ana Reyes 🙂 met Raul Ortiz"
    task = {"data": {"text": text}, "annotations": [{"result": [
        {"type": "labels", "value": {"start": 3, "end": 12, "labels": ["PERSON"], "text": "Ana Reyes"}},
        {"type": "labels", "value": {"start": 20, "end": 30, "labels": ["PERSON"], "text": "Raul Ortiz"}},
    ]}]}  # fmt: skip
    (tmp_path / "ls.json").write_text(json.dumps([task]), encoding="utf-8")
    assert cli("import", "--format", "labelstudio", tmp_path / "ls.json") == 0
    assert mention_tuples(load(tmp_path / "ls-1.txt")) == [
        (2, 11, "PERSON", "Ana Reyes"),
        (18, 28, "PERSON", "Raul Ortiz"),
    ]


def test_split_shares_are_met_on_a_large_corpus_and_parsing_refuses_nonsense():
    split = parse_split("train=0.8,dev=0.1,test=0.1", seed=7)
    counts = Counter(split.part_of(f"story-{n}") for n in range(10_000))
    assert 7800 < counts["train"] < 8200
    assert 900 < counts["dev"] < 1100
    assert 900 < counts["test"] < 1100
    for bad in ("train", "train=x", "a=0.5,a=0.5", "train=0,dev=1", "bad name=1"):
        with pytest.raises(SplitError):
            parse_split(bad)


def test_story_keys_group_versions_and_prefer_the_story_id(tmp_path):
    doc = document("x")
    assert story_key(doc, tmp_path / "a" / "Budget-v2.txt") == story_key(doc, tmp_path / "budget.txt")
    assert story_key(doc, tmp_path / "budget-2024.txt") != story_key(doc, tmp_path / "budget.txt")
    doc.document_extra["story"] = "city-budget"
    assert story_key(doc, tmp_path / "anything.txt") == "story:city-budget"


def test_tokens_keep_emoji_sequences_flags_and_accents_whole():
    text = "Zoë 👩‍⚕️ and 🇺🇸 at Cafe\u0301, don't self-driving U.S. 3.5%"
    assert [text[s:e] for s, e in tokenize(text)] == [
        "Zoë", "👩‍⚕️", "and", "🇺🇸", "at", "Cafe\u0301", ",", "don't", "self-driving", "U.S.", "3.5", "%",
    ]  # fmt: skip


def test_sentences_end_at_full_stops_but_not_after_titles_initials_or_inside_names():
    text = "Mr. Smith met John F. Kennedy. “Yes,” he said. Then\nthey left! Dr. No."
    tokens = tokenize(text)
    found = [" ".join(text[s:e] for s, e in sentence) for sentence in sentences(text, tokens)]
    assert found == [
        "Mr . Smith met John F . Kennedy .",
        "“ Yes , ” he said .",
        "Then",
        "they left !",
        "Dr . No .",
    ]
    start = text.index("Kennedy. “Yes")
    kept = sentences(text, tokens, [(start, start + 13)])
    assert len(kept) == len(found) - 1


def test_a_label_studio_task_id_cannot_write_outside_the_output_folder(tmp_path):
    task = {"id": "../../escaped", "data": {"text": "Ana Reyes spoke."}, "annotations": [{"result": [
        {"type": "labels", "value": {"start": 0, "end": 9, "labels": ["PERSON"], "text": "Ana Reyes"}},
    ]}]}  # fmt: skip
    source = tmp_path / "in" / "ls.json"
    source.parent.mkdir()
    source.write_text(json.dumps([task]), encoding="utf-8")
    out = tmp_path / "in" / "out"
    assert cli("import", "--format", "labelstudio", source, "-o", out) == 0
    written = sorted(p.name for p in out.iterdir())
    assert written == ["ls-0001.txt", "ls-0001.txt.annotations.yaml"]
    assert not (tmp_path / "escaped.txt").exists()

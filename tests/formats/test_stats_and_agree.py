"""``stats`` and ``agree`` on folders of real sidecars."""

import json
import shutil
from pathlib import Path

import pytest

from editor_app.model.agreement import Agreement, token_labels
from editor_app.model.records import Entity, Mention, Quote, Span
from editor_app.model.tokens import tokenize
from tests.formats.helpers import cli, document, sample_with_golden, save


def test_stats_counts_labels_statuses_annotators_and_who_is_quoted(tmp_path, capsys):
    sample_with_golden(tmp_path)
    (tmp_path / "empty.txt").write_text("Nothing annotated.", encoding="utf-8")
    assert cli("stats", tmp_path, "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["documents"] == 2
    tables = data["tables"]
    assert tables["Mentions per label"] == {"PERSON": 3}
    assert tables["Who is quoted"] == {"Chris Magnus": 1}
    assert tables["Documents per status"] == {"in-progress": 1, "new": 1}
    assert tables["Annotations per annotator"] == {"Ana Reyes": 2, "Copy Desk": 1}
    assert cli("stats", tmp_path) == 0
    table = capsys.readouterr().out
    assert "Who is quoted" in table
    assert "Chris Magnus" in table


def test_stats_lists_a_broken_sidecar_and_counts_the_rest(tmp_path, capsys):
    sample_with_golden(tmp_path)
    (tmp_path / "b.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "b.txt.annotations.yaml").write_text("{{{", encoding="utf-8")
    assert cli("stats", tmp_path, "--json") == 1
    captured = capsys.readouterr()
    assert json.loads(captured.out)["documents"] == 1
    assert "b.txt.annotations.yaml" in captured.err


def annotated(folder: Path, spans: list[tuple[int, int, str]]) -> None:
    doc = document("Chris Magnus met Alejandro Mayorkas in El Paso on Tuesday.")
    doc.entities = [
        Entity(f"e-{i}", label, doc.text[s:e], mentions=(Mention(s, e, doc.text[s:e]),))
        for i, (s, e, label) in enumerate(spans)
    ]
    folder.mkdir(parents=True, exist_ok=True)
    save(doc, folder / "story.txt")


def test_agree_gives_span_f1_per_label_and_token_kappa(tmp_path, capsys):
    annotated(tmp_path / "ana", [(0, 12, "PERSON"), (17, 35, "PERSON"), (39, 46, "GPE")])
    annotated(tmp_path / "lee", [(0, 12, "PERSON"), (27, 35, "PERSON"), (39, 46, "LOC")])
    assert cli("agree", tmp_path / "ana", tmp_path / "lee", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["labels"]["PERSON"] == {"a": 2, "b": 2, "both": 1, "precision": 0.5, "recall": 0.5, "f1": 0.5}
    assert data["labels"]["GPE"]["recall"] == 0.0
    assert data["labels"]["GPE"]["precision"] is None
    assert data["overall"]["f1"] == pytest.approx(1 / 3)
    # 11 tokens: A = P P O P P O G G O O O, B = P P O O P O L L O O O (P PERSON, G GPE, L LOC)
    observed = 8 / 11
    expected = (4 / 11) * (3 / 11) + (5 / 11) * (6 / 11)
    assert data["tokens"] == 11
    assert data["kappa"] == pytest.approx((observed - expected) / (1 - expected))
    assert cli("agree", tmp_path / "ana" / "story.txt", tmp_path / "ana" / "story.txt") == 0
    assert "overall      3      3      3      1.000   1.000  1.000" in capsys.readouterr().out


def test_agree_refuses_annotations_of_different_texts_and_missing_partners(tmp_path, capsys):
    annotated(tmp_path / "ana", [(0, 12, "PERSON")])
    shutil.copytree(tmp_path / "ana", tmp_path / "lee")
    (tmp_path / "lee" / "story.txt").write_text("Another text.", encoding="utf-8")
    (tmp_path / "lee" / "story.txt.annotations.yaml").unlink()
    (tmp_path / "ana" / "other.txt").write_text("Only in A.", encoding="utf-8")
    assert cli("agree", tmp_path / "ana", tmp_path / "lee") == 1
    err = capsys.readouterr().err
    assert "the article texts differ" in err
    assert "other.txt" in err


def test_token_labels_take_the_longest_covering_mention():
    text = "Chris Magnus said"
    tokens = tokenize(text)
    assert token_labels(tokens, {(0, 12, "PERSON"), (6, 12, "LAST")}) == ["PERSON", "PERSON", "O"]


def test_kappa_is_none_when_there_is_nothing_to_compare():
    assert Agreement().kappa is None


def test_quotes_do_not_count_towards_entity_agreement(tmp_path):
    doc = document("Magnus said hi.")
    doc.quotes = [Quote("q-1", Span(12, 14, "hi"))]
    agreement = Agreement()
    agreement.add(doc, document("Magnus said hi."))
    assert agreement.overall.a == agreement.overall.b == 0
    assert agreement.kappa is None  # every token is O on both sides

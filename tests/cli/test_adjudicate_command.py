"""``editor-app adjudicate``: a gold standard from annotators' folders (issue 16), on real files."""

import shutil
from collections import Counter
from pathlib import Path

from editor_app.cli import main
from editor_app.model.document import Document
from editor_app.model.vocab import Status
from editor_app.storage import save_sidecar, sidecar_path
from editor_app.storage.documents import open_document
from editor_app.subcommands import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE
from tests.annotators import AGREED, QUOTE, annotated, annotator_folders
from tests.conftest import SAMPLE


def units(doc: Document) -> Counter[tuple[str, str, str]]:
    """(kind, status, by) of every mention, quote and correction."""
    found: Counter[tuple[str, str, str]] = Counter()
    for entity in doc.entities:
        for m in entity.mentions:
            found[("mention", m.status or entity.status, m.by or entity.by or "")] += 1
    for quote in doc.quotes:
        found[("quote", quote.status, quote.by or "")] += 1
    for correction in doc.corrections:
        found[("correction", correction.status, correction.by or "")] += 1
    return found


def speaker_name(doc: Document, speaker: str | None) -> str:
    entity = doc.entity(speaker) if speaker else None
    return entity.name if entity else ""


def gold_of(folder: Path) -> Document:
    return open_document(folder / SAMPLE.name).document


def test_two_annotators_give_exactly_the_agreed_confirmed_and_the_rest_as_attributed_suggestions(
    tmp_path, capsys
):
    ana, ben = annotator_folders(tmp_path)
    out = tmp_path / "gold"
    assert main(["adjudicate", str(ana), str(ben), "-o", str(out)]) == EXIT_OK
    assert (out / SAMPLE.name).read_bytes() == SAMPLE.read_bytes()
    gold = gold_of(out)
    found = units(gold)
    confirmed = sum(n for (_, status, _), n in found.items() if status == Status.CONFIRMED)
    assert confirmed == AGREED
    assert found[("mention", Status.CONFIRMED, "ana; ben")] == AGREED
    # 3 labels x 2 versions + one name each missed, the speaker and the replacement as 2 versions each
    assert found[("mention", Status.SUGGESTED, "ana")] == 3 + 1
    assert found[("mention", Status.SUGGESTED, "ben")] == 3 + 1
    assert found[("quote", Status.SUGGESTED, "ana")] == found[("quote", Status.SUGGESTED, "ben")] == 1
    assert found[("correction", Status.SUGGESTED, "ana")] == 1
    assert found[("correction", Status.SUGGESTED, "ben")] == 1
    assert sum(found.values()) == AGREED + 12
    # Chris Magnus (ana's name) and Magnus (ben's) are one entity offering both names
    magnus = next(e for e in gold.entities if "Magnus" in e.name)
    assert magnus.extra["names"] == ["Chris Magnus", "Magnus"]
    assert sum(e.label == "PERSON" and "Magnus" in e.name for e in gold.entities) == 1
    # a span labelled differently stays as two suggested entities, one per label
    el_paso = [e for e in gold.entities if e.name == "El Paso"]
    assert sorted((e.label, e.status, e.by) for e in el_paso) == [
        ("GPE", "suggested", "ana"),
        ("LOC", "suggested", "ben"),
    ]
    speakers = {q.by: speaker_name(gold, q.speaker) for q in gold.quotes if q.span.text == QUOTE}
    assert speakers == {"ana": "Chris Magnus", "ben": "Alejandro Mayorkas"}
    assert gold.document_extra["annotators"] == ["ana", "ben"]
    printed = capsys.readouterr().out
    assert f"{SAMPLE.name}: 7 disagreement(s) (1 correction, 5 entity, 1 quote), 10 confirmed" in printed
    assert "ana (A) against ben (B):" in printed
    assert "Cohen's kappa on token labels:" in printed
    assert "PERSON" in printed
    assert "overall" in printed


def test_three_annotators_with_min_agree_two_confirm_what_two_made_alike(tmp_path):
    folders = annotator_folders(tmp_path, ("ana", "ben", "cy"))
    out = tmp_path / "gold"
    assert main(["adjudicate", *map(str, folders), "-o", str(out), "--min-agree", "2"]) == EXIT_OK
    gold = gold_of(out)
    state = {
        (e.name, e.label): (e.status, e.by) for e in gold.entities if e.name in ("El Paso", "Washington")
    }
    assert state == {
        ("El Paso", "GPE"): ("confirmed", "ana; cy"),
        ("El Paso", "LOC"): ("suggested", "ben"),
        ("Washington", "GPE"): ("suggested", "ana"),
        ("Washington", "LOC"): ("confirmed", "ben; cy"),
    }
    quotes = {(q.status, q.by, speaker_name(gold, q.speaker)) for q in gold.quotes}
    assert quotes == {("confirmed", "ana; cy", "Chris Magnus"), ("suggested", "ben", "Alejandro Mayorkas")}
    corrections = {(c.status, c.by, c.replacement) for c in gold.corrections}
    assert corrections == {("open", "ben; cy", "Magnus"), ("suggested", "ana", "Mr. Magnus")}
    agreed = [m for e in gold.entities for m in e.mentions if (m.status or e.status) == "confirmed"]
    assert len(agreed) == AGREED + 3  # the ten, El Paso, Washington, Tuscon (ana and cy)
    assert gold.document_extra == {"annotators": ["ana", "ben", "cy"], "min_agree": 2}
    # without --min-agree all three must agree
    strict = tmp_path / "strict"
    assert main(["adjudicate", *map(str, folders), "-o", str(strict)]) == EXIT_OK
    assert not any(q.status == "confirmed" for q in gold_of(strict).quotes)


def test_identical_inputs_give_no_suggestions_and_f1_of_one(tmp_path, capsys):
    ana, ben = annotator_folders(tmp_path)
    shutil.copyfile(sidecar_path(ana / SAMPLE.name), sidecar_path(ben / SAMPLE.name))
    out = tmp_path / "gold"
    side_a, side_b = sidecar_path(ana / SAMPLE.name), sidecar_path(ben / SAMPLE.name)
    assert main(["adjudicate", str(side_b), str(ana), "-o", str(out)]) == EXIT_USAGE  # files and folders
    capsys.readouterr()
    assert main(["adjudicate", str(side_a), str(side_b), "-o", str(out)]) == EXIT_OK
    gold = gold_of(out)
    assert units(gold)[("mention", "suggested", "ana")] == 0
    assert not [s for s in units(gold) if s[1] == "suggested"]
    assert gold.status == "done"
    printed = capsys.readouterr().out
    assert "0 disagreement(s)" in printed
    overall = next(line for line in printed.splitlines() if line.startswith("overall"))
    assert overall.split()[-1] == "1.000"
    # the two copies both say ana: the second told apart by its folder's name
    assert gold.document_extra["annotators"] == ["ana", "ana (ben)"]


def test_an_article_on_one_side_only_is_named_and_the_rest_adjudicated(tmp_path, capsys):
    ana, ben = annotator_folders(tmp_path)
    only_ana = ana / "sub" / "only-ana.txt"
    only_ana.parent.mkdir()
    only_ana.write_text("Magnus said so.\n", encoding="utf-8")
    doc = annotated(ana / SAMPLE.name, "ana")
    (ben / "only-ben.txt").write_text("Nothing here.\n", encoding="utf-8")  # no sidecar
    out = tmp_path / "gold"
    assert main(["adjudicate", str(ana), str(ben), "-o", str(out)]) == EXIT_OK
    err = capsys.readouterr().err
    assert f"{only_ana.relative_to(ana)}: missing from ben" in err
    assert "only-ben.txt: missing from ana" in err
    assert gold_of(out).entities
    assert not (out / "sub").exists()
    assert not (out / "only-ben.txt").exists()
    assert doc.entities  # the fixture itself is sound


def test_an_unreadable_input_gives_exit_1_and_names_the_file_and_line(tmp_path, capsys):
    ana, ben = annotator_folders(tmp_path)
    second = ana / "second.txt"
    second.write_text("Magnus said so.\n", encoding="utf-8")
    shutil.copyfile(second, ben / "second.txt")
    sidecar_path(ben / "second.txt").write_text(
        "format: editor-app/annotations\nversion: [\n", encoding="utf-8"
    )
    out = tmp_path / "gold"
    assert main(["adjudicate", str(ana), str(ben), "-o", str(out)]) == EXIT_PROBLEMS
    err = capsys.readouterr().err
    line = next(line for line in err.splitlines() if "second.txt.annotations.yaml" in line)
    assert line.strip().startswith(str(sidecar_path(ben / "second.txt")) + ":")
    assert gold_of(out).entities  # the sample was still adjudicated


def test_usage_errors_and_an_existing_gold_is_kept(tmp_path, capsys):
    ana, ben = annotator_folders(tmp_path)
    assert main(["adjudicate", str(ana), "-o", str(tmp_path / "g")]) == EXIT_USAGE
    assert main(["adjudicate", str(ana), str(ben), "-o", str(ana / "gold")]) == EXIT_USAGE
    assert (
        main(["adjudicate", str(ana), str(ben), "-o", str(tmp_path / "g"), "--min-agree", "3"]) == EXIT_USAGE
    )
    out = tmp_path / "gold"
    assert main(["adjudicate", str(ana), str(ben), "-o", str(out)]) == EXIT_OK
    decided = gold_of(out)
    decided.entities = [e for e in decided.entities if e.status == "confirmed"]
    save_sidecar(decided, sidecar_path(out / SAMPLE.name))
    before = sidecar_path(out / SAMPLE.name).read_bytes()
    capsys.readouterr()
    assert main(["adjudicate", str(ana), str(ben), "-o", str(out)]) == EXIT_PROBLEMS
    assert "--force replaces it" in capsys.readouterr().err
    assert sidecar_path(out / SAMPLE.name).read_bytes() == before
    assert main(["adjudicate", str(ana), str(ben), "-o", str(out), "--force"]) == EXIT_OK
    assert sidecar_path(out / SAMPLE.name).read_bytes() != before


def test_annotators_who_used_brat_are_imported_and_compared_the_same_way(tmp_path, capsys):
    text = SAMPLE.read_text(encoding="utf-8")
    spans = {"ana": [("PERSON", "Chris Magnus"), ("GPE", "El Paso")], "ben": [("PERSON", "Chris Magnus")]}
    folders = []
    for who, marks in spans.items():
        folder = tmp_path / who
        folder.mkdir()
        shutil.copyfile(SAMPLE, folder / SAMPLE.name)
        lines = []
        for number, (label, words) in enumerate(marks, 1):
            start = text.index(words)
            lines.append(f"T{number}\t{label} {start} {start + len(words)}\t{words}")
        (folder / SAMPLE.name).with_suffix(".ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
        assert main(["import", "--format", "brat", str(folder)]) == EXIT_OK
        folders.append(folder)
    out = tmp_path / "gold"
    assert main(["adjudicate", *map(str, folders), "-o", str(out)]) == EXIT_OK
    gold = gold_of(out)
    assert gold.document_extra["annotators"] == ["ana", "ben"]  # brat names nobody: the folders' names
    assert {(e.name, e.status, e.by) for e in gold.entities} == {
        ("Chris Magnus", "confirmed", "ana; ben"),
        ("El Paso", "suggested", "ana"),
    }
    assert "1 disagreement(s)" in capsys.readouterr().out

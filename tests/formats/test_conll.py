"""CoNLL: four columns, BIO tags, sentences and -DOCSTART-; the interop files come back token for token."""

import itertools
from pathlib import Path

from editor_app.formats.conll_write import DOCSTART, conll_lines
from editor_app.model.records import Entity, Mention
from tests.formats.helpers import INTEROP, cli, document, load, sample_with_golden


def rows(path: Path) -> list[tuple[str, str]]:
    """(token, tag) of every token line, first and last column."""
    result = []
    for line in path.read_text(encoding="utf-8").splitlines():
        columns = line.split()
        if columns and columns[0] != "-DOCSTART-":
            result.append((columns[0], columns[-1]))
    return result


def test_the_sample_exports_one_token_per_line_with_bio_tags_and_sentences(tmp_path):
    article = sample_with_golden(tmp_path / "in")
    assert cli("export", "--format", "conll", article, article, "-o", tmp_path / "out.conll") == 0
    lines = (tmp_path / "out.conll").read_text(encoding="utf-8").split("\n")
    assert lines[:2] == [DOCSTART, ""]
    assert lines.count(DOCSTART) == 2  # one per article
    assert all(
        len(line.split(" ")) == 4 and line.split(" ")[1:3] == ["-X-", "_"]
        for line in lines
        if line and line != DOCSTART
    )
    tagged = rows(tmp_path / "out.conll")
    text = " ".join(token for token, _ in tagged)
    assert "Chris Magnus" in text
    index = [t for t, _ in tagged].index("Chris")
    assert tagged[index : index + 2] == [("Chris", "B-PERSON"), ("Magnus", "I-PERSON")]
    assert sum(tag.startswith("B-") for _, tag in tagged) == 2 * 3  # three mentions per copy
    assert ("U.S.", "O") in tagged
    blank_runs = sum(1 for a, b in itertools.pairwise(lines) if a and not b)
    assert blank_runs > 20  # the article is cut into sentences


def test_overlapping_mentions_keep_the_longest_and_report_the_other():
    doc = document("Chris Magnus said.")
    doc.entities = [
        Entity("e-1", "PERSON", "Chris Magnus", mentions=(Mention(0, 12, "Chris Magnus"),)),
        Entity("e-2", "PERSON", "Magnus", mentions=(Mention(6, 12, "Magnus"),)),
    ]
    lines, notes = conll_lines(doc)
    assert lines[2:4] == ["Chris -X- _ B-PERSON", "Magnus -X- _ I-PERSON"]
    assert notes == ["mention 'Magnus' (PERSON) overlaps 'Chris Magnus' (PERSON): left out of the BIO tags"]


def test_a_mention_ending_inside_a_word_cuts_the_token():
    doc = document("Ortiz's plan.")
    doc.entities = [Entity("e-1", "PERSON", "Ortiz", mentions=(Mention(0, 5, "Ortiz"),))]
    lines, _ = conll_lines(doc)
    assert lines[2:5] == ["Ortiz -X- _ B-PERSON", "'s -X- _ O", "plan -X- _ O"]


def test_the_interop_conll_files_import_and_export_with_the_same_tokens_and_tags(tmp_path):
    for name in ("conll2003_format_from_docs.txt", "doccano_example.conll", "spacy_ner-token-per-line.iob"):
        source = INTEROP / "conll" / name
        out = tmp_path / source.stem
        assert cli("import", "--format", "conll", source, "-o", out) == 0
        assert cli("export", "--format", "conll", out, "-o", tmp_path / f"{source.stem}.conll") == 0
        assert rows(tmp_path / f"{source.stem}.conll") == rows(source), name


def test_iob1_and_bioes_tags_are_read_as_the_same_entities(tmp_path):
    (tmp_path / "iob1.conll").write_text("Chris I-PER\nMagnus I-PER\nsaid O\n", encoding="utf-8")
    (tmp_path / "bioes.conll").write_text("Chris B-PER\nMagnus E-PER\nsaid O\nDHS S-ORG\n", encoding="utf-8")
    assert cli("import", "--format", "conll", tmp_path / "iob1.conll", tmp_path / "bioes.conll") == 0
    iob1, bioes = load(tmp_path / "iob1.txt"), load(tmp_path / "bioes.txt")
    assert [(m.text, e.label) for e in iob1.entities for m in e.mentions] == [("Chris Magnus", "PER")]
    assert [(m.text, e.label) for e in bioes.entities for m in e.mentions] == [
        ("Chris Magnus", "PER"),
        ("DHS", "ORG"),
    ]

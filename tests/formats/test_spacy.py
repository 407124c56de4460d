"""spaCy: the DocBin is read back by spaCy itself, shows the same entities, and trains a blank NER."""

import subprocess
import sys
from pathlib import Path
from typing import Any

import spacy
from spacy.tokens import DocBin
from spacy.training import Example

from editor_app.cli import main
from editor_app.formats.prepare import Prepared
from editor_app.formats.spacy_docbin import SpacyWriter
from editor_app.model.records import Correction, Entity, Mention, Quote, Span
from tests.formats.helpers import SYNTHETIC, cli, document, load, sample_with_golden


def read_docbin(path: Path) -> list[Any]:
    nlp = spacy.blank("en")
    return list(DocBin().from_disk(path).get_docs(nlp.vocab))


def test_spacy_reads_the_sample_back_with_its_entities_quotes_and_corrections(tmp_path):
    article = sample_with_golden(tmp_path / "in")
    assert cli("export", "--format", "spacy", article, "-o", tmp_path / "out.spacy") == 0
    [doc] = read_docbin(tmp_path / "out.spacy")
    source = load(article)
    assert doc.text == source.text
    expected = [(m.start, m.end, e.label) for e in source.entities for m in e.mentions]
    assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == sorted(expected)
    assert {(s.start_char, s.end_char, s.label_, s.id_, s.kb_id_) for s in doc.spans["entities"]} == {
        (s, e, label, "e-magnus", "wikidata:Q5108848") for s, e, label in expected
    }
    [quote] = doc.spans["quotes"]
    assert (quote.text, quote.label_, quote.id_, quote.kb_id_) == (
        source.quotes[0].span.text,
        "direct",
        "q-excited",
        "e-magnus",
    )
    assert [(c.text, c.id_) for c in doc.spans["cues"]] == [("said", "q-excited")]
    [correction] = doc.spans["corrections"]
    assert (correction.text, correction.label_) == ("Mangus", "name")
    assert doc.user_data["replacements"] == {"c-mangus": "Magnus"}
    assert (doc.user_data["file"], doc.user_data["status"]) == (article.name, "in-progress")


def test_overlaps_and_misaligned_spans_are_reported_and_kept_in_span_groups(tmp_path):
    source = document("Chris Magnus met Mayorkas's staff.")
    source.entities = [
        Entity("e-1", "PERSON", "Chris Magnus", mentions=(Mention(0, 12, "Chris Magnus"),)),
        Entity("e-2", "PERSON", "Magnus", mentions=(Mention(6, 12, "Magnus"),)),
        Entity("e-3", "PERSON", "Mayorkas", mentions=(Mention(18, 24, "yorkas"),)),
    ]
    source.quotes = [Quote("q-1", Span(0, 12, "Chris Magnus"), kind="scare")]
    source.corrections = [Correction("c-1", Span(17, 21, "Mayo"), "May", "spelling")]
    writer = SpacyWriter(tmp_path / "out.spacy")
    notes = writer.write(Prepared(source))
    writer.close()
    assert "mention 'yorkas' at 18-24 does not fall on token edges: widened to 'Mayorkas'" in notes
    assert "correction 'Mayo' at 17-21 does not fall on token edges: widened to 'Mayorkas'" in notes
    assert any(n.startswith("mention 'Magnus' (PERSON) overlaps 'Chris Magnus' (PERSON)") for n in notes)
    [doc] = read_docbin(tmp_path / "out.spacy")
    assert [e.text for e in doc.ents] == ["Chris Magnus", "Mayorkas"]
    assert sorted(s.text for s in doc.spans["entities"]) == ["Chris Magnus", "Magnus", "Mayorkas"]


def test_emoji_and_crlf_articles_keep_exact_offsets_in_spacy(tmp_path):
    assert (
        cli("import", "--format", "brat", SYNTHETIC / "stress_crlf_emoji.ann", "-o", tmp_path / "docs") == 0
    )
    assert cli("export", "--format", "spacy", tmp_path / "docs", "-o", tmp_path / "out.spacy") == 0
    [doc] = read_docbin(tmp_path / "out.spacy")
    source = load(tmp_path / "docs" / "stress_crlf_emoji.txt")
    assert {(s.start_char, s.end_char, s.text) for s in doc.spans["entities"]} == {
        (m.start, m.end, m.text) for e in source.entities for m in e.mentions
    }


def test_a_blank_ner_pipeline_trains_a_step_on_the_export(tmp_path):
    folder = tmp_path / "in"
    sample_with_golden(folder)
    assert cli("import", "--format", "brat", SYNTHETIC / "stress_crlf_emoji.ann", "-o", folder) == 0
    assert cli("export", "--format", "spacy", folder, "-o", tmp_path / "train.spacy") == 0
    nlp = spacy.blank("en")
    docs = list(DocBin().from_disk(tmp_path / "train.spacy").get_docs(nlp.vocab))
    examples = [Example(nlp.make_doc(doc.text), doc) for doc in docs]
    nlp.add_pipe("ner")
    optimizer = nlp.initialize(lambda: examples)
    losses = nlp.update(examples, sgd=optimizer)
    assert losses["ner"] > 0
    ner: Any = nlp.get_pipe("ner")
    assert set(ner.labels) == {"PERSON", "Person", "Org"}


def test_exporting_other_formats_never_imports_spacy(tmp_path):
    article = sample_with_golden(tmp_path)
    code = (
        "import sys\n"
        "from editor_app.cli import main\n"
        f"args = ['export', '--format', 'jsonl', {str(article)!r}, '-o', {str(tmp_path / 'o.jsonl')!r}]\n"
        "assert main(args) == 0\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_an_unknown_language_is_a_usage_error_in_one_line(sample_with_golden_sidecar, tmp_path, capsys):
    out = tmp_path / "out.spacy"
    code = main(
        ["export", "--format", "spacy", "--lang", "zz", str(sample_with_golden_sidecar), "-o", str(out)]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1, err
    assert "zz" in err
    assert not out.exists()

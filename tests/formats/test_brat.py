"""brat: our output parses as brat's format says and looks like brat's own files; brat's files round-trip."""

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from editor_app.formats.brat_grammar import BratSyntaxError, parse_line
from tests.formats.helpers import INTEROP, SYNTHETIC, cli, load, mention_tuples, sample_with_golden

BRAT_FILES = sorted((INTEROP / "brat").rglob("*.ann"))


def ann_lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


def shape(line: str) -> str:
    """The layout of a line: its kind, and where tabs, spaces, colons and semicolons fall."""
    fields = line.split("\t")
    head = "\t".join([fields[0][0], *(re.sub(r"[^ :;]+", "w", f) for f in fields[1:2])])
    rest = ["x" for _ in fields[2:]]
    return re.sub(r"( w)+$", " w", "\t".join([head, *rest])) if line[0] == "*" else "\t".join([head, *rest])


def conf_sections(path: Path) -> dict[str, set[str]]:
    sections: dict[str, set[str]] = {}
    current: set[str] = set()
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], set())
        else:
            current.add(re.split(r"[\s]", line, maxsplit=1)[0].lstrip("!"))
    return sections


def canonical(path: Path) -> Counter[Any]:
    """The annotations of an .ann file with every T id replaced by what it marks (ids may differ)."""
    lines = [parse_line(line) for line in ann_lines(path)]
    spans = {line.id: (line.type, line.fragments) for line in lines if line.kind == "T"}
    result: Counter[Any] = Counter()
    for line in lines:
        refs = tuple(spans.get(ref, ref) for ref in line.refs)
        if line.kind == "T":
            result[("T", line.type, line.fragments, line.text)] += 1
        elif line.kind == "*":
            result[("*", line.type, frozenset(refs))] += 1
        else:
            identity = line.id if line.kind == "E" else ""  # events are kept with their ids
            result[
                (
                    line.kind,
                    identity,
                    line.type,
                    tuple(zip(line.roles, refs, strict=False)) or refs,
                    line.value,
                    line.text,
                )
            ] += 1
    return result


def test_the_grammar_reads_every_line_of_brats_own_files():
    assert len(BRAT_FILES) == 17
    kinds = Counter(parse_line(line).kind for path in BRAT_FILES for line in ann_lines(path))
    assert set(kinds) == {"T", "R", "E", "A", "N", "#", "*"}
    assert sum(kinds.values()) == 240


@pytest.mark.parametrize(
    "line",
    [
        "T1\tPERSON 10 5\tx",
        "T1 PERSON 0 3\tZoë",
        "R1\tSpeaker Arg1:T3",
        "A1\tConfidence",
        "N1\tReference T1 nodb\tx",
    ],
)
def test_the_grammar_refuses_malformed_lines(line):
    with pytest.raises(BratSyntaxError):
        parse_line(line)


def test_the_sample_exports_as_brat_writes_its_files(tmp_path):
    article = sample_with_golden(tmp_path / "in")
    assert cli("export", "--format", "brat", article, "-o", tmp_path / "brat") == 0
    ann = tmp_path / "brat" / f"{article.stem}.ann"
    txt = (tmp_path / "brat" / f"{article.stem}.txt").read_text(encoding="utf-8")
    assert txt == load(article).text
    lines = ann_lines(ann)
    parsed = [parse_line(line) for line in lines]
    for line in parsed:
        if line.kind == "T":
            assert " ".join(txt[s:e] for s, e in line.fragments) == line.text
    brat_shapes = {shape(line) for path in BRAT_FILES for line in ann_lines(path)}
    assert {shape(line) for line in lines} <= brat_shapes
    assert ann.read_text(encoding="utf-8").endswith("\n")
    assert "T1\tPERSON 70 82\tChris Magnus" in lines
    assert "R2\tSpeaker Arg1:T4 Arg2:T2\t" in lines  # the speaker's mention nearest the quote
    assert "*\tCoref T1 T2 T3" in lines
    assert "N1\tReference T1 wikidata:Q5108848\tChris Magnus" in lines
    assert '#1\tAnnotatorNotes T6\treplace with "Magnus" — Spelt Magnus everywhere else' in lines
    conf = conf_sections(tmp_path / "brat" / "annotation.conf")
    brat_conf = conf_sections(INTEROP / "brat" / "tutorial_news" / "annotation.conf")
    assert set(conf) == set(brat_conf) == {"entities", "relations", "events", "attributes"}
    for line in parsed:
        section = {"T": "entities", "R": "relations", "*": "relations", "A": "attributes"}.get(line.kind)
        if section:
            assert line.type in conf[section], line.raw


def test_the_sample_comes_back_from_brat_with_its_quotes_corrections_and_entities(tmp_path):
    article = sample_with_golden(tmp_path / "in")
    cli("export", "--format", "brat", article, "-o", tmp_path / "brat")
    assert cli("import", "--format", "brat", tmp_path / "brat") == 0
    original, back = load(article), load(tmp_path / "brat" / f"{article.stem}.txt")
    assert mention_tuples(back) == mention_tuples(original)
    [entity] = back.entities
    assert (entity.label, entity.name, entity.link) == ("PERSON", "Chris Magnus", "wikidata:Q5108848")
    [quote] = back.quotes
    assert (quote.span, quote.cue, quote.kind, quote.speaker) == (
        original.quotes[0].span, original.quotes[0].cue, "direct", entity.id,
    )  # fmt: skip
    [correction] = back.corrections
    was = original.corrections[0]
    assert (correction.span, correction.replacement, correction.category) == (
        was.span,
        was.replacement,
        "name",
    )
    assert (correction.status, correction.note) == (was.status, was.note)


@pytest.mark.parametrize("path", BRAT_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_brats_own_files_import_and_export_back_with_nothing_lost(tmp_path, path):
    assert cli("import", "--format", "brat", path, "-o", tmp_path / "docs") == 0
    assert cli("export", "--format", "brat", tmp_path / "docs", "-o", tmp_path / "out") == 0
    assert (tmp_path / "out" / path.with_suffix(".txt").name).read_text(encoding="utf-8") == path.with_suffix(
        ".txt"
    ).read_text(encoding="utf-8")
    assert canonical(tmp_path / "out" / path.name) == canonical(path)


def test_accented_spanish_names_keep_their_offsets(tmp_path):
    path = INTEROP / "brat" / "conll2002_esp" / "esp.train-doc-29.ann"
    cli("import", "--format", "brat", path, "-o", tmp_path)
    doc = load(tmp_path / "esp.train-doc-29.txt")
    assert (361, 397, "PER", "Nobel de Literatura Camilo José Cela") in mention_tuples(doc)


def test_crlf_and_emoji_text_maps_brat_offsets_onto_the_normalised_text(tmp_path):
    assert cli("import", "--format", "brat", SYNTHETIC / "stress_crlf_emoji.ann", "-o", tmp_path) == 0
    doc = load(tmp_path / "stress_crlf_emoji.txt")
    expected = json.loads((SYNTHETIC / "stress_expected_offsets.json").read_text(encoding="utf-8"))[
        "expected"
    ]
    spans = {(m.start, m.end): (e.label, m.text) for e in doc.entities for m in e.mentions}
    spans |= {(q.span.start, q.span.end): ("Quote", q.span.text) for q in doc.quotes}
    for item in expected:
        start, end = item["codepoints_after_crlf_to_lf"]
        assert spans[(start, end)][1] == item["text"] == doc.text[start:end]
    [quote] = doc.quotes
    speaker = doc.entity(quote.speaker or "")
    assert speaker is not None
    assert [m.start for m in speaker.mentions] == [6]  # the T2 "Ng" of R1
    assert cli("export", "--format", "brat", tmp_path, "-o", tmp_path / "out") == 0
    text = (tmp_path / "out" / "stress_crlf_emoji.txt").read_text(encoding="utf-8")
    for line in map(parse_line, ann_lines(tmp_path / "out" / "stress_crlf_emoji.ann")):
        if line.kind == "T":
            assert text[line.fragments[0][0] : line.fragments[-1][1]] == line.text

"""Importers build documents from records: what they write, minted ids aside, is as stored."""

import re
import shutil
from pathlib import Path

import pytest

from editor_app.cli import main

DATA = Path(__file__).resolve().parent.parent / "data"
EXPECTED = DATA / "golden" / "imports"
MINTED = re.compile(r"\b([eqc])-[abcdefghijkmnpqrstuvwxyz23456789]{8}\b")

CASES = [
    ("brat", "synthetic/stress_crlf_emoji.ann", "stress_crlf_emoji.txt", "brat-stress_crlf_emoji.yaml"),
    (
        "brat",
        "interop/brat/tutorial_news/100-attribute_annotation.ann",
        "100-attribute_annotation.txt",
        "brat-100-attribute_annotation.yaml",
    ),
    (
        "jsonl",
        "interop/doccano/import_relation_extraction.jsonl",
        "import_relation_extraction-0001.txt",
        "jsonl-import_relation_extraction-0001.yaml",
    ),
    (
        "conll",
        "interop/conll/spacy_ner-token-per-line.iob",
        "spacy_ner-token-per-line.txt",
        "conll-spacy_ner-token-per-line.yaml",
    ),
    (
        "labelstudio",
        "interop/labelstudio/named_entity_annotation_1.json",
        "named_entity_annotation_1-1.txt",
        "labelstudio-named_entity_annotation_1-1.yaml",
    ),
]


def _numbered(sidecar: str) -> str:
    """The sidecar with each minted id replaced by its prefix and the order it first appears in."""
    seen: dict[str, str] = {}
    return MINTED.sub(lambda m: seen.setdefault(m.group(0), f"{m.group(1)}-ID{len(seen):04d}"), sidecar)


@pytest.mark.parametrize(("format_name", "source", "article", "expected"), CASES, ids=[c[3] for c in CASES])
def test_an_import_writes_the_sidecar_it_always_wrote(tmp_path, format_name, source, article, expected):
    given = DATA / source
    shutil.copy(given, tmp_path)
    if format_name == "brat":
        shutil.copy(given.with_suffix(".txt"), tmp_path)
    assert main(["import", "--format", format_name, "-o", str(tmp_path), str(tmp_path / given.name)]) == 0
    written = (tmp_path / f"{article}.annotations.yaml").read_text(encoding="utf-8")
    assert _numbered(written) == (EXPECTED / expected).read_text(encoding="utf-8")

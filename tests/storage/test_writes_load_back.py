"""Whatever a save or an import writes, the reader opens: a good sidecar is never replaced by one that
will not load, and an article is never written in a form read_article refuses."""

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from editor_app.cli import main
from editor_app.model import Correction, Document, Entity, Mention
from editor_app.storage import load_sidecar, read_article, save_sidecar, sidecar_path
from editor_app.storage.errors import FileProblem, SidecarError
from tests.conftest import ROOT


@pytest.mark.skipif(sys.platform != "linux", reason="file names of any bytes are a POSIX matter")
def test_an_article_named_with_bytes_that_are_not_utf8_gets_a_sidecar_that_loads(tmp_path):
    folder = os.fsencode(tmp_path)
    article = os.path.join(folder, b"caf\xe9.txt")
    with open(article, "wb") as handle:
        handle.write(b"Magnus said the plan would work in Tuscon.\n")
    result = subprocess.run(
        [sys.executable, "-m", "editor_app", "suggest", "--no-spelling", article],
        capture_output=True,
        timeout=120,
        cwd=ROOT,
    )
    assert b"Traceback" not in result.stderr, result.stderr
    side = article + b".annotations.yaml"
    assert result.returncode == 0, result.stderr
    check = subprocess.run(
        [sys.executable, "-m", "editor_app", "check", article], capture_output=True, timeout=60, cwd=ROOT
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert os.path.exists(side)


def jsonl(path: Path, record: dict[str, object]) -> Path:
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def nested(depth: int) -> object:
    value: object = "x"
    for _ in range(depth):
        value = {"k": value}
    return value


@pytest.mark.parametrize(
    "record",
    [
        {"text": "Magnus said.", "meta": {"deep": nested(100)}},
        {"text": "Magnus said \ud800.", "label": []},
        {"text": "Magnus\x00 said.", "label": []},
        {"text": "Magnus said. " * (17 * 1024 * 1024 // 13), "label": []},
    ],
    ids=["extras-100-deep", "lone-surrogate", "nul", "over-the-article-limit"],
)
def test_an_import_never_writes_files_the_reader_refuses(tmp_path, capsys, record):
    source = jsonl(tmp_path / "in.jsonl", record)
    out = tmp_path / "out"
    code = main(["import", "--format", "jsonl", str(source), "-o", str(out)])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert code == 1, err
    for article in out.glob("*.txt"):
        read_article(article)
        if sidecar_path(article).exists():
            load_sidecar(sidecar_path(article), read_article(article))


TEXT = "Magnus said the plan would work.\n"
hard_characters = st.one_of(st.characters(), st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF))
hard_text = st.text(hard_characters, max_size=12)
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-(10**20), 10**20), st.floats(allow_nan=False), hard_text
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(hard_text, inner, max_size=3)),
    max_leaves=80,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example(name="caf\udce9", note="", replacement="", extra={}, mention_extra={})
@example(name="x", note="", replacement="", extra={"deep": nested(70)}, mention_extra={})
@example(name="x", note="", replacement="", extra={}, mention_extra={"deep": nested(60)})
@example(name="x", note="", replacement="", extra={"big": 10**5000}, mention_extra={})
@given(
    name=hard_text,
    note=hard_text,
    replacement=hard_text,
    extra=st.dictionaries(hard_text, values, max_size=3),
    mention_extra=st.dictionaries(hard_text, values, max_size=2),
)
def test_every_document_a_save_accepts_loads_back_the_same(name, note, replacement, extra, mention_extra):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "story.txt"
        path.write_text(TEXT, encoding="utf-8")
        article = read_article(path)
        known = {
            "id",
            "label",
            "name",
            "link",
            "status",
            "by",
            "mentions",
            "start",
            "end",
            "text",
            "orphaned",
        }
        doc = Document(article=article, file_name=path.name, note=note)
        doc.entities = [
            Entity(
                id="e-1",
                label="PERSON",
                name=name or "x",
                mentions=(
                    Mention(0, 6, "Magnus", extra={k: v for k, v in mention_extra.items() if k not in known}),
                ),
                extra={k: v for k, v in extra.items() if k not in known},
            )
        ]
        doc.corrections = [Correction(id="c-1", span=doc.span(7, 11), replacement=replacement, note=note)]
        side = sidecar_path(path)
        side.write_bytes(b"format: editor-app/annotations\nversion: 1\n")
        before = side.read_bytes()
        try:
            save_sidecar(doc, side)
        except SidecarError:
            assert side.read_bytes() == before
            return
        try:
            loaded = load_sidecar(side, article).document
        except FileProblem as exc:
            pytest.fail(f"saved but does not load: {exc.located()}")
        assert loaded.note == doc.note
        assert loaded.entities[0].name == doc.entities[0].name
        assert loaded.corrections[0].replacement == replacement


def test_a_long_article_may_carry_more_values_than_a_short_one():
    from editor_app.storage.yaml_guard import MAX_NODES, max_nodes_for

    assert max_nodes_for(0) == max_nodes_for(2_765) == MAX_NODES
    assert max_nodes_for(4_000_000) == 2_000_000  # the benchmark's 4 MB article writes about 1.5 million

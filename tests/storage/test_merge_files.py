"""The driver's record-by-record merge of canonical files gives the bytes of the whole-file merge."""

from dataclasses import replace
from pathlib import Path

import pytest

from editor_app.model.document import Document
from editor_app.model.records import Correction, Entity, Mention, Quote
from editor_app.storage import merge_files
from editor_app.storage.sidecar_chunks import join, split
from editor_app.storage.sidecar_read import load_detached
from editor_app.storage.sidecar_write import dump_sidecar
from tests.perf.bench_merge import changed
from tests.perf.generate import annotated_document, article_text


@pytest.fixture(scope="module")
def base() -> Document:
    return annotated_document(article_text(60_000), 1_000)


def write(folder: Path, base: Document, ours: Document, theirs: Document) -> tuple[Path, Path, Path]:
    paths = []
    for name, doc in (("base", base), ("ours", ours), ("theirs", theirs)):
        path = folder / name
        path.write_text(dump_sidecar(doc), encoding="utf-8")
        paths.append(path)
    return paths[0], paths[1], paths[2]


def both_ways(folder: Path, base: Document, ours: Document, theirs: Document) -> bytes:
    paths = write(folder, base, ours, theirs)
    data = {name: path.read_bytes() for name, path in zip(("base", "ours", "theirs"), paths, strict=True)}
    names = {name: name for name in data}
    whole, _ = merge_files._whole(data, names)
    fast = merge_files._by_records({k: v.decode() for k, v in data.items()}, names)
    assert fast is not None
    assert fast[0] == whole
    merge_files.merge_sidecar_files(*paths)
    assert paths[1].read_bytes() == whole
    return whole


def test_a_canonical_file_splits_and_joins_to_itself(base: Document) -> None:
    text = dump_sidecar(base)
    chunks = split(text)
    assert chunks is not None
    assert join(chunks) == text
    assert split("format: x\nentities:\n  - id: a\n") is None


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_both_ways_agree_on_random_changes(tmp_path: Path, base: Document, seed: int) -> None:
    both_ways(tmp_path, base, changed(base, 60, seed, "ana"), changed(base, 60, seed + 10, "ben"))


def test_both_ways_agree_on_twins_conflicts_and_speakers(tmp_path: Path, base: Document) -> None:
    ours, theirs = changed(base, 10, 5, "ana"), changed(base, 10, 6, "ben")
    text = base.text
    start = text.index(" ", 500) + 1
    end = text.index(" ", start)
    ours.entities.append(
        Entity("e-ana", "PERSON", "X", by="ana", mentions=(Mention(start, end, text[start:end]),))
    )
    theirs.entities.append(
        Entity("e-ben", "PERSON", "X", by="ben", mentions=(Mention(start, end, text[start:end]),))
    )
    theirs.quotes.append(Quote("q-ben", base.span(start, end + 5), speaker="e-ben", by="ben"))
    fix = base.corrections[3]
    ours.corrections[3] = replace(fix, replacement="one")
    theirs.corrections[3] = replace(fix, replacement="two")
    speaker = base.quotes[0].speaker
    theirs.entities = [e for e in theirs.entities if e.id != speaker]
    theirs.quotes = [replace(q, speaker=None) if q.speaker == speaker else q for q in theirs.quotes]
    theirs.corrections.append(Correction("c-ben", base.span(start, end), replacement="y"))
    merged = both_ways(tmp_path, base, ours, theirs)
    path = tmp_path / "merged"
    path.write_bytes(merged)
    doc = load_detached(path).document
    assert doc.find("e-ben") is None
    assert doc.find("q-ben").speaker == "e-ana"  # type: ignore[union-attr]
    assert "conflict" in doc.find(fix.id).extra  # type: ignore[union-attr]

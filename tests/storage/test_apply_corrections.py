"""Applying corrections rewrites the article exactly and carries every annotation along."""

import codecs
import os
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.model import Correction, Entity, Mention, Quote
from editor_app.model.corrections import applicable
from editor_app.storage import save_sidecar, sidecar_path
from editor_app.storage.apply_files import apply_to_files, undo_apply
from editor_app.storage.documents import open_document, save_document
from editor_app.storage.editing import open_for_editing
from editor_app.storage.side_files import side_file
from tests.model.test_anchoring import fully_annotated

BOILERPLATE_START = "\n\nOnly subscribers"


def sample_with_accepted_corrections(article: Path) -> None:
    doc = fully_annotated(article)
    text = doc.text
    boiler = text.index(BOILERPLATE_START)
    doc.corrections = [
        replace(c, status="accepted", category={"c-boiler": "boilerplate"}.get(c.id, "name"))
        for c in doc.corrections
        if c.id != "c-boiler"
    ] + [
        Correction(id="c-boiler", span=doc.span(boiler, len(text)), category="boilerplate", status="accepted")
    ]
    save_sidecar(doc, sidecar_path(article))


def test_applying_mangus_tuscon_and_the_boilerplate_gives_exactly_the_corrected_article(
    sample_article, capsys
):
    original = sample_article.read_text(encoding="utf-8")
    sample_with_accepted_corrections(sample_article)

    assert main(["apply", str(sample_article)]) == 0

    expected = original.replace("Mangus", "Magnus").replace("Tuscon", "Tucson")
    expected = expected[: expected.index(BOILERPLATE_START)]
    assert sample_article.read_text(encoding="utf-8") == expected
    assert side_file(sample_article, "backup").read_text(encoding="utf-8") == original
    opened = open_document(sample_article)
    assert opened.warnings == []
    doc = opened.document
    for span in doc.spans():
        if not span.orphaned:
            assert doc.text[span.start : span.end] == span.text
    assert {c.id: c.status for c in doc.corrections} == dict.fromkeys(
        ["c-mangus", "c-tuscon", "c-boiler"], "applied"
    )
    mangus = next(c for c in doc.corrections if c.id == "c-mangus")
    assert (mangus.span.text, mangus.was) == ("Magnus", "Mangus")
    magnus = doc.entities[0]
    assert [m.text for m in magnus.mentions].count("Magnus") == len(magnus.mentions)
    assert "applied 3 correction(s)" in capsys.readouterr().out


def test_an_annotation_wholly_inside_deleted_text_is_orphaned_not_dropped(sample_article):
    opened = open_document(sample_article)
    doc = opened.document
    at = doc.text.index("Only subscribers")
    doc.entities = [
        Entity(
            id="e-sub", label="MISC", name="subscribers", mentions=(Mention(at + 5, at + 16, "subscribers"),)
        )
    ]
    doc.corrections = [
        Correction(id="c-b", span=doc.span(at - 2, len(doc.text)), category="boilerplate", status="accepted")
    ]
    save_document(opened)
    result, _ = apply_to_files(opened, applicable(opened.document))
    mention = opened.document.entities[0].mentions[0]
    assert mention.orphaned
    assert (mention.start, mention.end, mention.text) == (at + 5, at + 16, "subscribers")
    assert result.orphaned == [mention]


def test_a_correction_inside_a_direct_quote_is_skipped_and_listed_by_the_command_line(sample_article, capsys):
    opened = open_document(sample_article)
    doc = opened.document
    quote_text = "I am excited about the progress I made and look forward continuing that work"
    start = doc.text.index(quote_text)
    doc.quotes = [Quote(id="q-1", span=doc.span(start, start + len(quote_text)))]
    inside = doc.text.index("forward continuing")
    doc.corrections = [
        Correction(
            id="c-to",
            span=doc.span(inside, inside + 7),
            replacement="forward to",
            category="grammar",
            status="accepted",
        )
    ]
    save_document(opened)
    before = sample_article.read_bytes()
    assert main(["apply", str(sample_article)]) == 0
    assert sample_article.read_bytes() == before
    assert "inside a direct quote" in capsys.readouterr().err
    assert main(["apply", "--include-quotes", str(sample_article)]) == 0
    assert "look forward to continuing" in sample_article.read_text(encoding="utf-8")


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1252"])
@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_the_corrected_article_keeps_its_encoding_bom_and_newlines(tmp_path, encoding, newline):
    text = f"Caf\u00e9 owner Ana Lima said Tuscon was hot.{newline}Lima said so twice.{newline}"
    article = tmp_path / "story.txt"
    raw = text.encode(encoding)
    article.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le") if encoding == "utf-16" else raw)
    opened = open_document(article)
    doc = opened.document
    at = doc.text.index("Tuscon")
    doc.entities = [
        Entity(id="e-l", label="PERSON", name="Ana Lima", mentions=(Mention(11, 19, "Ana Lima"),))
    ]
    doc.corrections = [
        Correction(id="c-t", span=doc.span(at, at + 6), replacement="Tucson", status="accepted")
    ]
    save_document(opened)
    apply_to_files(opened, applicable(doc))
    expected = text.replace("Tuscon", "Tucson")
    if encoding == "utf-16":
        assert article.read_bytes() == codecs.BOM_UTF16_LE + expected.encode("utf-16-le")
    else:
        assert article.read_bytes() == expected.encode(encoding)


def test_undo_puts_back_the_article_and_the_sidecar_byte_for_byte(sample_article):
    sample_with_accepted_corrections(sample_article)
    article_before = sample_article.read_bytes()
    sidecar_before = sidecar_path(sample_article).read_bytes()
    opened = open_document(sample_article)
    _, undo = apply_to_files(opened, applicable(opened.document))
    assert sample_article.read_bytes() != article_before
    undo_apply(opened, undo)
    assert sample_article.read_bytes() == article_before
    assert sidecar_path(sample_article).read_bytes() == sidecar_before


class Crash(BaseException):
    """Stands for the process dying: nothing after it runs, no clean-up either."""


def crash_apply(article: Path, monkeypatch: pytest.MonkeyPatch, crash_before: Callable[[Path], bool]) -> None:
    """Apply the accepted corrections of ``article``, the process "dying" before the first rename
    that ``crash_before`` picks (the files are left as a kill at that moment leaves them)."""
    opened = open_document(article)
    real_replace = os.replace

    def replace_or_crash(src, dst):
        if crash_before(dst):
            raise Crash
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace_or_crash)
    with pytest.raises(Crash):
        apply_to_files(opened, applicable(opened.document))
    monkeypatch.undo()


@pytest.mark.parametrize("crash_at", [1, 2, 3, 4])
def test_a_crash_between_any_two_writes_is_recovered_exactly_on_the_next_open(
    sample_article, monkeypatch, crash_at
):
    sample_with_accepted_corrections(sample_article)
    old_article = sample_article.read_text(encoding="utf-8")
    writes: list[Path] = []

    def nth_write(dst: Path) -> bool:
        writes.append(dst)
        return bool(len(writes) == crash_at)

    crash_apply(sample_article, monkeypatch, nth_write)

    folder = sample_article.parent
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    open_document(sample_article)
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()} == before, "open_document wrote"
    reopened = open_for_editing(sample_article)
    text = sample_article.read_text(encoding="utf-8")
    assert text in (
        old_article,
        old_article.replace("Mangus", "Magnus").replace("Tuscon", "Tucson")[
            : old_article.replace("Mangus", "Magnus").replace("Tuscon", "Tucson").index(BOILERPLATE_START)
        ],
    )
    assert reopened.anchoring is None, "the sidecar must describe the article on disk"
    for span in reopened.document.spans():
        if not span.orphaned:
            assert reopened.document.text[span.start : span.end] == span.text
    applied = text != old_article
    assert all((c.status == "applied") == applied for c in reopened.document.corrections)
    assert not side_file(sample_article, "pending").exists()
    if crash_at >= 3:
        assert re.search("finished applying|undone", reopened.warnings[0].message)


def test_check_says_an_interrupted_apply_must_be_finished_first_like_stats_and_export(
    sample_article, monkeypatch, capsys
):
    sample_with_accepted_corrections(sample_article)
    crash_apply(sample_article, monkeypatch, lambda dst: Path(dst) == sidecar_path(sample_article))
    assert side_file(sample_article, "pending").exists()
    folder = sample_article.parent
    before = {p.name: p.read_bytes() for p in folder.iterdir()}

    assert main(["check", str(folder)]) == 1
    out = capsys.readouterr().out
    assert out.count("\n") == 1, out
    assert "interrupted" in out
    assert "orphaned" not in out
    assert out.startswith(f"{sample_article}:")
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before

"""`editor-app apply --dry-run` prints the changes as a unified diff of the article, writing nothing."""

import difflib
import re
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.model.correction_diff import changes
from editor_app.storage import sidecar_path
from editor_app.storage.documents import open_document
from tests.storage.test_apply_corrections import BOILERPLATE_START, sample_with_accepted_corrections


def test_dry_run_prints_a_unified_diff_naming_each_hunks_corrections(
    sample_article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sample_with_accepted_corrections(sample_article)
    article_before = sample_article.read_bytes()
    sidecar_before = sidecar_path(sample_article).read_bytes()
    original = sample_article.read_text(encoding="utf-8")

    assert main(["apply", "--dry-run", str(sample_article)]) == 0

    out = capsys.readouterr().out
    assert sample_article.read_bytes() == article_before
    assert sidecar_path(sample_article).read_bytes() == sidecar_before
    corrected = original.replace("Mangus", "Magnus").replace("Tuscon", "Tucson")
    corrected = corrected[: corrected.index(BOILERPLATE_START)]
    expected = difflib.unified_diff(
        original.split("\n"), corrected.split("\n"), str(sample_article), f"{sample_article} (corrected)", n=1
    )
    bare = [re.sub(r"^(@@ [^@]+ @@).*", r"\1", line) for line in out.splitlines()]
    assert bare == [line.rstrip("\n") for line in expected]
    headers = [line for line in out.splitlines() if line.startswith("@@")]
    assert headers[0].endswith("@@ c-mangus (name)")
    assert headers[1].endswith("@@ c-tuscon (name); c-boiler (boilerplate)"), "near: one hunk, both named"
    assert len(headers) == 2

    assert main(["apply", "--dry-run", str(sample_article.with_name("missing.txt"))]) == 1


def test_the_preview_gives_each_change_with_its_context_category_and_place(sample_article: Path) -> None:
    sample_with_accepted_corrections(sample_article)
    doc = open_document(sample_article).document

    found = changes(doc, list(reversed(doc.corrections)))

    assert [c.correction.id for c in found] == ["c-mangus", "c-tuscon", "c-boiler"]
    mangus = found[0]
    assert (mangus.old, mangus.new, mangus.line) == ("Mangus", "Magnus", 20)
    assert mangus.before.endswith("that he be fired, ")
    assert mangus.after.startswith(" said. Then,")
    assert mangus.more_before
    assert mangus.more_after
    assert not mangus.before.startswith(" ")
    assert len(mangus.before) <= 60
    boiler = found[2]
    assert boiler.new == ""
    assert boiler.old.startswith("\n\nOnly subscribers")
    assert boiler.before.endswith("management style.")
    assert boiler.after == ""

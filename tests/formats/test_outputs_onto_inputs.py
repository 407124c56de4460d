"""`export -o` and `import -o` never write over their own inputs, nor over a device, and replace an
existing file only with --force."""

import json
import os
import shutil
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.storage import sidecar_path
from editor_app.storage.side_files import side_file


@pytest.fixture
def article(sample_with_golden_sidecar: Path) -> Path:
    return sample_with_golden_sidecar


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


@pytest.mark.parametrize("force", [[], ["--force"]])
@pytest.mark.parametrize(
    "output",
    [lambda a: a, sidecar_path, lambda a: side_file(a, "backup")],
    ids=["article", "sidecar", "backup"],
)
def test_export_never_writes_over_its_own_inputs(article, capsys, output, force):
    shutil.copyfile(article, side_file(article, "backup"))
    before = snapshot(article.parent)
    code = main(["export", "--format", "jsonl", str(article), "-o", str(output(article)), *force])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "own inputs" in err
    assert err.count("\n") == 1
    assert snapshot(article.parent) == before


def test_a_brat_export_into_the_articles_folder_leaves_the_article_alone(article, capsys):
    before = snapshot(article.parent)
    code = main(
        [
            "export",
            "--format",
            "brat",
            "--apply-corrections",
            str(article),
            "-o",
            str(article.parent),
            "--force",
        ]
    )
    err = capsys.readouterr().err
    assert code in (1, 2), err
    assert "own inputs" in err
    assert {k: v for k, v in snapshot(article.parent).items() if k in before} == before


def test_an_existing_output_is_replaced_only_with_force(article, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    out.write_text("keep me\n", encoding="utf-8")
    assert main(["export", "--format", "jsonl", str(article), "-o", str(out)]) == 2
    assert "--force" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "keep me\n"
    assert main(["export", "--format", "jsonl", str(article), "-o", str(out), "--force"]) == 0
    assert json.loads(out.read_text(encoding="utf-8").splitlines()[0])["text"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_an_output_that_is_not_a_regular_file_is_refused_even_with_force(article, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    os.mkfifo(out)
    assert main(["export", "--format", "jsonl", str(article), "-o", str(out), "--force"]) == 2
    assert "not a regular file" in capsys.readouterr().err
    assert Path(out).is_fifo()


def test_import_never_writes_over_its_own_input(tmp_path, capsys):
    source = tmp_path / "records.txt"
    original = json.dumps({"text": "Magnus said.", "label": [], "meta": {"file": "records.txt"}}) + "\n"
    source.write_text(original, encoding="utf-8")
    code = main(["import", "--format", "jsonl", str(source), "-o", str(tmp_path), "--force"])
    err = capsys.readouterr().err
    assert code == 1, err
    assert "own inputs" in err
    assert source.read_text(encoding="utf-8") == original

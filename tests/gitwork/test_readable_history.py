"""After git-setup, git diff, git log -p and git show print sidecars as annotations (textconv)."""

from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.model.edits import new_entity
from editor_app.storage.git_files import ATTRIBUTES_LINE
from tests.gitwork.repos import Origin


def test_git_diff_and_log_show_readable_lines(tmp_path: Path) -> None:
    ana = Origin(tmp_path).clone("ana")
    ana.annotate(lambda doc: new_entity(doc, "PERSON", 410, 428, by="ana"), message="Mayorkas")
    log = ana.git("log", "-p", "-1", "--", ana.sidecar.name).stdout
    assert '+PERSON "Alejandro Mayorkas"' in log
    assert '+  mention 410-428 "Alejandro Mayorkas"' in log
    assert "start: 410" not in log  # not the YAML
    shown = ana.git("show", "HEAD", "--", ana.sidecar.name).stdout
    assert '+PERSON "Alejandro Mayorkas"' in shown

    ana.annotate(lambda doc: new_entity(doc, "GPE", 2115, 2121, by="ana"), message="Tuscon")
    diff = ana.git("diff", "HEAD~1", "HEAD", "--", ana.sidecar.name).stdout
    added = [line for line in diff.splitlines() if line.startswith("+") and not line.startswith("+++")]
    assert added == ['+GPE "Tuscon" ' + added[0].split('"Tuscon" ')[1], '+  mention 2115-2121 "Tuscon"']


def test_git_setup_is_idempotent(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ana = Origin(tmp_path).clone("ana")
    capsys.readouterr()
    assert main(["git-setup", str(ana.path), "--command", "editor-app"]) == 0
    assert main(["git-setup", str(ana.path), "--command", "editor-app"]) == 0
    out = capsys.readouterr().out
    assert "already has" in out
    assert "already set merge.editor-app.driver = editor-app merge %O %A %B --path %P" in out
    assert (ana.path / ".gitattributes").read_text().splitlines().count(ATTRIBUTES_LINE) == 1
    assert (ana.path / ".gitignore").read_text().splitlines().count(".*.editor-app-*") == 1
    config = ana.git("config", "--local", "--get", "diff.editor-app.textconv").stdout.strip()
    assert config == "editor-app show"


def test_git_setup_outside_a_repository_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["git-setup", str(tmp_path)]) == 1
    assert str(tmp_path) in capsys.readouterr().err

"""`editor-app check` and the command line's routing and exit codes, run as a user runs them."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from editor_app import __version__
from editor_app.cli import main
from editor_app.storage import sidecar_path
from tests.conftest import SAMPLE

GOLDEN = Path(__file__).resolve().parent.parent / "data" / "golden" / f"{SAMPLE.name}.annotations.yaml"


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "editor_app", *args], capture_output=True, text=True, env=env, timeout=60
    )


def test_check_passes_on_the_bundled_sample_without_a_sidecar():
    assert not sidecar_path(SAMPLE).exists()
    result = run_cli("check", str(SAMPLE))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 article(s), 0 sidecar(s): 0 problem(s)" in result.stderr


def test_check_passes_on_the_sample_with_its_sidecar(sample_article):
    shutil.copyfile(GOLDEN, sidecar_path(sample_article))
    result = run_cli("check", str(sample_article))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 article(s), 1 sidecar(s): 0 problem(s)" in result.stderr


def test_check_walks_a_folder_and_reports_every_bad_file_without_stopping(tmp_path, capsys):
    for name in ("a.txt", "b.txt", "c.md"):
        shutil.copyfile(SAMPLE, tmp_path / name)
    shutil.copyfile(GOLDEN, sidecar_path(tmp_path / "a.txt"))
    (tmp_path / "b.txt.annotations.yaml").write_text("format: editor-app/annotations\nversion: [\n")
    (tmp_path / "c.md.annotations.yaml").write_text("format: other\n")
    (tmp_path / "gone.txt.annotations.yaml").write_text("format: editor-app/annotations\nversion: 1\n")
    assert main(["check", str(tmp_path)]) == 1
    out = capsys.readouterr()
    lines = out.out.splitlines()
    assert [Path(line.split(":")[0]).name for line in lines] == [
        "b.txt.annotations.yaml",
        "c.md.annotations.yaml",
        "gone.txt.annotations.yaml",
    ]
    assert "3 article(s), 3 sidecar(s): 3 problem(s)" in out.err


def test_check_counts_orphaned_spans_as_problems(sample_article, capsys):
    shutil.copyfile(GOLDEN, sidecar_path(sample_article))
    sample_article.write_text("New lede.\n" + sample_article.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["check", str(sample_article)]) == 1
    out = capsys.readouterr().out
    assert "has changed" in out
    assert ":23:" in out
    assert "orphaned span 'Chris Magnus'" in out


def test_check_on_a_missing_file_fails_and_without_paths_is_a_usage_error(tmp_path, capsys):
    assert main(["check", str(tmp_path / "nope.txt")]) == 1
    with pytest.raises(SystemExit) as exit_info:
        main(["check"])
    assert exit_info.value.code == 2


def test_version_is_printed():
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"editor-app {__version__}"


def test_a_file_named_like_a_command_is_opened_as_a_file_when_given_as_a_path(tmp_path):
    from editor_app.cli import route

    assert route(["check", "x.txt"]) == ("check", ["x.txt"])
    assert route(["./check"]) == ("window", ["./check"])
    assert route([str(tmp_path / "check")]) == ("window", [str(tmp_path / "check")])


def test_opening_the_window_without_a_display_explains_what_to_do(sample_article):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = run_cli(str(sample_article), env=env)
    assert result.returncode == 1
    assert "no display" in result.stderr
    assert "xvfb-run" in result.stderr
    assert "QT_QPA_PLATFORM=offscreen" in result.stderr


def test_a_missing_article_on_the_command_line_is_a_usage_error(tmp_path):
    result = run_cli(str(tmp_path / "missing.txt"))
    assert result.returncode == 2
    assert "no such file" in result.stderr


DELETE_FOREVER = """
import os, shutil, sys, time
root = sys.argv[1]
print("deleting", flush=True)
end = time.monotonic() + 20
while time.monotonic() < end and sys.stdin.readable():
    for name in sorted(os.listdir(root)):
        shutil.rmtree(os.path.join(root, name), ignore_errors=True)
        os.makedirs(os.path.join(root, name, "deeper", "still"), exist_ok=True)
"""


def test_check_of_a_folder_whose_subfolders_are_being_deleted_reports_no_traceback(tmp_path, capsys):
    root = tmp_path / "corpus"
    for n in range(200):
        (root / f"d{n:03}" / "deeper" / "still").mkdir(parents=True)
        (root / f"d{n:03}" / "a.txt").write_text("Magnus said.\n", encoding="utf-8")
    deleter = subprocess.Popen(
        [sys.executable, "-c", DELETE_FOREVER, str(root)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert deleter.stdout is not None
        assert deleter.stdout.readline().strip() == "deleting"
        for _ in range(10):
            code = main(["check", str(root)])
            assert code in (0, 1)
    finally:
        deleter.kill()
        deleter.wait(timeout=30)
    assert "Traceback" not in capsys.readouterr().err

"""Two processes saving one sidecar at once, an apply racing a save, commands and other people's locks:
nothing anyone saved is lost without being told."""

import subprocess
import sys
import time
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.model.corrections import applicable
from editor_app.storage import load_sidecar, read_article, sidecar_path
from editor_app.storage.apply_files import apply_to_files
from editor_app.storage.editing import open_for_editing
from editor_app.storage.errors import ChangedOnDisk
from tests.conftest import ROOT
from tests.storage.test_apply_corrections import sample_with_accepted_corrections

ROUNDS = 200


def rival(article: Path, name: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.storage.rival_saver", str(article), name],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def say(process: subprocess.Popen[str], line: str) -> None:
    assert process.stdin is not None
    process.stdin.write(line + "\n")
    process.stdin.flush()


def hear(process: subprocess.Popen[str]) -> str:
    assert process.stdout is not None
    return process.stdout.readline().strip()


def test_two_processes_saving_one_sidecar_at_the_same_moment_lose_nothing(tmp_path):
    article = tmp_path / "story.txt"
    article.write_text("Magnus said the plan would work.\n", encoding="utf-8")
    rivals = [rival(article, "a"), rival(article, "b")]
    saved: list[str] = []
    refused: list[str] = []
    started = time.monotonic()
    try:
        for _ in range(ROUNDS):
            for process in rivals:
                say(process, "open")
            assert [hear(p) for p in rivals] == ["ready", "ready"]
            for process in rivals:
                say(process, "go")
            outcomes = [hear(p).split() for p in rivals]
            for verdict, entity_id in outcomes:
                (saved if verdict == "saved" else refused).append(entity_id)
            assert sorted(v for v, _ in outcomes) == ["refused", "saved"], outcomes
    finally:
        for process in rivals:
            assert process.stdin is not None
            process.stdin.close()
            process.wait(timeout=30)
    seconds = time.monotonic() - started
    on_disk = load_sidecar(sidecar_path(article), read_article(article)).document
    assert sorted(e.id for e in on_disk.entities) == sorted(saved)
    assert len(saved) == ROUNDS
    assert len(refused) == ROUNDS
    print(
        f"{ROUNDS} rounds of two simultaneous saves in {seconds:.1f} s: "
        f"{len(saved)} landed, {len(refused)} refused"
    )


def test_apply_does_not_replace_a_sidecar_saved_since_it_was_opened(sample_article):
    sample_with_accepted_corrections(sample_article)
    opened = open_for_editing(sample_article)
    article_before = sample_article.read_bytes()
    other = subprocess.run(
        [sys.executable, "-m", "editor_app", "suggest", "--no-spelling", str(sample_article)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert other.returncode == 0, other.stderr
    theirs = sidecar_path(sample_article).read_bytes()
    with pytest.raises(ChangedOnDisk):
        apply_to_files(opened, applicable(opened.document))
    assert sidecar_path(sample_article).read_bytes() == theirs
    assert sample_article.read_bytes() == article_before


HOLD_LOCK = """
import sys
from pathlib import Path
from editor_app.storage.locks import acquire_lock
held = acquire_lock(Path(sys.argv[1]))
print("locked", flush=True)
sys.stdin.read()
held.release()
"""


@pytest.mark.parametrize("command", [["suggest", "--no-spelling"], ["apply"]])
def test_commands_leave_an_article_someone_has_open_alone_unless_forced(sample_article, capsys, command):
    sample_with_accepted_corrections(sample_article)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(sample_article)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert hear(holder) == "locked"
        files = {p: p.read_bytes() for p in (sample_article, sidecar_path(sample_article))}
        assert main([*command, str(sample_article)]) == 1
        err = capsys.readouterr().err
        assert "locked by" in err
        assert "--force" in err
        assert {p: p.read_bytes() for p in files} == files
        assert main([*command, "--force", str(sample_article)]) == 0
        assert sidecar_path(sample_article).read_bytes() != files[sidecar_path(sample_article)]
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)

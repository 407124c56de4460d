"""A newsroom's house-style pattern that backtracks for ever does not hang suggestions: it runs under a
time budget (or in linear time), and the rule that was stopped is named."""

import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT

SECONDS = 30


def suggest(folder: Path, article: Path) -> tuple[subprocess.CompletedProcess[str], float]:
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "editor_app", "suggest", "--dry-run", "--no-spelling", str(article)],
        capture_output=True,
        text=True,
        timeout=SECONDS,
        cwd=ROOT,
    )
    return result, time.monotonic() - started


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"(\\w+\\s?)+!", "Magnus said the plan " + "would work " * 6 + "in Tucson, " * 3 + "he said.\n"),
        (r"(a|aa)+$", "Magnus said " + "a" * 60 + "b.\n"),
    ],
    ids=["issue-65-byte-config", "exponential-even-for-backtracking-engines"],
)
def test_a_slow_user_pattern_is_stopped_and_named(tmp_path, pattern, text):
    config = tmp_path / ".editor-app.yaml"
    config.write_text(
        f'style: {{rules: [{{name: slow, pattern: "{pattern}", replacement: x}}]}}\n', encoding="utf-8"
    )
    article = tmp_path / "story.txt"
    article.write_text(text, encoding="utf-8")
    result, seconds = suggest(tmp_path, article)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr
    assert seconds < SECONDS  # a hang bound; the rule's own budget is 1 s
    if "aa" in pattern:
        stopped = [line for line in result.stderr.splitlines() if "slow" in line and "stopped" in line]
        assert len(stopped) == 1, result.stderr
        assert str(config) in stopped[0] or ".editor-app.yaml" in stopped[0]

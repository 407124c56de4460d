"""The quality figures on the hand-written test articles, and the benchmark's quick mode."""

import subprocess
import sys
from pathlib import Path

import yaml

from tests.perf.quality_suggest import ARTICLES, BAR, measure

ROOT = Path(__file__).resolve().parents[2]


def test_every_test_article_has_a_gold_file_naming_it():
    golds = sorted(ARTICLES.glob("*.gold.yaml"))
    assert len(golds) >= 5
    for gold in golds:
        data = yaml.safe_load(gold.read_text(encoding="utf-8"))
        article = (ARTICLES / data["article"]).read_text(encoding="utf-8")
        for quote in data["quotes"]:
            assert quote["text"] in article, quote
        for misspelling in data.get("misspellings") or []:
            assert misspelling["wrong"] in article


def test_the_test_articles_meet_the_quality_bar():
    figures = measure().figures()
    assert figures["quotes_found"] >= BAR["quotes_found"], figures
    assert figures["right_speaker"] >= BAR["right_speaker"], figures
    assert figures["names_caught"] >= BAR["names_caught"], figures
    assert figures["false_flags_per_1000"] <= BAR["false_flags_per_1000"], figures


def test_the_quality_script_prints_its_four_figures():
    result = subprocess.run(
        [sys.executable, "-m", "tests.perf.quality_suggest"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    for line in (
        "direct quotes found",
        "right speaker",
        "misspelt repeated names caught",
        "false name/spelling",
    ):
        assert line in result.stdout


def test_the_benchmark_runs_in_its_quick_mode():
    result = subprocess.run(
        [sys.executable, "-m", "tests.perf.bench_suggest", "--quick"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "suggest, median" in result.stdout

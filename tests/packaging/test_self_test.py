"""`editor-app --self-test [ARTICLE]`: what `make dist-check` runs on the bundle, from the source tree."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from editor_app.paths import original_sample
from editor_app.selftest import _free_span
from tests.packaging.helpers import ROOT

TIMEOUT = 120


def self_test(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "editor_app", "--self-test", *args],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        cwd=ROOT,
        env=env,
    )


def test_the_self_test_passes_on_the_bundled_original_sample():
    result = self_test()
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"copied {original_sample()}" in result.stdout
    assert "labelled 'Ruth Okafor'" in result.stdout
    assert "through the 'Save' action" in result.stdout
    assert result.stdout.rstrip().endswith("self-test passed")


def test_the_self_test_works_on_a_copy_and_leaves_the_article_and_user_folders_alone(tmp_path):
    article = tmp_path / "story.txt"
    shutil.copyfile(original_sample(), article)
    before = article.read_bytes()
    result = self_test(str(article))
    assert result.returncode == 0, result.stdout + result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story.txt"]
    assert article.read_bytes() == before
    # The conftest points XDG_DATA_HOME into a temporary home: the self-test must not write there either.
    assert not (Path(os.environ["XDG_DATA_HOME"]) / "editor-app").exists()


def test_the_self_test_accepts_an_annotations_file_and_keeps_its_annotations(tmp_path):
    article = tmp_path / "cbp-commissioner-magnus.txt"
    shutil.copyfile(ROOT / "resources" / "samples" / article.name, article)
    golden = ROOT / "tests" / "data" / "golden" / f"{article.name}.annotations.yaml"
    sidecar = tmp_path / golden.name
    shutil.copyfile(golden, sidecar)
    result = self_test(str(sidecar))
    assert result.returncode == 0, result.stdout + result.stderr
    # "Chris Magnus" is already annotated in the golden file: the next free name is chosen.
    assert "labelled 'Associated Press'" in result.stdout
    assert sidecar.read_bytes() == golden.read_bytes()


def test_the_self_test_fails_with_the_reason_when_the_sidecar_is_broken(tmp_path):
    article = tmp_path / "story.txt"
    article.write_text("Harbor Chief\n\nRuth Okafor said Friday she would stay.\n", encoding="utf-8")
    (tmp_path / "story.txt.annotations.yaml").write_text("format: editor-app/annotations\nfoo: [\n")
    result = self_test(str(article))
    assert result.returncode == 1
    assert "self-test FAILED: opening story.txt:" in result.stderr
    assert "not valid YAML" in result.stderr
    assert "self-test passed" not in result.stdout


def test_the_self_test_of_a_missing_article_is_a_usage_error(tmp_path):
    result = self_test(str(tmp_path / "missing.txt"))
    assert result.returncode == 2
    assert "no such file" in result.stderr


def test_the_span_chosen_is_a_name_past_the_headline_and_not_yet_annotated():
    text = "Harbor Chief Refuses\n\nBellhaven Director Ruth Okafor said. Okafor left."
    first = _free_span(text, lambda start, end: False)
    assert first is not None
    assert text[first[0] : first[1]] == "Ruth Okafor"
    taken = first
    second = _free_span(text, lambda start, end: start < taken[1] and taken[0] < end)
    assert second is not None
    assert text[second[0] : second[1]] == "Bellhaven"


def test_without_capitalised_names_any_word_will_do():
    text = "no names here at all"
    span = _free_span(text, lambda start, end: start == 0)
    assert span is not None
    assert text[span[0] : span[1]] == "names"

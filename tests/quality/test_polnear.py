"""The PolNeAR evaluation script on a corpus written for the test (the real one is never bundled)."""

from pathlib import Path

import pytest

from tests.quality import polnear

TEXT = (
    "The council met on Monday.\n\n"
    "“We will not raise fares,” said Dana Whitfield, the transit director. Whitfield spoke briefly.\n\n"
    "Whitfield said riders deserve better. Whitfield left.\n"
)


def write_corpus(root: Path) -> Path:
    train = root / "data" / "train"
    (train / "text").mkdir(parents=True)
    (train / "attributions").mkdir()
    (train / "text" / "story-one.txt").write_text(TEXT, encoding="utf-8")
    quote = TEXT.index("“We")
    close = TEXT.index("”") + 1
    source = TEXT.index("Dana Whitfield, the transit director")
    cue = TEXT.index("said Dana")
    ann = (
        f"T1\tContent {quote} {close}\t{TEXT[quote:close]}\n"
        f"T2\tCue {cue} {cue + 4}\tsaid\n"
        f"T3\tSource {source} {source + 36}\t{TEXT[source : source + 36]}\n"
        f"E1\tAttribution:T2 Content:T1 Cue:T2 Source:T3\n"
    )
    (train / "attributions" / "story-one_ab12.ann").write_text(ann, encoding="utf-8")
    return root


@pytest.mark.parametrize(
    ("source", "name"),
    [
        ("Ruth Lang, a former trade negotiator now at the Institute for Fiscal Studies in London", "Lang"),
        ("Ruiz's communications director, Jane Moss", "Moss"),
        ("campaign chairman Sam Hale", "Hale"),
        ("Sen. Tom Reyes (R-Neb.)", "Reyes"),
        ("Mr. Alvarez", "Alvarez"),
        ("Ben Ortega Jr., founder of the Civic League,", "Ortega"),
        ("Dana O'Neill", "O'Neill"),
        ("he", None),
        ("a spokesman for the airline", None),
        (None, None),
    ],
)
def test_the_head_name_of_a_gold_source(source, name):
    assert polnear.head_name(source) == name


def test_the_script_scores_a_corpus_of_one_article(tmp_path, capsys):
    root = write_corpus(tmp_path)
    assert polnear.main([str(root)]) == 0
    out = capsys.readouterr().out
    assert "PolNeAR train: 1 articles" in out
    rows = {line.split("|")[1].strip(): line.split("|")[2:4] for line in out.splitlines() if "|" in line}
    assert [cell.strip() for cell in rows["direct quotes found"]] == ["100.0 %", "1/1"]
    assert [cell.strip() for cell in rows["right speaker (source named)"]] == ["100.0 %", "1/1"]
    assert "Written articles" in out


def test_typos_are_swapped_inner_letters_of_a_later_occurrence():
    trials = polnear.typo_trials("story-one", TEXT)
    assert len(trials) == 1
    offset, word, typo = trials[0]
    assert word == "Whitfield"
    assert offset > TEXT.index("Whitfield")
    assert sorted(typo) == sorted(word)
    assert typo != word
    assert (typo[0], typo[-1]) == ("W", "d")


def test_without_a_path_it_says_how_to_get_the_corpus(monkeypatch, capsys):
    monkeypatch.delenv("POLNEAR_DIR", raising=False)
    assert polnear.main([]) == 2
    assert "PolNeAR" in capsys.readouterr().out

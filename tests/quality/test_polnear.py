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
        # a name modifying a noun or a title names no one; nor does a party word
        ("the Ohio senator", None),
        ("a Democratic strategist", None),
        ("another Lima Republican", None),
        ("the Vance campaign", None),
        ("Lima Sen. Ada Brennan’s campaign", None),
        ("Ada Brennan herself", "Brennan"),
        ("the Lima Courier newspaper", "Courier"),
        ("Former Secretary of State Ann Price", "Price"),
        ("Former judge and Lima City Councilman Ray Diaz, who backs Vance,", "Diaz"),
        ("Luis de Ferro, a strategist", "Ferro"),
        ("pollster Ivo Kráľ", "Kráľ"),
    ],
)
def test_the_head_name_of_a_gold_source(source, name):
    assert polnear.head_name(source) == name


def test_a_capitalised_common_word_opening_a_source_is_no_name_when_the_article_writes_it_lower_case():
    article = "There were dozens of them. Dozens of supporters cheered. Will spoke."
    assert polnear.head_name("Dozens of supporters", article) is None
    assert polnear.head_name("Will", article) == "Will"
    assert polnear.head_name("Sen. Ray Diaz", article) == "Diaz"


@pytest.mark.parametrize(
    ("content", "inner"),
    [
        ("“The numbers are off,” the judge said", "the judge"),
        ("“We won,” said Rita Vance, the mayor", "Rita Vance"),
        ("Rita Vance said: “We won.”", "Rita Vance"),
        ("“We won,” he added", None),
        ("she was “on the fence” until Vance said she would run", None),
    ],
)
def test_the_speaker_of_an_attribution_nested_in_a_gold_content(content, inner):
    assert polnear.inner_speaker(content) == inner


NESTED = (
    "The council met on Monday.\n\n"
    "“We will not raise fares,” Dana Whitfield said, according to the Courier. Whitfield left.\n\n"
    "“Nobody saw it coming,” the clerk said, according to the Courier.\n"
)


def test_a_nested_attribution_counts_its_inner_speaker_and_an_unnamed_one_is_left_out(tmp_path, capsys):
    train = tmp_path / "data" / "train"
    (train / "text").mkdir(parents=True)
    (train / "attributions").mkdir()
    (train / "text" / "story-two.txt").write_text(NESTED, encoding="utf-8")
    lines = []
    for number, (quote, inner) in enumerate((("“We", "Dana Whitfield said"), ("“Nobody", "the clerk said"))):
        start = NESTED.index(quote)
        end = NESTED.index(inner, start) + len(inner)
        courier = NESTED.index("the Courier", end)
        cue = NESTED.index("according to", end)
        t = 4 * number
        lines += [
            f"T{t + 1}\tContent {start} {end}\t{NESTED[start:end]}",
            f"T{t + 2}\tCue {cue} {cue + 12}\taccording to",
            f"T{t + 3}\tSource {courier} {courier + 11}\tthe Courier",
            f"E{number + 1}\tAttribution:T{t + 2} Content:T{t + 1} Cue:T{t + 2} Source:T{t + 3}",
        ]
    (train / "attributions" / "story-two_ab12.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert polnear.main([str(tmp_path)]) == 0
    out = capsys.readouterr().out
    rows = {line.split("|")[1].strip(): line.split("|")[2:4] for line in out.splitlines() if "|" in line}
    assert [cell.strip() for cell in rows["direct quotes found"]] == ["100.0 %", "2/2"]
    assert [cell.strip() for cell in rows["right speaker (source named)"]] == ["100.0 %", "1/1"]
    assert "1 found quotes of an unnamed inner speaker" in out


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

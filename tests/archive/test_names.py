"""The desk's names list: read like any file (bad entries reported with their line), collected from
confirmed entities, and used by the suggesters."""

from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.model import Article, Document
from editor_app.model.names_list import NameEntry, NamesList
from editor_app.storage.names_file import find_names_file, names_for, read_names, write_names
from editor_app.suggest.engine import suggest
from tests.archive.helpers import magnus_article
from tests.conftest import DATA, SAMPLE

GOOD = """format: editor-app/names
version: 1
names:
- name: Chris Magnus
  label: PERSON
  variants: [Magnus]
  link: "wikidata:Q5108848"
- name: Department of Homeland Security
  label: ORG
  variants: [DHS, Homeland Security]
"""

BAD = """format: editor-app/names
version: 1
names:
- name: Chris Magnus
  label: PERSON
- name: Nobody
  label: FRUIT
- label: ORG
- name: Chris Magnus
  label: PERSON
- name: Ana Reyes
  label: PERSON
  variants: Reyes
- just a string
"""


def test_a_good_list_reads_and_writes_back_the_same(tmp_path: Path) -> None:
    path = tmp_path / "names.yaml"
    path.write_text(GOOD, encoding="utf-8")
    names = read_names(path)
    assert names.problems == ()
    assert names.entries[0] == NameEntry("Chris Magnus", "PERSON", ("Magnus",), "wikidata:Q5108848", 4)
    write_names(names, tmp_path / "again.yaml")
    assert (tmp_path / "again.yaml").read_text(encoding="utf-8") == GOOD


def test_bad_entries_are_reported_with_their_lines_like_any_bad_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "names.yaml"
    path.write_text(BAD, encoding="utf-8")
    names = read_names(path)
    assert [e.name for e in names.entries] == ["Chris Magnus"]
    assert names.problems == (
        f"{path}:7:10: 'Nobody' has label 'FRUIT'; expected one of PERSON, ORG, GPE, LOC, NORP, FAC",
        f"{path}:8:3: an entry has no name; it was ignored",
        f"{path}:9:3: repeats 'Chris Magnus' (PERSON) of line 4",
        f"{path}:13:13: the variants of 'Ana Reyes' should be a list",
        f"{path}:14:3: an entry should be a mapping with name and label; it was ignored",
    )
    assert main(["names", str(tmp_path)]) == 1
    assert capsys.readouterr().out.splitlines() == list(names.problems)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("format: editor-app/names\nversion: 1\nnames: [\n", "is not valid YAML"),
        ("format: other\n", "is not a names list"),
        ("format: editor-app/names\nversion: 2\n", "newer version"),
        ("a: &x [1]\nb: *x\n", "anchor"),
    ],
)
def test_an_unusable_file_is_one_located_problem(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "names.yaml").write_text(text, encoding="utf-8")
    names = names_for(tmp_path / "story.txt")
    assert names.entries == ()
    assert len(names.problems) == 1
    assert names.problems[0].startswith(f"{tmp_path / 'names.yaml'}:")
    assert message in names.problems[0]
    assert main(["names", str(tmp_path)]) == 1


def test_the_nearest_parent_list_applies(tmp_path: Path) -> None:
    (tmp_path / "names.yaml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "a" / "b").mkdir(parents=True)
    assert find_names_file(tmp_path / "a" / "b" / "story.txt") == tmp_path / "names.yaml"
    (tmp_path / "a" / "names.yaml").write_text("format: editor-app/names\nversion: 1\nnames: []\n")
    assert find_names_file(tmp_path / "a" / "b" / "story.txt") == tmp_path / "a" / "names.yaml"


def test_collect_proposes_confirmed_names_by_frequency_and_writes_only_when_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / SAMPLE.name).write_bytes(SAMPLE.read_bytes())
    (folder / f"{SAMPLE.name}.annotations.yaml").write_bytes(
        (DATA / "golden" / f"{SAMPLE.name}.annotations.yaml").read_bytes()
    )
    magnus_article(folder / "a.txt")
    magnus_article(folder / "b.txt")
    assert main(["names", str(folder), "--collect"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == [
        "7",
        "Chris",
        "Magnus",
        "(PERSON)",
        "variants:",
        "Magnus",
        "link:",
        "wikidata:Q5108848",
    ]
    assert "Mangus" not in "\n".join(out)  # a mention carrying a correction is never a variant
    assert not (folder / "names.yaml").exists()
    assert main(["names", str(folder), "--collect", "--write"]) == 0
    names = read_names(folder / "names.yaml")
    assert names.entries[0].spellings() == ("Chris Magnus", "Magnus")


def _doc(text: str) -> Document:
    return Document(article=Article(text), file_name="story.txt")


NAMES = NamesList(
    (
        NameEntry("Chris Magnus", "PERSON", ("Magnus", "Magnas")),
        NameEntry("Ahmed Abdelrahman", "PERSON"),
    )
)


def test_a_name_misspelt_once_is_flagged_against_the_list() -> None:
    text = "The board met on Monday. Later Ahmed Abdelrahmann spoke about the budget.\n"
    assert not [c for c in suggest(_doc(text)).corrections if c.span.text == "Abdelrahmann"]
    found = [c for c in suggest(_doc(text), names=NAMES).corrections if c.span.text == "Abdelrahmann"]
    assert [(c.replacement, c.category, c.by) for c in found] == [("Abdelrahman", "name", "rule:names-list")]
    swapped = "The board met. Chris Mganus spoke.\n"
    found = suggest(_doc(swapped), names=NAMES).corrections
    assert [(c.span.text, c.replacement, c.category) for c in found] == [("Mganus", "Magnus", "name")]


def test_a_listed_variant_is_never_flagged() -> None:
    text = "Magnus spoke. Magnus left. Magnus returned. Then Magnas said no.\n"
    without = [c.span.text for c in suggest(_doc(text)).corrections]
    assert "Magnas" in without  # the article alone takes it for a slip
    assert [c.span.text for c in suggest(_doc(text), names=NAMES).corrections] == []

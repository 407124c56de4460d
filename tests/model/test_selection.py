"""Selections snap to whole words; occurrences are whole words; surnames match people."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor_app.model import Entity, Mention
from editor_app.model.selection import matching_entity, occurrences, snap, surname, word_at

TEXT = "Commissioner Chris Magnus, said: “I am excited.” U.S. agency Magnusson O’Neil Zoë 😀 Ng"


def snapped(start_text: str, length: int | None = None) -> str | None:
    start = TEXT.index(start_text)
    end = start + (len(start_text) if length is None else length)
    result = snap(TEXT, start, end)
    return None if result is None else TEXT[result[0] : result[1]]


@pytest.mark.parametrize(
    ("selected", "expected"),
    [
        ("Magnus,", "Magnus"),
        (" Magnus, ", "Magnus"),
        ("agn", "Magnus"),
        ("Chris Mag", "Chris Magnus"),
        ("“I am excited.”", "I am excited"),
        ("U.S.", "U.S."),
        ("Neil", "O’Neil"),
        ("Zoë 😀 Ng", "Zoë 😀 Ng"),
    ],
)
def test_a_selection_snaps_to_whole_words_without_edge_punctuation(selected: str, expected: str) -> None:
    assert snapped(selected) == expected


def test_a_selection_of_only_punctuation_snaps_to_nothing() -> None:
    assert snapped(", said: “", 2) is None


def test_word_at_finds_the_word_touching_the_cursor() -> None:
    start = TEXT.index("Magnus")
    assert word_at(TEXT, start) == (start, start + 6)
    assert word_at(TEXT, start + 6) == (start, start + 6)


def test_occurrences_are_whole_words_only() -> None:
    found = [TEXT[s:e] for s, e in occurrences(TEXT, "Magnus")]
    assert found == ["Magnus"]


def test_the_surname_of_a_person_matches_but_not_of_an_organisation() -> None:
    person = Entity("e-1", "PERSON", "Chris Magnus", mentions=(Mention(13, 25, "Chris Magnus"),))
    org = Entity("e-2", "ORG", "Customs Border", mentions=())
    assert surname("Martin Luther King Jr.") == "King"
    assert surname("Magnus") is None
    assert matching_entity("Magnus", [org, person]) is person
    assert matching_entity("Border", [org, person]) is None
    assert matching_entity("Chris Magnus", [person], label="ORG") is None


@given(st.text(max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_snapping_always_gives_a_trimmed_span_inside_the_text(text: str, a: int, b: int) -> None:
    result = snap(text, min(a, len(text)), min(b, len(text)))
    if result is not None:
        start, end = result
        assert 0 <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()

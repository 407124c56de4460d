"""Name and word typos as they appear in real copy (issue 13), and the news vocabulary that is not one.

Every sentence is written for the test.
"""

import pytest

from tests.suggest.helpers import run

SENATOR = (
    "Senator Hillary Clinton spoke in Ohio on Monday. Clinton said the plan would pass. "
    "Aides to Clinton were pleased. Donald Trump disagreed. Trump said it would fail. Trump left early. "
)


def all_fixes(text: str) -> set[tuple[str, str]]:
    found = run(text)
    return set(found.fixes("name")) | set(found.fixes("spelling"))


@pytest.mark.parametrize(
    ("sentence", "fix"),
    [
        ("Critics said Hillary Clniton's plan was thin.", ("Clniton", "Clinton")),
        ("Reporters asked Mr. Turmp about it.", ("Turmp", "Trump")),
        ("Later Clinton met Trmup in Dayton.", ("Trmup", "Trump")),
        ("A Clniton-backed group paid for the ads.", ("Clniton", "Clinton")),
    ],
)
def test_two_swapped_letters_in_a_name_the_article_uses_are_caught(sentence, fix):
    assert fix in all_fixes(SENATOR + sentence)


@pytest.mark.parametrize(
    ("sentence", "fix"),
    [
        ("The Justcie Department declined to comment.", ("Justcie", "Justice")),
        ("Officials of the European Uinon met in Brussels.", ("Uinon", "Union")),
        ("Voters in Michiagn go to the polls next week.", ("Michiagn", "Michigan")),
        ("The vote is on Thursady, officials said.", ("Thursady", "Thursday")),
        ("Taht is what the mayor told the council.", ("Taht", "That")),
    ],
)
def test_a_word_seen_once_two_letters_from_a_frequent_word_is_caught(sentence, fix):
    assert fix in all_fixes("The council met on Monday. " + sentence)


def test_news_vocabulary_and_british_spellings_are_not_flagged():
    text = (
        "The birther claims and fracking rules came up. A sexting scandal hit the tech firm, whose "
        "baristas carried iPads and kneepads. A snarky pre-election memo from Barclays reached Kiev. "
        "The council will organise a programme on the colour of the harbour."
    )
    assert all_fixes(text) == set()


def test_known_places_people_and_demonyms_are_not_slips_for_each_other():
    text = (
        "Officials in Hebei and Hefei met. Cuban and Iraqi envoys came from Cuba and Iraq. "
        "Latino voters in Arizona, and Arizonans in general, backed him. Obama spoke in Newtown. "
        "Osama was named once. Obama left, and Obama returned."
    )
    assert all_fixes(text) == set()


def test_the_end_of_a_word_broken_at_a_line_end_is_not_a_misspelling():
    assert all_fixes("She met the can- didate, who ex- pected a visit.") == set()

"""The correction suggester on sentences written for each rule, hard cases included."""

from editor_app.suggest.copydesk import DETECTORS, QUOTE_WARNING
from editor_app.suggest.detector_context import DetectorContext
from editor_app.suggest.house_rules import style_rules
from editor_app.suggest.pattern_checks import house_style
from editor_app.suggest.text import Layout
from tests.suggest.helpers import run

PEOPLE = (
    "Mayor Ana Reyes opened the meeting. Reyes said the budget was balanced. "
    "Reyes thanked the staff. Later Reyes left early. "
)


def test_a_name_spelt_once_differently_from_its_usual_spelling_is_flagged():
    found = run(PEOPLE + "Critics said Reyez had ignored them.")
    assert ("Reyez", "Reyes") in found.fixes("name")


def test_a_swap_of_two_letters_in_a_name_is_flagged():
    found = run(PEOPLE + "Critics said Reeys had ignored them.")
    assert ("Reeys", "Reyes") in found.fixes("name")


def test_a_plural_family_name_is_not_a_misspelling():
    found = run(
        "Bill Clinton spoke. Clinton said the law worked. Clinton left. Clinton waved. "
        "The Clintons flew home on Friday."
    )
    assert found.fixes("name") == []


def test_two_people_whose_names_differ_by_a_letter_are_both_kept():
    found = run(
        "George Bush spoke in Texas. Bush said the plan worked. Bush added more. Bush waved. Bush left. "
        "The brewer Adolphus Busch was mentioned. Busch Gardens opened later."
    )
    assert found.fixes("name") == []


def test_names_used_equally_often_are_not_flagged():
    found = run("Tom Hale met Tom Hall. Hale said yes. Hall said no. Hale left. Hall stayed.")
    assert found.fixes("name") == []


def test_a_misspelt_place_is_corrected_from_the_gazetteer():
    found = run("The family moved from Pheonix to Albuquerque in 2019.")
    assert ("Pheonix", "Phoenix") in found.fixes("spelling")


def test_a_surname_that_looks_like_a_place_is_not_corrected():
    found = run("Jan Tuscan said the vote was close. Tuscan said it again.")
    assert found.fixes("spelling") == []


def test_an_ordinary_misspelt_word_is_corrected_by_the_dictionary():
    found = run("The council recieved the report on Tuesday.")
    assert ("recieved", "received") in found.fixes("spelling")


def test_names_speakers_and_newsroom_words_are_not_spelling_mistakes():
    found = run("Councilwoman Zeynep Okonkwo said the livestream and the email login worked. Okonkwo left.")
    assert found.fixes("spelling") == []


def test_a_doubled_word_is_flagged_but_that_that_is_english():
    found = run("The the council said that that plan was fine.")
    assert found.fixes("grammar") == [("The the", "The")]


def test_repeated_spaces_and_stray_blank_lines_are_flagged():
    found = run("The council  met.\n\n\n\nIt voted.")
    assert ("  ", " ") in found.fixes("punctuation")
    assert ("\n\n\n\n", "\n\n") in found.fixes("punctuation")


def test_straight_quotes_in_a_curly_article_are_flagged_with_the_right_curly_mark():
    found = run('“We won,” Hale said. “It was close,” Hale said. "We are tired," Hale said.')
    assert [r for t, r in found.fixes("punctuation") if t == '"'] == ["“", "”"]


def test_an_unbalanced_quotation_mark_is_flagged():
    found = run("“We will win, Hale said.\n\nThe vote is Tuesday.")
    notes = [c.note for c in found.corrections if c.category == "punctuation"]
    assert any("Unbalanced" in note for note in notes)


def test_house_style_rules_suggest_their_replacement_with_their_note():
    found = run("Send an e-mail towards the end of the week.")
    assert ("e-mail", "email") in found.fixes("style")
    assert ("towards", "toward") in found.fixes("style")


def test_newsroom_rules_are_read_from_plain_data_and_bad_ones_reported():
    rules, problems = style_rules(
        [
            {
                "name": "covid",
                "pattern": r"\bCovid\b",
                "replacement": "COVID-19",
                "note": "Ours",
                "category": "style",
            },
            {"pattern": "(unclosed", "replacement": "x"},
            {"pattern": "ok", "replacement": "OK", "category": "nonsense"},
            "not a mapping",
        ]
    )
    assert [r.name for r in rules] == ["covid"]
    assert len(problems) == 3
    text = "Covid cases rose."
    findings = house_style(DetectorContext(text, Layout(text), rules=rules))
    assert [(f.replacement, f.note, f.rule) for f in findings] == [("COVID-19", "Ours", "house-style:covid")]


def test_cookie_and_newsletter_text_is_boilerplate():
    found = run(
        "The council met on Tuesday.\n\n"
        "Sign up for our daily newsletter to get the latest news.\n\n"
        "We use cookies to improve your experience on our site."
    )
    assert len([c for c in found.corrections if c.category == "boilerplate"]) == 2


def test_a_story_about_subscriptions_is_not_boilerplate():
    found = run("The streaming company said subscribers rose by 4 million in the quarter, Reyes said.")
    assert [c for c in found.corrections if c.category == "boilerplate"] == []


def test_a_correction_inside_a_direct_quote_carries_a_warning():
    found = run(PEOPLE + "“We recieved every letter,” Reyes said.")
    correction = next(c for c in found.corrections if c.replacement == "received")
    assert correction.note.startswith(QUOTE_WARNING)


def test_a_correction_outside_quotes_has_no_warning():
    found = run("The council recieved the report.")
    assert all(QUOTE_WARNING not in c.note for c in found.corrections)


def test_a_first_name_that_looks_like_a_place_is_not_flagged_but_the_place_slip_still_is():
    found = run(
        "The chair thanked Ruth Okafor and Carl Jensen for the plan. "
        "Magnus, a former Tuscon and Richmond, California, police chief, said he would stay."
    )
    assert ("Carl", "Cary") not in found.fixes("spelling")
    assert ("Tuscon", "Tucson") in found.fixes("spelling")


def test_each_detector_runs_on_its_own_context():
    text = "The the council  met in Tuscon."
    context = DetectorContext(text, Layout(text))
    found = {
        name: [(text[f.start : f.end], f.replacement) for f in detector(context)]
        for name, detector in DETECTORS.items()
    }
    assert next(iter(DETECTORS)) == "boilerplate"
    assert found["doubled-words"] == [("The the", "The")]
    assert found["spacing"] == [("  ", " ")]
    assert found["place-names"] == [("Tuscon", "Tucson")]
    assert found["house-style"] == []

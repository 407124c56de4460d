"""What the suggesters must find on the bundled sample article (issue 4, "What it must show")."""

import pytest

from editor_app.storage import read_article
from tests.conftest import SAMPLE
from tests.suggest.helpers import Found, run

EXCITED = "I am excited about the progress I made and look forward continuing that work"
AFTER_ME = "After me making extensive attempts to reach [Mayorkas]"
EXPRESSED = "I expressed to him that I felt there was no justification"


@pytest.fixture(scope="module")
def found() -> Found:
    return run(read_article(SAMPLE).text)


@pytest.mark.parametrize("words", [EXCITED, AFTER_ME, EXPRESSED])
def test_the_three_direct_quotes_are_attributed_to_chris_magnus_with_the_cue_said(found, words):
    quote = found.quote(words)
    assert quote.kind == "direct"
    assert found.speaker(quote) == "Chris Magnus"
    assert found.cue(quote) == "said"


def test_the_quote_text_leaves_out_the_quotation_marks_and_the_comma(found):
    assert EXCITED in found.quote_texts("direct")
    after_me = found.quote(AFTER_ME)
    assert found.text[after_me.start - 1] == "“"
    assert found.text[after_me.end : after_me.end + 2] == ",”"


def test_only_the_three_quotes_in_quotation_marks_are_direct(found):
    assert len(found.quote_texts("direct")) == 3


def test_retention_is_a_scare_quote_with_no_speaker(found):
    quote = found.quote("retention")
    assert found.text[quote.start : quote.end] == "retention"
    assert quote.kind == "scare"
    assert quote.speaker is None
    assert quote.cue is None


def test_magnus_said_he_was_asked_to_resign_is_an_indirect_quote(found):
    quote = found.quote("he was asked to resign but is refusing to do so")
    assert quote.kind == "indirect"
    assert found.speaker(quote) == "Chris Magnus"
    assert found.cue(quote) == "said"


def test_every_indirect_quote_of_the_sample_is_given_to_the_right_speaker(found):
    indirect = [q for q in found.quotes if q.kind == "indirect"]
    by_mayorkas = [q for q in indirect if found.text[q.start : q.end].startswith("he had lost confidence")]
    assert [found.speaker(q) for q in by_mayorkas] == ["Alejandro Mayorkas"]
    assert {found.speaker(q) for q in indirect if q not in by_mayorkas} == {"Chris Magnus"}
    assert len(indirect) >= 8


def test_mangus_is_corrected_to_magnus_and_tuscon_to_tucson(found):
    assert ("Mangus", "Magnus") in found.fixes("name")
    assert ("Tuscon", "Tucson") in found.fixes("spelling")


def test_both_subscription_and_login_paragraphs_are_boilerplate_with_an_empty_replacement(found):
    boilerplate = [c for c in found.corrections if c.category == "boilerplate"]
    assert len(boilerplate) == 2
    texts = [found.text[c.start : c.end] for c in boilerplate]
    assert "Only subscribers are eligible to post comments." in texts[0]
    assert "Use the form below to reset your password." in texts[1]
    assert all(c.replacement == "" for c in boilerplate)
    applied = found.text
    for correction in reversed(boilerplate):
        applied = applied[: correction.start] + applied[correction.end :]
    assert applied.endswith("management style.")


def test_no_more_than_three_corrections_are_wrong(found):
    right = {("Mangus", "Magnus"), ("Tuscon", "Tucson"), ("\n\n\n", "\n\n")}
    made = [
        (found.text[c.start : c.end], c.replacement) for c in found.corrections if c.category != "boilerplate"
    ]
    wrong = [fix for fix in made if fix not in right]
    assert len(wrong) <= 3, wrong
    assert right <= set(made)


@pytest.mark.parametrize(
    ("name", "mentions"),
    [
        ("Chris Magnus", {"Chris Magnus", "Magnus", "Mangus"}),
        ("Alejandro Mayorkas", {"Alejandro Mayorkas", "Mayorkas"}),
        ("Raul Ortiz", {"Raul Ortiz", "Ortiz"}),
        ("John Tien", {"John Tien"}),
        ("Biden", {"Biden"}),
        ("Patrick Semansky", {"Patrick Semansky"}),
    ],
)
def test_the_people_of_the_sample_are_suggested_with_their_mentions_clustered(found, name, mentions):
    entity = found.entity(name)
    assert entity.label == "PERSON"
    assert set(found.mentions(name)) == mentions


def test_magnus_has_every_one_of_his_fourteen_mentions_in_one_entity(found):
    assert len(found.mentions("Chris Magnus")) == 14
    assert found.names("PERSON") == {
        "Chris Magnus",
        "Alejandro Mayorkas",
        "Raul Ortiz",
        "John Tien",
        "Biden",
        "Patrick Semansky",
    }


def test_chief_ortiz_joins_raul_ortiz_and_the_times_joins_the_los_angeles_times(found):
    ortiz = found.entity("Raul Ortiz")
    assert any(found.text[s - 6 : e] == "Chief Ortiz" for s, e in ortiz.mentions)
    assert set(found.mentions("Los Angeles Times")) == {"The Times", "Los Angeles Times"}


def test_dhs_joins_the_department_of_homeland_security(found):
    assert {"DHS", "Department of Homeland Security"} <= set(
        found.mentions("Department of Homeland Security")
    )


def test_places_and_dates_of_the_sample_are_suggested(found):
    assert {"Washington", "El Paso", "Richmond", "California"} <= found.names("GPE")
    assert {"Feb. 8", "Friday", "Wednesday", "Tuesday", "Thursday"} <= found.names("DATE")

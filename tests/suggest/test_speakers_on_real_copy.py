"""Speakers of quotes as real copy attributes them (issue 13). Every sentence is written for the test."""

from tests.suggest.helpers import run


def test_a_partial_quote_with_no_cue_belongs_to_the_subject_of_its_sentence():
    found = run(
        "Senator Ada Brennan spoke in Dayton on Friday. Governor Luis Ferro was in Toledo.\n\n"
        "Brennan, celebrating a win in her home state, is pledging to “carry every county in May.”\n\n"
        "Ferro referred to Brennan as “a gifted but untested leader.”"
    )
    assert found.speaker(found.quote("carry every county")) == "Ada Brennan"
    assert found.speaker(found.quote("gifted but untested")) == "Luis Ferro"


def test_a_quote_after_a_paragraph_ending_with_a_colon_belongs_to_its_subject():
    found = run(
        "Mayor Ana Reyes wrote to the council on Monday.\n\n"
        "Commissioner Tom Vale of the Herald put it this way:\n\n"
        "“Nobody in this town has seen a budget like it. The numbers do not add up.”"
    )
    quote = found.quote("Nobody in this town")
    assert found.speaker(quote) == "Tom Vale"


def test_party_and_nationality_words_and_sentence_openers_are_not_people():
    found = run(
        "Unlike Hillary Clinton, the senator stayed home. “We will win,” the Republican said. "
        "“Not this year,” the Cuban said. “Maybe,” said Texans in the crowd. Clinton said little."
    )
    people = [e.name for e in found.entities if e.label == "PERSON"]
    assert people == ["Hillary Clinton"]

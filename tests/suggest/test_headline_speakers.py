"""Speakers of quotes in headlines (issue 13). Every headline is written for the test."""

from tests.suggest.helpers import run

STORY = (
    "Tull Rival Ada Brennan: Recall The Mayor, ‘Stop The Plan.’\n\n"
    "Ada Brennan Says Omar Tull ‘Makes You Want To Quit.’\n\n"
    "Omar Tull Praises Herald’s Lima Editor Ivo Dale: ‘Very Good Reporter.’\n\n"
    "‘Tax Truther’ Omar Tull Is Like A Bad Lawyer, Ada Brennan Says\n\n"
    "Sen. Ada Brennan spoke in Lima on Friday. Mayor Omar Tull answered. “It is a mistake,” Tull said. "
    "Editor Ivo Dale wrote."
)


def test_a_headline_quote_belongs_to_the_headline_subject_or_to_the_name_before_its_cue():
    found = run(STORY)
    assert found.speaker(found.quote("Stop The Plan")) == "Ada Brennan"
    assert found.speaker(found.quote("Makes You Want")) == "Ada Brennan"
    assert found.speaker(found.quote("Very Good Reporter")) == "Omar Tull"
    assert found.speaker(found.quote("Tax Truther")) == "Ada Brennan"
    assert found.speaker(found.quote("It is a mistake")) == "Omar Tull"


def test_a_headline_opening_with_an_organisation_and_a_colon_gives_no_person():
    found = run(
        "LIMAPOLL: A ‘Seismic Shift’ Among Voters Won Ada Brennan The Vote\n\n"
        "Sen. Ada Brennan spoke in Lima on Friday. The LIMAPOLL team said the vote was close."
    )
    assert found.speaker(found.quote("Seismic Shift")) is None

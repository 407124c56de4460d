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


def test_the_name_next_to_the_cue_speaks_not_a_name_in_the_clause_before_it():
    found = run(
        "Gov. Rita Vance spoke in Salem. Sen. Omar Tull listened.\n\n"
        "At a dinner for Rita Vance in Eugene on Friday, Tull said, “The budget will pass.”\n\n"
        "Asked whether Vance had the votes, Tull told reporters: “She does.”"
    )
    assert found.speaker(found.quote("The budget will pass")) == "Omar Tull"
    assert found.speaker(found.quote("She does")) == "Omar Tull"


def test_a_role_between_two_names_gives_the_quote_to_the_second_name():
    found = run(
        "Sen. Rita Vance launched her campaign.\n\n"
        "“We are going to win this,” Vance campaign manager Theo Brandt said.\n\n"
        "“It is a long road,” Vance, a former prosecutor from the Brandt district, said."
    )
    assert found.speaker(found.quote("We are going to win")) == "Theo Brandt"
    assert found.speaker(found.quote("It is a long road")) == "Rita Vance"


def test_a_possessive_role_is_not_the_speaker():
    found = run(
        "Mayor Lena Ruiz opened the bridge. “It is safe,” Ruiz’s communications director, Jane Moss, said."
    )
    assert found.speaker(found.quote("It is safe")) == "Jane Moss"


def test_the_subject_before_a_reporting_cue_speaks_after_an_opening_phrase():
    found = run(
        "Sen. Omar Tull and Gov. Rita Vance met in Salem.\n\n"
        "Speaking to donors in Portland after the Vance rally, Tull said the state was “ready for change.”"
    )
    quote = found.quote("ready for change")
    assert (quote.kind, found.speaker(quote)) == ("mixed", "Omar Tull")


def test_a_short_quoted_phrase_in_reported_speech_is_a_partial_quote_of_the_reporter():
    found = run(
        "Sen. Omar Tull toured the plant.\n\n"
        "Tull said he had an “excellent chance” to win the state. Tull called the tariff a “disaster” "
        "for farmers. The union praised the “fair deal” in a statement."
    )
    for words in ("excellent chance", "disaster"):
        quote = found.quote(words)
        assert (quote.kind, found.speaker(quote)) == ("mixed", "Omar Tull")


def test_a_term_in_a_sentence_without_a_cue_stays_a_scare_quote():
    found = run(
        "Sen. Omar Tull toured the plant. The board had voted to end a “loyalty” payment for Tull’s staff."
    )
    quote = found.quote("loyalty")
    assert (quote.kind, quote.speaker) == ("scare", None)


def test_a_partial_quote_whose_sentence_ends_with_the_attribution_belongs_to_that_speaker():
    found = run(
        "Gov. Rita Vance and Sen. Omar Tull debated.\n\n"
        "Vance’s “plan” would ruin the schools, Tull said on Friday in a radio interview."
    )
    quote = found.quote("plan")
    assert (quote.kind, found.speaker(quote)) == ("mixed", "Omar Tull")


def test_a_lower_case_role_or_a_title_with_a_full_stop_before_the_name_keeps_the_name():
    found = run(
        "The vote was close.\n\n"
        "“We counted every ballot,” former county clerk Nora Beale said.\n\n"
        "“It was fair,” said Sen. Hugo Marsh of Idaho. “Nobody doubts it.”"
    )
    assert found.speaker(found.quote("We counted every ballot")) == "Nora Beale"
    assert found.speaker(found.quote("It was fair")) == "Hugo Marsh"


def test_uncommon_verbs_of_speech_attribute_a_quote():
    found = run(
        "Gov. Rita Vance took questions. Sen. Omar Tull heckled.\n\n"
        "“Sit down,” Vance snapped. “Make me,” Tull shot back. “Which county?” she pressed."
    )
    assert found.speaker(found.quote("Sit down")) == "Rita Vance"
    assert found.speaker(found.quote("Make me")) == "Omar Tull"
    assert found.cue(found.quote("Make me")) == "shot back"


def test_a_quote_whose_sentence_goes_on_before_the_attribution_belongs_to_the_last_clause():
    found = run(
        "Gov. Rita Vance and Sen. Omar Tull spoke.\n\n"
        "Vance “has every right to run,” just as Tull did in 2010, former mayor Eli Stone added."
    )
    assert found.speaker(found.quote("has every right")) == "Eli Stone"


def test_sources_named_once_after_a_role_a_possessor_or_before_their_home_town_are_people():
    found = run(
        "The vote was close.\n\n"
        "“It will show up in an ad,” said pollster Frank Lantz.\n\n"
        "“The crowd is angry,” Ohio State University’s Dina Marlow said.\n\n"
        "“This is fantastic!” said Donald Hartley of Madison, who came with his wife."
    )
    assert found.speaker(found.quote("show up in an ad")) == "Frank Lantz"
    assert found.speaker(found.quote("The crowd is angry")) == "Dina Marlow"
    assert found.speaker(found.quote("This is fantastic")) == "Donald Hartley"
    assert "Ohio State University" in found.names("ORG")


def test_a_partial_quote_followed_by_said_and_the_name_at_the_end_of_its_sentence():
    found = run(
        "Gov. Rita Vance and Sen. Omar Tull debated.\n\n"
        "Vance “drew well with rural voters” in the last race, said state party historian Paul Kerr."
    )
    assert found.speaker(found.quote("drew well")) == "Paul Kerr"


def test_a_participle_cue_after_a_quote_keeps_the_speaker_of_its_sentence():
    found = run(
        "Sen. Omar Tull and Gov. Rita Vance debated.\n\n"
        "Tull said that he was “the only one who can win,” adding that Vance “has no plan at all.”"
    )
    assert found.speaker(found.quote("has no plan")) == "Omar Tull"


def test_a_clause_before_the_cue_speaks_through_its_subject_not_a_name_after_by():
    found = run(
        "The rally was loud.\n\n"
        "As the crowd cheered, Rita Vance was joined on stage by Gov. Omar Tull and joked, "
        "“You should see the other guy.”"
    )
    assert found.speaker(found.quote("You should see")) == "Rita Vance"


def test_a_title_before_the_subject_does_not_cut_its_clause_and_the_last_cue_speaks():
    found = run(
        "Sen. Omar Tull lost. Gov. Rita Vance, who called Tull shortly after the count was declared, "
        "told her supporters, “I still love this state.”"
    )
    quote = found.quote("I still love this state")
    assert (found.speaker(quote), found.cue(quote)) == ("Rita Vance", "told")


def test_a_participle_cue_speaks_through_the_subject_of_its_sentence():
    found = run(
        "Sen. Omar Tull lost. Gov. Rita Vance, the party leader, attacked Omar Tull, with whom she "
        "clashed at the debate, calling him a “sore loser.”"
    )
    assert found.speaker(found.quote("sore loser")) == "Rita Vance"


def test_a_quote_standing_alone_after_a_sentence_that_reports_speech_belongs_to_its_subject():
    found = run(
        "Gov. Rita Vance and Sen. Omar Tull met voters.\n\n"
        "Tull kept up his remarks about the budget. “Nobody in this state believes those numbers.”\n\n"
        "The hall was half empty. “We will be back next year.”"
    )
    assert found.speaker(found.quote("Nobody in this state")) == "Omar Tull"
    assert found.speaker(found.quote("We will be back")) is None


def test_present_tense_and_report_verbs_attribute_a_quote():
    found = run(
        "Sen. Omar Tull wrote a book.\n\n"
        "“The state can win,” Tull concludes. “The deal is dead,” the Valley Herald reported."
    )
    assert found.speaker(found.quote("The state can win")) == "Omar Tull"
    assert found.speaker(found.quote("The deal is dead")) == "Valley Herald"


def test_a_name_after_a_lower_case_role_or_a_leader_title_is_a_person_who_speaks():
    found = run(
        "Polls were tight.\n\n"
        "Tull campaign manager Dora Wexley called that “beyond silly.” "
        "Senate Majority Leader Ivo Brandt said it was “totally wrong.”"
    )
    assert found.speaker(found.quote("beyond silly")) == "Dora Wexley"
    assert found.speaker(found.quote("totally wrong")) == "Ivo Brandt"


def test_an_unnamed_source_gets_its_organisation_or_no_speaker_never_another_person():
    found = run(
        "Luis Alvarez sued the carrier. “We will win,” Mr. Alvarez said. "
        "“The claim has no merit,” a spokesman for Harbor Air Lines said. “No comment,” one official said."
    )
    assert found.speaker(found.quote("We will win")) == "Luis Alvarez"
    assert found.speaker(found.quote("no merit")) == "Harbor Air Lines"
    assert found.speaker(found.quote("No comment")) is None


def test_a_sentence_opener_after_a_name_ending_the_sentence_before_is_not_part_of_a_name():
    found = run(
        "Sen. Ada Brennan and Sen. Luis Ferro wrote the bill on Lima.\n\n"
        "But Brennan left early. Ferro stayed on Lima. Like Brennan, Ferro rejected the waivers, "
        "arguing that there is “room for the president” in the bill. Brennan said no."
    )
    people = [e.name for e in found.entities if e.label == "PERSON"]
    assert people == ["Ada Brennan", "Luis Ferro"]
    assert found.speaker(found.quote("room for the president")) == "Luis Ferro"


def test_the_subject_speaks_over_lower_case_clauses_between_it_and_the_quote():
    found = run(
        "Gov. Rita Vance spoke. Sen. Omar Tull listened.\n\n"
        "In the call, Lima Rep. Ivo Brandt, who was elected in 2010, casts Vance as a liberal who "
        "would “undo” the plan.\n\n"
        "Former Ohio Gov. Omar Tull, for his part, is labeling Vance’s actions “a blatant abuse of power.”"
    )
    assert found.speaker(found.quote("undo")) == "Ivo Brandt"
    assert found.speaker(found.quote("blatant abuse")) == "Omar Tull"


def test_a_clause_after_and_or_after_a_conjunction_has_its_own_subject():
    found = run(
        "Gov. Rita Vance spoke. Sen. Omar Tull listened. Ann Coulter wrote.\n\n"
        "The Herald notes that Coulter tweeted that Tull should resign, and Vance later called Tull "
        "“very weak on taxes.”\n\n"
        "Tull, the nominee in 2008, issued a statement after Gov. Rita Vance told a town hall in Lima "
        "that the plan is “peanuts,” as she put it."
    )
    assert found.speaker(found.quote("very weak")) == "Rita Vance"
    assert found.speaker(found.quote("peanuts")) == "Rita Vance"


def test_the_name_after_an_inverted_cue_speaks():
    found = run(
        "Gov. Rita Vance spoke. Sen. Ann Price of Lima listened. Theo Brandt runs her campaign.\n\n"
        "“Who would vote against themselves?” asked Sen. Ann Price of Lima, who wants a review.\n\n"
        "“We are treating March as one long election day,” said Vance’s campaign manager, Theo Brandt, "
        "who ran the count in 2012."
    )
    assert found.speaker(found.quote("vote against themselves")) == "Ann Price"
    assert found.speaker(found.quote("one long election day")) == "Theo Brandt"


def test_a_party_and_state_in_brackets_do_not_end_the_sentence_before_the_cue():
    found = run(
        "Sen. Omar Tull spoke. Gov. Rita Vance listened.\n\n"
        "Senate Minority Leader Omar Tull (D-Nev.) told reporters that Vance “may have broken the law” "
        "on Friday."
    )
    assert found.speaker(found.quote("may have broken")) == "Omar Tull"


def test_a_name_before_a_role_modifies_it_and_former_opens_no_name():
    found = run(
        "Sen. Rita Vance spoke. Theo Brandt runs her campaign.\n\n"
        "On Monday night, Vance campaign manager Theo Brandt released a memo titled "
        "“The Facts on the Race.”\n\n"
        "Former Vance spokesman Ivo Dale said Brandt had “no plan at all.” Vance attacked Brandt for "
        "calling her “weak.”"
    )
    assert [e.name for e in found.entities if e.label == "PERSON"] == [
        "Rita Vance",
        "Theo Brandt",
        "Ivo Dale",
    ]
    assert found.speaker(found.quote("The Facts on the Race")) == "Theo Brandt"
    assert found.speaker(found.quote("weak")) == "Rita Vance"


def test_a_common_word_capitalised_as_the_speaker_after_a_quote_is_a_name():
    found = run(
        "The station chief, known only by his first name, waited.\n\n"
        "“It took a good 15 minutes to get ready,” Bob said. Officials said little.\n\n"
        "“We knew,” Sharp said. “Nobody came,” Bob said."
    )
    assert [e.name for e in found.entities if e.label == "PERSON"] == ["Bob", "Sharp"]
    assert found.speaker(found.quote("15 minutes")) == "Bob"
    assert found.speaker(found.quote("We knew")) == "Sharp"


def test_a_capitalised_modifier_between_the_cue_and_the_name_is_still_an_attribution():
    found = run(
        "The vote came late.\n\n"
        "“The fight gets you off message a little,” said Republican party boss Ivo Brandt, though he "
        "added that the fight would end."
    )
    assert [e.name for e in found.entities if e.label == "PERSON"] == ["Ivo Brandt"]
    assert found.speaker(found.quote("off message")) == "Ivo Brandt"


def test_a_pronoun_inside_a_quote_means_the_subject_who_opened_it_not_the_last_speaker():
    found = run(
        "Ivo Brandt wrote first. “Vance wins,” Brandt tweeted.\n\n"
        "Vance spokesman Theo Dale fired back: “As a friend of the mayor,” he wrote, “you know better.”\n\n"
        "On Thursday, Theo Dale told Brandt that he should resign, he said."
    )
    assert found.speaker(found.quote("As a friend")) == "Theo Dale"
    assert found.speaker(found.quote("you know better")) == "Theo Dale"

"""The quote finder on sentences written for each rule, hard cases included."""

from tests.suggest.helpers import run


def test_a_curly_quote_before_its_attribution_gets_speaker_and_cue():
    found = run("Mayor Ana Reyes spoke on Monday.\n\n“We will keep the library open,” Reyes said.")
    quote = found.quote("We will keep the library open")
    assert (quote.kind, found.speaker(quote), found.cue(quote)) == ("direct", "Ana Reyes", "said")


def test_a_straight_quote_with_the_cue_before_the_name_is_attributed():
    found = run('Councilman Tom Hale voted no.\n\n"This budget is a disgrace," said Hale.')
    quote = found.quote("This budget is a disgrace")
    assert (found.speaker(quote), found.cue(quote)) == ("Tom Hale", "said")


def test_an_appositive_between_the_name_and_the_cue_is_skipped():
    found = run(
        "Fire Chief Maria Lopez toured the site.\n\n"
        "“The crews did everything right,” Lopez, a 20-year veteran of the department, said."
    )
    assert found.speaker(found.quote("The crews did everything right")) == "Maria Lopez"


def test_he_said_resolves_to_the_subject_of_the_sentence_before():
    found = run(
        "Gov. Dan Whitfield met Sen. Laura Pike on Tuesday. Whitfield said the talks went well.\n\n"
        "“We found common ground,” he said."
    )
    assert found.speaker(found.quote("We found common ground")) == "Dan Whitfield"


def test_a_pronoun_prefers_the_subject_of_its_own_paragraph_over_the_last_speaker():
    found = run(
        "“The plan works,” Mayor Ana Reyes said.\n\n"
        "Councilman Tom Hale disagreed with the mayor. “This budget is a disgrace,” he said."
    )
    assert found.speaker(found.quote("The plan works")) == "Ana Reyes"
    assert found.speaker(found.quote("This budget is a disgrace")) == "Tom Hale"


def test_a_quote_split_around_its_attribution_gives_both_pieces_the_same_speaker():
    found = run("Coach Lena Ortiz was blunt.\n\n“We lost,” Ortiz said, “and we deserved to lose.”")
    first, second = found.quote("We lost"), found.quote("and we deserved to lose")
    assert found.speaker(first) == found.speaker(second) == "Lena Ortiz"
    assert found.cue(second) == "said"


def test_a_quote_over_two_paragraphs_has_one_speaker_for_both_pieces():
    found = run(
        "Dr. Helen Park, the county health officer, spoke to reporters.\n\n"
        "“The numbers are going down,” Park said. “But the winter will be hard.\n\n"
        "“We need people to keep getting tested, and we need the clinics to stay open.”"
    )
    last = found.quote("We need people to keep getting tested")
    assert found.speaker(last) == "Helen Park"
    assert found.stray_marks == []


def test_a_quote_introduced_by_a_colon_is_given_to_the_subject_before_it():
    found = run(
        "Principal Joan Avery addressed the parents.\n\n"
        "Avery put it plainly: “No child will be turned away from this school.”"
    )
    assert found.speaker(found.quote("No child will be turned away")) == "Joan Avery"


def test_a_colon_after_a_cue_is_an_attribution_with_that_cue():
    found = run("Sen. Laura Pike spoke first. Pike told the committee: “This bill is overdue.”")
    quote = found.quote("This bill is overdue")
    assert (found.speaker(quote), found.cue(quote)) == ("Laura Pike", "told")


def test_a_partial_quote_inside_a_sentence_is_a_mixed_quote_of_the_subject():
    found = run("Sen. Laura Pike called the proposal “a tax on working families” during the debate.")
    quote = found.quote("a tax on working families")
    assert (quote.kind, found.speaker(quote)) == ("mixed", "Laura Pike")


def test_a_short_quoted_term_without_attribution_is_a_scare_quote():
    found = run("The agency described the cuts as “efficiencies” in its annual report.")
    quote = found.quote("efficiencies")
    assert (quote.kind, quote.speaker) == ("scare", None)


def test_a_so_called_term_is_a_scare_quote_even_next_to_a_cue():
    found = run("Mayor Ana Reyes said the so-called “parking fix” would cost more than planned.")
    assert found.quote("parking fix").kind == "scare"


def test_guillemets_are_quotation_marks():
    found = run("Le ministre Jean Dupont a parlé.\n\n«Nous allons continuer,» said Dupont.")
    assert found.speaker(found.quote("Nous allons continuer")) == "Jean Dupont"


def test_single_quotes_are_quotes_in_an_article_without_double_ones():
    found = run(
        "Prime Minister Alan Croft visited Leeds.\n\n‘We will build the line,’ Croft said. It’s late."
    )
    quote = found.quote("We will build the line")
    assert found.speaker(quote) == "Alan Croft"
    assert not any("It" in t for t in found.quote_texts())


def test_the_newspaper_resolves_to_the_newspaper_named_before():
    found = run(
        "The Springfield Gazette first reported the closure on Monday.\n\n"
        "“We stand by our reporting,” the newspaper said in a statement."
    )
    assert found.speaker(found.quote("We stand by our reporting")) == "Springfield Gazette"


def test_the_official_resolves_to_the_official_named_before():
    found = run(
        "Transportation Secretary Mark Bell announced the plan. Residents were not convinced.\n\n"
        "“The bridge will be finished by spring,” the official said."
    )
    assert found.speaker(found.quote("The bridge will be finished")) == "Mark Bell"


def test_according_to_attributes_a_quote():
    found = run("Sheriff Paul Grant spoke Friday. “Nobody was hurt,” according to Grant.")
    quote = found.quote("Nobody was hurt")
    assert (found.speaker(quote), found.cue(quote)) == ("Paul Grant", "according to")


def test_reported_speech_is_an_indirect_quote_with_speaker_and_cue():
    found = run("Mayor Ana Reyes said Tuesday that the library would stay open through the summer.")
    quote = found.quote("the library would stay open")
    assert (quote.kind, found.speaker(quote), found.cue(quote)) == ("indirect", "Ana Reyes", "said")


def test_a_sentence_ending_with_an_attribution_is_an_indirect_quote():
    found = run("Mayor Ana Reyes spoke. The library will stay open through the summer, Reyes said.")
    quote = found.quote("The library will stay open")
    assert (quote.kind, found.speaker(quote)) == ("indirect", "Ana Reyes")


def test_a_passive_was_told_is_not_an_attribution():
    found = run("Mayor Ana Reyes was told the library would close.")
    assert found.quotes == []


def test_an_unclosed_quotation_mark_is_reported_as_stray():
    found = run("“We will win, Reyes said.\n\nThe vote is Tuesday.")
    assert [found.text[p] for p in found.stray_marks] == ["“"]

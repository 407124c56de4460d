"""Quotation marks as real copy writes them (issue 13). Every sentence is written for the test."""

from tests.suggest.helpers import run


def test_single_quotes_in_a_headline_of_an_article_with_double_quotes_are_a_quote():
    found = run(
        "Vance Calls Tull Budget ‘A Gift to the Rich’\n\n"
        "Gov. Rita Vance spoke on Monday. “The budget is a gift to the rich,” Vance said. "
        "Her aide’s notes were not released."
    )
    assert "A Gift to the Rich" in found.quote_texts()
    assert not any("s notes" in quote for quote in found.quote_texts())


def test_a_quote_ending_with_a_quote_inside_it_closes_before_the_attribution():
    found = run(
        'Gov. Rita Vance spoke.\n\n"They told me, \'Keep the clinic open,\' " Vance said. "So we did."'
    )
    quote = found.quote("They told me")
    assert found.speaker(quote) == "Rita Vance"
    assert found.stray_marks == []
    assert found.speaker(found.quote("So we did")) == "Rita Vance"


def test_a_quote_opening_its_sentence_with_words_before_the_attribution():
    found = run("The vote was close.\n\n“We are delighted” with the count, said county clerk Nora Beale.")
    assert found.speaker(found.quote("We are delighted")) == "Nora Beale"

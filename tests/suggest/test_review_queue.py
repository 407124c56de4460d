"""Review mode's cards: one per suggestion, mention by mention, with filters and the sentence around."""

from editor_app.model.article import Article
from editor_app.model.document import Document
from editor_app.model.records import Correction, Entity, Mention, Span
from editor_app.suggest.review_queue import cards, sentence_around

TEXT = "Magnus spoke first. Then Magnus met Ortiz in Tuscon. It rained."


def doc() -> Document:
    d = Document(article=Article(TEXT), file_name="a.txt")
    d.entities = [
        Entity(
            "e-1",
            "PERSON",
            "Chris Magnus",
            status="suggested",
            by="rule:people",
            mentions=(Mention(0, 6, "Magnus"), Mention(25, 31, "Magnus")),
        ),
        Entity("e-2", "PERSON", "Raul Ortiz", mentions=(Mention(36, 41, "Ortiz"),)),
    ]
    d.corrections = [
        Correction("c-1", Span(45, 51, "Tuscon"), "Tucson", "spelling", "suggested", by="rule:gazetteer"),
        Correction("c-2", Span(53, 55, "It"), "It", "style", "open"),
    ]
    return d


def test_one_card_per_suggested_mention_and_suggested_correction_in_document_order():
    found = cards(doc())
    assert [(c.record_id, c.mention, c.kind) for c in found] == [
        ("e-1", (0, 6), "entity"),
        ("e-1", (25, 31), "entity"),
        ("c-1", None, "correction"),
    ]


def test_filters_by_kind_label_and_rule():
    assert [c.record_id for c in cards(doc(), kind="correction")] == ["c-1"]
    assert [c.record_id for c in cards(doc(), label="PERSON")] == ["e-1", "e-1"]
    assert [c.record_id for c in cards(doc(), rule="rule:gazetteer")] == ["c-1"]


def test_the_sentence_around_a_suggestion():
    assert sentence_around(TEXT, 45, 51) == ("Then Magnus met Ortiz in ", "Tuscon", ".")
    assert sentence_around(TEXT, 0, 6) == ("", "Magnus", " spoke first.")


def test_initials_and_titles_do_not_end_the_sentence():
    text = "Obama To Asians Worried About U.S. Election: It Is OK. Then Mr. Lee spoke."
    start = text.index("Obama")
    assert sentence_around(text, start, start + 5) == (
        "",
        "Obama",
        " To Asians Worried About U.S. Election: It Is OK.",
    )
    lee = text.index("Lee")
    assert sentence_around(text, lee, lee + 3) == ("Then Mr. ", "Lee", " spoke.")

"""The entity suggester on sentences written for each rule."""

from tests.suggest.helpers import run


def test_a_person_after_a_title_is_suggested_without_the_title():
    found = run("The plan was approved by Commissioner Ana Reyes last week.")
    assert found.mentions("Ana Reyes") == ["Ana Reyes"]
    assert found.entity("Ana Reyes").label == "PERSON"


def test_a_name_in_an_attribution_position_is_a_person_in_either_order():
    found = run("The vote was close, Hale said. The council will meet again, said Pruitt.")
    assert {"Hale", "Pruitt"} <= found.names("PERSON")


def test_an_ordinary_word_in_an_attribution_position_is_not_a_person():
    found = run("Officials said the road would reopen. Residents told the council they were angry.")
    assert found.names("PERSON") == set()


def test_a_surname_joins_the_full_name_and_a_titled_surname_too():
    found = run("Raul Ortiz leads the unit. Ortiz said little. Later Chief Ortiz left the room.")
    assert found.mentions("Raul Ortiz") == ["Raul Ortiz", "Ortiz", "Ortiz"]


def test_two_people_sharing_a_surname_keep_their_own_mentions():
    found = run(
        "Bill Clinton spoke first. Clinton said the law worked. "
        "Later Hillary Clinton spoke. Clinton said more."
    )
    assert found.mentions("Bill Clinton") == ["Bill Clinton", "Clinton"]
    assert found.mentions("Hillary Clinton") == ["Hillary Clinton", "Clinton"]


def test_organisations_are_found_by_their_shape():
    found = run(
        "The Department of Veterans Affairs and the Springfield Gazette both wrote to the FBI. "
        "The Associated Press said so."
    )
    assert {
        "Department of Veterans Affairs",
        "Springfield Gazette",
        "FBI",
        "Associated Press",
    } <= found.names("ORG")


def test_the_times_joins_the_los_angeles_times_when_the_article_names_it():
    found = run("He told the Los Angeles Times about it. In a statement to The Times, he repeated it.")
    assert found.mentions("Los Angeles Times") == ["Los Angeles Times", "The Times"]


def test_an_acronym_joins_the_organisation_whose_initials_it_is():
    found = run("The Environmental Protection Agency issued a rule. The EPA said it would be enforced.")
    assert found.mentions("Environmental Protection Agency") == ["Environmental Protection Agency", "EPA"]


def test_places_come_from_the_gazetteer():
    found = run("She grew up in Tucson and later moved to El Paso, Texas, then to Germany.")
    assert {"Tucson", "El Paso", "Texas", "Germany"} <= found.names("GPE")


def test_an_ordinary_word_that_is_also_a_town_is_not_a_place_at_the_start_of_a_sentence():
    found = run("Reading the report took an hour. Mobile phones were banned.")
    assert found.names("GPE") == set()


def test_dates_are_weekdays_months_and_abbreviated_days():
    found = run("The vote is on Tuesday, Feb. 8, and the count ends March 3, 2024. May we begin?")
    assert {"Tuesday", "Feb. 8", "March 3, 2024"} <= found.names("DATE")
    assert not any(name.startswith("May") for name in found.names("DATE"))


def test_a_headline_in_title_case_makes_no_people():
    found = run("Commissioner Refuses To Resign Over Budget\n\nThe commissioner spoke on Friday.")
    assert found.names("PERSON") == set()


def test_lone_surname_slips_that_chain_lose_no_mention():
    from editor_app.suggest.entities import _cluster_people, _Segment

    words = ["Magnos", "Magnos", "Magnus", "Magnus", "Magnus", "Magnus", "Magnis"]
    text = " ".join(words)
    segments, position = [], 0
    for word in words:
        segments.append(_Segment(position, position + len(word), [word]))
        position += len(word) + 1
    people = _cluster_people(text, segments)
    assert sum(len(p.mentions) for p in people) == len(words)
    assert [p.name for p in people if len(p.mentions) == len(words)] == ["Magnus"]

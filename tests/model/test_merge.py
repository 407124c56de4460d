"""Three-way merge by record id: one-sided changes are taken, two-sided ones are listed and mine is kept."""

import copy
from dataclasses import replace

import pytest

from editor_app.model import Article, Correction, Document, Entity, Mention, Quote, Span, validate
from editor_app.model.merge import Conflict, MergeResult, merge_documents

TEXT = "Chris Magnus said the plan worked. Officials in Tuscon said Mangus was wrong about the plan."


def at(text: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(text, start + 1)
    return start, start + len(text)


def span(text: str, occurrence: int = 0) -> Span:
    return Span(*at(text, occurrence), text)


def mention(text: str, occurrence: int = 0) -> Mention:
    return Mention(*at(text, occurrence), text)


MAGNUS = Entity("e-magnus", "PERSON", "Chris Magnus", mentions=(mention("Chris Magnus"), mention("Mangus")))
TUCSON = Entity("e-tucson", "GPE", "Tucson", mentions=(mention("Tuscon"),))
PLAN = Entity("e-plan", "MISC", "the plan", mentions=(mention("the plan"),))
QUOTE = Quote("q-worked", span("the plan worked"), speaker="e-magnus", cue=span("said"))
FIX_TUCSON = Correction("c-tucson", span("Tuscon"), replacement="Tucson", category="spelling")
FIX_MANGUS = Correction("c-mangus", span("Mangus"), replacement="Magnus", category="name")


def document(*records: Entity | Quote | Correction, status: str = "in-progress", note: str = "") -> Document:
    doc = Document(article=Article(TEXT), file_name="story.txt", status=status, note=note)
    for record in records:
        doc.append_record(record)
    return doc


def ids(doc: Document) -> list[str]:
    return [r.id for r in doc.records()]


def merged(base: Document | None, mine: Document, theirs: Document) -> MergeResult:
    result = merge_documents(base, mine, theirs)
    assert validate(result.document) == []
    return result


BASE = (MAGNUS, TUCSON, QUOTE, FIX_TUCSON)


def test_when_nothing_changed_the_merge_is_the_same_document():
    result = merged(document(*BASE), document(*BASE), document(*BASE))
    assert ids(result.document) == ids(document(*BASE))
    assert list(result.document.records()) == list(BASE)
    assert result.conflicts == []
    assert (result.added_from_theirs, result.changed_from_theirs, result.removed_by_theirs) == (0, 0, 0)


def test_a_record_added_by_them_is_added_after_mine_in_their_order():
    mine = document(*BASE, PLAN)
    theirs = document(FIX_MANGUS, *BASE)
    result = merged(document(*BASE), mine, theirs)
    assert [e.id for e in result.document.entities] == ["e-magnus", "e-tucson", "e-plan"]
    assert [c.id for c in result.document.corrections] == ["c-tucson", "c-mangus"]
    assert result.added_from_theirs == 1
    assert result.conflicts == []


def test_a_record_added_by_me_is_kept():
    result = merged(document(*BASE), document(*BASE, FIX_MANGUS), document(*BASE))
    assert result.document.find("c-mangus") == FIX_MANGUS
    assert result.added_from_theirs == 0


def test_a_record_changed_only_by_them_takes_their_version():
    accepted = replace(FIX_TUCSON, status="accepted")
    result = merged(document(*BASE), document(*BASE), document(MAGNUS, TUCSON, QUOTE, accepted))
    assert result.document.find("c-tucson") == accepted
    assert result.changed_from_theirs == 1
    assert result.conflicts == []


def test_a_record_changed_only_by_me_keeps_my_version():
    renamed = replace(MAGNUS, name="Christopher Magnus")
    result = merged(document(*BASE), document(renamed, TUCSON, QUOTE, FIX_TUCSON), document(*BASE))
    assert result.document.find("e-magnus") == renamed
    assert result.conflicts == []


def test_a_record_changed_the_same_way_on_both_sides_is_not_a_conflict():
    renamed = replace(MAGNUS, name="Christopher Magnus")
    both = document(renamed, TUCSON, QUOTE, FIX_TUCSON)
    result = merged(document(*BASE), both, copy.deepcopy(both))
    assert result.document.find("e-magnus") == renamed
    assert result.conflicts == []
    assert result.changed_from_theirs == 0


def test_a_record_deleted_by_them_and_unchanged_by_me_is_deleted():
    result = merged(document(*BASE), document(*BASE), document(MAGNUS, TUCSON, QUOTE))
    assert result.document.find("c-tucson") is None
    assert result.removed_by_theirs == 1
    assert result.conflicts == []


def test_a_record_deleted_by_me_and_unchanged_by_them_stays_deleted():
    result = merged(document(*BASE), document(MAGNUS, TUCSON, QUOTE), document(*BASE))
    assert result.document.find("c-tucson") is None
    assert result.added_from_theirs == 0
    assert result.conflicts == []


def test_a_record_changed_differently_on_both_sides_is_a_conflict_and_mine_is_kept():
    mine_version = replace(TUCSON, label="LOC")
    theirs_version = replace(TUCSON, label="ORG", name="Tucson, Arizona")
    result = merged(
        document(*BASE),
        document(MAGNUS, mine_version, QUOTE, FIX_TUCSON),
        document(MAGNUS, theirs_version, QUOTE, FIX_TUCSON),
    )
    assert result.document.find("e-tucson") == mine_version
    assert result.conflicts == [Conflict("e-tucson", "entity", mine_version, theirs_version, TUCSON)]
    assert result.conflicts[0].describe() == (
        'entity e-tucson "Tucson": changed on both sides (label, name differ); yours kept'
    )
    assert result.changed_from_theirs == 0


def test_a_record_i_changed_and_they_deleted_is_a_conflict_and_mine_is_kept():
    noted = replace(FIX_TUCSON, note="check the dateline too")
    result = merged(document(*BASE), document(MAGNUS, TUCSON, QUOTE, noted), document(MAGNUS, TUCSON, QUOTE))
    assert result.document.find("c-tucson") == noted
    assert result.conflicts == [Conflict("c-tucson", "correction", noted, None, FIX_TUCSON)]
    assert result.conflicts[0].describe() == (
        'correction c-tucson "Tuscon": you changed it, they deleted it; yours kept'
    )
    assert result.removed_by_theirs == 0


def test_a_record_i_deleted_and_they_changed_is_a_conflict_and_stays_deleted():
    noted = replace(FIX_TUCSON, note="check the dateline too")
    result = merged(document(*BASE), document(MAGNUS, TUCSON, QUOTE), document(MAGNUS, TUCSON, QUOTE, noted))
    assert result.document.find("c-tucson") is None
    assert result.conflicts == [Conflict("c-tucson", "correction", None, noted, FIX_TUCSON)]
    assert "you deleted it, they changed it; left deleted" in result.conflicts[0].describe()


def test_the_same_new_id_added_differently_on_both_sides_is_a_conflict():
    mine_plan = PLAN
    theirs_plan = replace(PLAN, label="EVENT")
    result = merged(document(*BASE), document(*BASE, mine_plan), document(*BASE, theirs_plan))
    assert result.document.find("e-plan") == mine_plan
    assert result.conflicts == [Conflict("e-plan", "entity", mine_plan, theirs_plan, None)]
    assert "added on both sides (label differ); yours kept" in result.conflicts[0].describe()


def test_without_a_base_the_merge_is_the_union():
    result = merged(None, document(MAGNUS, QUOTE), document(MAGNUS, TUCSON, FIX_TUCSON))
    assert ids(result.document) == ["e-magnus", "e-tucson", "q-worked", "c-tucson"]
    assert result.added_from_theirs == 2
    assert result.conflicts == []


def test_without_a_base_the_same_id_with_different_content_is_a_conflict_and_mine_is_kept():
    theirs_magnus = replace(MAGNUS, mentions=(mention("Chris Magnus"),))
    result = merged(None, document(MAGNUS, QUOTE), document(theirs_magnus, QUOTE))
    assert result.document.find("e-magnus") == MAGNUS
    assert result.conflicts == [Conflict("e-magnus", "entity", MAGNUS, theirs_magnus, None)]
    assert result.removed_by_theirs == 0


def test_an_entity_is_one_record_mentions_included():
    with_plan = replace(MAGNUS, mentions=(*MAGNUS.mentions, mention("the plan")))
    with_said = replace(MAGNUS, mentions=(*MAGNUS.mentions, mention("said", 1)))
    result = merged(
        document(*BASE),
        document(with_plan, TUCSON, QUOTE, FIX_TUCSON),
        document(with_said, TUCSON, QUOTE, FIX_TUCSON),
    )
    assert result.document.find("e-magnus") == with_plan
    [conflict] = result.conflicts
    assert conflict.record_id == "e-magnus"
    assert "(mentions differ)" in conflict.describe()


def test_mentions_in_another_order_are_not_a_change():
    reordered = replace(MAGNUS, mentions=tuple(reversed(MAGNUS.mentions)))
    relabelled = replace(MAGNUS, label="ORG")
    result = merged(
        document(*BASE),
        document(reordered, TUCSON, QUOTE, FIX_TUCSON),
        document(relabelled, TUCSON, QUOTE, FIX_TUCSON),
    )
    assert result.document.find("e-magnus") == relabelled
    assert result.conflicts == []


def test_document_fields_changed_only_by_them_are_taken():
    result = merged(document(*BASE), document(*BASE), document(*BASE, status="done", note="Ready"))
    assert (result.document.status, result.document.note) == ("done", "Ready")
    assert result.conflicts == []


def test_document_fields_changed_only_by_me_are_kept():
    result = merged(document(*BASE), document(*BASE, status="done"), document(*BASE))
    assert result.document.status == "done"
    assert result.conflicts == []


def test_a_document_field_changed_differently_on_both_sides_is_a_conflict_and_mine_is_kept():
    result = merged(
        document(*BASE, note="base"), document(*BASE, note="mine"), document(*BASE, note="theirs")
    )
    assert result.document.note == "mine"
    [conflict] = result.conflicts
    assert (conflict.kind, conflict.field, conflict.record_id) == ("document", "note", "document.note")
    assert (conflict.mine_value, conflict.theirs_value, conflict.base_value) == ("mine", "theirs", "base")
    assert conflict.describe() == 'document note: yours "mine", theirs "theirs"; yours kept'


def test_without_a_base_a_different_document_status_is_a_conflict():
    result = merged(None, document(status="in-progress"), document(status="done"))
    assert result.document.status == "in-progress"
    assert [c.record_id for c in result.conflicts] == ["document.status"]


def test_keys_this_version_does_not_know_are_merged_too():
    base, mine, theirs = document(*BASE), document(*BASE), document(*BASE)
    theirs.extra["reviewed_by"] = "Copy Desk"
    mine.document_extra["desk"] = "metro"
    base.source_extra["url"] = "https://example.org/a"
    mine.source_extra["url"] = "https://example.org/a"
    result = merged(base, mine, theirs)
    assert result.document.extra == {"reviewed_by": "Copy Desk"}
    assert result.document.document_extra == {"desk": "metro"}
    assert result.document.source_extra == {}
    assert result.conflicts == []


def test_an_entity_they_deleted_is_kept_while_my_new_quote_names_it_as_speaker():
    base = document(MAGNUS, TUCSON)
    mine = document(MAGNUS, TUCSON, QUOTE)
    theirs = document(TUCSON)
    result = merged(base, mine, theirs)
    assert result.document.find("e-magnus") == MAGNUS
    assert result.removed_by_theirs == 0
    [conflict] = result.conflicts
    assert conflict.record_id == "e-magnus"
    assert "they deleted it, but quote q-worked still names it as speaker; kept" in conflict.describe()


def test_an_entity_i_deleted_comes_back_when_their_new_quote_names_it_as_speaker():
    base = document(MAGNUS, TUCSON)
    mine = document(TUCSON)
    theirs = document(MAGNUS, TUCSON, QUOTE)
    result = merged(base, mine, theirs)
    assert ids(result.document) == ["e-tucson", "e-magnus", "q-worked"]
    [conflict] = result.conflicts
    assert "you deleted it, but quote q-worked still names it as speaker; restored" in conflict.describe()


def test_their_record_with_the_id_of_another_kind_of_mine_is_left_out_and_listed():
    clash = replace(FIX_MANGUS, id="e-plan")
    result = merged(document(*BASE), document(*BASE, PLAN), document(*BASE, clash))
    assert result.document.find("e-plan") == PLAN
    assert len(result.document.corrections) == 1
    [conflict] = result.conflicts
    assert (conflict.record_id, conflict.kind, conflict.theirs) == ("e-plan", "correction", clash)


def test_merging_changes_none_of_the_three_documents():
    base = document(*BASE)
    mine = document(replace(MAGNUS, label="ORG"), TUCSON, QUOTE, note="mine")
    theirs = document(replace(MAGNUS, label="GPE"), TUCSON, QUOTE, FIX_TUCSON, FIX_MANGUS, note="theirs")
    snapshots = [
        copy.deepcopy((d.entities, d.quotes, d.corrections, d.status, d.note)) for d in (base, mine, theirs)
    ]
    result = merged(base, mine, theirs)
    after = [(d.entities, d.quotes, d.corrections, d.status, d.note) for d in (base, mine, theirs)]
    assert after == snapshots
    assert result.document is not mine
    assert result.document.entities is not mine.entities


@pytest.mark.parametrize("with_base", [True, False])
def test_every_id_of_either_side_is_accounted_for(with_base):
    base = document(*BASE) if with_base else None
    mine = document(replace(MAGNUS, label="ORG"), QUOTE, PLAN)
    theirs = document(MAGNUS, replace(TUCSON, name="Tucson, AZ"), QUOTE, FIX_MANGUS)
    result = merged(base, mine, theirs)
    result_ids = set(ids(result.document))
    listed = {c.record_id for c in result.conflicts}
    everything = set(ids(mine)) | set(ids(theirs))
    # each id is in the result, or it was deleted on one side (and then listed when the other changed it)
    for record_id in everything - result_ids:
        assert base is not None
        assert record_id in listed or record_id in set(ids(base))

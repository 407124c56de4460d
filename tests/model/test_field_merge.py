"""The merge driver's merge: by record id and by field, records made twice united, conflicts kept."""

from dataclasses import replace

from editor_app.model import Article, Correction, Document, Entity, Quote, validate
from editor_app.model.conflicts import keep_both, take_mine, take_theirs, unresolved
from editor_app.model.field_merge import FieldMerge, join_by, merge_fields
from tests.model.test_merge import TEXT, mention, span

MAGNUS = Entity("e-magnus", "PERSON", "Chris Magnus", mentions=(mention("Chris Magnus"),), by="ana")
QUOTE = Quote("q-worked", span("the plan worked"), speaker="e-magnus", cue=span("said"), by="ana")
FIX = Correction("c-mangus", span("Mangus"), replacement="Magnus", category="name", by="desk")
BASE = (MAGNUS, QUOTE, FIX)


def document(
    *records: Entity | Quote | Correction, status: str = "in-progress", text: str = TEXT
) -> Document:
    doc = Document(article=Article(text), file_name="story.txt", status=status)
    for record in records:
        doc.append_record(record)
    return doc


def merged(base: Document | None, ours: Document, theirs: Document) -> FieldMerge:
    result = merge_fields(base, ours, theirs)
    assert validate(result.document) == []
    return result


def test_changes_to_different_fields_of_one_record_merge_cleanly():
    ours = document(replace(FIX, replacement="Magnus Jr."), MAGNUS, QUOTE)
    theirs = document(replace(FIX, status="accepted"), MAGNUS, QUOTE)
    result = merged(document(*BASE), ours, theirs)
    assert result.conflicts == []
    assert result.document.find("c-mangus") == replace(FIX, replacement="Magnus Jr.", status="accepted")


def test_a_field_changed_differently_on_both_sides_keeps_ours_and_carries_theirs():
    ours = document(MAGNUS, QUOTE, replace(FIX, replacement="MAGNUS"))
    theirs = document(MAGNUS, QUOTE, replace(FIX, replacement="Magnes", note="sic"))
    result = merged(document(*BASE), ours, theirs)
    fix = result.document.find("c-mangus")
    assert isinstance(fix, Correction)
    assert (fix.replacement, fix.note) == ("MAGNUS", "sic")
    assert fix.extra["conflict"] == {"theirs": {"replacement": "Magnes"}, "base": {"replacement": "Magnus"}}
    assert result.conflicts == [
        'correction c-mangus "Mangus": unresolved conflict (replacement: yours "MAGNUS", theirs "Magnes")'
    ]


def test_mentions_added_on_both_sides_are_united_one_at_a_time():
    ours = document(replace(MAGNUS, mentions=(*MAGNUS.mentions, mention("Mangus"))), QUOTE, FIX)
    theirs = document(replace(MAGNUS, name="Christopher Magnus"), QUOTE, FIX)
    result = merged(document(*BASE), ours, theirs)
    entity = result.document.entity("e-magnus")
    assert entity is not None
    assert (entity.name, [m.text for m in entity.mentions]) == (
        "Christopher Magnus",
        ["Chris Magnus", "Mangus"],
    )
    assert result.conflicts == []


def test_entities_made_independently_become_one_and_their_quotes_follow():
    tucson_ours = Entity("e-ours", "GPE", "Tuscon", by="ana", mentions=(mention("Tuscon"),))
    tucson_theirs = Entity(
        "e-theirs", "GPE", "Tuscon", by="ben", mentions=(mention("Tuscon"), mention("plan"))
    )
    their_quote = Quote("q-new", span("Mangus was wrong"), speaker="e-theirs", by="ben")
    result = merged(
        document(*BASE),
        document(*BASE, tucson_ours),
        document(*BASE, tucson_theirs, their_quote),
    )
    tucsons = [e for e in result.document.entities if e.label == "GPE"]
    assert [(e.id, e.by, len(e.mentions)) for e in tucsons] == [("e-ours", "ana; ben", 2)]
    assert result.document.find("q-new").speaker == "e-ours"  # type: ignore[union-attr]
    assert result.unified == [("e-theirs", "e-ours")]
    assert result.conflicts == []


def test_quotes_and_corrections_made_twice_are_one():
    quote_a = Quote("q-a", span("Mangus was wrong"), kind="indirect", by="ana")
    quote_b = Quote("q-b", span("Mangus was wrong"), kind="direct", by="ben")
    fix_a = Correction("c-a", span("Tuscon"), replacement="Tucson", category="spelling", by="ana")
    fix_b = Correction("c-b", span("Tuscon"), replacement="Tucson", category="spelling", by="ben")
    result = merged(document(*BASE), document(*BASE, quote_a, fix_a), document(*BASE, quote_b, fix_b))
    assert [q.id for q in result.document.quotes if q.id != "q-worked"] == ["q-a"]
    assert [(c.id, c.by) for c in result.document.corrections if c.id != "c-mangus"] == [("c-a", "ana; ben")]
    quote = result.document.find("q-a")
    assert quote is not None
    assert quote.extra["conflict"] == {"theirs": {"kind": "direct"}}  # no base: both made it


def test_deleted_on_one_side_and_changed_on_the_other_keeps_the_change_flagged():
    changed = replace(FIX, note="check the dateline")
    result = merged(document(*BASE), document(MAGNUS, QUOTE, changed), document(MAGNUS, QUOTE))
    fix = result.document.find("c-mangus")
    assert fix is not None
    assert fix.extra["conflict"] == {"theirs": "deleted", "base": {"note": ""}}
    result = merged(document(*BASE), document(MAGNUS, QUOTE), document(MAGNUS, QUOTE, changed))
    fix = result.document.find("c-mangus")
    assert fix is not None
    assert fix.extra["conflict"] == {"ours": "deleted", "base": {"note": ""}}
    assert len(result.conflicts) == 1


def test_an_entity_a_new_quote_names_is_kept_when_the_other_side_deleted_it():
    new_quote = Quote("q-new", span("Mangus was wrong"), speaker="e-magnus")
    result = merged(document(*BASE), document(*BASE, new_quote), document(FIX))
    assert result.document.entity("e-magnus") is not None
    assert result.document.find("q-worked") is None
    assert [c.split(":")[0] for c in result.conflicts] == ['entity e-magnus "Chris Magnus"']


def test_the_document_status_changed_on_both_sides_is_a_document_conflict():
    result = merged(document(*BASE), document(*BASE, status="done"), document(*BASE, status="needs-review"))
    assert result.document.status == "done"
    assert result.document.document_extra["conflict"] == {
        "theirs": {"status": "needs-review"},
        "base": {"status": "in-progress"},
    }
    [item] = unresolved(result.document)
    take_theirs(result.document, item).apply(result.document)
    assert (result.document.status, result.document.document_extra) == ("needs-review", {})


def test_sides_on_different_article_texts_keep_every_record_and_name_the_base_text():
    edited = TEXT.replace("Mangus", "Magnus")
    theirs = document(*BASE, text=edited)
    new = Correction("c-tucson", span("Tuscon"), replacement="Tucson", category="spelling")
    base = document(*BASE)
    result = merged(base, document(*BASE, new), theirs)
    assert result.mixed_texts
    assert {r.id for r in result.document.records()} == {"e-magnus", "q-worked", "c-mangus", "c-tucson"}
    assert result.document.article.sha256 == base.article.sha256


def test_resolving_is_an_undoable_edit():
    first = MAGNUS.mentions[0]
    # one mention changed in different ways on the two sides: the mention lists conflict
    ours = document(replace(MAGNUS, mentions=(replace(first, status="suggested"),)), QUOTE, FIX)
    theirs_mentions = (replace(first, status="rejected"), mention("Magnus"), mention("plan"))
    theirs = document(replace(MAGNUS, mentions=theirs_mentions), QUOTE, FIX)
    base = document(*BASE)
    doc = merged(base, ours, theirs).document
    [item] = unresolved(doc)
    assert item.can_keep_both
    before = doc.entity("e-magnus")
    edit = keep_both(doc, item)
    edit.apply(doc)
    entity = doc.entity("e-magnus")
    assert entity is not None
    assert [m.text for m in entity.mentions] == ["Chris Magnus", "Magnus", "plan"]
    assert unresolved(doc) == []
    edit.revert(doc)
    assert doc.entity("e-magnus") == before
    take_mine(doc, item).apply(doc)
    assert doc.entity("e-magnus").mentions == ours.entities[0].mentions  # type: ignore[union-attr]


def test_by_names_each_person_once():
    assert join_by("ana", "ben") == "ana; ben"
    assert join_by("ana; ben", "ben") == "ana; ben"
    assert join_by(None, "ben") == "ben"
    assert join_by("ana", None) == "ana"

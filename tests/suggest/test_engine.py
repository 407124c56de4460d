"""Suggestions as records: accept, reject, never duplicated, and never back once rejected."""

import shutil
import subprocess
import sys
from dataclasses import replace

import pytest

from editor_app.model import Entity, validate
from editor_app.storage import sidecar_path
from editor_app.storage.documents import open_document, save_document
from editor_app.suggest import engine
from tests.builders import annotated_sample, mention
from tests.conftest import SAMPLE
from tests.suggest.helpers import document

STORY = (
    "Mayor Ana Reyes opened the meeting on Tuesday. Reyes said the budget was balanced.\n\n"
    "“We kept every promise,” Reyes said. Critics said Reyez had ignored them. Reyes disagreed."
)


def test_every_suggestion_is_suggested_and_made_by_a_rule():
    result = engine.suggest(document(STORY))
    assert result.entities
    assert result.quotes
    assert result.corrections
    for record in result.records:
        assert record.status == "suggested"
        assert record.by is not None
        assert record.by.startswith("rule:")


def test_suggestions_added_to_a_document_pass_validation_and_speakers_point_to_entities():
    doc = document(STORY)
    result = engine.suggest(doc)
    engine.add_suggestions(doc, result)
    assert validate(doc) == []
    quote = next(q for q in doc.quotes if q.span.text == "We kept every promise")
    speaker = doc.entity(quote.speaker or "")
    assert speaker is not None
    assert speaker.name == "Ana Reyes"


def test_accept_confirms_entities_and_quotes_and_accepts_corrections():
    result = engine.suggest(document(STORY))
    entity = engine.accept(result.entities[0])
    assert entity.status == "confirmed"
    assert all(m.status is None for m in entity.mentions)
    assert engine.accept(result.quotes[0]).status == "confirmed"
    assert engine.accept(result.corrections[0], by="Copy Desk").status == "accepted"
    assert engine.accept(result.corrections[0], by="Copy Desk").by == "Copy Desk"
    assert engine.reject(result.quotes[0]).status == "rejected"


def test_accept_all_accepts_only_the_suggestions():
    result = engine.suggest(document(STORY + "\n\nThe the council  met."))
    assert len(result.corrections) == 3
    rejected = engine.reject(result.corrections[0])
    accepted = engine.accept_all([rejected, *result.corrections[1:]])
    assert accepted[0].status == "rejected"
    assert {c.status for c in accepted[1:]} == {"accepted"}


def test_running_twice_suggests_nothing_new():
    doc = document(STORY)
    engine.add_suggestions(doc, engine.suggest(doc))
    again = engine.suggest(doc)
    assert len(again) == 0, again.summary()


def test_a_confirmed_annotation_is_neither_overwritten_nor_duplicated(sample_article):
    doc = annotated_sample(sample_article)
    before = {r.id: r for r in doc.records()}
    result = engine.suggest(doc)
    assert not {r.id for r in result.records} & set(before)
    confirmed_quote = before["q-excited"]
    assert all(q.span.start != confirmed_quote.span.start for q in result.quotes)  # type: ignore[union-attr]
    assert all(c.span.text != "Mangus" for c in result.corrections)  # an open correction is there already
    magnus = next(e for e in result.extended if e.id == "e-magnus")
    old = {(m.start, m.end) for m in before["e-magnus"].mentions}  # type: ignore[union-attr]
    for m in magnus.mentions:
        assert ((m.start, m.end) in old) == (m.status != "suggested")
    assert not any(e.name == "Chris Magnus" for e in result.entities)
    engine.add_suggestions(doc, result)
    assert validate(doc) == []
    assert doc.find("e-magnus").status == "confirmed"  # type: ignore[union-attr]


def test_a_rejected_suggestion_never_comes_back_after_save_and_reload(sample_article):
    opened = open_document(sample_article)
    first = engine.suggest(opened.document)
    engine.add_suggestions(opened.document, first)
    tucson = next(c for c in opened.document.corrections if c.span.text == "Tuscon")
    scare = next(q for q in opened.document.quotes if q.kind == "scare")
    semansky = next(e for e in opened.document.entities if e.name == "Patrick Semansky")
    for record_id in (tucson.id, scare.id, semansky.id):
        engine.decide(opened.document, record_id, accepted=False, by="Ana Reyes")
    save_document(opened)

    reopened = open_document(sample_article)
    assert reopened.document.find(tucson.id).status == "rejected"  # type: ignore[union-attr]
    again = engine.suggest(reopened.document)
    assert not any(c.span.text == "Tuscon" for c in again.corrections)
    assert not any(q.kind == "scare" for q in again.quotes)
    assert not any(e.name == "Patrick Semansky" for e in again.entities)
    assert len(again) == 0, again.summary()


def test_a_rejected_mention_is_not_suggested_again_but_its_entity_stays(sample_article):
    doc = document(STORY)
    engine.add_suggestions(doc, engine.suggest(doc))
    reyes = next(e for e in doc.entities if e.name == "Ana Reyes")
    last = reyes.mentions[-1]
    doc.entities = [
        engine.reject_mention(reyes, last.start, last.end) if e is reyes else e for e in doc.entities
    ]
    again = engine.suggest(doc)
    assert not any(
        (m.start, m.end) == (last.start, last.end)
        for e in again.extended
        for m in e.mentions
        if m.status == "suggested"
    )
    assert not any(e.name == "Ana Reyes" for e in again.entities)


def test_a_new_mention_of_a_confirmed_entity_is_added_to_it_as_a_suggested_mention():
    doc = document(STORY)
    reyes = Entity(
        id="e-reyes",
        label="PERSON",
        name="Ana Reyes",
        status="confirmed",
        by="Ana",
        mentions=(mention(doc, "Ana Reyes"),),
    )
    doc.entities = [reyes]
    result = engine.suggest(doc)
    extended = next(e for e in result.extended if e.id == "e-reyes")
    suggested = [m for m in extended.mentions if m.status == "suggested"]
    assert suggested
    assert all(m.by == "rule:people" for m in suggested)
    accepted = engine.accept_mention(extended, suggested[0].start, suggested[0].end)
    assert accepted.mentions[1].status is None


def test_the_cli_writes_suggestions_into_a_new_sidecar_and_then_suggests_nothing_new(sample_article):
    command = [sys.executable, "-m", "editor_app", "suggest", str(sample_article)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "suggested" in result.stdout
    assert "quotes" in result.stdout
    assert sidecar_path(sample_article).exists()
    assert "status: suggested" in sidecar_path(sample_article).read_text(encoding="utf-8")
    again = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert "suggested 0 entities, 0 quotes, 0 corrections" in again.stdout


def test_the_cli_dry_run_prints_and_writes_nothing(sample_article):
    command = [sys.executable, "-m", "editor_app", "suggest", "--dry-run", str(sample_article)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "correction name: 'Mangus' -> 'Magnus'" in result.stdout
    assert not sidecar_path(sample_article).exists()


def test_the_cli_never_overwrites_a_sidecar_that_fails_to_load_and_exits_1(tmp_path):
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    shutil.copyfile(SAMPLE, good)
    shutil.copyfile(SAMPLE, bad)
    broken = b"format: editor-app/annotations\nversion: 1\nentities: [\n"
    sidecar_path(bad).write_bytes(broken)
    result = subprocess.run(
        [sys.executable, "-m", "editor_app", "suggest", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert sidecar_path(bad).read_bytes() == broken
    assert sidecar_path(good).exists()
    assert "2/2" in result.stderr


def test_the_cli_uses_a_folders_house_style_rules(tmp_path):
    article = tmp_path / "story.txt"
    article.write_text("Covid cases rose in the county on Tuesday.\n", encoding="utf-8")
    (tmp_path / ".editor-app.yaml").write_text(
        "style:\n  rules:\n    - {name: covid, pattern: '\\bCovid\\b', replacement: COVID-19, note: Ours}\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "editor_app", "suggest", "--dry-run", str(article)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "'Covid' -> 'COVID-19' (Ours)" in result.stdout, result.stdout + result.stderr


def test_the_cli_exits_2_when_no_article_is_given(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "editor_app", "suggest", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2


def test_replace_keeps_unknown_keys_of_an_accepted_record():
    result = engine.suggest(document(STORY))
    quote = replace(result.quotes[0], extra={"x-team": "metro"})
    assert engine.accept(quote).extra == {"x-team": "metro"}


def test_the_next_suggestion_goes_in_document_order_mention_by_mention_and_wraps():
    from editor_app.model.article import Article
    from editor_app.model.document import Document
    from editor_app.model.records import Entity, Mention
    from editor_app.suggest.decisions import next_waiting, waiting

    text = "Magnus met Ortiz. Magnus left."
    doc = Document(article=Article(text), file_name="a.txt")
    doc.entities = [
        Entity(
            "e-1",
            "PERSON",
            "Chris Magnus",
            mentions=(Mention(0, 6, "Magnus"), Mention(18, 24, "Magnus", status="suggested")),
        ),
        Entity("e-2", "PERSON", "Raul Ortiz", status="suggested", mentions=(Mention(11, 16, "Ortiz"),)),
    ]
    assert waiting(doc) == [(11, "e-2", (11, 16)), (18, "e-1", (18, 24))]
    assert next_waiting(doc, -1) == (11, "e-2", (11, 16))
    assert next_waiting(doc, 11) == (18, "e-1", (18, 24))
    assert next_waiting(doc, 18) == (11, "e-2", (11, 16))
    doc.entities = [Entity("e-1", "PERSON", "Chris Magnus", mentions=(Mention(0, 6, "Magnus"),))]
    assert next_waiting(doc, 0) is None


def test_rejecting_every_mention_of_a_suggested_entity_rejects_it_and_accepting_one_confirms_it():
    from editor_app.model.article import Article
    from editor_app.model.document import Document
    from editor_app.suggest.decisions import NotDecidable, decided_target

    text = "Ortiz met Ortiz."
    doc = Document(article=Article(text), file_name="a.txt")
    ortiz = Entity(
        "e-1",
        "PERSON",
        "Raul Ortiz",
        status="suggested",
        by="rule:people",
        mentions=(mention(doc, "Ortiz"), mention(doc, "Ortiz", 1)),
    )
    doc.entities = [ortiz]
    once = decided_target(doc, "e-1", (0, 5), accepted=False, by="Ana")
    assert isinstance(once, Entity)
    assert (once.status, [m.status for m in once.mentions]) == ("suggested", ["rejected", None])
    doc.entities = [once]
    twice = decided_target(doc, "e-1", (10, 15), accepted=False, by="Ana")
    assert isinstance(twice, Entity)
    assert twice.status == "rejected"

    doc.entities = [ortiz]
    accepted = decided_target(doc, "e-1", (10, 15), accepted=True, by="Ana")
    assert isinstance(accepted, Entity)
    assert (accepted.status, accepted.by) == ("confirmed", "Ana")
    assert [(m.status, m.by) for m in accepted.mentions] == [("suggested", "rule:people"), (None, None)]
    doc.entities = [accepted]
    with pytest.raises(NotDecidable):
        decided_target(doc, "e-1", (10, 15), accepted=False)

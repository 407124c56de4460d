"""Recovered work, merges with disk and re-anchoring, as pure functions (no window, no Qt)."""

import os
from pathlib import Path

import pytest

from editor_app.model.edits import new_entity
from editor_app.storage import sidecar_path
from editor_app.storage.disk_sync import (
    article_changed_on_disk,
    merge_with_disk,
    reanchor_onto_disk,
    restore_recovery,
    same_annotations,
)
from editor_app.storage.documents import OpenedDocument, open_document, save_document
from editor_app.storage.locks import LockInfo, claim_lock, lock_path
from editor_app.storage.recovery import find_recovery, keep_base, write_recovery


@pytest.fixture
def annotated(sample_with_golden_sidecar: Path) -> Path:
    return sample_with_golden_sidecar


def add_person(opened: OpenedDocument, words: str) -> None:
    doc = opened.document
    start = doc.text.index(words)
    new_entity(doc, "PERSON", start, start + len(words)).apply(doc)


def names(doc: object) -> set[str]:
    return {e.name for e in doc.entities}  # type: ignore[attr-defined]


def test_merge_with_disk_keeps_both_sides_and_changes_nothing_it_was_given(annotated):
    mine = open_document(annotated)
    theirs = open_document(annotated)
    add_person(theirs, "Raul Ortiz")
    save_document(theirs)
    on_disk = sidecar_path(annotated).read_bytes()
    add_person(mine, "Alejandro Mayorkas")
    base_before, names_before = mine.sidecar_bytes, names(mine.document)

    merged = merge_with_disk(mine, mine.document)

    assert {"Raul Ortiz", "Alejandro Mayorkas"} <= names(merged.merge.document)
    assert merged.sidecar_bytes == on_disk
    assert (mine.sidecar_bytes, names(mine.document)) == (base_before, names_before)
    assert sidecar_path(annotated).read_bytes() == on_disk


def test_reanchor_onto_disk_moves_the_annotations_and_leaves_the_current_document(annotated):
    opened = open_document(annotated)
    before = [(m.start, m.text) for e in opened.document.entities for m in e.mentions]
    assert not article_changed_on_disk(opened)
    annotated.write_text(
        "A new first paragraph.\n\n" + annotated.read_text(encoding="utf-8"), encoding="utf-8"
    )
    assert article_changed_on_disk(opened)

    moved = reanchor_onto_disk(opened, opened.document)

    after = [(m.start, m.text) for e in moved.document.entities for m in e.mentions]
    assert after == [(start + len("A new first paragraph.\n\n"), text) for start, text in before]
    assert [(m.start, m.text) for e in opened.document.entities for m in e.mentions] == before
    assert all(
        moved.document.text[m.start : m.end] == m.text for e in moved.document.entities for m in e.mentions
    )


def test_restoring_recovered_work_merges_with_a_sidecar_saved_since(annotated):
    mine = open_document(annotated)
    keep_base(annotated, mine.sidecar_bytes)
    add_person(mine, "Alejandro Mayorkas")
    write_recovery(annotated, mine.document, mine.sidecar_sha256)
    colleague = open_document(annotated)
    add_person(colleague, "Raul Ortiz")
    save_document(colleague)

    reopened = open_document(annotated)
    recovery = find_recovery(annotated, reopened.document.article)
    assert recovery is not None
    restored = restore_recovery(reopened, recovery)

    assert restored.merge is not None
    assert {"Raul Ortiz", "Alejandro Mayorkas"} <= names(restored.document)
    assert "Alejandro Mayorkas" not in names(reopened.document)


def test_restoring_with_an_unchanged_sidecar_gives_the_recovered_document(annotated):
    mine = open_document(annotated)
    add_person(mine, "Alejandro Mayorkas")
    write_recovery(annotated, mine.document, mine.sidecar_sha256)
    reopened = open_document(annotated)
    recovery = find_recovery(annotated, reopened.document.article)
    assert recovery is not None

    restored = restore_recovery(reopened, recovery)

    assert restored.merge is None
    assert same_annotations(restored.document, mine.document)
    assert not same_annotations(restored.document, reopened.document)


def test_claim_lock_is_blocked_by_someone_else_and_takes_back_its_own_crashed_one(annotated):
    from dataclasses import replace

    me = LockInfo.current()
    lock_path(annotated).write_bytes(replace(me, user="ben", host="another-desk", name="Ben").to_json())
    blocked = claim_lock(annotated)
    assert blocked.blocked
    assert blocked.held is None
    assert blocked.locked_by is not None
    assert blocked.locked_by.user == "ben"
    assert not blocked.stale
    lock_path(annotated).unlink()

    lock_path(annotated).write_bytes(replace(me, pid=2**22 + 12345).to_json())  # a pid no process has
    taken = claim_lock(annotated)
    assert taken.took_back
    assert taken.held is not None
    assert taken.held.info.pid == os.getpid()
    taken.held.release()
    assert not lock_path(annotated).exists()

"""Two clones of one repository annotate the sample; git merges their sidecars with our driver."""

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from editor_app.model.conflicts import take_theirs, unresolved
from editor_app.model.document import Document
from editor_app.model.edits import AddRecord, ReplaceRecord, new_correction, new_entity
from editor_app.model.records import Correction, Entity
from editor_app.storage.documents import open_document, save_document
from editor_app.subcommands.check import CheckReport, check_paths
from tests.gitwork.repos import Clone, Origin, set_replacement


def check(article: Path) -> list[str]:
    return list(check_paths([article], CheckReport()))


def label(start: int, end: int, by: str, kind: str = "PERSON") -> Callable[[Document], AddRecord]:
    return lambda doc: new_entity(doc, kind, start, end, by=by)


MAYORKAS = (410, 428)  # "Alejandro Mayorkas"
TUSCON = (2115, 2121)


@pytest.fixture
def team(tmp_path: Path) -> tuple[Clone, Clone]:
    origin = Origin(tmp_path)
    return origin.clone("ana"), origin.clone("ben")


def test_disjoint_work_merges_without_conflict_and_check_passes(team):
    ana, ben = team
    ana.annotate(label(*MAYORKAS, "ana"), message="Mayorkas")
    ana.git("push", "-q")
    ben.annotate(lambda doc: new_correction(doc, *TUSCON, "Tucson", "spelling", by="ben"), message="Tucson")
    pulled = ben.git("pull", "-q", "--no-rebase", "--no-edit")
    assert pulled.returncode == 0
    assert "<<<<<<<" not in ben.sidecar.read_text(encoding="utf-8")
    doc = ben.document()
    assert any(e.name == "Alejandro Mayorkas" for e in doc.entities)
    assert any(c.replacement == "Tucson" for c in doc.corrections)
    assert check(ben.article) == []
    ben.git("push", "-q")
    ana.git("pull", "-q", "--no-rebase")
    assert ana.sidecar.read_bytes() == ben.sidecar.read_bytes()


def test_the_same_replacement_changed_on_both_sides_conflicts_loads_and_resolves(team):
    ana, ben = team
    ana.annotate(set_replacement("Magnus"), set_replacement("Magnus Jr."), message="ana's fix")
    ana.git("push", "-q")
    ben.annotate(set_replacement("MAGNUS"), message="ben's fix")
    pulled = ben.git("pull", "--no-rebase", "--no-edit", check=False)
    assert pulled.returncode != 0
    assert "CONFLICT" in pulled.stdout
    status = ben.git("status", "--porcelain").stdout
    assert f"UU {ben.sidecar.name}" in status
    text = ben.sidecar.read_text(encoding="utf-8")
    assert "<<<<<<<" not in text
    assert ">>>>>>>" not in text
    opened = open_document(ben.article)  # loads
    correction = opened.document.find("c-mangus")
    assert isinstance(correction, Correction)
    assert correction.replacement == "MAGNUS"
    assert correction.extra["conflict"] == {
        "theirs": {"replacement": "Magnus Jr."},
        "base": {"replacement": "Magnus"},
    }
    problems = check(ben.article)
    assert len(problems) == 1
    line = problems[0]
    assert line.startswith(f"{ben.sidecar}:")
    number = int(line.split(":")[1])
    assert "conflict" in text.splitlines()[number - 2] or "conflict" in text.splitlines()[number - 1]
    for word in ("c-mangus", "MAGNUS", "Magnus Jr."):
        assert word in line
    [item] = unresolved(opened.document)
    take_theirs(opened.document, item).apply(opened.document)
    save_document(opened, overwrite_changes=True)
    assert check(ben.article) == []
    ben.git("add", ben.sidecar.name)
    ben.git("commit", "-q", "--no-edit")
    assert ben.document().find("c-mangus").replacement == "Magnus Jr."


def test_the_same_name_labelled_independently_ends_as_one_entity(team):
    ana, ben = team
    ana.annotate(label(*MAYORKAS, "ana"), message="ana labels Mayorkas")
    ana.git("push", "-q")
    ben.annotate(label(*MAYORKAS, "ben"), message="ben labels Mayorkas")
    ben.git("pull", "-q", "--no-rebase", "--no-edit")
    entities = [e for e in ben.document().entities if e.name == "Alejandro Mayorkas"]
    assert len(entities) == 1
    assert entities[0].by == "ben; ana"
    assert check(ben.article) == []


def test_an_applied_correction_and_new_annotations_on_the_other_branch_keep_everything(team):
    ana, ben = team
    ana.annotate(
        lambda doc: ReplaceRecord(replace(doc.find("c-mangus"), status="accepted")),
        message="accept",
    )
    from editor_app.cli import main

    assert main(["apply", str(ana.article)]) == 0
    ana.git("add", "-A")
    ana.git("commit", "-q", "-m", "apply Mangus -> Magnus")
    ana.git("push", "-q")
    ben.annotate(
        label(*MAYORKAS, "ben"),
        lambda doc: new_correction(doc, *TUSCON, "Tucson", "spelling", by="ben"),
        message="ben annotates the old text",
    )
    before = {r.id for r in ben.document().records()}
    ben.git("pull", "-q", "--no-rebase", "--no-edit")
    assert "Magnus" in ben.article.read_text(encoding="utf-8")[1630:1650]
    opened = open_document(ben.article)  # re-anchors onto the corrected text
    after = {r.id for r in opened.document.records()}
    assert before <= after
    assert [s for s in opened.document.spans() if s.orphaned] == []
    save_document(opened)
    assert check(ben.article) == []


def test_a_rebase_of_three_commits_replays_cleanly(team):
    ana, ben = team
    ana.annotate(label(*MAYORKAS, "ana"), message="ana")
    ana.git("push", "-q")
    ben.annotate(lambda doc: new_correction(doc, *TUSCON, "Tucson", "spelling", by="ben"), message="one")
    ben.annotate(label(1707, 1710, "ben", "ORG"), message="two")
    ben.annotate(label(2044, 2075, "ben", "ORG"), message="three")
    ben.git("fetch", "-q")
    rebased = ben.git("rebase", "origin/main", check=False)
    assert rebased.returncode == 0, rebased.stdout + rebased.stderr
    log = ben.git("log", "--format=%s", "-4").stdout.split()
    assert log == ["three", "two", "one", "ana"]
    names = {e.name for e in ben.document().entities}
    assert {"Alejandro Mayorkas", "DHS", "Department of Homeland Security"} <= names
    assert check(ben.article) == []


def test_cherry_pick_and_stash_pop_use_the_driver(team):
    ana, ben = team
    ana.git("checkout", "-q", "-b", "side")
    ana.annotate(label(*MAYORKAS, "ana"), message="on a side branch")
    picked = ana.git("rev-parse", "HEAD").stdout.strip()
    ana.git("checkout", "-q", "main")
    ana.annotate(lambda doc: new_correction(doc, *TUSCON, "Tucson", "spelling", by="ana"), message="main")
    done = ana.git("cherry-pick", picked, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert {"Alejandro Mayorkas"} <= {e.name for e in ana.document().entities}
    assert any(c.replacement == "Tucson" for c in ana.document().corrections)
    ana.git("push", "-q")

    opened = open_document(ben.article)
    from editor_app.model.changes import Session

    Session(opened.document).apply(label(1707, 1710, "ben", "ORG")(opened.document))
    save_document(opened)
    ben.git("stash", "-q")
    ben.git("pull", "-q", "--no-rebase")
    popped = ben.git("stash", "pop", check=False)
    assert popped.returncode == 0, popped.stdout + popped.stderr
    doc = ben.document()
    assert {"Alejandro Mayorkas", "DHS"} <= {e.name for e in doc.entities}
    assert any(isinstance(e, Entity) and e.by == "ben" for e in doc.entities)
    assert check(ben.article) == []

"""The window lists a git merge's conflicts and resolves them with undoable edits; the result commits."""

from pathlib import Path
from typing import Any

from editor_app.model.conflicts import take_theirs
from editor_app.model.records import Correction
from editor_app.subcommands.check import CheckReport, check_paths
from editor_app.ui.conflict_review import conflict_review
from editor_app.ui.main_window import MainWindow
from tests.gitwork.repos import Clone, Origin, set_replacement


def conflicted(tmp_path: Path) -> Clone:
    origin = Origin(tmp_path)
    ana, ben = origin.clone("ana"), origin.clone("ben")
    ana.annotate(set_replacement("Magnus Jr."), message="ana")
    ana.git("push", "-q")
    ben.annotate(set_replacement("MAGNUS"), message="ben")
    assert ben.git("pull", "--no-rebase", "--no-edit", check=False).returncode != 0
    return ben


def test_the_window_resolves_a_merge_conflict_and_the_file_commits(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    ben = conflicted(tmp_path)
    assert window.open_article(ben.article)
    banner = window.banners.banner("notice")
    assert banner is not None
    assert "1 merge conflict(s)" in banner.text
    window.actions_by_id["tools.conflicts"].trigger()
    review = conflict_review(window.workspace, window.notices)
    assert review.isVisible()
    assert review.list.count() == 1
    assert "MAGNUS" in review.list.item(0).text()
    assert not review.both_button.isEnabled()
    assert review.resolve(take_theirs)
    assert review.list.count() == 0
    fix = window.workspace.doc.find("c-mangus")
    assert isinstance(fix, Correction)
    assert (fix.replacement, "conflict" in fix.extra) == ("Magnus Jr.", False)
    window.workspace.undo_stack.undo()
    assert review.list.count() == 1
    window.workspace.undo_stack.redo()
    assert window.workspace.save(overwrite_changes=True)
    assert list(check_paths([ben.article], CheckReport())) == []
    ben.git("add", ben.sidecar.name)
    ben.git("commit", "-q", "--no-edit")
    assert ben.git("status", "--porcelain").stdout.strip() == ""


def test_saving_with_conflicts_left_says_so(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    ben = conflicted(tmp_path)
    assert window.open_article(ben.article)
    assert window.workspace.save(overwrite_changes=True)
    banner = window.banners.banner("notice")
    assert banner is not None
    assert "Saved with 1 unresolved merge conflict(s)" in banner.text

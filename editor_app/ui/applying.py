"""Tools > Apply accepted corrections: the article file changes, and the change can be undone.

Applying rewrites the article on disk and moves every span, so the edits made before it no longer
fit the new offsets: the undo history is cleared first (they are saved with the apply), and the
apply itself becomes the one step that Undo takes back, until the article is closed.
"""

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand

from editor_app.model.corrections import applicable, corrections_inside_direct_quotes
from editor_app.model.records import Correction
from editor_app.storage.apply_files import Undo, apply_to_files, undo_apply
from editor_app.storage.errors import FileProblem, explain
from editor_app.ui.i18n import translate
from editor_app.ui.notices import Notices
from editor_app.ui.workspace import Workspace


class ApplyCommand(QUndoCommand):
    def __init__(self, workspace: Workspace, notices: Notices, corrections: list[Correction]):
        super().__init__(translate("Applying", "Apply {count} correction(s)").format(count=len(corrections)))
        self.workspace = workspace
        self.notices = notices
        self.corrections = corrections
        self.undo_data: Undo | None = None
        self.failed: str | None = None

    def redo(self) -> None:
        opened = self.workspace.files
        assert opened is not None
        try:
            result, self.undo_data = apply_to_files(opened, self.corrections)
        except (FileProblem, OSError) as exc:
            self.failed = explain(exc)
            self.setObsolete(True)
            return
        self.workspace.show_applied(result.document)
        if result.orphaned:
            message = translate(
                "Applying",
                "Applied {count} correction(s) to {name} (backup kept); {orphaned} annotation(s) lay in "
                "removed text and are orphaned. Undo takes it back.",
            )
        else:
            message = translate(
                "Applying", "Applied {count} correction(s) to {name} (backup kept). Undo takes it back."
            )
        self.notices.notice(
            message.format(
                count=len(result.applied), name=opened.article_path.name, orphaned=len(result.orphaned)
            ),
            banner=bool(result.orphaned),
        )

    def undo(self) -> None:
        opened = self.workspace.files
        if opened is None or self.undo_data is None:
            return
        try:
            undo_apply(opened, self.undo_data)
        except (FileProblem, OSError) as exc:
            message = explain(exc)
            self.notices.notice(
                translate("Applying", "Could not undo the apply: {reason}").format(reason=message),
                banner=True,
            )
            return
        self.workspace.reload(keep_history=True)
        QTimer.singleShot(0, self.workspace.undo_stack.setClean)  # what is on disk is what is shown
        self.notices.notice(
            translate("Applying", "Put back {name} as it was before the corrections.").format(
                name=opened.article_path.name
            )
        )


def apply_accepted(workspace: Workspace, notices: Notices) -> bool:
    """Apply the accepted corrections of the open article, asking first about direct quotes."""
    if workspace.files is None:
        notices.notice(translate("Applying", "Open an article first."))
        return False
    if workspace.read_only_reason:
        notices.notice(workspace.read_only_reason)
        return False
    doc = workspace.doc
    chosen = applicable(doc)
    if not chosen:
        notices.notice(translate("Applying", "No accepted corrections to apply (accept some with A first)."))
        return False
    in_quotes = corrections_inside_direct_quotes(doc, chosen)
    if in_quotes:
        listing = ", ".join(f"{c.span.text!r} -> {c.replacement!r}" for c in in_quotes[:5])
        if not notices.confirm(
            translate(
                "Applying",
                "{count} correction(s) change words inside direct quotes ({listing}). "
                "Change what someone said?",
            ).format(count=len(in_quotes), listing=listing)
        ):
            chosen = [c for c in chosen if c not in in_quotes]
            if not chosen:
                notices.notice(
                    translate(
                        "Applying", "Nothing applied: every accepted correction was inside a direct quote."
                    )
                )
                return False
    # Saved first, so that undoing the apply brings back these annotations, not an older sidecar.
    if workspace.is_dirty() and not workspace.save():
        return False
    workspace.undo_stack.clear()
    command = ApplyCommand(workspace, notices, chosen)
    workspace.undo_stack.push(command)
    workspace.undo_stack.setClean()  # the apply wrote the sidecar too
    if command.failed:
        notices.notice(
            translate("Applying", "Corrections not applied: {reason}").format(reason=command.failed),
            banner=True,
        )
        return False
    return True

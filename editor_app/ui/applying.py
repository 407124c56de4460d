"""Tools > Apply corrections: a preview first (:mod:`editor_app.ui.apply_preview`), then the article
file changes, and the change can be undone.

Applying rewrites the article on disk and moves every span, so the edits made before it no longer
fit the new offsets: the undo history is cleared first (they are saved with the apply), and the
apply itself becomes the one step that Undo takes back, until the article is closed.
"""

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand

from editor_app.model.correction_diff import changes
from editor_app.model.corrections import offered
from editor_app.model.records import Correction
from editor_app.storage.apply_files import Undo, apply_to_files, undo_apply
from editor_app.storage.errors import FileProblem, explain
from editor_app.ui.apply_preview import ApplyPreview
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
        message = message.format(
            count=len(result.applied), name=opened.article_path.name, orphaned=len(result.orphaned)
        )
        if result.skipped:
            message += " " + translate(
                "Applying", "{skipped} correction(s) not applied: they overlap another."
            ).format(skipped=len(result.skipped))
        self.notices.notice(message, banner=bool(result.orphaned or result.skipped))

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


def apply_accepted(workspace: Workspace, notices: Notices) -> ApplyPreview | None:
    """Tools > Apply: preview the accepted and open corrections; OK applies the checked ones.

    Returns the preview, opened window-modal without a nested event loop (None when there is nothing
    to offer). Nothing is written until OK.
    """
    if workspace.files is None:
        notices.notice(translate("Applying", "Open an article first."))
        return None
    if workspace.read_only_reason:
        notices.notice(workspace.read_only_reason)
        return None
    doc = workspace.doc
    candidates = offered(doc)
    if not candidates:
        notices.notice(
            translate(
                "Applying", "No open or accepted corrections to apply (make one with C, accept with A)."
            )
        )
        return None
    preview = ApplyPreview(notices.parent, changes(doc, candidates), workspace.files.article_path.name)
    preview.accepted.connect(lambda: apply_chosen(workspace, notices, preview.chosen()))
    preview.finished.connect(preview.deleteLater)
    preview.open()
    return preview


def apply_chosen(workspace: Workspace, notices: Notices, chosen: list[Correction]) -> bool:
    """Apply ``chosen`` (checked in the preview) to the open article's files, as one undoable step."""
    current = {c.id: c for c in workspace.doc.corrections}
    if workspace.files is None or any(current.get(c.id) != c for c in chosen):
        notices.notice(
            translate("Applying", "Nothing applied: the corrections changed while the preview was open."),
            banner=True,
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

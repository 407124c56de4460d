"""Tools > Apply accepted corrections: the article file changes, and the change can be undone.

Applying rewrites the article on disk and moves every span, so the edits made before it no longer
fit the new offsets: the undo history is cleared first (they are saved with the apply), and the
apply itself becomes the one step that Undo takes back, until the article is closed.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand

from editor_app.model.corrections import applicable, corrections_inside_direct_quotes
from editor_app.model.records import Correction
from editor_app.storage.apply_files import Undo, apply_to_files, undo_apply
from editor_app.storage.errors import FileProblem, explain
from editor_app.ui.i18n import translate

if TYPE_CHECKING:
    from editor_app.ui.main_window import MainWindow


class ApplyCommand(QUndoCommand):
    def __init__(self, window: "MainWindow", corrections: list[Correction]):
        super().__init__(translate("Applying", "Apply {count} correction(s)").format(count=len(corrections)))
        self.window = window
        self.corrections = corrections
        self.undo_data: Undo | None = None
        self.failed: str | None = None

    def redo(self) -> None:
        opened = self.window.opened
        assert opened is not None
        try:
            result, self.undo_data = apply_to_files(opened, self.corrections)
        except (FileProblem, OSError) as exc:
            self.failed = explain(exc)
            self.setObsolete(True)
            return
        self.window.show_applied(result.document)
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
        self.window.notice(
            message.format(
                count=len(result.applied), name=opened.article_path.name, orphaned=len(result.orphaned)
            ),
            banner=bool(result.orphaned),
        )

    def undo(self) -> None:
        opened = self.window.opened
        if opened is None or self.undo_data is None:
            return
        try:
            undo_apply(opened, self.undo_data)
        except (FileProblem, OSError) as exc:
            message = explain(exc)
            self.window.notice(
                translate("Applying", "Could not undo the apply: {reason}").format(reason=message),
                banner=True,
            )
            return
        self.window.reload(keep_history=True)
        QTimer.singleShot(0, self.window.undo_stack.setClean)  # what is on disk is what is shown
        self.window.notice(
            translate("Applying", "Put back {name} as it was before the corrections.").format(
                name=opened.article_path.name
            )
        )


def apply_accepted(window: "MainWindow", confirm: Callable[[str], bool]) -> bool:
    """Apply the accepted corrections of the open article, asking first about direct quotes."""
    opened = window.opened
    if opened is None:
        window.notice(translate("Applying", "Open an article first."))
        return False
    if window.annotator.read_only_reason:
        window.notice(window.annotator.read_only_reason)
        return False
    doc = window.session.doc
    chosen = applicable(doc)
    if not chosen:
        window.notice(translate("Applying", "No accepted corrections to apply (accept some with A first)."))
        return False
    in_quotes = corrections_inside_direct_quotes(doc, chosen)
    if in_quotes:
        listing = ", ".join(f"{c.span.text!r} -> {c.replacement!r}" for c in in_quotes[:5])
        if not confirm(
            translate(
                "Applying",
                "{count} correction(s) change words inside direct quotes ({listing}). "
                "Change what someone said?",
            ).format(count=len(in_quotes), listing=listing)
        ):
            chosen = [c for c in chosen if c not in in_quotes]
            if not chosen:
                window.notice(
                    translate(
                        "Applying", "Nothing applied: every accepted correction was inside a direct quote."
                    )
                )
                return False
    # Saved first, so that undoing the apply brings back these annotations, not an older sidecar.
    if window.is_dirty() and not window.save():
        return False
    window.undo_stack.clear()
    command = ApplyCommand(window, chosen)
    window.undo_stack.push(command)
    window.undo_stack.setClean()  # the apply wrote the sidecar too
    if command.failed:
        window.notice(
            translate("Applying", "Corrections not applied: {reason}").format(reason=command.failed),
            banner=True,
        )
        return False
    return True

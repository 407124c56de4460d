"""The one owner of the open document: its files, session, span index, undo stack, lock and dirty state.

Everything that shows or changes the open document depends on a :class:`Workspace` (and on
:class:`~editor_app.ui.notices.Notices` to speak), never on the window. A window holds one; a view
that compares two documents can hold two. What happens to the document is announced by signals:

- ``document_replaced``: a new document is shown (opened, reloaded, restored, merged, re-anchored);
  views rebuild from :attr:`Workspace.doc`.
- ``changed(ChangeSet)``: an edit, undo or redo; the span index is already up to date.
- ``clean_changed(bool)``, ``read_only_changed(bool)``.
- ``opened(OpenedDocument)``: after :meth:`Workspace.open`, once the document and lock are in place.
- ``loading_changed(bool)``: a long article's annotations started or finished loading (below).
- ``closing(OpenedDocument, keep_recovery)``: the document is about to be let go.
- ``saved(OpenedDocument)``; ``save_refused()`` when the sidecar changed on disk; ``save_failed(str)``.

Every edit goes through :meth:`Workspace.push`, and so through the undo stack.

Opening an article whose sidecar is larger than :data:`LOAD_IN_BACKGROUND_BYTES` shows its text at
once (``document_replaced`` with a document holding the text and no annotation yet, while
:attr:`Workspace.loading` is true), reads the sidecar in a worker (:mod:`~editor_app.ui.sidecar_loader`)
and hands it over (``document_replaced`` again, then ``opened``); meanwhile every edit and save is
refused with a note in the status bar. :meth:`Workspace.wait_loaded` waits for it. A smaller sidecar is
read at once, as before: :meth:`Workspace.open` returns with the document in place.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from editor_app.model.article import Article
from editor_app.model.changes import ChangeSet, EditLike, Session
from editor_app.model.document import Document
from editor_app.model.edits import EditError
from editor_app.model.intervals import SpanIndex
from editor_app.model.validation import Problem
from editor_app.storage.apply_files import recover_interrupted_apply
from editor_app.storage.article_file import read_article
from editor_app.storage.config import LabelSchema, load_schema
from editor_app.storage.documents import OpenedDocument, save_document
from editor_app.storage.editing import open_for_editing
from editor_app.storage.errors import ChangedOnDisk, FileProblem, explain
from editor_app.storage.locks import LockClaim, LockedByOther, LockHeld, claim_lock, take_over
from editor_app.storage.sidecar_write import sidecar_path
from editor_app.ui.i18n import translate
from editor_app.ui.notices import Notices, Unsaved
from editor_app.ui.sidecar_loader import Loaded, SidecarLoader, thaw
from editor_app.ui.undo import EditCommand

LOAD_IN_BACKGROUND_BYTES = 256 * 1024
"""Sidecars larger than this (some 2,500 annotations) are read in a worker while the text is shown."""


def empty_document() -> Document:
    return Document(article=Article(""), file_name="")


class Workspace(QObject):
    document_replaced = Signal()
    changed = Signal(object)
    clean_changed = Signal(bool)
    read_only_changed = Signal(bool)
    opened = Signal(object)
    closing = Signal(object, bool)
    saved = Signal(object)
    save_refused = Signal()
    save_failed = Signal(str)
    loading_changed = Signal(bool)

    def __init__(self, notices: Notices, parent: QObject | None = None):
        super().__init__(parent)
        self.notices = notices
        self.files: OpenedDocument | None = None
        self.schema: LabelSchema = load_schema(None)
        self.session = Session(empty_document())
        self.session.subscribe(self._on_changes)
        self.index = SpanIndex()
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self.clean_changed)
        self.lock: LockHeld | None = None
        self.lock_claim: LockClaim | None = None
        self.read_only_reason: str | None = None
        """Set while the article is locked by someone else: every edit and save is refused with it."""
        self.author: Callable[[], str | None] = lambda: None
        self.loading_path: Path | None = None
        """The article whose annotations are being read in the background (its text is shown)."""
        self._opening_warnings: list[Problem] = []
        self.loader = SidecarLoader(self)
        self.loader.loaded.connect(self._loaded)

    @property
    def doc(self) -> Document:
        return self.session.doc

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @property
    def loading(self) -> bool:
        """True while a long article's annotations are read in the background (no edit, no save)."""
        return self.loading_path is not None

    def loading_note(self) -> str:
        name = self.loading_path.name if self.loading_path else ""
        return translate(
            "Workspace", "Still loading the annotations of {name}: editing is possible once they are in."
        ).format(name=name)

    def wait_loaded(self, timeout: float | None = None) -> bool:
        """Wait until the annotations being loaded in the background are in place (at once if none)."""
        return self.loader.wait(timeout)

    def is_dirty(self) -> bool:
        return not self.undo_stack.isClean()

    def article_name(self) -> str:
        return self.files.article_path.name if self.files else translate("Safekeeping", "the article")

    # Edits ----------------------------------------------------------------------------------------

    def push(self, edit: EditLike) -> bool:
        """Check the edit on the document, then push it on the undo stack; a bad edit is explained."""
        if self.read_only_reason:
            self.notices.notice(self.read_only_reason)
            return False
        if self.loading:
            self.notices.notice(self.loading_note())
            return False
        try:
            changes = edit.apply(self.doc)
            edit.revert(self.doc)
        except (EditError, KeyError) as exc:
            self.notices.notice(
                translate("Annotator", "Cannot {edit}: {reason}").format(edit=edit.text.lower(), reason=exc)
            )
            return False
        if not changes.steps:
            return False
        self.undo_stack.push(EditCommand(self.session, edit))
        return True

    def _on_changes(self, changes: ChangeSet) -> None:
        self.index.update(changes)
        self.changed.emit(changes)

    # Opening --------------------------------------------------------------------------------------

    def open(self, path: Path | str) -> bool:
        """Open an article and its sidecar; problems go to the banner and status bar, never to a dialog."""
        path = Path(path)
        try:
            if _large_sidecar(path):
                return self._open_in_background(path)
            files = open_for_editing(path)
        except FileProblem as exc:
            self.notices.notice(exc.located(), banner=True)
            return False
        except OSError as exc:
            self.notices.notice(
                translate("Workspace", "{path}: cannot be opened ({reason})").format(
                    path=path, reason=exc.strerror or exc
                ),
                banner=True,
            )
            return False
        if self.files is not None or self.loading:
            self.close()  # the user saved or chose Discard: the recovery file goes
        self.notices.banners.hide_banner("notice")
        self._settle(files)
        return True

    def _settle(
        self, files: OpenedDocument, index: SpanIndex | None = None, schema: LabelSchema | None = None
    ) -> None:
        """The opened files become the workspace's: shown, locked, announced."""
        path = files.article_path
        self.files = files
        self.schema = schema or load_schema(path)
        self._show(files.document, dirty=files.anchoring is not None, index=index)
        self._claim_lock(path)
        self._tell_opened(files)
        self.opened.emit(files)

    def _open_in_background(self, path: Path) -> bool:
        """Show the article's text now; its annotations follow from a worker (see the module's text).
        Raises what reading the article raises, before anything was closed."""
        recovered = recover_interrupted_apply(path)
        article = read_article(path)
        if self.files is not None or self.loading:
            self.close()
        self.notices.banners.hide_banner("notice")
        self._opening_warnings = [Problem(recovered)] if recovered else []
        self.schema = load_schema(path)
        self.loading_path = path
        self._show(Document(article=article, file_name=path.name), dirty=False)
        self.loader.start(path, article)
        self.loading_changed.emit(True)
        self.notices.notice(
            translate("Workspace", "Loading the annotations of {name}…").format(name=path.name)
        )
        return True

    def _loaded(self, result: Loaded) -> None:
        """The worker's result, on the GUI thread: the annotations take the place of the bare text."""
        path, self.loading_path = result.path, None
        self.loading_changed.emit(False)
        if result.files is None:
            exc = result.error
            if isinstance(exc, FileProblem):
                message = exc.located()
            else:
                reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
                message = translate("Workspace", "{path}: cannot be opened ({reason})").format(
                    path=path, reason=reason
                )
            self._show(empty_document(), dirty=False)
            self.notices.notice(message, banner=True)
            return
        result.files.warnings[:0] = self._opening_warnings
        self._settle(result.files, result.index, self.schema)  # the schema read when it was opened

    def _tell_opened(self, files: OpenedDocument) -> None:
        name = files.article_path.name
        notes = [w.message for w in files.warnings] + list(self.schema.problems)
        if files.document.article.encoding == "cp1252":
            notes.insert(
                0,
                translate(
                    "Workspace",
                    "{name} is not UTF-8: read as Windows-1252 (a guess) and saved back the same way",
                ).format(name=name),
            )
        if notes:
            more = translate("Workspace", " (and {count} more)").format(count=len(notes) - 3)
            self.notices.notice("; ".join(notes[:3]) + (more if len(notes) > 3 else ""), True)
        else:
            self.notices.notice(translate("Workspace", "Opened {name}").format(name=name))

    def reload(self, keep_history: bool = False) -> bool:
        """Read the open article and sidecar again from disk, dropping unsaved changes; keeps the lock.

        ``keep_history`` is for an undo command that itself rewrote the files (the stack is in use).
        """
        if self.files is None:
            return False
        try:
            files = open_for_editing(self.files.article_path)
        except (FileProblem, OSError) as exc:
            self.notices.notice(
                translate("Workspace", "Could not reload: {reason}").format(reason=explain(exc)),
                banner=True,
            )
            return False
        self.files = files
        if keep_history:
            self._set_document(files.document)
        else:
            self._show(files.document, dirty=files.anchoring is not None)
        return True

    def replace(self, doc: Document, dirty: bool) -> None:
        """Show ``doc`` (recovered, merged or re-anchored) in place of the current one; not undoable."""
        if self.files is not None:
            self.files.document = doc
        self._show(doc, dirty)

    def show_applied(self, doc: Document) -> None:
        """After corrections were applied on disk: the new text and its moved annotations, saved."""
        if self.files is not None:
            self.files.document = doc
        self._set_document(doc)
        if self.files is not None:
            self.saved.emit(self.files)

    def reload_schema(self) -> None:
        """The labels changed (preferences): the views rebuild with the new schema."""
        self.schema = load_schema(self.files.article_path if self.files else None)
        self._set_document(self.doc)

    def _show(self, doc: Document, dirty: bool, index: SpanIndex | None = None) -> None:
        self._set_document(doc, index)
        self.undo_stack.clear()
        if dirty:
            self.undo_stack.resetClean()
        self.clean_changed.emit(self.undo_stack.isClean())

    def _set_document(self, doc: Document, index: SpanIndex | None = None) -> None:
        self.session.unsubscribe(self._on_changes)
        self.session = Session(doc)
        self.session.subscribe(self._on_changes)
        self.index = index if index is not None else SpanIndex.of(doc)
        self.document_replaced.emit()

    # The lock -------------------------------------------------------------------------------------

    def _claim_lock(self, article: Path) -> None:
        claim = claim_lock(article)
        self.lock, self.lock_claim = claim.held, claim
        if claim.took_back:
            self.notices.notice(
                translate("Safekeeping", "Took back the lock your earlier session left on {name}.").format(
                    name=article.name
                )
            )
        elif claim.problem is not None:
            self.notices.notice(
                translate(
                    "Safekeeping",
                    "No lock could be created beside {name} ({reason}); "
                    "others opening it will not see that you are editing it.",
                ).format(name=article.name, reason=claim.problem)
            )
        if claim.blocked:
            self._set_read_only(
                translate("Safekeeping", "{name} is open read-only: locked by {who}").format(
                    name=article.name, who=self.lock_holder()
                )
            )

    def lock_holder(self) -> str:
        info = self.lock_claim.locked_by if self.lock_claim else None
        return info.describe() if info else translate("Safekeeping", "an unreadable lock")

    def take_over_lock(self) -> bool:
        """Replace the lock that was shown to the user with ours (the user has confirmed)."""
        if self.files is None or self.lock_claim is None:
            return False
        try:
            self.lock = take_over(self.files.article_path, self.lock_claim.locked_by)
        except LockedByOther as exc:
            self.lock_claim = LockClaim(blocked=True, locked_by=exc.info)
            self._set_read_only(self.read_only_reason)
            return False
        self.lock_claim = LockClaim(held=self.lock)
        self._set_read_only(None)
        return True

    def _set_read_only(self, reason: str | None) -> None:
        self.read_only_reason = reason
        self.read_only_changed.emit(reason is not None)

    # Saving and closing ---------------------------------------------------------------------------

    def save(self, overwrite_changes: bool = False) -> bool:
        files = self.files
        if self.loading:
            self.notices.notice(self.loading_note())
            return False
        if files is None:
            self.notices.notice(translate("Workspace", "Nothing to save: open an article first."))
            return False
        if self.read_only_reason:
            self.notices.notice(self.read_only_reason, banner=True)
            return False
        try:
            save_document(files, overwrite_changes=overwrite_changes)
        except ChangedOnDisk:
            self.save_refused.emit()
            return False
        except (FileProblem, OSError) as exc:
            self.save_failed.emit(exc.located() if isinstance(exc, FileProblem) else str(exc))
            return False
        self.undo_stack.setClean()
        self.notices.banners.hide_banner("notice")
        self.saved.emit(files)
        self.notices.notice(translate("Workspace", "Saved {name}").format(name=files.sidecar_path.name))
        return True

    def maybe_save(self) -> bool:
        """True if it is fine to drop the current document (saved, discarded, or nothing to lose)."""
        if not self.is_dirty():
            return True
        answer = self.notices.unsaved(self.article_name())
        if answer is Unsaved.SAVE:
            return self.save()
        return answer is Unsaved.DISCARD

    def close(self, keep_recovery: bool = False) -> None:
        """Let the open document go: its lock is released; its recovery file goes unless kept."""
        thaw()
        if self.loading:  # nothing was shown but the text: the load is dropped when it comes
            self.loader.cancel()
            self.loading_path = None
            self.loading_changed.emit(False)
        files = self.files
        if files is not None:
            self.closing.emit(files, keep_recovery)
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        self.lock_claim = None
        if self.read_only_reason is not None:
            self._set_read_only(None)
        self.files = None


def _large_sidecar(article: Path) -> bool:
    """Whether the sidecar of ``article`` is large enough to be read in the background."""
    try:
        return sidecar_path(article).stat().st_size > LOAD_IN_BACKGROUND_BYTES
    except OSError:
        return False

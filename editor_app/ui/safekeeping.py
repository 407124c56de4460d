"""Keeping the open document safe: autosave to a recovery file, files changed by others, the lock.

The window calls :meth:`Safekeeping.attach` after opening an article, :meth:`saved` after a save
and :meth:`detach` before dropping it. Everything the user must decide about arrives as a banner
with buttons (see :mod:`editor_app.ui.banners`); nothing here opens a modal dialog except the
confirmation before taking over someone else's lock.
"""

import contextlib
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer

from editor_app.model.anchoring import reanchor
from editor_app.model.copies import shallow_copy
from editor_app.model.document import Document
from editor_app.model.merge import MergeResult, merge_documents
from editor_app.storage.article_file import read_article
from editor_app.storage.documents import OpenedDocument
from editor_app.storage.errors import FileProblem, explain
from editor_app.storage.locks import LockedByOther, LockHeld, LockInfo, acquire_lock, take_over
from editor_app.storage.processes import host_name, process_alive, user_login
from editor_app.storage.recovery import (
    Recovery,
    base_of,
    discard_recovery,
    find_recovery,
    keep_base,
    list_recoveries,
    write_recovery,
)
from editor_app.storage.sidecar_read import parse_sidecar
from editor_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from editor_app.ui.preferences import setting

if TYPE_CHECKING:
    from editor_app.ui.main_window import MainWindow

SETTLE_MS = 250
"""How long to wait after a change notice before reading: editors write, rename and touch in bursts."""


class Safekeeping(QObject):
    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.lock: LockHeld | None = None
        self.locked_by: LockInfo | None = None
        self.read_only = False
        self.recovery_written: float | None = None
        self.autosave_timer = QTimer(self)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._file_changed)
        self.watcher.directoryChanged.connect(self._file_changed)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.check_disk)
        self.set_autosave_seconds(self._autosave_setting())

    # Settings -------------------------------------------------------------------------------------

    def _autosave_setting(self) -> float:
        return max(1.0, float(setting(self.window.settings, "autosave/seconds")))

    def set_autosave_seconds(self, seconds: float) -> None:
        self.autosave_timer.start(round(seconds * 1000))

    @property
    def opened(self) -> OpenedDocument | None:
        return self.window.opened

    # Attaching to a document ----------------------------------------------------------------------

    def attach(self, opened: OpenedDocument) -> None:
        """A document was just opened: lock it, watch it, and offer any recovery file it has."""
        self._take_lock(opened.article_path)
        self._watch(opened)
        self._offer_recovery(opened)

    def detach(self, keep_recovery: bool = False) -> None:
        """The document is being dropped (closed, or another one opened)."""
        opened = self.opened
        if opened is not None and not keep_recovery:
            discard_recovery(opened.article_path)
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        self.locked_by = None
        self.read_only = False
        self.window.annotator.read_only_reason = None
        paths = self.watcher.files() + self.watcher.directories()
        if paths:
            self.watcher.removePaths(paths)
        for key in ("recovery", "lock", "external"):
            self.window.banners.hide_banner(key)

    def leave_for_recovery(self) -> None:
        """Quitting without asking (SIGTERM): unsaved work goes to the recovery file, the lock is
        released, and the document is let go so that closing the window neither asks nor discards."""
        self.autosave_now()
        self.detach(keep_recovery=True)
        self.window.opened = None
        self.window.undo_stack.setClean()

    def saved(self) -> None:
        opened = self.opened
        if opened is None:
            return
        discard_recovery(opened.article_path)
        self.recovery_written = None
        self.window.banners.hide_banner("external")
        self._watch(opened)

    # Autosave -------------------------------------------------------------------------------------

    def autosave_now(self) -> Path | None:
        """Write the recovery file if there are unsaved changes; never touches the sidecar."""
        opened = self.opened
        if opened is None or self.read_only or not self.window.is_dirty():
            return None
        try:
            keep_base(opened.article_path, opened.sidecar_bytes)
            path = write_recovery(opened.article_path, self.window.session.doc, opened.sidecar_sha256)
        except OSError as exc:
            self.window.notice(
                translate("Safekeeping", "Could not write the recovery file: {reason}").format(
                    reason=exc.strerror or exc
                ),
                banner=True,
            )
            return None
        self.recovery_written = time.time()
        return path

    def _offer_recovery(self, opened: OpenedDocument) -> None:
        try:
            recovery = find_recovery(opened.article_path, opened.document.article)
        except FileProblem as exc:
            self.window.notice(
                translate("Safekeeping", "A recovery file could not be read: {reason}").format(
                    reason=exc.located()
                ),
                banner=True,
            )
            return
        if recovery is None:
            return
        if _is_same(recovery.document, opened.document):
            discard_recovery(opened.article_path)
            return
        self.window.banners.show_banner(
            "recovery",
            translate(
                "Safekeeping", "Unsaved work on {name} was kept from an earlier session: {summary}."
            ).format(name=opened.article_path.name, summary=recovery.summary()),
            [
                (QT_TRANSLATE_NOOP("Banners", "Restore"), partial(self.restore, recovery)),
                (QT_TRANSLATE_NOOP("Banners", "Discard"), self.discard),
            ],
            kind="warning",
            closable=False,
        )

    def offer_on_start(self) -> None:
        """With no article opened at start: offer the articles whose unsaved work a crash left behind."""
        articles = [a for a in list_recoveries() if a.exists()]
        if not articles or self.opened is not None:
            return
        names = ", ".join(a.name for a in articles[:3]) + (
            translate("Safekeeping", " and {count} more").format(count=len(articles) - 3)
            if len(articles) > 3
            else ""
        )
        self.window.banners.show_banner(
            "recovery",
            translate(
                "Safekeeping",
                "Unsaved work from an earlier session was kept for {names}. "
                "Open it to restore or discard it.",
            ).format(names=names),
            [
                (
                    translate("Safekeeping", "Open {name}").format(name=articles[0].name),
                    partial(self.window.request_open, articles[0]),
                )
            ],
            kind="warning",
        )

    def restore(self, recovery: Recovery) -> None:
        """Bring back the recovered work. If the sidecar changed since that work began (a colleague,
        a git pull), the two are merged by id and what differs is shown, so neither is lost."""
        opened = self.opened
        self.window.banners.hide_banner("recovery")
        if opened is not None and recovery.base_sha256 != opened.sidecar_sha256:
            base_bytes = base_of(recovery)
            base = None
            if base_bytes is not None:
                with contextlib.suppress(FileProblem):
                    base = parse_sidecar(
                        base_bytes, opened.sidecar_path, opened.document.article, opened.article_path.name
                    ).document
            result = merge_documents(base, recovery.document, opened.document)
            self.window.replace_document(result.document, dirty=True)
            self._report_merge(
                result,
                translate(
                    "Safekeeping", "Restored your unsaved work and merged it with the sidecar saved since"
                ),
            )
            return
        self.window.replace_document(recovery.document, dirty=True)
        self.window.notice(
            translate("Safekeeping", "Restored the unsaved work ({summary}); save to keep it.").format(
                summary=recovery.summary()
            )
        )

    def discard(self) -> None:
        if self.opened is not None:
            discard_recovery(self.opened.article_path)
        self.window.banners.hide_banner("recovery")
        self.window.notice(translate("Safekeeping", "Discarded the recovered work."))

    # The lock -------------------------------------------------------------------------------------

    def _take_lock(self, article: Path) -> None:
        try:
            self.lock = acquire_lock(article)
        except LockedByOther as exc:
            if exc.info is not None and _own_crashed_session(exc.info):
                with contextlib.suppress(LockedByOther):
                    self.lock = take_over(article, exc.info)
                    self.window.notice(
                        translate(
                            "Safekeeping", "Took back the lock your earlier session left on {name}."
                        ).format(name=article.name)
                    )
                    return
            self._locked(exc)
        except OSError as exc:
            self.window.notice(
                translate(
                    "Safekeeping",
                    "No lock could be created beside {name} ({reason}); "
                    "others opening it will not see that you are editing it.",
                ).format(name=article.name, reason=exc.strerror or exc)
            )

    def _locked(self, exc: LockedByOther) -> None:
        self.locked_by = exc.info
        self.read_only = True
        who = exc.info.describe() if exc.info else translate("Safekeeping", "an unreadable lock")
        self.window.annotator.read_only_reason = translate(
            "Safekeeping", "{name} is open read-only: locked by {who}"
        ).format(name=self._article_name(), who=who)
        buttons: list[tuple[str, Callable[[], object]]] = []
        stale = exc.info is None or exc.info.is_stale()
        if stale:
            buttons.append((QT_TRANSLATE_NOOP("Banners", "Take over"), self.take_over))
        note = (
            translate("Safekeeping", " The lock looks stale (its process is gone or it is old).")
            if stale
            else ""
        )
        self.window.banners.show_banner(
            "lock",
            translate("Safekeeping", "Read-only: {name} is being edited by {who}.").format(
                name=self._article_name(), who=who
            )
            + note,
            buttons,
            kind="warning",
            closable=False,
        )
        self.window.update_read_only()

    def take_over(self) -> bool:
        opened = self.opened
        if opened is None:
            return False
        who = self.locked_by.describe() if self.locked_by else translate("Safekeeping", "an unreadable lock")
        if not self.window.confirm(
            translate(
                "Safekeeping", "Take over the lock held by {who}? Their unsaved work, if any, may conflict."
            ).format(who=who)
        ):
            return False
        try:
            self.lock = take_over(opened.article_path, self.locked_by)
        except LockedByOther as exc:
            self._locked(exc)
            return False
        self.locked_by = None
        self.read_only = False
        self.window.annotator.read_only_reason = None
        self.window.banners.hide_banner("lock")
        self.window.update_read_only()
        self.window.notice(
            translate("Safekeeping", "You now hold the lock on {name}.").format(name=opened.article_path.name)
        )
        return True

    def _article_name(self) -> str:
        return self.opened.article_path.name if self.opened else translate("Safekeeping", "the article")

    # Changes on disk ------------------------------------------------------------------------------

    def _watch(self, opened: OpenedDocument) -> None:
        """Watch both files and their folder: a rename-over replaces the inode and ends a file watch."""
        wanted = [str(p) for p in (opened.article_path, opened.sidecar_path) if p.exists()]
        wanted.append(str(opened.article_path.parent))
        missing = [p for p in wanted if p not in self.watcher.files() + self.watcher.directories()]
        if missing:
            self.watcher.addPaths(missing)

    def _file_changed(self, _path: str) -> None:
        self._settle.start()

    def check_disk(self) -> None:
        """Look at both files now; called after change notices settle (and before saving)."""
        opened = self.opened
        if opened is None:
            return
        self._watch(opened)
        if self._article_changed(opened):
            self._article_changed_on_disk(opened)
        elif opened.changed_on_disk():
            self._sidecar_changed_on_disk(opened)

    @staticmethod
    def _article_changed(opened: OpenedDocument) -> bool:
        try:
            return read_article(opened.article_path).sha256 != opened.document.article.sha256
        except (FileProblem, OSError):
            return False

    def _sidecar_changed_on_disk(self, opened: OpenedDocument) -> None:
        name = opened.sidecar_path.name
        if not self.window.is_dirty():
            if self.window.reload():
                self.window.notice(self._reloaded(name), banner=True)
            return
        self.window.banners.show_banner(
            "external",
            translate(
                "Safekeeping",
                "{name} was changed on disk by someone else while you have unsaved changes. "
                "Keep mine saves your version over theirs; Take theirs drops your unsaved changes; "
                "Merge combines both and shows what conflicts.",
            ).format(name=name),
            [
                (QT_TRANSLATE_NOOP("Banners", "Keep mine"), self.keep_mine),
                (QT_TRANSLATE_NOOP("Banners", "Take theirs"), self.take_theirs),
                (QT_TRANSLATE_NOOP("Banners", "Merge"), self.merge),
            ],
            kind="warning",
            closable=False,
        )

    def _article_changed_on_disk(self, opened: OpenedDocument) -> None:
        name = opened.article_path.name
        if not self.window.is_dirty():
            if self.window.reload():
                self.window.notice(self._reloaded(name), banner=True)
            return
        self.autosave_now()
        self.window.banners.show_banner(
            "external",
            translate(
                "Safekeeping",
                "The text of {name} changed on disk while you have unsaved annotations. "
                "Re-anchor moves them onto the new text (what cannot be placed is listed for you).",
            ).format(name=name),
            [(QT_TRANSLATE_NOOP("Banners", "Re-anchor"), self.reanchor_unsaved)],
            kind="warning",
            closable=False,
        )

    @staticmethod
    def _reloaded(name: str) -> str:
        return translate("Safekeeping", "{name} changed on disk and was reloaded.").format(name=name)

    def keep_mine(self) -> bool:
        self.window.banners.hide_banner("external")
        return self.window.save(overwrite_changes=True)

    def take_theirs(self) -> bool:
        self.window.banners.hide_banner("external")
        discard = self.opened.article_path if self.opened else None
        if not self.window.reload():
            return False
        if discard is not None:
            discard_recovery(discard)
        self.window.notice(
            translate("Safekeeping", "Took the version on disk; your unsaved changes were dropped.")
        )
        return True

    def merge(self) -> bool:
        opened = self.opened
        if opened is None:
            return False
        article, side, name = opened.document.article, opened.sidecar_path, opened.article_path.name
        try:
            theirs_bytes = side.read_bytes()
            theirs = parse_sidecar(theirs_bytes, side, article, name).document
            base_bytes = opened.sidecar_bytes
            base = parse_sidecar(base_bytes, side, article, name).document if base_bytes else None
        except (FileProblem, OSError) as exc:
            self.window.notice(
                translate("Safekeeping", "Cannot merge: {reason}").format(reason=explain(exc)), banner=True
            )
            return False
        result = merge_documents(base, self.window.session.doc, theirs)
        opened.sidecar_bytes = theirs_bytes  # what is on disk now is the base of the next merge
        self.window.replace_document(result.document, dirty=True)
        self._report_merge(result, translate("Safekeeping", "Merged with the version on disk"))
        return True

    def _report_merge(self, result: MergeResult, what: str) -> None:
        summary = translate(
            "Safekeeping", "{what}: {added} added, {changed} changed, {removed} removed by theirs."
        ).format(
            what=what,
            added=result.added_from_theirs,
            changed=result.changed_from_theirs,
            removed=result.removed_by_theirs,
        )
        if result.conflicts:
            listing = "; ".join(c.describe() for c in result.conflicts[:5])
            more = (
                translate("Safekeeping", " (and {count} more)").format(count=len(result.conflicts) - 5)
                if len(result.conflicts) > 5
                else ""
            )
            self.window.banners.show_banner(
                "external",
                summary
                + " "
                + translate(
                    "Safekeeping",
                    "{count} changed on both sides; yours were kept, check them: {listing}{more}. "
                    "Save to write the merge.",
                ).format(count=len(result.conflicts), listing=listing, more=more),
                kind="warning",
            )
        else:
            self.window.banners.show_banner(
                "external", summary + " " + translate("Safekeeping", "Save to write the merge.")
            )

    def reanchor_unsaved(self) -> bool:
        opened = self.opened
        if opened is None:
            return False
        try:
            article = read_article(opened.article_path)
        except (FileProblem, OSError) as exc:
            message = explain(exc)
            self.window.notice(
                translate("Safekeeping", "Cannot read the new text: {reason}").format(reason=message),
                banner=True,
            )
            return False
        current = self.window.session.doc
        old_text = current.text
        moved = shallow_copy(current, article)
        report = reanchor(moved, old_text)
        self.window.replace_document(moved, dirty=True)
        self.window.banners.show_banner(
            "external",
            translate("Safekeeping", "Re-anchored onto the new text: {summary}.").format(
                summary=report.summary
            ),
        )
        return True


def _own_crashed_session(info: LockInfo) -> bool:
    """A lock this user left on this machine from a process that no longer runs (after a crash)."""
    return info.user == user_login() and info.host == host_name() and process_alive(info.pid) is False


def _is_same(a: Document, b: Document) -> bool:
    return (a.entities, a.quotes, a.corrections, a.status, a.note) == (
        b.entities,
        b.quotes,
        b.corrections,
        b.status,
        b.note,
    )

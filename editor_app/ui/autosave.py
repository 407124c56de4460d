"""Autosave to a recovery file, and the offer to restore what a crash left behind.

While there are unsaved changes, the document is written every few seconds to a recovery file in the
user's data folder (never over the sidecar), by a worker thread from a snapshot
(:mod:`editor_app.ui.recovery_writer`): the window never waits for the file, only for the snapshot.
A clean save or close removes it; opening an article
that has one offers Restore or Discard in a banner. What to restore is worked out by
:func:`editor_app.storage.disk_sync.restore_recovery`.
"""

import time
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer

from editor_app.model.merge import MergeResult
from editor_app.storage.disk_sync import restore_recovery, same_annotations
from editor_app.storage.documents import OpenedDocument
from editor_app.storage.errors import FileProblem
from editor_app.storage.recovery import (
    Recovery,
    discard_recovery,
    find_recovery,
    list_recoveries,
)
from editor_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from editor_app.ui.notices import Notices
from editor_app.ui.preferences import setting
from editor_app.ui.recovery_writer import Outcome, RecoveryWriter, Snapshot
from editor_app.ui.workspace import Workspace


class Autosave(QObject):
    def __init__(self, workspace: Workspace, notices: Notices, settings: QSettings):
        super().__init__(workspace)
        self.workspace = workspace
        self.notices = notices
        self.recovery_written: float | None = None
        self.writer = RecoveryWriter(self)
        self.writer.finished.connect(self._written)
        self._written_version: tuple[int, int] | None = None
        """The session and version last sent to the writer: an unchanged document is not written again."""
        self._waited: set[int] = set()
        """Snapshots written synchronously (write_now): already reported by the time their signal comes."""
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.writer.wait)  # quitting waits for the last write
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.write_soon)
        self.set_seconds(max(1.0, float(setting(settings, "autosave/seconds"))))
        workspace.opened.connect(self._offer_recovery)
        workspace.document_replaced.connect(self._forget_written)
        workspace.closing.connect(self._closing)
        workspace.saved.connect(self._saved)
        workspace.save_failed.connect(self._save_failed)

    def set_seconds(self, seconds: float) -> None:
        self.timer.start(round(seconds * 1000))

    def _snapshot(self) -> Snapshot | None:
        """The document as it is now, if there are unsaved changes to keep (the GUI thread's part)."""
        files = self.workspace.files
        if files is None or self.workspace.read_only or not self.workspace.is_dirty():
            return None
        self._written_version = (id(self.workspace.session), self.workspace.session.version)
        return self.writer.snapshot(
            files.article_path, self.workspace.doc, files.sidecar_sha256, files.sidecar_bytes
        )

    def _forget_written(self) -> None:
        """Another document (opened, restored, merged): whatever it holds is not written yet."""
        self._written_version = None

    def write_soon(self) -> None:
        """The timer: hand a snapshot to the writer thread if something changed since the last one."""
        if self._written_version == (id(self.workspace.session), self.workspace.session.version):
            return
        snapshot = self._snapshot()
        if snapshot is not None:
            self.writer.submit(snapshot)

    def write_now(self) -> Path | None:
        """Write the recovery file now if there are unsaved changes, and wait for it; never touches the
        sidecar."""
        snapshot = self._snapshot()
        if snapshot is None:
            return None
        self._waited.add(snapshot.number)
        outcome = self.writer.write(snapshot)
        return self._report(outcome)

    def _written(self, outcome: Outcome) -> None:
        if outcome.number in self._waited:
            self._waited.discard(outcome.number)
            return
        self._report(outcome)

    def _report(self, outcome: Outcome) -> Path | None:
        if outcome.error is not None:
            error = outcome.error
            reason = error.strerror if isinstance(error, OSError) and error.strerror else error
            self._written_version = None  # try again on the next tick
            self.notices.notice(
                translate("Safekeeping", "Could not write the recovery file: {reason}").format(reason=reason),
                banner=True,
            )
            return None
        if outcome.path is not None:
            self.recovery_written = time.time()
        return outcome.path

    def leave_for_recovery(self) -> None:
        """Quitting without asking (SIGTERM): unsaved work goes to the recovery file, the lock is
        released, and the document is let go so that closing the window neither asks nor discards."""
        self.write_now()
        self.workspace.close(keep_recovery=True)
        self.workspace.undo_stack.setClean()

    def _closing(self, files: OpenedDocument, keep_recovery: bool) -> None:
        self._written_version = None
        if not keep_recovery:
            self.writer.cancel()  # no write may land after the file is removed
            discard_recovery(files.article_path)
        else:
            self.writer.wait()
        self.notices.banners.hide_banner("recovery")

    def _saved(self, files: OpenedDocument) -> None:
        self.writer.cancel()
        discard_recovery(files.article_path)
        self.recovery_written = None

    def _save_failed(self, reason: str) -> None:
        kept = self.write_now()
        where = (
            translate("Autosave", " Your changes are still here and in the recovery file.") if kept else ""
        )
        self.notices.notice(
            translate("Autosave", "Not saved. {reason} The previous sidecar is unchanged.").format(
                reason=reason
            )
            + where,
            banner=True,
        )

    # Offering what was kept -----------------------------------------------------------------------

    def _offer_recovery(self, files: OpenedDocument) -> None:
        try:
            recovery = find_recovery(files.article_path, files.document.article)
        except FileProblem as exc:
            self.notices.notice(
                translate("Safekeeping", "A recovery file could not be read: {reason}").format(
                    reason=exc.located()
                ),
                banner=True,
            )
            return
        if recovery is None:
            return
        if same_annotations(recovery.document, files.document):
            discard_recovery(files.article_path)
            return
        self.notices.banners.show_banner(
            "recovery",
            translate(
                "Safekeeping", "Unsaved work on {name} was kept from an earlier session: {summary}."
            ).format(name=files.article_path.name, summary=recovery.summary()),
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
        if not articles or self.workspace.files is not None:
            return
        names = ", ".join(a.name for a in articles[:3]) + (
            translate("Safekeeping", " and {count} more").format(count=len(articles) - 3)
            if len(articles) > 3
            else ""
        )
        first = articles[0]
        self.notices.banners.show_banner(
            "recovery",
            translate(
                "Safekeeping",
                "Unsaved work from an earlier session was kept for {names}. "
                "Open it to restore or discard it.",
            ).format(names=names),
            [
                (
                    translate("Safekeeping", "Open {name}").format(name=first.name),
                    lambda: self.workspace.maybe_save() and self.workspace.open(first),
                )
            ],
            kind="warning",
        )

    def restore(self, recovery: Recovery) -> None:
        """Bring back the recovered work, merged with the sidecar if someone saved it meanwhile."""
        files = self.workspace.files
        self.notices.banners.hide_banner("recovery")
        if files is None:
            return
        restored = restore_recovery(files, recovery)
        self.workspace.replace(restored.document, dirty=True)
        if restored.merge is not None:
            report_merge(
                self.notices,
                restored.merge,
                translate(
                    "Safekeeping", "Restored your unsaved work and merged it with the sidecar saved since"
                ),
            )
            return
        self.notices.notice(
            translate("Safekeeping", "Restored the unsaved work ({summary}); save to keep it.").format(
                summary=recovery.summary()
            )
        )

    def discard(self) -> None:
        if self.workspace.files is not None:
            self.writer.cancel()
            discard_recovery(self.workspace.files.article_path)
        self.notices.banners.hide_banner("recovery")
        self.notices.notice(translate("Safekeeping", "Discarded the recovered work."))


def report_merge(notices: Notices, result: MergeResult, what: str) -> None:
    """Say what a merge took from the other side, and list what both sides changed."""
    summary = translate(
        "Safekeeping", "{what}: {added} added, {changed} changed, {removed} removed by theirs."
    ).format(
        what=what,
        added=result.added_from_theirs,
        changed=result.changed_from_theirs,
        removed=result.removed_by_theirs,
    )
    if not result.conflicts:
        save = translate("Safekeeping", "Save to write the merge.")
        notices.banners.show_banner("external", f"{summary} {save}")
        return
    listing = "; ".join(c.describe() for c in result.conflicts[:5])
    more = (
        translate("Safekeeping", " (and {count} more)").format(count=len(result.conflicts) - 5)
        if len(result.conflicts) > 5
        else ""
    )
    notices.banners.show_banner(
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

"""Files changed by someone else while the article is open: reload, or keep mine / take theirs / merge.

The article, its sidecar and their folder are watched (a rename-over replaces the inode and ends a
file watch); notices settle for :data:`SETTLE_MS` before the files are read. With no unsaved changes
the document reloads; otherwise a banner offers the choices. The merges themselves are pure
(:mod:`editor_app.storage.disk_sync`).
"""

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer

from editor_app.storage.disk_sync import article_changed_on_disk, merge_with_disk, reanchor_onto_disk
from editor_app.storage.documents import OpenedDocument
from editor_app.storage.errors import FileProblem, explain
from editor_app.storage.recovery import discard_recovery
from editor_app.ui.autosave import Autosave, report_merge
from editor_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from editor_app.ui.notices import Notices
from editor_app.ui.workspace import Workspace

SETTLE_MS = 250
"""How long to wait after a change notice before reading: editors write, rename and touch in bursts."""


class DiskWatch(QObject):
    def __init__(self, workspace: Workspace, notices: Notices, autosave: Autosave):
        super().__init__(workspace)
        self.workspace = workspace
        self.notices = notices
        self.autosave = autosave
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._file_changed)
        self.watcher.directoryChanged.connect(self._file_changed)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.check_disk)
        workspace.opened.connect(self._watch)
        workspace.saved.connect(self._saved)
        workspace.closing.connect(self._closing)
        workspace.save_refused.connect(self.check_disk)

    def _watch(self, files: OpenedDocument) -> None:
        wanted = [str(p) for p in (files.article_path, files.sidecar_path) if p.exists()]
        wanted.append(str(files.article_path.parent))
        watched = self.watcher.files() + self.watcher.directories()
        missing = [p for p in wanted if p not in watched]
        if missing:
            self.watcher.addPaths(missing)

    def _saved(self, files: OpenedDocument) -> None:
        self.notices.banners.hide_banner("external")
        self._watch(files)

    def _closing(self, _files: OpenedDocument, _keep_recovery: bool) -> None:
        paths = self.watcher.files() + self.watcher.directories()
        if paths:
            self.watcher.removePaths(paths)
        self.notices.banners.hide_banner("external")

    def _file_changed(self, _path: str) -> None:
        self._settle.start()

    def check_disk(self) -> None:
        """Look at both files now; called after change notices settle (and when a save was refused)."""
        files = self.workspace.files
        if files is None:
            return
        self._watch(files)
        if article_changed_on_disk(files):
            self._article_changed(files)
        elif files.changed_on_disk():
            self._sidecar_changed(files)

    def _reload_quietly(self, name: str) -> bool:
        """With nothing unsaved, take what is on disk and say so; False when there are unsaved changes."""
        if self.workspace.is_dirty():
            return False
        if self.workspace.reload():
            self.notices.notice(
                translate("Safekeeping", "{name} changed on disk and was reloaded.").format(name=name),
                banner=True,
            )
        return True

    def _sidecar_changed(self, files: OpenedDocument) -> None:
        name = files.sidecar_path.name
        if self._reload_quietly(name):
            return
        self.notices.banners.show_banner(
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

    def _article_changed(self, files: OpenedDocument) -> None:
        name = files.article_path.name
        if self._reload_quietly(name):
            return
        self.autosave.write_now()
        self.notices.banners.show_banner(
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

    def keep_mine(self) -> bool:
        self.notices.banners.hide_banner("external")
        return self.workspace.save(overwrite_changes=True)

    def take_theirs(self) -> bool:
        self.notices.banners.hide_banner("external")
        files = self.workspace.files
        if files is None or not self.workspace.reload():
            return False
        discard_recovery(files.article_path)
        self.notices.notice(
            translate("Safekeeping", "Took the version on disk; your unsaved changes were dropped.")
        )
        return True

    def merge(self) -> bool:
        files = self.workspace.files
        if files is None:
            return False
        try:
            merged = merge_with_disk(files, self.workspace.doc)
        except (FileProblem, OSError) as exc:
            self.notices.notice(
                translate("Safekeeping", "Cannot merge: {reason}").format(reason=explain(exc)), banner=True
            )
            return False
        files.sidecar_bytes = merged.sidecar_bytes  # what is on disk now is the base of the next merge
        self.workspace.replace(merged.merge.document, dirty=True)
        report_merge(self.notices, merged.merge, translate("Safekeeping", "Merged with the version on disk"))
        return True

    def reanchor_unsaved(self) -> bool:
        files = self.workspace.files
        if files is None:
            return False
        try:
            moved = reanchor_onto_disk(files, self.workspace.doc)
        except (FileProblem, OSError) as exc:
            self.notices.notice(
                translate("Safekeeping", "Cannot read the new text: {reason}").format(reason=explain(exc)),
                banner=True,
            )
            return False
        self.workspace.replace(moved.document, dirty=True)
        self.notices.banners.show_banner(
            "external",
            translate("Safekeeping", "Re-anchored onto the new text: {summary}.").format(
                summary=moved.report.summary
            ),
        )
        return True

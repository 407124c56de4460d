"""The banner of an article someone else is editing: read-only, with Take over for a stale lock.

The lock itself is the workspace's (:meth:`Workspace.take_over_lock`); this asks the user first.
"""

from collections.abc import Callable

from PySide6.QtCore import QObject

from editor_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from editor_app.ui.notices import Notices
from editor_app.ui.workspace import Workspace


class LockBanner(QObject):
    def __init__(self, workspace: Workspace, notices: Notices):
        super().__init__(workspace)
        self.workspace = workspace
        self.notices = notices
        workspace.read_only_changed.connect(self._read_only_changed)

    def _read_only_changed(self, read_only: bool) -> None:
        if not read_only:
            self.notices.banners.hide_banner("lock")
            return
        claim = self.workspace.lock_claim
        stale = claim is not None and claim.stale
        buttons: list[tuple[str, Callable[[], object]]] = []
        if stale:
            buttons.append((QT_TRANSLATE_NOOP("Banners", "Take over"), self.take_over))
        note = (
            translate("Safekeeping", " The lock looks stale (its process is gone or it is old).")
            if stale
            else ""
        )
        self.notices.banners.show_banner(
            "lock",
            translate("Safekeeping", "Read-only: {name} is being edited by {who}.").format(
                name=self.workspace.article_name(), who=self.workspace.lock_holder()
            )
            + note,
            buttons,
            kind="warning",
            closable=False,
        )

    def take_over(self) -> bool:
        if self.workspace.files is None:
            return False
        question = translate(
            "Safekeeping", "Take over the lock held by {who}? Their unsaved work, if any, may conflict."
        ).format(who=self.workspace.lock_holder())
        if not self.notices.confirm(question) or not self.workspace.take_over_lock():
            return False
        self.notices.notice(
            translate("Safekeeping", "You now hold the lock on {name}.").format(
                name=self.workspace.article_name()
            )
        )
        return True

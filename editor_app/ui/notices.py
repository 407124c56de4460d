"""How the parts of the window speak to the user: the status bar, banners and the rare question.

Controllers (the workspace, autosave, the disk watcher, suggestions, folders ...) are given a
:class:`Notices` rather than the window, so that none of them depends on how the window is built.
The two questions that need an answer (unsaved changes; a yes/no confirmation) are attributes that a
test or the self-test replaces with a callable that answers at once.
"""

from collections.abc import Callable
from enum import Enum

from PySide6.QtWidgets import QMessageBox, QStatusBar, QWidget

from editor_app.ui.banners import BannerArea
from editor_app.ui.i18n import translate

Choice = QMessageBox.StandardButton

STATUS_MS = 8000
"""How long a status-bar message stays."""


class Unsaved(Enum):
    """The answer to "Save the annotations of ...?"."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Notices:
    def __init__(self, parent: QWidget, status_bar: QStatusBar, banners: BannerArea):
        self.parent = parent
        self.status_bar = status_bar
        self.banners = banners
        self.ask_unsaved: Callable[[str], Choice] = self._ask_unsaved
        """Asked with the article's name; answers Save, Discard or Cancel."""
        self.confirm: Callable[[str], bool] = self._confirm

    def notice(self, message: str, banner: bool = False) -> None:
        """A message in the status bar; with ``banner``, also one that stays above the article."""
        self.status_bar.showMessage(message, STATUS_MS)
        if banner:
            self.banners.show_banner("notice", message, kind="warning")

    def unsaved(self, name: str) -> Unsaved:
        choice = self.ask_unsaved(name)
        if choice == Choice.Save:
            return Unsaved.SAVE
        return Unsaved.DISCARD if choice == Choice.Discard else Unsaved.CANCEL

    def _ask_unsaved(self, name: str) -> Choice:
        return QMessageBox.question(
            self.parent,
            translate("Notices", "Unsaved changes"),
            translate("Notices", "Save the annotations of {name}?").format(name=name),
            Choice.Save | Choice.Discard | Choice.Cancel,
            Choice.Save,
        )

    def _confirm(self, question: str) -> bool:
        return QMessageBox.question(self.parent, "editor-app", question) == Choice.Yes

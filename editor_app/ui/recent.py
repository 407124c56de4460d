"""File > Open recent: the last articles opened, kept in the settings (``recent``)."""

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu, QWidget

from editor_app.storage.documents import OpenedDocument
from editor_app.ui.folders import Folders
from editor_app.ui.i18n import translate

MAX_RECENT = 10


class RecentMenu(QMenu):
    def __init__(self, settings: QSettings, folders: Folders, parent: QWidget):
        super().__init__(translate("Recent", "Open &recent"), parent)
        self.settings = settings
        self.folders = folders
        folders.workspace.opened.connect(self._opened)
        self._rebuild()

    def paths(self) -> list[str]:
        value = self.settings.value("recent", [])
        items = [value] if isinstance(value, str) else list(value) if isinstance(value, list | tuple) else []
        return [str(v) for v in items][:MAX_RECENT]

    def _opened(self, files: OpenedDocument) -> None:
        resolved = str(files.article_path.resolve())
        items = [resolved] + [p for p in self.paths() if p != resolved]
        self.settings.setValue("recent", items[:MAX_RECENT])
        self._rebuild()

    def _rebuild(self) -> None:
        self.clear()
        for path in self.paths():
            action = self.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.folders.request_open(p))
        self.setEnabled(bool(self.paths()))

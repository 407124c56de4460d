"""The article's context menu: what can be done with the words under the cursor."""

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from editor_app.ui.annotator import Annotator
from editor_app.ui.article_view import ArticleView
from editor_app.ui.i18n import translate


class ContextMenus:
    def __init__(self, annotator: Annotator, view: ArticleView, actions: dict[str, QAction]):
        self.annotator = annotator
        self.view = view
        self.actions = actions
        view.menu_builder = self.context_menu_at

    def context_menu_at(self, position: int) -> QMenu:
        menu = QMenu(self.view)
        menu.addAction(self.actions["annotate.add_mention"])
        menu.addAction(self.actions["annotate.mark_all"])
        target = self.annotator.target_at(position)
        if target is not None:
            self.annotator.set_current(target)
            if target.mention is not None:
                menu.addAction(self.actions["annotate.split"])
            menu.addAction(self.actions["edit.delete"])
        menu.addSeparator()
        for name in ("annotate.quote", "annotate.speaker", "annotate.cue", "annotate.correction"):
            menu.addAction(self.actions[name])
        labels = menu.addMenu(translate("Menus", "Label as"))
        for n in range(1, 10):
            if self.annotator.workspace.schema.by_key(n) is not None:
                labels.addAction(self.actions[f"label.{n}"])
        return menu

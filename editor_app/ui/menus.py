"""The article's context menu and the M menu: what can be done with the words under the cursor."""

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

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
        menu.addMenu(self.mention_menu(menu))
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

    def mention_menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(translate("Menus", "Add as mention of…"), parent)
        menu.setObjectName("mentionMenu")
        entities = sorted(self.annotator.workspace.doc.entities, key=lambda e: e.name.lower())
        for entity in entities[:40]:
            action = menu.addAction(f"{entity.name} ({entity.label})")
            action.triggered.connect(lambda _checked=False, i=entity.id: self.annotator.add_as_mention(i))
        menu.setEnabled(bool(entities) and self.view.selected_range() is not None)
        return menu

    def choose_entity_for_mention(self) -> None:
        menu = self.mention_menu(self.view)
        rect = self.view.cursorRect()
        menu.popup(self.view.viewport().mapToGlobal(rect.bottomLeft()))

"""Ctrl+F: find words in the article, the next match with Enter and the previous with Shift+Enter."""

from editor_app.model.text_search import find_in_text
from editor_app.ui.article_view import ArticleView
from editor_app.ui.dialogs import FindBar
from editor_app.ui.i18n import translate
from editor_app.ui.workspace import Workspace


class FindInText:
    def __init__(self, workspace: Workspace, view: ArticleView, bar: FindBar):
        self.workspace, self.view, self.bar = workspace, view, bar
        bar.find_requested.connect(self.find)

    def show(self) -> None:
        self.bar.show()
        self.bar.field.setFocus()
        self.bar.field.selectAll()

    def find(self, needle: str, step: int) -> bool:
        text = self.workspace.doc.text
        position = self.view.cursor_position()
        start, end = self.view.raw_selection() or (position, position)
        found = find_in_text(text, needle, start, end, step)
        if found is None:
            if needle:
                self.bar.result.setText(translate("FindInText", "not found"))
            return False
        self.bar.result.setText(translate("FindInText", "{count} found").format(count=text.count(needle)))
        self.view.select_range(found, found + len(needle))
        return True

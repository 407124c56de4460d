"""First run: ask for the user's name in a banner, never in a dialog.

Everything a person annotates carries their name as ``by``. Until they give one it is left out, so the
window asks at once, in a banner above the article with a field for the name: it does not block
opening, reading or annotating, and it goes away when the name is given (or dismissed, until the
next start). File > Author name… changes the name later.
"""

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QHBoxLayout, QLineEdit

from editor_app.ui.banners import Banner
from editor_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from editor_app.ui.notices import Notices
from editor_app.ui.preferences import author_name

KEY = "author"
USE = QT_TRANSLATE_NOOP("Banners", "Use this name")


class AuthorBanner(QObject):
    def __init__(self, notices: Notices, settings: QSettings, parent: QObject | None = None):
        super().__init__(parent)
        self.notices = notices
        self.settings = settings
        self.field: QLineEdit | None = None
        if author_name(settings) is None:
            self.ask()

    def ask(self) -> Banner:
        banner = self.notices.banners.show_banner(
            KEY,
            translate(
                "AuthorBanner",
                "What is your name? It is written as 'by' on everything you annotate, "
                "so the desk knows who did what.",
            ),
            [(USE, self.take)],
        )
        field = QLineEdit()
        field.setObjectName("authorField")
        field.setPlaceholderText(translate("AuthorBanner", "Your name"))
        field.setAccessibleName(translate("AuthorBanner", "Your name, written as 'by'"))
        field.returnPressed.connect(self.take)
        layout = banner.layout()
        assert isinstance(layout, QHBoxLayout)
        layout.insertWidget(1, field)  # after the question, before the button
        self.field = field
        return banner

    def take(self) -> bool:
        """Keep the name typed in the banner's field; an empty field asks again."""
        name = self.field.text().strip() if self.field is not None else ""
        if not name:
            self.notices.notice(translate("AuthorBanner", "Type your name first."))
            return False
        self.settings.setValue("author", name)
        self.notices.banners.hide_banner(KEY)
        self.field = None
        self.notices.notice(
            translate("AuthorBanner", "Your annotations will say they are by {name}.").format(name=name)
        )
        return True

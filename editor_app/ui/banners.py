"""Banners above the article: notices and choices that never block the window.

Each banner has a key (``"recovery"``, ``"lock"``, ``"external"``, ``"notice"``, ...); showing a
banner with a key that is already shown replaces it, so a situation is never announced twice.
Button titles are given in English, marked with ``QT_TRANSLATE_NOOP("Banners", ...)``: the banner
shows them translated and keeps the English title for its object names and :meth:`Banner.click`.
"""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from editor_app.ui.i18n import QT_TRANSLATE_NOOP, translate

Button = tuple[str, Callable[[], object]]

KIND_NAMES = {
    "info": QT_TRANSLATE_NOOP("Banners", "Information"),
    "warning": QT_TRANSLATE_NOOP("Banners", "Warning"),
    "error": QT_TRANSLATE_NOOP("Banners", "Error"),
}

STYLES = {
    "info": "QFrame#%s { background: palette(alternate-base); border-left: 4px solid #2f6fb2; }",
    "warning": "QFrame#%s { background: #fff3cd; border-left: 4px solid #b58100; }"
    " QLabel { color: #3d2e00; }",
    "error": "QFrame#%s { background: #fbe3e4; border-left: 4px solid #b3261e; } QLabel { color: #410e0b; }",
}


class Banner(QFrame):
    def __init__(self, key: str, text: str, buttons: Sequence[Button], kind: str, closable: bool):
        super().__init__()
        self.key = key
        self.setObjectName(f"banner-{key}")
        self.setStyleSheet(STYLES[kind] % self.objectName())
        self.setAccessibleName(translate("Banners", KIND_NAMES[kind]))
        self.setAccessibleDescription(text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleDescription(text)
        layout.addWidget(self.label, 1)
        self.buttons: dict[str, QPushButton] = {}
        for title, callback in buttons:
            button = QPushButton(translate("Banners", title))
            button.setObjectName(f"banner-{key}-" + title.replace("&", "").lower().replace(" ", "-"))
            button.clicked.connect(lambda _checked=False, cb=callback: cb())
            layout.addWidget(button)
            self.buttons[title.replace("&", "")] = button
        if closable:
            close = QPushButton(translate("Banners", "Dismiss"))
            close.setObjectName(f"banner-{key}-dismiss")
            close.setToolTip(translate("Banners", "Hide this message"))
            close.clicked.connect(self.deleteLater)
            layout.addWidget(close)

    @property
    def text(self) -> str:
        return self.label.text()

    def click(self, title: str) -> None:
        """Press one of the banner's buttons by its title (what a user would do)."""
        self.buttons[title].click()


class BannerArea(QWidget):
    escaped = Signal()
    """Esc was pressed in a banner: the article takes the keys again."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("banners")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._banners: dict[str, Banner] = {}

    def show_banner(
        self,
        key: str,
        text: str,
        buttons: Sequence[Button] = (),
        kind: str = "info",
        closable: bool = True,
    ) -> Banner:
        self.hide_banner(key)
        banner = Banner(key, text, buttons, kind, closable)
        for child in (banner, *banner.findChildren(QWidget)):
            child.installEventFilter(self)
        banner.destroyed.connect(lambda _obj=None, k=key, b=banner: self._forget(k, b))
        self._banners[key] = banner
        self._layout.addWidget(banner)
        banner.show()
        return banner

    def hide_banner(self, key: str) -> None:
        banner = self._banners.pop(key, None)
        if banner is not None:
            banner.hide()
            banner.deleteLater()

    def banner(self, key: str) -> Banner | None:
        banner = self._banners.get(key)
        return banner if banner is not None and banner.isVisibleTo(self) else None

    def keys(self) -> list[str]:
        return [key for key in self._banners if self.banner(key) is not None]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self.escaped.emit()
            return True
        return super().eventFilter(watched, event)

    def _forget(self, key: str, banner: Banner) -> None:
        if self._banners.get(key) is banner:
            del self._banners[key]

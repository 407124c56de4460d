"""Every action of the app, declared once: id, text, menu and shortcuts.

Menus, the Help > Keyboard shortcuts list and the key bindings are all built from this table. The
texts are marked for translation here and translated where they are shown (context "Actions"); the ids
and menu keys never are.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from editor_app.ui.i18n import QT_TRANSLATE_NOOP, translate

Key = QKeySequence.StandardKey | str
SK = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    menu: str
    keys: tuple[Key, ...] = ()
    local: bool = False
    """A single-key shortcut (1, Q, Delete ...): active only in the article and the panels, so that
    typing into a field or a combo box never triggers it."""
    checkable: bool = False
    by_widget: bool = False
    """Documented keys that a widget handles itself (the article view's Shift+arrows): no action."""


LABEL_KEYS = tuple(ActionSpec(f"label.{n}", f"Label {n}", "Annotate", (str(n),), True) for n in range(1, 10))

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("file.open", QT_TRANSLATE_NOOP("Actions", "&Open…"), "File", (SK.Open,)),
    ActionSpec(
        "file.open_folder",
        QT_TRANSLATE_NOOP("Actions", "Open &folder…"),
        "File",
        ("Ctrl+Shift+O",),
    ),
    ActionSpec("file.save", QT_TRANSLATE_NOOP("Actions", "&Save"), "File", (SK.Save,)),
    ActionSpec(
        "file.compare",
        QT_TRANSLATE_NOOP("Actions", "&Compare annotators…"),
        "File",
        ("Ctrl+Shift+K",),
    ),
    ActionSpec(
        "file.next",
        QT_TRANSLATE_NOOP("Actions", "&Next article"),
        "File",
        ("Alt+Right", "Alt+PgDown"),
    ),
    ActionSpec(
        "file.previous",
        QT_TRANSLATE_NOOP("Actions", "&Previous article"),
        "File",
        ("Alt+Left", "Alt+PgUp"),
    ),
    ActionSpec(
        "file.author",
        QT_TRANSLATE_NOOP("Actions", "Author &name…"),
        "File",
    ),
    ActionSpec(
        "file.preferences",
        QT_TRANSLATE_NOOP("Actions", "Pr&eferences…"),
        "File",
        (SK.Preferences, "Ctrl+,"),
    ),
    ActionSpec("file.quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), "File", (SK.Quit, "Ctrl+Q")),
    ActionSpec("edit.undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), "Edit", (SK.Undo,)),
    ActionSpec("edit.redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), "Edit", ("Ctrl+Shift+Z", "Ctrl+Y")),
    ActionSpec(
        "edit.delete",
        QT_TRANSLATE_NOOP("Actions", "&Delete annotation"),
        "Edit",
        ("Delete",),
        True,
    ),
    ActionSpec("edit.find", QT_TRANSLATE_NOOP("Actions", "&Find in text…"), "Edit", (SK.Find,)),
    ActionSpec(
        "edit.find_in_folder",
        QT_TRANSLATE_NOOP("Actions", "Find in fo&lder…"),
        "Edit",
        ("Ctrl+Shift+F",),
    ),
    ActionSpec(
        "edit.next_correction",
        QT_TRANSLATE_NOOP("Actions", "Next open correction"),
        "Edit",
        ("F8",),
    ),
    ActionSpec(
        "edit.previous_correction",
        QT_TRANSLATE_NOOP("Actions", "Previous open correction"),
        "Edit",
        ("Shift+F8",),
    ),
    *LABEL_KEYS,
    ActionSpec(
        "annotate.repeat",
        QT_TRANSLATE_NOOP("Actions", "Repeat last &label"),
        "Annotate",
        ("E",),
        True,
    ),
    ActionSpec("annotate.quote", QT_TRANSLATE_NOOP("Actions", "&Quote"), "Annotate", ("Q",), True),
    ActionSpec(
        "annotate.speaker",
        QT_TRANSLATE_NOOP("Actions", "Set &speaker of the quote"),
        "Annotate",
        ("S",),
        True,
    ),
    ActionSpec(
        "annotate.cue",
        QT_TRANSLATE_NOOP("Actions", "Set c&ue of the quote"),
        "Annotate",
        ("U",),
        True,
    ),
    ActionSpec(
        "annotate.correction",
        QT_TRANSLATE_NOOP("Actions", "&Correction…"),
        "Annotate",
        ("C",),
        True,
    ),
    ActionSpec(
        "annotate.mark_all",
        QT_TRANSLATE_NOOP("Actions", "Mark all &occurrences"),
        "Annotate",
        ("O",),
        True,
    ),
    ActionSpec(
        "annotate.add_mention",
        QT_TRANSLATE_NOOP("Actions", "Add as &mention of…"),
        "Annotate",
        ("M",),
        True,
    ),
    ActionSpec(
        "annotate.merge",
        QT_TRANSLATE_NOOP("Actions", "Merge selected entities"),
        "Annotate",
        ("Ctrl+M",),
    ),
    ActionSpec(
        "annotate.split",
        QT_TRANSLATE_NOOP("Actions", "Split mention into a new entity"),
        "Annotate",
        ("Ctrl+Shift+M",),
    ),
    ActionSpec(
        "annotate.link_name",
        QT_TRANSLATE_NOOP("Actions", "Link entity to the names list…"),
        "Annotate",
        ("Ctrl+L",),
    ),
    ActionSpec(
        "annotate.add_name",
        QT_TRANSLATE_NOOP("Actions", "Add entity to the names list"),
        "Annotate",
        ("Ctrl+Shift+L",),
    ),
    ActionSpec(
        "annotate.grow",
        QT_TRANSLATE_NOOP("Actions", "Grow / shrink the end by a word"),
        "Annotate",
        ("Shift+Right", "Shift+Left"),
        by_widget=True,
    ),
    ActionSpec(
        "annotate.grow_start",
        QT_TRANSLATE_NOOP("Actions", "Grow / shrink the start by a word"),
        "Annotate",
        ("Ctrl+Shift+Left", "Ctrl+Shift+Right"),
        by_widget=True,
    ),
    ActionSpec(
        "review.mode",
        QT_TRANSLATE_NOOP("Actions", "Review &suggestions one by one"),
        "Review",
        ("Ctrl+R",),
    ),
    ActionSpec(
        "review.accept",
        QT_TRANSLATE_NOOP("Actions", "&Accept suggestion"),
        "Review",
        ("A",),
        True,
    ),
    ActionSpec(
        "review.reject",
        QT_TRANSLATE_NOOP("Actions", "&Reject suggestion"),
        "Review",
        ("R",),
        True,
    ),
    ActionSpec(
        "review.reject_entity",
        QT_TRANSLATE_NOOP("Actions", "Reject the whole &entity"),
        "Review",
        ("Shift+R",),
        True,
    ),
    ActionSpec(
        "review.accept_all",
        QT_TRANSLATE_NOOP("Actions", "Accept all suggestions in this &panel"),
        "Review",
        ("Shift+A",),
        True,
    ),
    ActionSpec(
        "review.next",
        QT_TRANSLATE_NOOP("Actions", "&Next suggestion"),
        "Review",
        ("N",),
        True,
    ),
    ActionSpec(
        "tools.suggest",
        QT_TRANSLATE_NOOP("Actions", "&Suggest annotations"),
        "Tools",
        ("F7",),
    ),
    ActionSpec(
        "tools.suggest_on_open",
        QT_TRANSLATE_NOOP("Actions", "Suggest when an article &opens"),
        "Tools",
        (),
        checkable=True,
    ),
    ActionSpec(
        "tools.apply",
        QT_TRANSLATE_NOOP("Actions", "A&pply corrections…"),
        "Tools",
    ),
    ActionSpec(
        "tools.conflicts",
        QT_TRANSLATE_NOOP("Actions", "Resolve merge &conflicts…"),
        "Tools",
    ),
    ActionSpec(
        "tools.agreement",
        QT_TRANSLATE_NOOP("Actions", "A&greement…"),
        "Tools",
    ),
    ActionSpec(
        "tools.statistics",
        QT_TRANSLATE_NOOP("Actions", "S&tatistics…"),
        "Tools",
        ("Ctrl+Shift+I",),
    ),
    ActionSpec("view.zoom_in", QT_TRANSLATE_NOOP("Actions", "Zoom &in"), "View", (SK.ZoomIn, "Ctrl+=")),
    ActionSpec("view.zoom_out", QT_TRANSLATE_NOOP("Actions", "Zoom &out"), "View", (SK.ZoomOut,)),
    ActionSpec("view.zoom_reset", QT_TRANSLATE_NOOP("Actions", "&Reset zoom"), "View", ("Ctrl+0",)),
    ActionSpec(
        "view.snap",
        QT_TRANSLATE_NOOP("Actions", "&Snap selections to whole words"),
        "View",
        (),
        checkable=True,
    ),
    ActionSpec(
        "view.tracked_changes",
        QT_TRANSLATE_NOOP("Actions", "Corrections as &tracked changes"),
        "View",
        ("Ctrl+Shift+T",),
        checkable=True,
    ),
    ActionSpec(
        "help.shortcuts",
        QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"),
        "Help",
        (SK.HelpContents, "F1"),
    ),
    ActionSpec(
        "help.about",
        QT_TRANSLATE_NOOP("Actions", "&About editor-app"),
        "Help",
    ),
)
MENUS = ("File", "Edit", "Annotate", "Review", "Tools", "View", "Help")
MENU_TITLES = {
    "File": QT_TRANSLATE_NOOP("Actions", "&File"),
    "Edit": QT_TRANSLATE_NOOP("Actions", "&Edit"),
    "Annotate": QT_TRANSLATE_NOOP("Actions", "&Annotate"),
    "Review": QT_TRANSLATE_NOOP("Actions", "&Review"),
    "Tools": QT_TRANSLATE_NOOP("Actions", "&Tools"),
    "View": QT_TRANSLATE_NOOP("Actions", "&View"),
    "Help": QT_TRANSLATE_NOOP("Actions", "&Help"),
}
"""Each menu's title as shown (with its mnemonic), by the key the actions use."""


def menu_title(menu: str) -> str:
    return translate("Actions", MENU_TITLES[menu])


def action_text(spec: "ActionSpec") -> str:
    """The action's text in the UI's language."""
    return translate("Actions", spec.text)


def sequences(spec: ActionSpec) -> list[QKeySequence]:
    found: list[QKeySequence] = []
    for key in spec.keys:
        if isinstance(key, str):
            found.append(QKeySequence(key))
        else:
            found.extend(QKeySequence.keyBindings(key))
    unique: list[QKeySequence] = []
    for seq in found:
        if not seq.isEmpty() and all(seq != u for u in unique):
            unique.append(seq)
    return unique


def typed(sequence: QKeySequence) -> bool:
    """Whether a person types ``sequence`` on a keyboard: letters, digits, F1-F12, arrows, Delete...

    Qt's standard bindings also hold the keys of media and old Sun keyboards (F14 and "Undo" for
    undo): still bound, but not listed where people look for the keys to press.
    """
    special, last_plain = Qt.Key.Key_Escape.value, Qt.Key.Key_PageDown.value  # Esc, Tab ... arrows, PgDown
    first_f, last_f = Qt.Key.Key_F1.value, Qt.Key.Key_F12.value
    for n in range(sequence.count()):
        key = sequence[n].key().value  # type: ignore[index]
        if key >= special and not (key <= last_plain or first_f <= key <= last_f):
            return False
    return True


def shortcut_text(spec: ActionSpec) -> str:
    """The keys of an action as a person types them, separated by commas ("Ctrl+Z, Alt+Backspace")."""
    return ", ".join(
        seq.toString(QKeySequence.SequenceFormat.NativeText) for seq in sequences(spec) if typed(seq)
    )


Handlers = Mapping[str, Callable[[], object]]
"""What each action does, by action id."""


def bound_ids() -> set[str]:
    """The ids of the actions that need a handler (every one but the keys a widget handles)."""
    return {spec.id for spec in ACTIONS if not spec.by_widget}


def check_handlers(handlers: Handlers) -> None:
    """Raise ValueError unless every action has a handler and every handler an action."""
    missing = sorted(bound_ids() - set(handlers))
    unknown = sorted(set(handlers) - bound_ids())
    if missing or unknown:
        raise ValueError(f"actions without a handler: {missing}; handlers without an action: {unknown}")


def build_actions(
    owner: QWidget,
    menus: dict[str, QMenu],
    handlers: Handlers,
    local_to: list[QWidget],
) -> dict[str, QAction]:
    """Create every action, put it in its menu and bind its keys and its handler."""
    check_handlers(handlers)
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        if spec.by_widget:
            continue
        action = QAction(action_text(spec), owner)
        action.setObjectName(spec.id)
        action.setShortcuts(sequences(spec))
        action.setCheckable(spec.checkable)
        callback = handlers[spec.id]
        action.triggered.connect(lambda _checked=False, cb=callback: cb())
        if spec.local:
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            for widget in local_to:
                widget.addAction(action)
        else:
            owner.addAction(action)
        menus[spec.menu].addAction(action)
        actions[spec.id] = action
    return actions


TOOLBAR: tuple[tuple[str, str], ...] = (
    # action id, the QStyle standard icon (or "" for text only)
    ("file.open", "SP_DialogOpenButton"),
    ("file.open_folder", "SP_DirOpenIcon"),
    ("file.save", "SP_DialogSaveButton"),
    ("edit.undo", "SP_ArrowBack"),
    ("edit.redo", "SP_ArrowForward"),
    ("tools.suggest", "SP_FileDialogContentsView"),
    ("review.accept", "SP_DialogApplyButton"),
    ("review.reject", "SP_DialogCancelButton"),
    ("file.next", "SP_MediaSkipForward"),
    ("help.shortcuts", "SP_DialogHelpButton"),
)


def tooltip(action: QAction) -> str:
    """The action's name with its first shortcut: "Save (Ctrl+S)"."""
    text = action.text().replace("&", "").removesuffix("…")
    keys = action.shortcuts()
    shown = keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
    return f"{text} ({shown})" if shown else text

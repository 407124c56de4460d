"""Every action of the app, declared once: id, text, menu, shortcuts and the window method it calls.

Menus, the Help > Keyboard shortcuts list and the key bindings are all built from this table. The
texts are marked for translation here and translated where they are shown (context "Actions"); the ids
and menu keys never are.
"""

from collections.abc import Callable
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
    handler: str
    keys: tuple[Key, ...] = ()
    local: bool = False
    """A single-key shortcut (1, Q, Delete ...): active only in the article and the panels, so that
    typing into a field or a combo box never triggers it."""
    checkable: bool = False


LABEL_KEYS = tuple(
    ActionSpec(f"label.{n}", f"Label {n}", "Annotate", f"label_{n}", (str(n),), True) for n in range(1, 10)
)

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("file.open", QT_TRANSLATE_NOOP("Actions", "&Open…"), "File", "choose_article", (SK.Open,)),
    ActionSpec(
        "file.open_folder",
        QT_TRANSLATE_NOOP("Actions", "Open &folder…"),
        "File",
        "folders.choose_folder",
        ("Ctrl+Shift+O",),
    ),
    ActionSpec("file.save", QT_TRANSLATE_NOOP("Actions", "&Save"), "File", "save", (SK.Save,)),
    ActionSpec(
        "file.next",
        QT_TRANSLATE_NOOP("Actions", "&Next article"),
        "File",
        "folders.next_article",
        ("Alt+Right", "Alt+PgDown"),
    ),
    ActionSpec(
        "file.previous",
        QT_TRANSLATE_NOOP("Actions", "&Previous article"),
        "File",
        "folders.previous_article",
        ("Alt+Left", "Alt+PgUp"),
    ),
    ActionSpec("file.author", QT_TRANSLATE_NOOP("Actions", "Author &name…"), "File", "ask_author_name"),
    ActionSpec(
        "file.preferences",
        QT_TRANSLATE_NOOP("Actions", "Pr&eferences…"),
        "File",
        "show_preferences",
        (SK.Preferences, "Ctrl+,"),
    ),
    ActionSpec("file.quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), "File", "close", (SK.Quit, "Ctrl+Q")),
    ActionSpec("edit.undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), "Edit", "undo", (SK.Undo,)),
    ActionSpec(
        "edit.redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), "Edit", "redo", ("Ctrl+Shift+Z", "Ctrl+Y")
    ),
    ActionSpec(
        "edit.delete",
        QT_TRANSLATE_NOOP("Actions", "&Delete annotation"),
        "Edit",
        "delete_annotation",
        ("Delete",),
        True,
    ),
    ActionSpec("edit.find", QT_TRANSLATE_NOOP("Actions", "&Find in text…"), "Edit", "show_find", (SK.Find,)),
    ActionSpec(
        "edit.next_correction",
        QT_TRANSLATE_NOOP("Actions", "Next open correction"),
        "Edit",
        "next_correction",
        ("F8",),
    ),
    ActionSpec(
        "edit.previous_correction",
        QT_TRANSLATE_NOOP("Actions", "Previous open correction"),
        "Edit",
        "previous_correction",
        ("Shift+F8",),
    ),
    *LABEL_KEYS,
    ActionSpec(
        "annotate.repeat",
        QT_TRANSLATE_NOOP("Actions", "Repeat last &label"),
        "Annotate",
        "repeat_label",
        ("E",),
        True,
    ),
    ActionSpec(
        "annotate.quote", QT_TRANSLATE_NOOP("Actions", "&Quote"), "Annotate", "make_quote", ("Q",), True
    ),
    ActionSpec(
        "annotate.speaker",
        QT_TRANSLATE_NOOP("Actions", "Set &speaker of the quote"),
        "Annotate",
        "set_speaker",
        ("S",),
        True,
    ),
    ActionSpec(
        "annotate.cue",
        QT_TRANSLATE_NOOP("Actions", "Set c&ue of the quote"),
        "Annotate",
        "set_cue",
        ("U",),
        True,
    ),
    ActionSpec(
        "annotate.correction",
        QT_TRANSLATE_NOOP("Actions", "&Correction…"),
        "Annotate",
        "make_correction",
        ("C",),
        True,
    ),
    ActionSpec(
        "annotate.mark_all",
        QT_TRANSLATE_NOOP("Actions", "Mark all &occurrences"),
        "Annotate",
        "mark_all",
        ("O",),
        True,
    ),
    ActionSpec(
        "annotate.add_mention",
        QT_TRANSLATE_NOOP("Actions", "Add as &mention of…"),
        "Annotate",
        "choose_entity_for_mention",
        ("M",),
        True,
    ),
    ActionSpec(
        "annotate.merge",
        QT_TRANSLATE_NOOP("Actions", "Merge selected entities"),
        "Annotate",
        "merge_entities",
        ("Ctrl+M",),
    ),
    ActionSpec(
        "annotate.split",
        QT_TRANSLATE_NOOP("Actions", "Split mention into a new entity"),
        "Annotate",
        "split_mention",
        ("Ctrl+Shift+M",),
    ),
    ActionSpec(
        "annotate.grow",
        QT_TRANSLATE_NOOP("Actions", "Grow / shrink the end by a word"),
        "Annotate",
        "",
        ("Shift+Right", "Shift+Left"),
    ),
    ActionSpec(
        "annotate.grow_start",
        QT_TRANSLATE_NOOP("Actions", "Grow / shrink the start by a word"),
        "Annotate",
        "",
        ("Ctrl+Shift+Left", "Ctrl+Shift+Right"),
    ),
    ActionSpec(
        "review.accept",
        QT_TRANSLATE_NOOP("Actions", "&Accept suggestion"),
        "Review",
        "accept_suggestion",
        ("A",),
        True,
    ),
    ActionSpec(
        "review.reject",
        QT_TRANSLATE_NOOP("Actions", "&Reject suggestion"),
        "Review",
        "reject_suggestion",
        ("R",),
        True,
    ),
    ActionSpec(
        "review.accept_all",
        QT_TRANSLATE_NOOP("Actions", "Accept all suggestions in this &panel"),
        "Review",
        "accept_all_suggestions",
        ("Shift+A",),
        True,
    ),
    ActionSpec(
        "review.next",
        QT_TRANSLATE_NOOP("Actions", "&Next suggestion"),
        "Review",
        "next_suggestion",
        ("N",),
        True,
    ),
    ActionSpec(
        "tools.suggest",
        QT_TRANSLATE_NOOP("Actions", "&Suggest annotations"),
        "Tools",
        "run_suggestions",
        ("F7",),
    ),
    ActionSpec(
        "tools.suggest_on_open",
        QT_TRANSLATE_NOOP("Actions", "Suggest when an article &opens"),
        "Tools",
        "toggle_suggest_on_open",
        (),
        checkable=True,
    ),
    ActionSpec(
        "tools.apply",
        QT_TRANSLATE_NOOP("Actions", "A&pply accepted corrections…"),
        "Tools",
        "apply_corrections",
    ),
    ActionSpec(
        "tools.statistics",
        QT_TRANSLATE_NOOP("Actions", "S&tatistics…"),
        "Tools",
        "folders.show_statistics",
        ("Ctrl+Shift+I",),
    ),
    ActionSpec(
        "view.zoom_in", QT_TRANSLATE_NOOP("Actions", "Zoom &in"), "View", "zoom_in", (SK.ZoomIn, "Ctrl+=")
    ),
    ActionSpec("view.zoom_out", QT_TRANSLATE_NOOP("Actions", "Zoom &out"), "View", "zoom_out", (SK.ZoomOut,)),
    ActionSpec(
        "view.zoom_reset", QT_TRANSLATE_NOOP("Actions", "&Reset zoom"), "View", "zoom_reset", ("Ctrl+0",)
    ),
    ActionSpec(
        "view.snap",
        QT_TRANSLATE_NOOP("Actions", "&Snap selections to whole words"),
        "View",
        "toggle_snap",
        (),
        checkable=True,
    ),
    ActionSpec(
        "help.shortcuts",
        QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"),
        "Help",
        "show_shortcuts",
        (SK.HelpContents, "F1"),
    ),
    ActionSpec("help.about", QT_TRANSLATE_NOOP("Actions", "&About editor-app"), "Help", "show_about"),
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


def shortcut_text(spec: ActionSpec) -> str:
    return ", ".join(seq.toString(QKeySequence.SequenceFormat.NativeText) for seq in sequences(spec))


def build_actions(
    owner: QWidget,
    menus: dict[str, QMenu],
    handler: Callable[[str], Callable[[], object]],
    local_to: list[QWidget],
) -> dict[str, QAction]:
    """Create every action, put it in its menu and bind its keys."""
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        if not spec.handler:
            continue  # documented keys handled by a widget (the article view's Shift+arrows)
        action = QAction(action_text(spec), owner)
        action.setObjectName(spec.id)
        action.setShortcuts(sequences(spec))
        action.setCheckable(spec.checkable)
        callback = handler(spec.handler)
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

"""Thin undo commands: each wraps one model edit and asks the session to apply or revert it."""

from PySide6.QtGui import QUndoCommand

from editor_app.model.changes import EditLike, Session


class EditCommand(QUndoCommand):
    def __init__(self, session: Session, edit: EditLike):
        super().__init__(edit.text)
        self.session = session
        self.edit = edit

    def redo(self) -> None:
        self.session.apply(self.edit)

    def undo(self) -> None:
        self.session.revert(self.edit)

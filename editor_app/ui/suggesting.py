"""Suggestions in the window: run the suggesters off the UI thread, then accept or reject with one key.

The run works on a snapshot of the document (records are immutable, so copying the lists is enough);
its result is added as one undoable edit. Accepting and rejecting are ordinary undoable edits too.
"""

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QThread, Signal
from PySide6.QtWidgets import QProgressBar, QPushButton

from editor_app.model.copies import shallow_copy
from editor_app.model.document import Document
from editor_app.model.edits import Compound, ReplaceRecord
from editor_app.model.records import Correction, Entity, Quote, Record
from editor_app.suggest.decisions import (
    SUGGESTED,
    NotDecidable,
    decided,
    decided_target,
    next_waiting,
    pending,
    quotes_spoken_by,
)
from editor_app.suggest.suggestions import add_suggestions_edit
from editor_app.ui.annotator import Annotator, Target
from editor_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from editor_app.ui.notices import Notices
from editor_app.ui.preferences import setting
from editor_app.ui.workspace import Workspace

if TYPE_CHECKING:
    from editor_app.suggest.engine import Suggestions
    from editor_app.suggest.house_rules import StyleRule


class SuggestWorker(QThread):
    progressed = Signal(str, float)
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, doc: Document, rules: "list[StyleRule]", parent: QObject | None = None):
        super().__init__(parent)
        self.doc = doc
        self.rules = rules
        self.cancel_requested = False
        self.article_path: Path | None = None
        """Whose folder's names list (``names.yaml``) the suggesters use, read in this thread."""

    def run(self) -> None:
        # Imported here, on first use: the suggesters load RapidFuzz and a spell checker.
        from editor_app.storage.names_file import names_for
        from editor_app.suggest.engine import Cancelled, suggest

        try:
            names = names_for(self.article_path) if self.article_path is not None else None
            result = suggest(
                self.doc,
                rules=self.rules,
                names=names,
                progress=lambda name, fraction: self.progressed.emit(name, fraction),
                cancelled=lambda: self.cancel_requested,
            )
        except Cancelled:
            self.failed.emit(translate("Suggesting", "Suggestions cancelled."))
            return
        except Exception as exc:  # a bug in a suggester must not take the window down
            self.failed.emit(
                translate("Suggesting", "Suggestions failed: {error}").format(
                    error=f"{type(exc).__name__}: {exc}"
                )
            )
            return
        self.done.emit(result)


class Suggesting(QObject):
    def __init__(self, workspace: Workspace, notices: Notices, annotator: Annotator, settings: QSettings):
        super().__init__(workspace)
        self.workspace = workspace
        self.notices = notices
        self.annotator = annotator
        self.settings = settings
        self.worker: SuggestWorker | None = None
        self.progress = QProgressBar()
        self.progress.setObjectName("suggestProgress")
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(160)
        self.progress.setAccessibleName(translate("Suggesting", "Suggestion progress"))
        self.progress.hide()
        self.cancel_button = QPushButton(translate("Suggesting", "Cancel"))
        self.cancel_button.setAccessibleDescription(translate("Suggesting", "Stop working out suggestions"))
        self.cancel_button.setObjectName("suggestCancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.on_finished: Callable[[Suggestions | None], None] = lambda result: None
        workspace.opened.connect(self._opened)

    def suggest_on_open(self) -> bool:
        return bool(setting(self.settings, "suggest/on_open"))

    def _opened(self, _files: object) -> None:
        if self.suggest_on_open() and not self.workspace.read_only:
            self.start()

    @property
    def running(self) -> bool:
        return self.worker is not None and self.worker.isRunning()

    # Running --------------------------------------------------------------------------------------

    def start(self) -> bool:
        workspace, notice = self.workspace, self.notices.notice
        if workspace.files is None:
            notice(translate("Suggesting", "Open an article first, then ask for suggestions."))
            return False
        if self.running:
            notice(translate("Suggesting", "Suggestions are already being worked out."))
            return False
        if workspace.read_only_reason:
            notice(workspace.read_only_reason)
            return False
        worker = SuggestWorker(shallow_copy(workspace.doc), self._rules(), self)
        worker.article_path = workspace.files.article_path if workspace.files is not None else None
        worker.progressed.connect(self._progressed)
        worker.done.connect(lambda result, w=worker: self._done(w, result))
        worker.failed.connect(lambda message, w=worker: self._failed(w, message))
        self.worker = worker
        self._started_on = (workspace.session, workspace.session.version)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        notice(translate("Suggesting", "Working out suggestions…"))
        worker.start()
        return True

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel_requested = True

    def wait(self, msecs: int = 30_000) -> bool:
        return self.worker.wait(msecs) if self.worker is not None else True

    def _rules(self) -> "list[StyleRule]":
        from editor_app.suggest.house_rules import default_style_rules, rules_for

        if self.workspace.files is None:
            return default_style_rules()
        rules, problems = rules_for(self.workspace.files.article_path)
        if problems:
            self.notices.notice("; ".join(problems[:3]))
        return rules

    def _progressed(self, _name: str, fraction: float) -> None:
        self.progress.setValue(round(fraction * 100))

    def _finish(self, worker: SuggestWorker) -> None:
        worker.wait()
        worker.deleteLater()
        if self.worker is worker:
            self.worker = None
        self.progress.hide()
        self.cancel_button.hide()
        from editor_app.suggest.house_rules import stopped_rules

        stopped = stopped_rules(worker.rules)  # a house-style rule that ran out of time, by name
        if stopped:
            self.notices.banners.show_banner("stopped-rules", "; ".join(stopped), kind="warning")

    def _failed(self, worker: SuggestWorker, message: str) -> None:
        self._finish(worker)
        self.notices.notice(message, banner=message != translate("Suggesting", "Suggestions cancelled."))
        self.on_finished(None)

    def _done(self, worker: SuggestWorker, result: "Suggestions") -> None:
        self._finish(worker)
        workspace, notice = self.workspace, self.notices.notice
        if (workspace.session, workspace.session.version) != self._started_on:
            notice(
                translate(
                    "Suggesting",
                    "The annotations changed while suggestions were worked out; run them again (F7).",
                )
            )
            self.on_finished(None)
            return
        if not len(result):
            notice(translate("Suggesting", "No new suggestions."))
            self.on_finished(result)
            return
        what = translate("Suggesting", "Suggestions ({summary})").format(summary=summary(result))
        edit = add_suggestions_edit(
            result,
            what,
            record_text=translate("Suggesting", "Add suggestion"),
            mention_text=translate("Suggesting", "Suggest mentions"),
        )
        if workspace.push(edit):
            notice(
                translate(
                    "Suggesting", "Suggested {summary}. A accepts, R rejects, N goes to the next one."
                ).format(summary=summary(result))
            )
        self.on_finished(result)

    # Deciding -------------------------------------------------------------------------------------

    def decide(self, accepted: bool, whole_entity: bool = False) -> bool:
        """A or R: accept or reject what is current, and nothing more: the current mention when a
        mention is current, the whole entity only from its row (or with ``whole_entity``, Shift+R).
        Then N's next suggestion becomes current."""
        target = self.annotator.current
        record = self.annotator.doc.find(target.record_id) if target is not None else None
        if target is None or record is None:
            self.notices.notice(
                translate("Suggesting", "Choose a suggestion first (N goes to the next one).")
            )
            return False
        if not self.decide_target(target, accepted, whole_entity):
            return False
        self.next_suggestion(after_position=_position_of(record, target))
        return True

    def decide_target(self, target: Target, accepted: bool, whole_entity: bool = False) -> bool:
        """Accept or reject ``target`` as one undoable edit, and say what was decided."""
        annotator = self.annotator
        record = annotator.doc.find(target.record_id)
        if record is None:
            return False
        try:
            after = decided_target(
                annotator.doc,
                target.record_id,
                target.mention,
                accepted,
                self.workspace.author(),
                whole_entity,
            )
        except NotDecidable:
            self.notices.notice(_not_decidable(record, target))
            return False
        whole = whole_entity or target.mention is None
        if isinstance(record, Entity) and whole and not accepted and not self._may_reject(record):
            return False
        what = (
            translate("Suggesting", "Accept suggestion")
            if accepted
            else translate("Suggesting", "Reject suggestion")
        )
        if not annotator.push(ReplaceRecord(after, what)):
            return False
        self.notices.notice(said_decided(record, target, accepted, whole_entity))
        return True

    def reject_entity(self) -> bool:
        """Shift+R: reject the whole suggested entity of the current mention or row."""
        return self.decide(False, whole_entity=True)

    def _may_reject(self, entity: Entity) -> bool:
        """Rejecting an entity that confirmed quotes name as their speaker asks first."""
        quotes = [q for q in quotes_spoken_by(self.workspace.doc, entity.id) if q.status != SUGGESTED]
        if not quotes:
            return True
        return self.notices.confirm(
            translate(
                "Suggesting",
                "{count} confirmed quote(s) name {name} as their speaker; rejecting the entity leaves them "
                "without one when exported. Reject it anyway?",
            ).format(count=len(quotes), name=entity.name)
        )

    def accept_all_in_panel(self, kind: type[Record] | None) -> int:
        """Shift+A: accept every pending suggestion of one kind (the focused panel's), or all."""
        doc = self.workspace.doc
        by = self.workspace.author()
        chosen = [r for r in pending(doc) if kind is None or isinstance(r, kind)]
        if not chosen:
            self.notices.notice(translate("Suggesting", "No suggestions to accept here."))
            return 0
        edits = [
            ReplaceRecord(decided(record, True, by), translate("Suggesting", "Accept suggestion"))
            for record in chosen
        ]
        what = translate(
            "Suggesting", KIND_NAMES.get(kind, "suggestions") if kind is not None else "suggestions"
        )
        title = translate("Suggesting", "Accept all suggested {kinds}").format(kinds=what)
        if self.workspace.push(Compound(title, edits)):
            self.notices.notice(
                translate("Suggesting", "Accepted {count} suggested {kinds}.").format(
                    count=len(edits), kinds=what
                )
            )
            return len(edits)
        return 0

    def next_suggestion(self, after_position: int | None = None) -> bool:
        annotator = self.annotator
        here = after_position
        if here is None:
            current = annotator.current
            span = annotator.span_of(current) if current else None
            here = span[0] if span else -1
        found = next_waiting(annotator.doc, here)
        if found is None:
            annotator.set_current(None)
            self.notices.notice(translate("Suggesting", "No suggestions left to decide."))
            return False
        _position, record_id, mention = found
        target = Target(record_id, mention)
        annotator.set_current(target)
        span = annotator.span_of(target)
        if span is not None:
            annotator.view.flash(*span)
        return True


KIND_NAMES: dict[type[Record], str] = {
    Entity: QT_TRANSLATE_NOOP("Suggesting", "entities"),
    Quote: QT_TRANSLATE_NOOP("Suggesting", "quotes"),
    Correction: QT_TRANSLATE_NOOP("Suggesting", "corrections"),
}
QT_TRANSLATE_NOOP("Suggesting", "suggestions")
KIND_NAME: dict[type[Record], str] = {
    Entity: QT_TRANSLATE_NOOP("Suggesting", "entity"),
    Quote: QT_TRANSLATE_NOOP("Suggesting", "quote"),
    Correction: QT_TRANSLATE_NOOP("Suggesting", "correction"),
}


def said_decided(record: Record, target: Target, accepted: bool, whole_entity: bool) -> str:
    """What a decision did, in words for the status bar."""
    if isinstance(record, Entity) and target.mention is not None and not whole_entity:
        words = record_text_at(record, target.mention)
        text = (
            translate("Suggesting", "Accepted the mention “{text}” of {entity}")
            if accepted
            else translate("Suggesting", "Rejected the mention “{text}” of {entity}")
        )
        return text.format(text=words, entity=record.name)
    if isinstance(record, Entity):
        text = (
            translate("Suggesting", "Accepted the entity {entity} ({count} mentions)")
            if accepted
            else translate("Suggesting", "Rejected the entity {entity} ({count} mentions)")
        )
        return text.format(entity=record.name, count=len(record.mentions))
    kind = translate("Suggesting", KIND_NAME[type(record)])
    text = (
        translate("Suggesting", "Accepted the {kind} “{text}”")
        if accepted
        else translate("Suggesting", "Rejected the {kind} “{text}”")
    )
    return text.format(kind=kind, text=_short(record.span.text))


def _not_decidable(record: Record | None, target: Target) -> str:
    if isinstance(record, Entity) and target.mention is not None:
        return translate("Suggesting", "This mention is not a suggestion.")
    if isinstance(record, Correction):
        return translate("Suggesting", "This correction is already decided.")
    kind = KIND_NAME.get(type(record), "annotation") if record is not None else "annotation"
    return translate("Suggesting", "This {kind} is not a suggestion.").format(
        kind=translate("Suggesting", kind)
    )


def record_text_at(entity: Entity, span: tuple[int, int]) -> str:
    return next((m.text for m in entity.mentions if (m.start, m.end) == span), "")


def _short(text: str, limit: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _position_of(record: Record, target: Target | None) -> int:
    if target is not None and target.mention is not None:
        return target.mention[0]
    if isinstance(record, Entity):
        return record.mentions[0].start if record.mentions else 0
    return record.span.start


def summary(result: "Suggestions") -> str:
    """What a run suggested, in the UI's language ("3 entities, 2 quotes, 1 corrections")."""
    text = translate("Suggesting", "{entities} entities, {quotes} quotes, {corrections} corrections").format(
        entities=len(result.entities), quotes=len(result.quotes), corrections=len(result.corrections)
    )
    mentions = sum(1 for e in result.extended for m in e.mentions if m.status == SUGGESTED)
    if mentions:
        text += translate("Suggesting", ", {count} mentions of known entities").format(count=mentions)
    return text

"""Review mode (Review > Review suggestions, Ctrl+R): one suggestion at a time, decided with one key.

The card shows the sentence around the suggestion with its words marked, what is proposed and who
proposed it. A accepts, R rejects, Shift+R rejects the whole entity, Enter leaves to edit it in the
article, Space skips, Backspace goes back, Esc leaves review mode and keeps the place. Decisions are
the same undoable edits as A and R in the article (:meth:`Suggesting.decide_target`), so the article
and the panels stay in step and Ctrl+Z takes one back.
"""

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QVBoxLayout

from editor_app.model.records import Entity, Quote
from editor_app.model.vocab import Status
from editor_app.suggest.decisions import mention_status
from editor_app.suggest.review_queue import Card, cards, sentence_around
from editor_app.ui.annotator import Annotator, Target
from editor_app.ui.i18n import QT_TRANSLATE_NOOP, term, translate
from editor_app.ui.notices import Notices
from editor_app.ui.suggesting import Suggesting
from editor_app.ui.workspace import Workspace

KINDS = (
    ("", QT_TRANSLATE_NOOP("Review", "All kinds")),
    ("entity", QT_TRANSLATE_NOOP("Review", "Entities")),
    ("quote", QT_TRANSLATE_NOOP("Review", "Quotes")),
    ("correction", QT_TRANSLATE_NOOP("Review", "Corrections")),
)


class ReviewPanel(QFrame):
    left_review = Signal()
    """Review mode ended (Esc, Enter to edit, or a new document): the article takes the keys again."""

    def __init__(self, workspace: Workspace, annotator: Annotator, suggesting: Suggesting, notices: Notices):
        super().__init__()
        self.workspace, self.annotator, self.suggesting, self.notices = (
            workspace,
            annotator,
            suggesting,
            notices,
        )
        self.setObjectName("reviewCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("Review", "Review suggestions"))
        self.queue: list[Card] = []
        self.position = 0
        self.progress = QLabel()
        self.progress.setObjectName("reviewProgress")
        self.kind_filter = self._filter(translate("Review", "Kind"))
        for value, shown in KINDS:
            self.kind_filter.addItem(translate("Review", shown), value)
        self.label_filter = self._filter(translate("Review", "Label"))
        self.rule_filter = self._filter(translate("Review", "Rule"))
        self.body = QLabel()
        self.body.setObjectName("reviewBody")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.keys = QLabel(
            "<small>"
            + escape(
                translate(
                    "Review",
                    "A accept · R reject · Shift+R reject the whole entity · Enter edit · Space skip · "
                    "Backspace back · Esc leave",
                )
            )
            + "</small>"
        )
        top = QHBoxLayout()
        top.addWidget(self.progress, 1)
        for box in (self.kind_filter, self.label_filter, self.rule_filter):
            top.addWidget(box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(top)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.keys)
        workspace.document_replaced.connect(self._document_replaced)
        self.hide()

    def _filter(self, name: str) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        box.setToolTip(name)
        box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        box.activated.connect(self._filters_changed)
        return box

    # Entering and leaving ------------------------------------------------------------------------

    def start(self) -> bool:
        if self.workspace.read_only_reason:
            self.notices.notice(self.workspace.read_only_reason)
            return False
        everything = cards(self.workspace.doc)
        if not everything:
            self.notices.notice(translate("Review", "No suggestions to review (F7 makes some)."))
            return False
        self._fill_filter(self.label_filter, translate("Review", "All labels"), {c.label for c in everything})
        self._fill_filter(
            self.rule_filter, translate("Review", "All rules"), {c.rule for c in everything if c.rule}
        )
        self._rebuild()
        self.show()
        self.setFocus()
        return True

    def leave(self) -> None:
        if self.isVisible():
            self.hide()
            self.left_review.emit()

    def _document_replaced(self) -> None:
        self.queue = []
        self.leave()

    def _fill_filter(self, box: QComboBox, everything: str, values: set[str]) -> None:
        chosen = box.currentData()
        box.clear()
        box.addItem(everything, "")
        for value in sorted(values):
            box.addItem(term(value) if box is self.label_filter else value, value)
        box.setCurrentIndex(max(0, box.findData(chosen)))

    def _filters_changed(self) -> None:
        self._rebuild()
        self.setFocus()

    def _rebuild(self) -> None:
        """The queue from the filters, starting at the current annotation's place."""
        self.queue = cards(
            self.workspace.doc,
            str(self.kind_filter.currentData() or ""),
            str(self.label_filter.currentData() or ""),
            str(self.rule_filter.currentData() or ""),
        )
        current = self.annotator.current
        span = self.annotator.span_of(current) if current else None
        here = span[0] if span else -1
        self.position = next((i for i, c in enumerate(self.queue) if c.start >= here), 0)
        self._show()

    # Moving and deciding -------------------------------------------------------------------------

    def decided(self, card: Card) -> str | None:
        """The card's status once decided (``confirmed``, ``accepted``, ``rejected``), else None."""
        record = self.workspace.doc.find(card.record_id)
        if record is None:
            return Status.REJECTED
        if isinstance(record, Entity) and card.mention is not None:
            mention = next((m for m in record.mentions if (m.start, m.end) == card.mention), None)
            status = mention_status(record, mention) if mention else Status.REJECTED
        else:
            status = record.status
        return None if status == Status.SUGGESTED else status

    def step(self, by: int) -> None:
        self.position = max(0, min(len(self.queue), self.position + by))
        self._show()

    def _next_undecided(self) -> None:
        following = (i for i in range(self.position + 1, len(self.queue)) if not self.decided(self.queue[i]))
        self.position = next(following, len(self.queue))
        self._show()

    def decide(self, accepted: bool, whole_entity: bool = False) -> bool:
        card = self.current_card()
        if card is None:
            return False
        if not self.suggesting.decide_target(Target(card.record_id, card.mention), accepted, whole_entity):
            return False
        self._next_undecided()
        return True

    def edit(self) -> None:
        """Enter: leave review mode on this suggestion, to change it in the article and panels."""
        card = self.current_card()
        self.leave()
        if card is not None:
            self.annotator.set_current(Target(card.record_id, card.mention))

    def current_card(self) -> Card | None:
        return self.queue[self.position] if self.position < len(self.queue) else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key == Qt.Key.Key_A and not shift:
            self.decide(True)
        elif key == Qt.Key.Key_R:
            self.decide(False, whole_entity=shift)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit()
        elif key == Qt.Key.Key_Space:
            self.step(1)
        elif key == Qt.Key.Key_Backspace:
            self.step(-1)
        elif key == Qt.Key.Key_Escape:
            self.leave()
        else:
            super().keyPressEvent(event)

    # Showing -------------------------------------------------------------------------------------

    def _show(self) -> None:
        card = self.current_card()
        total = len(self.queue)
        if card is None:
            left = sum(1 for c in self.queue if not self.decided(c))
            self.progress.setText(translate("Review", "{total} of {total}").format(total=total))
            self.body.setText(
                "<p><b>"
                + escape(translate("Review", "End of the list."))
                + "</b> "
                + escape(
                    translate("Review", "{count} suggestion(s) left undecided; Backspace goes back.").format(
                        count=left
                    )
                )
                + "</p>"
            )
            return
        self.progress.setText(
            translate("Review", "{kind} · {number} of {total}").format(
                kind=translate("Review", dict(KINDS).get(card.kind, card.kind)),
                number=self.position + 1,
                total=total,
            )
        )
        self.body.setText(self._card_html(card))
        self.annotator.set_current(Target(card.record_id, card.mention))
        self.annotator.view.flash(card.start, max(card.end, card.start + 1))

    def _card_html(self, card: Card) -> str:
        doc = self.workspace.doc
        before, words, after = sentence_around(doc.text, card.start, card.end)
        sentence = (
            f"{escape(before)}<span style='background:#ffe08a; color:#000'><b>{escape(words)}</b></span>"
            f"{escape(after)}"
        )
        record = doc.find(card.record_id)
        proposal = ""
        if isinstance(record, Entity):
            proposal = translate("Review", "{label}: {name}").format(label=record.label, name=record.name)
        elif isinstance(record, Quote):
            speaker = doc.entity(record.speaker) if record.speaker else None
            proposal = translate("Review", "{kind} quote by {speaker}, cue “{cue}”").format(
                kind=term(record.kind),
                speaker=speaker.name if speaker else translate("Review", "nobody named"),
                cue=record.cue.text if record.cue else "",
            )
        elif record is not None:
            proposal = translate("Review", "“{text}” → “{replacement}” ({category}): {note}").format(
                text=record.span.text,
                replacement=record.replacement,
                category=term(record.category),
                note=record.note,
            )
        status = self.decided(card)
        done = (
            "<p><i>"
            + escape(translate("Review", "Decided: {status}").format(status=term(status)))
            + "</i></p>"
            if status
            else ""
        )
        rule = escape(card.rule)
        return (
            f"<p style='font-size:large'>{sentence}</p>"
            f"<p><b>{escape(proposal)}</b><br><small>{rule}</small></p>{done}"
        )

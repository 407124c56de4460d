"""Running every suggester over a document, and accepting or rejecting what they suggest.

Every suggestion is an ordinary record with ``status: suggested`` and ``by: rule:<name>`` (or
``model:<name>``). The engine never overwrites or duplicates an annotation already in the document,
and never suggests again what a person rejected (the same span with the same label, kind or
replacement): rejected suggestions stay in the sidecar for that reason.

Pure Python and safe to call from a worker thread: :func:`suggest` only reads the document; the
caller adds the result on its own thread, as one edit (:func:`add_suggestions_edit`, undone as one).
Accepting and rejecting are edits too (:func:`decision`); :func:`add_suggestions` and :func:`decide`
apply them straight away, for the CLI and tests.
"""

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from editor_app.model.changes import ChangeSet
from editor_app.model.document import Document
from editor_app.model.ids import IdMinter
from editor_app.model.names_list import NamesList
from editor_app.model.records import Correction, Entity, Mention, Quote, Span
from editor_app.suggest.copydesk import find_corrections
from editor_app.suggest.decisions import (
    ACCEPTED,
    CONFIRMED,
    REJECTED,
    SUGGESTED,
    accept,
    accept_all,
    accept_mention,
    decision,
    is_suggestion,
    pending,
    reject,
    reject_mention,
)
from editor_app.suggest.entities import find_entities
from editor_app.suggest.findings import CorrectionFinding, EntityFinding, Offsets, QuoteFinding
from editor_app.suggest.house_rules import StyleRule
from editor_app.suggest.quotes import find_quotes
from editor_app.suggest.suggestions import Suggestions, add_suggestions_edit
from editor_app.suggest.text import Layout

__all__ = [
    "ACCEPTED",
    "CONFIRMED",
    "REJECTED",
    "SUGGESTED",
    "Cancelled",
    "Suggestions",
    "accept",
    "accept_all",
    "accept_mention",
    "add_suggestions",
    "add_suggestions_edit",
    "decide",
    "decision",
    "is_suggestion",
    "pending",
    "reject",
    "reject_mention",
    "suggest",
]

Progress = Callable[[str, float], None]


class Cancelled(Exception):
    """Raised by :func:`suggest` when its ``cancelled`` callback says so."""


def suggest(
    doc: Document,
    *,
    rules: Sequence[StyleRule] | None = None,
    spelling: bool = True,
    nlp: Any = None,
    pipeline: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    names: NamesList | None = None,
) -> Suggestions:
    """Run every suggester over ``doc`` and return what is new; ``doc`` is not changed.

    ``rules``: house-style rules (None: the bundled defaults; pass defaults plus a newsroom's own).
    ``pipeline``: a spaCy pipeline named in the user's own preferences (never from a folder's
    config: loading a pipeline runs code); ``nlp``: an already loaded one. Without either, spaCy is
    never imported. Raises :class:`Cancelled` if ``cancelled()`` turns true between steps, and
    :class:`~editor_app.suggest.spacy_backend.BackendUnavailable` if ``pipeline`` cannot be loaded.
    ``names``: the desk's names list that applies to the article (``names.yaml``).
    """

    def step(name: str, fraction: float) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled(name)
        if progress is not None:
            progress(name, fraction)

    text = doc.text
    step("layout", 0.0)
    layout = Layout(text)
    step("entities", 0.1)
    entities = find_entities(text, layout)
    if nlp is not None or pipeline is not None:
        from editor_app.suggest import spacy_backend

        step("model", 0.3)
        model = nlp if nlp is not None else spacy_backend.load(pipeline or "")
        entities = spacy_backend.merge(entities, spacy_backend.find_entities(text, model))
    step("quotes", 0.5)
    scan = find_quotes(text, entities, layout)
    step("corrections", 0.7)
    corrections = find_corrections(text, entities, scan, layout, rules, spelling=spelling, names=names)
    step("merging", 0.9)
    result = _Merger(doc).merge(entities, scan.quotes, corrections)
    step("done", 1.0)
    return result


def add_suggestions(doc: Document, suggestions: Suggestions) -> ChangeSet:
    """Apply :func:`add_suggestions_edit` to ``doc``: new records are added after the others,
    extended entities replace their old selves where they are."""
    return add_suggestions_edit(suggestions).apply(doc)


def _by(rule: str) -> str:
    return rule if ":" in rule else f"rule:{rule}"


class _Merger:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.mint = IdMinter(doc.ids())
        # every mention span in the document, with the label and status of its entity
        self.mentions: dict[Offsets, list[tuple[Entity, Mention]]] = {}
        for entity in doc.entities:
            for mention in entity.mentions:
                self.mentions.setdefault((mention.start, mention.end), []).append((entity, mention))
        self.live_mentions = sorted(
            (m.start, m.end)
            for e in doc.entities
            if e.status != REJECTED
            for m in e.mentions
            if m.status != REJECTED
        )

    def merge(
        self, entities: list[EntityFinding], quotes: list[QuoteFinding], corrections: list[CorrectionFinding]
    ) -> Suggestions:
        result = Suggestions()
        speaker_ids = self._entities(entities, result)
        self._quotes(quotes, speaker_ids, result)
        self._corrections(corrections, result)
        return result

    # --- entities ------------------------------------------------------------------------------------

    def _entities(self, findings: list[EntityFinding], result: Suggestions) -> dict[int, str | None]:
        ids: dict[int, str | None] = {}
        extended: dict[str, Entity] = {}
        for index, finding in enumerate(findings):
            owner, refused = self._owner(finding)
            if refused:
                ids[index] = None
                continue
            fresh = [m for m in finding.mentions if self._mention_is_new(m, finding.label)]
            by = _by(finding.rule)
            if owner is not None:
                ids[index] = owner.id
                if not fresh or owner.status == REJECTED:
                    continue
                current = extended.get(owner.id, owner)
                added = tuple(Mention(s, e, self.doc.text[s:e], status=SUGGESTED, by=by) for s, e in fresh)
                extended[owner.id] = replace(
                    current, mentions=tuple(sorted(current.mentions + added, key=lambda m: (m.start, m.end)))
                )
                continue
            if not fresh:
                ids[index] = None
                continue
            entity = Entity(
                id=self.mint(Entity),
                label=finding.label,
                name=finding.name,
                status=SUGGESTED,
                by=by,
                mentions=tuple(Mention(s, e, self.doc.text[s:e]) for s, e in sorted(fresh)),
            )
            ids[index] = entity.id
            result.entities.append(entity)
        result.extended = list(extended.values())
        return ids

    def _owner(self, finding: EntityFinding) -> tuple[Entity | None, bool]:
        """The existing entity this finding is (one that shares a mention span with the same label),
        and whether a person rejected it."""
        best: Entity | None = None
        for offsets in finding.mentions:
            for entity, mention in self.mentions.get(offsets, []):
                if entity.label != finding.label:
                    continue
                if entity.status == REJECTED:
                    return None, True
                if mention.status == REJECTED:
                    continue
                if best is None or (best.status != CONFIRMED and entity.status == CONFIRMED):
                    best = entity
        return best, False

    def _mention_is_new(self, offsets: Offsets, label: str) -> bool:
        for entity, mention in self.mentions.get(offsets, []):
            if entity.status != REJECTED and mention.status != REJECTED:
                return False  # already there
            if entity.label == label:
                return False  # rejected with this label: never again
        start, end = offsets
        return not any(s < end and start < e for s, e in self.live_mentions)

    # --- quotes --------------------------------------------------------------------------------------

    def _quotes(self, findings: list[QuoteFinding], ids: dict[int, str | None], result: Suggestions) -> None:
        existing = self.doc.quotes
        for finding in findings:
            if any(self._same_quote(q, finding) for q in existing):
                continue
            if any(
                q.status == CONFIRMED and q.span.start < finding.end and finding.start < q.span.end
                for q in existing
            ):
                continue
            speaker = ids.get(finding.speaker) if finding.speaker is not None else None
            cue = (
                Span(finding.cue[0], finding.cue[1], self.doc.text[finding.cue[0] : finding.cue[1]])
                if finding.cue
                else None
            )
            result.quotes.append(
                Quote(
                    id=self.mint(Quote),
                    span=Span(finding.start, finding.end, self.doc.text[finding.start : finding.end]),
                    speaker=speaker,
                    cue=cue,
                    kind=finding.kind,
                    status=SUGGESTED,
                    by=_by(finding.rule),
                )
            )

    @staticmethod
    def _same_quote(quote: Quote, finding: QuoteFinding) -> bool:
        if (quote.span.start, quote.span.end) != (finding.start, finding.end):
            return False
        return quote.status != REJECTED or quote.kind == finding.kind

    # --- corrections ---------------------------------------------------------------------------------

    def _corrections(self, findings: list[CorrectionFinding], result: Suggestions) -> None:
        existing = self.doc.corrections
        for finding in findings:
            if any(self._blocks(c, finding) for c in existing):
                continue
            result.corrections.append(
                Correction(
                    id=self.mint(Correction),
                    span=Span(finding.start, finding.end, self.doc.text[finding.start : finding.end]),
                    replacement=finding.replacement,
                    category=finding.category,
                    status=SUGGESTED,
                    note=finding.note,
                    by=_by(finding.rule),
                )
            )

    @staticmethod
    def _blocks(correction: Correction, finding: CorrectionFinding) -> bool:
        span = correction.span
        if correction.status == REJECTED:
            return (span.start, span.end) == (
                finding.start,
                finding.end,
            ) and correction.replacement == finding.replacement
        return (span.start < finding.end and finding.start < span.end) or (span.start, span.end) == (
            finding.start,
            finding.end,
        )


# --- accepting and rejecting: in editor_app.suggest.decisions (light to import); decide() is here.


def decide(doc: Document, record_id: str, accepted: bool, by: str | None = None) -> ChangeSet:
    """Accept or reject record ``record_id`` of ``doc`` through its :func:`decision` edit.

    For the CLI and tests; the app pushes the same edit, to be undone. Raises ``EditError``.
    """
    return decision(doc, record_id, accepted, by).apply(doc)

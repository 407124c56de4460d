"""What goes into an export: which documents, which annotations, over which text.

Every exporter writes whatever the prepared document holds, so the choices live here, once:

- rejected annotations are never exported; suggested ones only with ``include_suggested``;
- applied corrections are history, already in the text: never exported (nor those applied here);
- orphaned spans (their text is no longer where they point) are left out and reported;
- ``exclude_boilerplate`` cuts the text of corrections of category ``boilerplate`` out of the article
  (annotations inside it are left out and reported) and drops those corrections;
- ``apply_corrections`` applies the accepted corrections
  (:func:`editor_app.model.corrections.apply_corrections`): the text is the corrected one and every span
  moves with its words.
"""

from dataclasses import dataclass, field, replace

from editor_app.model.applied import is_history
from editor_app.model.corrections import Applied, applicable, apply_corrections
from editor_app.model.document import Document
from editor_app.model.records import Correction, Entity, Quote, Span
from editor_app.model.vocab import Category, Status

ORPHANED = "orphaned: the article changed since it was annotated; open it in the app to re-anchor"


@dataclass(frozen=True)
class ExportOptions:
    statuses: frozenset[str] | None = None
    """Document statuses to export (None: every document)."""
    apply_corrections: bool = False
    exclude_boilerplate: bool = False
    include_suggested: bool = False


@dataclass
class Prepared:
    document: Document
    notes: list[str] = field(default_factory=list)
    """What was left out or changed, one sentence each, for the user."""


def wanted(doc: Document, options: ExportOptions) -> bool:
    """Whether the document's status is one the export asks for."""
    return options.statuses is None or doc.status in options.statuses


def prepare(doc: Document, options: ExportOptions) -> Prepared:
    """A copy of ``doc`` holding exactly what should be exported; ``doc`` is left as it was."""
    notes: list[str] = []
    reasons: dict[int, str] = {}  # id() of a span orphaned here -> why
    prepared = _reviewed(doc, options.include_suggested, notes)
    if options.exclude_boilerplate:
        prepared = _without_boilerplate(prepared, notes, reasons)
    if options.apply_corrections:
        prepared = _corrected(prepared, notes, reasons)
    _drop_orphans(prepared, notes, reasons)
    return Prepared(prepared, notes)


def _keep(status: str, include_suggested: bool) -> bool:
    return status != Status.REJECTED and (include_suggested or status != Status.SUGGESTED)


def _reviewed(doc: Document, include_suggested: bool, notes: list[str]) -> Document:
    left_out = 0
    entities: list[Entity] = []
    for entity in doc.entities:
        if not _keep(entity.status, include_suggested):
            if entity.status == Status.SUGGESTED:
                left_out += len(entity.mentions)
            continue
        kept = tuple(m for m in entity.mentions if _keep(m.status or entity.status, include_suggested))
        if len(kept) == len(entity.mentions):
            entities.append(entity)  # the usual case: nothing to copy
            continue
        left_out += sum(1 for m in entity.mentions if m.status == Status.SUGGESTED) - sum(
            1 for m in kept if m.status == Status.SUGGESTED
        )
        entities.append(replace(entity, mentions=kept))
    kept_ids = {e.id for e in entities}
    quotes: list[Quote] = []
    for quote in doc.quotes:
        if not _keep(quote.status, include_suggested):
            left_out += quote.status == Status.SUGGESTED
            continue
        if quote.speaker is not None and quote.speaker not in kept_ids:
            notes.append(f"quote {quote.id}: its speaker {quote.speaker} is not exported; left without one")
            quote = replace(quote, speaker=None)
        quotes.append(quote)
    corrections: list[Correction] = []
    for correction in doc.corrections:
        if is_history(correction):
            continue
        if correction.status == Status.REJECTED or (
            correction.status == Status.SUGGESTED and not include_suggested
        ):
            left_out += correction.status == Status.SUGGESTED
            continue
        corrections.append(correction)
    if left_out:
        notes.append(f"left out {left_out} suggested annotation(s) (--include-suggested keeps them)")
    copy = Document(article=doc.article, file_name=doc.file_name, status=doc.status, note=doc.note)
    copy.entities, copy.quotes, copy.corrections = entities, quotes, corrections
    copy.source_extra = dict(doc.source_extra)
    copy.document_extra = dict(doc.document_extra)
    copy.extra = dict(doc.extra)
    return copy


def _without_boilerplate(doc: Document, notes: list[str], reasons: dict[int, str]) -> Document:
    boilerplate = [c for c in doc.corrections if c.category == Category.BOILERPLATE and not c.span.orphaned]
    if not boilerplate:
        return doc
    cut = {c.id: replace(c, replacement="") for c in boilerplate}
    staged = replace(doc)  # a shallow copy: the record lists are replaced, never changed in place
    staged.corrections = [cut.get(c.id, c) for c in doc.corrections]
    applied = apply_corrections(staged, list(cut.values()))
    _remember(applied, "inside boilerplate cut out of the text", reasons)
    for correction, why in applied.skipped:
        notes.append(f"boilerplate {correction.id} not cut: {why}")
    notes.append(f"cut {len(applied.applied)} boilerplate passage(s) out of the text")
    result = applied.document
    result.corrections = [c for c in result.corrections if c.id not in cut]
    return result


def _corrected(doc: Document, notes: list[str], reasons: dict[int, str]) -> Document:
    chosen = applicable(doc)
    if not chosen:
        return doc
    applied = apply_corrections(doc, chosen)
    _remember(applied, "inside words a correction deleted", reasons)
    for correction, why in applied.skipped:
        notes.append(f"correction {correction.id} not applied: {why}")
    notes.append(f"applied {len(applied.applied)} accepted correction(s)")
    document = applied.document
    document.corrections = [c for c in document.corrections if not is_history(c)]
    return document


def _remember(applied: Applied, why: str, reasons: dict[int, str]) -> None:
    for span in applied.orphaned:
        reasons[id(span)] = why


def _drop_orphans(doc: Document, notes: list[str], reasons: dict[int, str]) -> None:
    def why(span: Span) -> str:
        return reasons.get(id(span), ORPHANED)

    entities = []
    for entity in doc.entities:
        if not any(mention.orphaned for mention in entity.mentions):
            entities.append(entity)
            continue
        mentions = []
        for mention in entity.mentions:
            if mention.orphaned:
                notes.append(f"left out mention {mention.text!r} of {entity.id}: {why(mention)}")
            else:
                mentions.append(mention)
        entities.append(replace(entity, mentions=tuple(mentions)))
    quotes: list[Quote] = []
    for quote in doc.quotes:
        if quote.span.orphaned:
            notes.append(f"left out quote {quote.id}: {why(quote.span)}")
            continue
        if quote.cue is not None and quote.cue.orphaned:
            notes.append(f"left out the cue of quote {quote.id}: {why(quote.cue)}")
            quote = replace(quote, cue=None)
        quotes.append(quote)
    corrections: list[Correction] = []
    for correction in doc.corrections:
        if correction.span.orphaned:
            notes.append(f"left out correction {correction.id}: {why(correction.span)}")
        else:
            corrections.append(correction)
    doc.entities, doc.quotes, doc.corrections = entities, quotes, corrections

"""The invariants every document satisfies on load and before every save."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from editor_app.model import vocab
from editor_app.model.article import StandIn
from editor_app.model.document import Document
from editor_app.model.records import Span

Locator = Callable[[object, str | None], tuple[int, int] | None]
"""Maps a record or span (and optionally one of its fields) to its 1-based (line, column) in its file."""


@dataclass(frozen=True, slots=True)
class Problem:
    message: str
    line: int | None = None
    column: int | None = None

    def located(self, file: str) -> str:
        if self.line is None:
            return f"{file}: {self.message}"
        return f"{file}:{self.line}:{self.column or 1}: {self.message}"


def validate(doc: Document, locate: Locator | None = None) -> list[Problem]:
    """Every broken invariant of ``doc``; an empty list means it may be saved.

    Orphaned spans are not problems here (they are kept on purpose); see :func:`orphans`. Over a
    :class:`~editor_app.model.article.StandIn` (no article text at hand) a span's words are not checked.
    """
    problems: list[Problem] = []
    words_known = not isinstance(doc.article, StandIn)

    def report(where: object, message: str, field: str | None = None) -> None:
        position = locate(where, field) if locate else None
        line, column = position if position else (None, None)
        problems.append(Problem(message, line, column))

    def check_span(where: object, owner: str, span: Span, point_allowed: bool = False) -> None:
        """``point_allowed``: an applied correction may be a point, ``start == end`` (a deletion)."""
        length = len(doc.text)
        if span.orphaned and 0 <= span.start < span.end:
            return
        if not 0 <= span.start <= span.end <= length or (span.start == span.end and not point_allowed):
            report(
                span,
                f"{owner}: offsets {span.start}-{span.end} are outside the article "
                f"(0-{length}, start before end)",
            )
        elif words_known and doc.text[span.start : span.end] != span.text:
            actual = doc.text[span.start : span.end]
            report(
                span,
                f"{owner}: text {span.text!r} does not match the article at {span.start}-{span.end} "
                f"({actual!r})",
            )

    def check_vocab(where: object, owner: str, what: str, value: str | None, allowed: Iterable[str]) -> None:
        allowed = tuple(allowed)
        if value is not None and value not in allowed:
            report(where, f"{owner}: {what} {value!r} is not one of {', '.join(allowed)}", what.split()[-1])

    seen: set[str] = set()
    for record in doc.records():
        if not record.id:
            report(record, "a record has an empty id")
        elif record.id in seen:
            report(record, f"duplicate id {record.id!r}")
        seen.add(record.id)

    check_vocab(doc, "document", "status", doc.status, vocab.DOCUMENT_STATUSES)
    for entity in doc.entities:
        owner = f"entity {entity.id}"
        if not entity.label.strip():
            report(entity, f"{owner}: the label is empty")
        check_vocab(entity, owner, "status", entity.status, vocab.ANNOTATION_STATUSES)
        for mention in entity.mentions:
            check_span(mention, owner, mention)
            check_vocab(mention, owner, "mention status", mention.status, vocab.ANNOTATION_STATUSES)
    entity_ids = {e.id for e in doc.entities}
    for quote in doc.quotes:
        owner = f"quote {quote.id}"
        check_span(quote, owner, quote.span)
        if quote.cue is not None:
            check_span(quote.cue, f"{owner} cue", quote.cue)
        if quote.speaker is not None and quote.speaker not in entity_ids:
            report(quote, f"{owner}: speaker {quote.speaker!r} is not the id of an entity", "speaker")
        check_vocab(quote, owner, "kind", quote.kind, vocab.QUOTE_KINDS)
        check_vocab(quote, owner, "status", quote.status, vocab.ANNOTATION_STATUSES)
    for correction in doc.corrections:
        owner = f"correction {correction.id}"
        check_span(
            correction, owner, correction.span, point_allowed=correction.status == vocab.Status.APPLIED
        )
        check_vocab(correction, owner, "category", correction.category, vocab.CORRECTION_CATEGORIES)
        check_vocab(correction, owner, "status", correction.status, vocab.CORRECTION_STATUSES)
    return problems


def orphans(doc: Document) -> list[Span]:
    """Spans marked orphaned: their text is no longer where they point."""
    return [span for span in doc.spans() if span.orphaned]

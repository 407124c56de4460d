"""A document as readable lines, one per annotation: what ``editor-app show`` prints.

Git runs it as the sidecars' textconv, so ``git diff``, ``git log -p`` and ``git show`` compare these
lines instead of YAML. The order is stable (the canonical one: by position, then id) and every line
stands on its own, so one changed annotation changes one or two lines::

    PERSON "Chris Magnus" e-k3x9q2mh: 4 mentions, confirmed, by Ana Reyes
      mention 354-360 "Magnus" (suggested, rule:surname)
    quote 570-646 "I am excited about the progress I made…" speaker Chris Magnus, cue "said", direct, ...
"""

from collections.abc import Iterator, Mapping
from typing import Any

from editor_app.model.conflicts import DELETED
from editor_app.model.document import Document
from editor_app.model.record_values import CONFLICT_KEY
from editor_app.model.records import Correction, Entity, Mention, Quote, Span

TEXT_LIMIT = 60
"""Quoted text longer than this is cut with an ellipsis."""


def document_lines(doc: Document) -> list[str]:
    entities, quotes, corrections = doc.in_canonical_order()
    names = {e.id: e.name for e in doc.entities}
    lines = [f"document {doc.status}" + (f" {quoted(doc.note)}" if doc.note else "")]
    lines.extend(_conflict_lines(doc.document_extra.get(CONFLICT_KEY)))
    lines.extend(_extra_lines(doc.document_extra))
    for entity in entities:
        lines.extend(entity_lines(entity))
    for quote in quotes:
        lines.extend(quote_lines(quote, names))
    for correction in corrections:
        lines.extend(correction_lines(correction))
    return lines


def entity_lines(entity: Entity) -> Iterator[str]:
    count = len(entity.mentions)
    details = [f"{count} mention" + ("" if count == 1 else "s"), entity.status]
    if entity.by:
        details.append(f"by {entity.by}")
    if entity.link:
        details.append(f"link {entity.link}")
    yield f"{entity.label} {quoted(entity.name)} {entity.id}: {', '.join(details)}"
    for mention in entity.mentions:
        yield "  " + mention_line(mention)
    yield from _extra_lines(entity.extra)
    yield from _conflict_lines(entity.extra.get(CONFLICT_KEY))


def mention_line(mention: Mention) -> str:
    details = [d for d in (mention.status, mention.by) if d]
    if mention.orphaned:
        details.append("orphaned")
    return f"mention {span_text(mention)}" + (f" ({', '.join(details)})" if details else "")


def quote_lines(quote: Quote, names: Mapping[str, str]) -> Iterator[str]:
    speaker = "no speaker"
    if quote.speaker is not None:
        speaker = f"speaker {names.get(quote.speaker, quote.speaker)}"
    details = [speaker]
    if quote.cue is not None:
        details.append(f"cue {quoted(quote.cue.text)}")
    details += [quote.kind, quote.status]
    if quote.by:
        details.append(f"by {quote.by}")
    yield f"quote {span_text(quote.span)} {', '.join(details)} {quote.id}"
    yield from _extra_lines(quote.extra)
    yield from _conflict_lines(quote.extra.get(CONFLICT_KEY))


def correction_lines(correction: Correction) -> Iterator[str]:
    details = [correction.category, correction.status]
    if correction.was is not None:  # applied: the words it replaced
        details.append(f"was {quoted(correction.was)}")
    if correction.by:
        details.append(f"by {correction.by}")
    line = f"correction {span_text(correction.span)} -> {quoted(correction.replacement)} {', '.join(details)}"
    yield f"{line} {correction.id}" + (f": {quoted(correction.note)}" if correction.note else "")
    yield from _extra_lines(correction.extra)
    yield from _conflict_lines(correction.extra.get(CONFLICT_KEY))


def span_text(span: Span) -> str:
    orphaned = " (orphaned)" if span.orphaned and not isinstance(span, Mention) else ""
    return f"{span.start}-{span.end} {quoted(span.text)}{orphaned}"


def quoted(text: str, limit: int = TEXT_LIMIT) -> str:
    text = " ".join(text.split()) if "\n" in text else text
    return '"' + (text if len(text) <= limit else text[: limit - 1] + "…") + '"'


def value_text(value: Any) -> str:
    """A plain field value in a line: spans as ``start-end "text"``, mention lists counted."""
    if isinstance(value, list) and all(isinstance(v, Mapping) and "start" in v for v in value):
        return f"{len(value)} mention(s): " + ", ".join(
            f"{v.get('start')}-{v.get('end')} {quoted(str(v.get('text', '')))}" for v in value
        )
    if isinstance(value, Mapping) and "start" in value:
        return f"{value.get('start')}-{value.get('end')} {quoted(str(value.get('text', '')))}"
    if value is None:
        return "(none)"
    if isinstance(value, bool):
        return "true" if value else "false"
    return quoted(value) if isinstance(value, str) else str(value)


def _extra_lines(extra: Mapping[str, Any]) -> Iterator[str]:
    for key, value in extra.items():
        if key != CONFLICT_KEY:
            yield f"  {key}: {value_text(value)}"


def _conflict_lines(value: Any) -> Iterator[str]:
    if not isinstance(value, Mapping):
        return
    theirs, base = value.get("theirs"), value.get("base")
    if value.get("ours") == DELETED:
        yield "  CONFLICT: deleted here, changed on their side (this is their version)"
    if theirs == DELETED:
        yield "  CONFLICT: deleted on their side, changed here"
    if isinstance(theirs, Mapping):
        for name, their in theirs.items():
            was = f" (base {value_text(base[name])})" if isinstance(base, Mapping) and name in base else ""
            yield f"  CONFLICT {name}: theirs {value_text(their)}{was}"

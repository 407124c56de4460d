"""Quote finder: direct, partial (mixed), indirect and scare quotes, with speaker and cue.

The stages, one module each: :mod:`~editor_app.suggest.quote_marks` pairs the quotation marks into
passages; :mod:`~editor_app.suggest.attribution` finds the cue and speaker phrase of each passage
and its kind; :mod:`~editor_app.suggest.indirect_quotes` finds reported speech in the sentences
without marks; :mod:`~editor_app.suggest.speakers` resolves every speaker phrase to an entity.

Passages and reported speech are attributed in one pass in document order, because a pronoun
("..., he said") may mean whoever was quoted last.
"""

from dataclasses import dataclass, field

from editor_app.model.vocab import QuoteKind
from editor_app.suggest.attribution import Attribution, Attributor, inherit
from editor_app.suggest.findings import EntityFinding, QuoteFinding
from editor_app.suggest.indirect_quotes import find_reported_speech
from editor_app.suggest.quote_marks import find_passages
from editor_app.suggest.speakers import Speakers
from editor_app.suggest.text import Layout

_PASSAGE, _REPORTED = 0, 1


@dataclass
class QuoteScan:
    """What the quote finder saw: the quotes, and the quotation marks it could not pair."""

    quotes: list[QuoteFinding] = field(default_factory=list)
    stray_marks: list[int] = field(default_factory=list)


def find_quotes(text: str, entities: list[EntityFinding], layout: Layout | None = None) -> QuoteScan:
    """Direct, mixed, scare and indirect quotes in document order, speakers resolved to ``entities``."""
    layout = layout or Layout(text)
    marks = find_passages(text, layout)
    passages = marks.passages
    speakers = Speakers(text, entities, layout, quoted=[(p.start, p.end) for p in passages])
    reported = find_reported_speech(text, layout, passages, speakers)
    attributor = Attributor(text, layout, passages, speakers)
    attributions: dict[int, Attribution] = {}
    reporters: dict[int, int | None] = {}
    # passages and reported speech in document order, a passage first at the same offset
    order = sorted(
        [(p.open, _PASSAGE, i) for i, p in enumerate(passages)]
        + [(r.start, _REPORTED, i) for i, r in enumerate(reported)]
    )
    for position, stage, index in order:
        if stage == _PASSAGE:
            attributions[index] = attributor.attribute(passages[index])
            speaker = attributions[index].speaker
        else:
            speaker = reporters[index] = speakers.resolve_reporter(*reported[index].speaker_phrase)
        if speaker is not None:
            speakers.remember(position, speaker)
    said = [attributions[i] for i in range(len(passages))]
    inherit(passages, said, layout)
    scan = QuoteScan(stray_marks=marks.stray)
    for passage, attribution in zip(passages, said, strict=True):
        if passage.start < passage.end:
            scan.quotes.append(
                QuoteFinding(
                    passage.start, passage.end, attribution.kind, attribution.speaker, attribution.cue
                )
            )
    for index, item in enumerate(reported):
        if reporters[index] is not None:
            scan.quotes.append(
                QuoteFinding(
                    item.start, item.end, QuoteKind.INDIRECT, reporters[index], item.cue, "indirect-quotes"
                )
            )
    scan.quotes.sort(key=lambda q: (q.start, q.end))
    return scan

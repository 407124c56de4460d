"""spaCy export: a ``DocBin`` (``.spacy``) as ``spacy train`` reads it. spaCy is the optional extra.

Each article becomes a ``Doc`` made by a blank pipeline's tokenizer (``spacy.blank(lang)``: no model
to download). Every span is aligned to tokens: exactly when its edges fall on token edges
(``alignment_mode="strict"``), else widened to whole tokens (``"expand"``), which is reported.

- ``doc.ents``: the entity mentions that do not overlap; of overlapping ones the longest wins, and
  each one left out is reported (it is still in ``doc.spans["entities"]``);
- ``doc.spans["entities"]``: every mention, labelled with its entity's label, ``id_`` the entity id
  and ``kb_id_`` its link;
- ``doc.spans["quotes"]``: quotes labelled with their kind, ``id_`` the quote id, ``kb_id_`` the
  speaker's entity id; ``doc.spans["cues"]``: their cues (label ``CUE``, ``id_`` the quote id);
- ``doc.spans["corrections"]``: corrections labelled with their category, ``id_`` the correction id;
- ``doc.user_data``: ``file``, ``status`` and the corrections' replacements (by id).
"""

from pathlib import Path
from typing import Any

from editor_app.formats.output import write_file
from editor_app.formats.overlaps import longest_first
from editor_app.formats.prepare import Prepared
from editor_app.model.records import Span
from editor_app.storage.output_guard import OutputGuard


class SpacyUnavailable(RuntimeError):
    """spaCy is not installed: ``pip install 'editor-app[spacy]'``."""


def _spacy() -> Any:
    try:
        import spacy
    except ImportError as exc:
        raise SpacyUnavailable(
            "the spacy format needs spaCy: pip install 'editor-app[spacy]' (or pip install spacy)"
        ) from exc
    return spacy


class SpacyWriter:
    def __init__(self, out: Path, lang: str = "en", guard: OutputGuard | None = None):
        if guard is not None:
            guard.check(Path(out))
        spacy = _spacy()
        from spacy.tokens import DocBin

        self.out = Path(out)
        try:
            self.nlp = spacy.blank(lang)
        except (ImportError, ValueError, KeyError) as exc:
            raise SpacyUnavailable(f"--lang {lang}: spaCy has no language of that code") from exc
        self.docbin = DocBin(store_user_data=True)

    def write(self, prepared: Prepared) -> list[str]:
        source = prepared.document
        doc = self.nlp.make_doc(source.text)
        notes: list[str] = []

        def align(span: Span, what: str, **fields: str) -> Any:
            aligned = doc.char_span(span.start, span.end, alignment_mode="strict", **fields)
            if aligned is None:
                aligned = doc.char_span(span.start, span.end, alignment_mode="expand", **fields)
                if aligned is None:
                    notes.append(
                        f"{what} {span.text!r} at {span.start}-{span.end} matches no token: left out"
                    )
                else:
                    notes.append(
                        f"{what} {span.text!r} at {span.start}-{span.end} does not fall on token edges: "
                        f"widened to {aligned.text!r}"
                    )
            return aligned

        mentions = []
        for entity in source.entities:
            for mention in entity.mentions:
                aligned = align(
                    mention, "mention", label=entity.label, kb_id=entity.link or "", span_id=entity.id
                )
                if aligned is not None:
                    mentions.append(aligned)
        doc.spans["entities"] = mentions
        chosen, left_out = longest_first(mentions, lambda s: (s.start, s.end))
        doc.ents = chosen
        for loser, winner in left_out:
            notes.append(
                f"mention {loser.text!r} ({loser.label_}) overlaps {winner.text!r} ({winner.label_}): "
                'left out of doc.ents, kept in doc.spans["entities"]'
            )
        quotes, cues = [], []
        for quote in source.quotes:
            aligned = align(
                quote.span, "quote", label=quote.kind, kb_id=quote.speaker or "", span_id=quote.id
            )
            if aligned is not None:
                quotes.append(aligned)
            if quote.cue is not None:
                cue = align(quote.cue, "cue", label="CUE", span_id=quote.id)
                if cue is not None:
                    cues.append(cue)
        doc.spans["quotes"] = quotes
        doc.spans["cues"] = cues
        corrections = []
        for correction in source.corrections:
            aligned = align(correction.span, "correction", label=correction.category, span_id=correction.id)
            if aligned is not None:
                corrections.append(aligned)
        doc.spans["corrections"] = corrections
        doc.user_data["file"] = source.file_name
        doc.user_data["status"] = source.status
        doc.user_data["replacements"] = {c.id: c.replacement for c in source.corrections}
        self.docbin.add(doc)
        return notes

    def close(self) -> None:
        write_file(self.out, self.docbin.to_bytes())

    def abort(self) -> None:
        """Nothing is on disk before :meth:`close`."""

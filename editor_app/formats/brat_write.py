"""brat export: ``NAME.txt`` and ``NAME.ann`` per article and one ``annotation.conf`` per folder.

The text is written as the app holds it (UTF-8, ``\\n`` newlines), so offsets are the sidecar's.
The mapping is in :mod:`.brat_mapping`.
"""

import itertools
from collections.abc import Iterator
from pathlib import Path

from editor_app.formats import brat_mapping as bm
from editor_app.formats.brat_grammar import BratLine, BratSyntaxError, fragments_of, parse_line, t_line
from editor_app.formats.output import write_file
from editor_app.formats.prepare import Prepared
from editor_app.model import vocab
from editor_app.model.document import Document
from editor_app.model.records import Entity, Mention, Span
from editor_app.storage.output_guard import OutputGuard

_ORDER = {kind: index for index, kind in enumerate("TREAMN#*")}


class _Numbers:
    """Fresh numbers per id prefix, skipping the ones already taken."""

    def __init__(self) -> None:
        self.taken: dict[str, set[int]] = {}
        self.counters: dict[str, Iterator[int]] = {}

    def take(self, identifier: str) -> bool:
        """Claim ``identifier`` (``T12``); False when it is taken or not of that form."""
        prefix, digits = identifier[:1], identifier[1:]
        if not digits.isdigit() or int(digits) in self.taken.setdefault(prefix, set()):
            return False
        self.taken[prefix].add(int(digits))
        return True

    def new(self, prefix: str) -> str:
        counter = self.counters.setdefault(prefix, itertools.count(1))
        taken = self.taken.setdefault(prefix, set())
        number = next(n for n in counter if n not in taken)
        taken.add(number)
        return f"{prefix}{number}"


class AnnWriter:
    """The ``.ann`` lines of one document, and what could not be written."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.lines: list[str] = []
        self.notes: list[str] = []
        self.labels: set[str] = set()
        self.numbers = _Numbers()
        self.kept = self._parse_kept()
        self.ids: dict[int, str] = {}  # id() of a span -> its T id
        self.kept_types: set[str] = set()

    def _parse_kept(self) -> list[BratLine]:
        raw = self.doc.extra.get(bm.KEPT_KEY)
        kept: list[BratLine] = []
        for line in raw if isinstance(raw, list) else []:
            try:
                parsed = parse_line(str(line))
            except BratSyntaxError as exc:
                self.notes.append(f"a kept brat line was not written back: {exc}")
                continue
            if parsed.kind != "*" and not self.numbers.take(parsed.id):
                self.notes.append(f"a kept brat line reuses the id {parsed.id}; not written back")
                continue
            kept.append(parsed)
        return kept

    def write(self) -> list[str]:
        for span, claimed in self._claims():
            if claimed and self.numbers.take(claimed):
                self.ids[id(span)] = claimed
        for entity in self.doc.entities:
            self._entity(entity)
        for quote in self.doc.quotes:
            quote_id = self._span(quote.span, bm.QUOTE)
            self._add(f"{self.numbers.new('A')}\t{bm.QUOTE_KIND} {quote_id} {quote.kind}")
            if quote.cue is not None:
                cue_id = self._span(quote.cue, bm.CUE)
                self._add(f"{self.numbers.new('R')}\t{bm.QUOTE_CUE} Arg1:{quote_id} Arg2:{cue_id}\t")
            if quote.speaker is not None:
                self._speaker(quote_id, quote.span, quote.speaker)
        for correction in self.doc.corrections:
            correction_id = self._span(correction.span, bm.CORRECTION)
            self._add(f"{self.numbers.new('A')}\t{bm.CATEGORY} {correction_id} {correction.category}")
            self._add(f"{self.numbers.new('A')}\t{bm.CORRECTION_STATUS} {correction_id} {correction.status}")
            note = bm.correction_note(correction.replacement, correction.note)
            self._add(f"{self.numbers.new('#')}\t{bm.NOTES} {correction_id}\t{note}")
        self._write_kept()
        return sorted(self.lines, key=_line_order)

    def _claims(self) -> Iterator[tuple[Span, str | None]]:
        for entity in self.doc.entities:
            for mention in entity.mentions:
                yield mention, _claimed(mention.extra.get(bm.ID_KEY))
        for quote in self.doc.quotes:
            yield quote.span, _claimed(quote.extra.get(bm.ID_KEY))
        for correction in self.doc.corrections:
            yield correction.span, _claimed(correction.extra.get(bm.ID_KEY))

    def _add(self, line: str) -> None:
        self.lines.append(line)

    def _span(self, span: Span, label: str) -> str:
        identifier = self.ids.get(id(span)) or self.numbers.new("T")
        self.ids[id(span)] = identifier
        fragments = fragments_of(self.doc.text, span.start, span.end)
        self._add(t_line(int(identifier[1:]), label, fragments, self.doc.text))
        self.labels.add(label)
        return identifier

    def _entity(self, entity: Entity) -> None:
        label = bm.brat_type(entity.label)
        if label in bm.SPAN_TYPES:
            self.notes.append(
                f"entity {entity.id}: the label {label} is reserved for brat output; not written"
            )
            return
        ids = [self._span(mention, label) for mention in entity.mentions]
        if not ids:
            return
        if len(ids) > 1:
            self._add(f"*\t{bm.COREF} " + " ".join(ids))
        first = entity.mentions[0]
        if entity.link and ":" in entity.link and not any(c.isspace() for c in entity.link):
            name = bm.one_line(entity.name)
            self._add(f"{self.numbers.new('N')}\t{bm.REFERENCE} {ids[0]} {entity.link}\t{name}")
        elif entity.name != first.text:
            if entity.link:
                self.notes.append(f"entity {entity.id}: link {entity.link!r} is not DB:ID; not written")
            self._add(
                f"{self.numbers.new('#')}\t{bm.NOTES} {ids[0]}\t{bm.NAME_PREFIX}{bm.one_line(entity.name)}"
            )

    def _speaker(self, quote_id: str, quote: Span, speaker_id: str) -> None:
        entity = self.doc.entity(speaker_id)
        mentions = [m for m in entity.mentions if id(m) in self.ids] if entity else []
        if not mentions:
            self.notes.append(
                f"quote {quote_id}: its speaker has no mention in the text; no Speaker relation"
            )
            return
        nearest = min(mentions, key=lambda m: (_distance(m, quote), m.start))
        self._add(f"{self.numbers.new('R')}\t{bm.SPEAKER} Arg1:{quote_id} Arg2:{self.ids[id(nearest)]}\t")

    def _write_kept(self) -> None:
        """Kept lines whose spans still hold their text and whose targets are all still there."""
        defined = set(self.ids.values())
        alive: list[BratLine] = []
        for line in self.kept:
            if line.kind == "T":
                fragments = list(line.fragments)
                if t_line(line.number, line.type, fragments, self.doc.text) != line.raw:
                    self.notes.append(
                        f"kept brat line {line.id} no longer matches the text; not written back"
                    )
                    continue
                defined.add(line.id)
            alive.append(line)
        defined |= {line.id for line in alive}
        changed = True
        while changed:
            changed = False
            for line in list(alive):
                missing = [ref for ref in line.refs if ref not in defined]
                if missing:
                    self.notes.append(
                        f"kept brat line {line.id} points at {missing[0]}, which is gone; not written back"
                    )
                    alive.remove(line)
                    defined.discard(line.id)
                    changed = True
        self.lines.extend(line.raw for line in alive)
        self.kept_types = {line.type for line in alive}


def _claimed(value: object) -> str | None:
    return value if isinstance(value, str) and value[:1] == "T" and value[1:].isdigit() else None


def _distance(mention: Mention, span: Span) -> int:
    if mention.end <= span.start:
        return span.start - mention.end
    if span.end <= mention.start:
        return mention.start - span.end
    return 0


def _line_order(line: str) -> tuple[int, int, str]:
    head = line.split("\t", 1)[0]
    return _ORDER.get(head[:1], 9), int(head[1:]) if head[1:].isdigit() else 0, line


def annotation_conf(labels: set[str], kept_types: set[str]) -> str:
    """An ``annotation.conf`` declaring every type the written files use."""
    entity_labels = sorted(labels - bm.SPAN_TYPES)
    named = "|".join(entity_labels) or "<ENTITY>"
    lines = [
        "# Written by editor-app (docs/formats.md): entity labels, quotes with speaker and cue, corrections.",
        "",
        "[entities]",
        "",
        *entity_labels,
        bm.QUOTE,
        bm.CUE,
        bm.CORRECTION,
        "",
        "[relations]",
        "",
        f"{bm.SPEAKER}\tArg1:{bm.QUOTE}, Arg2:{named}",
        f"{bm.QUOTE_CUE}\tArg1:{bm.QUOTE}, Arg2:{bm.CUE}",
        f"{bm.COREF}\tArg1:{named}, Arg2:{named}, <REL-TYPE>:symmetric-transitive",
        "",
        "[events]",
        "",
        "[attributes]",
        "",
        f"{bm.QUOTE_KIND}\tArg:{bm.QUOTE}, Value:{'|'.join(vocab.QUOTE_KINDS)}",
        f"{bm.CATEGORY}\tArg:{bm.CORRECTION}, Value:{'|'.join(vocab.CORRECTION_CATEGORIES)}",
        f"{bm.CORRECTION_STATUS}\tArg:{bm.CORRECTION}, Value:{'|'.join(vocab.CORRECTION_STATUSES)}",
    ]
    foreign = sorted(kept_types - labels - {bm.NOTES, bm.REFERENCE})
    if foreign:
        lines += [
            "",
            "# Kept from imported brat files but not declared here (copy their definitions from the",
            "# annotation.conf they came with): " + ", ".join(foreign),
        ]
    return "\n".join(lines) + "\n"


class BratWriter:
    """Writes into the folder ``out``; ``annotation.conf`` is written on :meth:`close`."""

    def __init__(self, out: Path, guard: OutputGuard | None = None):
        self.out = Path(out)
        self.guard = guard
        if guard is not None:
            guard.check(self.out / "annotation.conf")
        self.out.mkdir(parents=True, exist_ok=True)
        self.stems: set[str] = set()
        self.labels: set[str] = set()
        self.kept_types: set[str] = set()

    def write(self, prepared: Prepared) -> list[str]:
        doc = prepared.document
        writer = AnnWriter(doc)
        lines = writer.write()
        stem = self._stem(Path(doc.file_name).stem)
        if self.guard is not None:
            self.guard.check(self.out / f"{stem}.txt")
            self.guard.check(self.out / f"{stem}.ann")
        write_file(self.out / f"{stem}.txt", doc.text.encode("utf-8"))
        write_file(self.out / f"{stem}.ann", "".join(line + "\n" for line in lines).encode("utf-8"))
        self.labels |= writer.labels
        self.kept_types |= writer.kept_types
        return writer.notes

    def _stem(self, stem: str) -> str:
        candidate = stem
        for number in itertools.count(2):
            if candidate not in self.stems:
                break
            candidate = f"{stem}-{number}"
        self.stems.add(candidate)
        return candidate

    def close(self) -> None:
        write_file(
            self.out / "annotation.conf", annotation_conf(self.labels, self.kept_types).encode("utf-8")
        )

    def abort(self) -> None:
        """Files written so far stay: each one is complete."""

"""brat import: each ``NAME.ann`` with its ``NAME.txt`` becomes ``NAME.txt.annotations.yaml``.

The reverse of :mod:`.brat_mapping`. A ``T`` line of another type is a mention of its own entity
(``*`` ``Coref`` lines join mentions into one entity); a ``T`` line that is an event's trigger, and
every line editor-app cannot represent, is kept in the sidecar (key ``brat``) with the ids it had, so
that exporting to brat again writes it back. Offsets count characters of the ``.txt`` as brat reads
it (``\\r\\n`` and a BOM included) and are mapped onto the normalised article text.
"""

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from editor_app.formats import brat_mapping as bm
from editor_app.formats.brat_grammar import BratLine, BratSyntaxError, fragments_of, parse_line, t_line
from editor_app.formats.build import (
    Imported,
    ImportFailure,
    Normalised,
    UnreadableInput,
    new_document,
    read_input,
)
from editor_app.model import vocab
from editor_app.model.ids import IdMinter
from editor_app.model.records import Correction, Entity, Mention, Quote, Record, Span
from editor_app.model.vocab import Category, QuoteKind, Status
from editor_app.storage.article_file import detect_encoding
from editor_app.storage.errors import ArticleError


@dataclass(frozen=True)
class BratOptions:
    out: Path | None = None
    """Folder to copy the texts to and put the sidecars in (None: beside the ``.txt``)."""


def read_brat(path: Path, options: BratOptions) -> Iterator[Imported | ImportFailure]:
    """Every ``.ann`` named by ``path`` (an ``.ann``, its ``.txt``, or a folder walked for them)."""
    path = Path(path)
    anns = sorted(path.rglob("*.ann")) if path.is_dir() else [path.with_suffix(".ann")]
    for ann in anns:
        try:
            yield _read(ann, options)
        except _Bad as exc:
            yield ImportFailure(str(ann), str(exc))
        except OSError as exc:
            yield ImportFailure(str(ann), f"cannot be read: {exc.strerror or exc}")


class _Bad(Exception):
    pass


def _raw_text(txt: Path) -> str:
    try:
        data = read_input(txt)
    except UnreadableInput as exc:
        raise _Bad(f"{txt.name} {exc}") from None
    try:
        encoding = detect_encoding(data, txt)
    except ArticleError as exc:
        raise _Bad(exc.message) from exc
    # brat reads UTF-8 and counts a BOM as a character: keep it, Normalised removes it.
    return data.decode(
        {"utf-8-sig": "utf-8", "utf-16": "utf-16", "utf-16-be": "utf-16"}.get(encoding, encoding)
    )


def _read(ann: Path, options: BratOptions) -> Imported:
    txt = ann.with_suffix(".txt")
    if not ann.exists():
        raise _Bad("no such file")
    if not txt.exists():
        raise _Bad(f"no {txt.name} beside it: brat keeps the text there")
    text = Normalised(_raw_text(txt))
    lines, problems = [], []
    try:
        ann_text = read_input(ann).decode("utf-8-sig")
    except (UnreadableInput, UnicodeDecodeError) as exc:
        raise _Bad(str(exc)) from None
    for number, line in enumerate(ann_text.split("\n"), 1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        try:
            parsed = parse_line(line)
        except BratSyntaxError as exc:
            problems.append(f"line {number}: {exc}")
            continue
        if parsed.kind == "T":
            expected = " ".join(text.raw[start:end] for start, end in parsed.fragments)
            if parsed.fragments[-1][1] > len(text.raw) or expected != parsed.text:
                problems.append(f"line {number}: {parsed.id} says {parsed.text!r}, the text has {expected!r}")
                continue
        lines.append(parsed)
    if problems:
        raise _Bad(
            "; ".join(problems[:5]) + (f" (and {len(problems) - 5} more)" if len(problems) > 5 else "")
        )
    builder = _Builder(text, lines)
    builder.build()
    doc = new_document(text.text, txt.name, builder.records, extra=builder.extra)
    article = (options.out / txt.name) if options.out else txt
    return Imported(doc, article, options.out is not None, str(ann), builder.notes)


@dataclass
class _Builder:
    text: Normalised
    lines: list[BratLine]
    records: list[Record] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    mint: IdMinter = field(default_factory=IdMinter)
    notes: list[str] = field(default_factory=list)
    spans: dict[str, tuple[str, Span]] = field(default_factory=dict)  # T id -> (type, span)
    kept: list[BratLine] = field(default_factory=list)
    quote_fields: dict[str, dict[str, Any]] = field(default_factory=dict)
    correction_fields: dict[str, dict[str, Any]] = field(default_factory=dict)
    entity_of: dict[str, str] = field(default_factory=dict)  # mention T id -> representative T id
    names: dict[str, str] = field(default_factory=dict)
    links: dict[str, str] = field(default_factory=dict)

    def build(self) -> None:
        triggers = {line.refs[0] for line in self.lines if line.kind == "E"}
        for line in self.lines:
            if line.kind == "T" and line.id not in triggers:
                self._span(line)
        for line in self.lines:
            if (line.kind == "T" and line.id in triggers) or (line.kind != "T" and not self._interpret(line)):
                self.kept.append(line)
        self._assemble()

    def _span(self, line: BratLine) -> None:
        fragments = [(self.text.offset(start), self.text.offset(end)) for start, end in line.fragments]
        start, end = fragments[0][0], fragments[-1][1]
        if len(fragments) > 1 and any(
            self.text.text[a[1] : b[0]].strip() for a, b in itertools.pairwise(fragments)
        ):
            self.notes.append(f"{line.id}: a discontinuous span; imported as one span from {start} to {end}")
        self.spans[line.id] = (line.type, Span(start, end, self.text.text[start:end]))
        if line.type == bm.QUOTE:
            self.quote_fields[line.id] = {}
        elif line.type == bm.CORRECTION:
            self.correction_fields[line.id] = {}
        elif line.type != bm.CUE:
            self.entity_of[line.id] = line.id

    def _interpret(self, line: BratLine) -> bool:
        """Take ``line`` into the document; False when editor-app cannot represent it."""
        refs = line.refs
        if line.kind == "*" and line.type == bm.COREF and all(ref in self.entity_of for ref in refs):
            labels = {self.spans[ref][0] for ref in refs}
            if len(labels) == 1:
                for ref in refs[1:]:
                    self._join(refs[0], ref)
                return True
        if line.kind == "R" and refs[0] in self.quote_fields:
            if line.type == bm.SPEAKER and refs[1] in self.entity_of:
                return self._set(self.quote_fields[refs[0]], "speaker", refs[1])
            if line.type == bm.QUOTE_CUE and self.spans.get(refs[1], ("",))[0] == bm.CUE:
                return self._set(self.quote_fields[refs[0]], "cue", refs[1])
        if line.kind in "AM":
            target = refs[0]
            if line.type == bm.QUOTE_KIND and target in self.quote_fields and line.value in vocab.QUOTE_KINDS:
                return self._set(self.quote_fields[target], "kind", line.value)
            if target in self.correction_fields:
                if line.type == bm.CATEGORY and line.value in vocab.CORRECTION_CATEGORIES:
                    return self._set(self.correction_fields[target], "category", line.value)
                if line.type == bm.CORRECTION_STATUS and line.value in vocab.CORRECTION_STATUSES:
                    return self._set(self.correction_fields[target], "status", line.value)
        if line.kind == "#" and line.type == bm.NOTES:
            target = refs[0]
            if target in self.correction_fields:
                parsed = bm.parse_correction_note(line.text)
                if parsed is not None and "replacement" not in self.correction_fields[target]:
                    self.correction_fields[target]["replacement"], self.correction_fields[target]["note"] = (
                        parsed
                    )
                    return True
            if target in self.entity_of and line.text.startswith(bm.NAME_PREFIX) and target not in self.names:
                self.names[target] = line.text.removeprefix(bm.NAME_PREFIX)
                return True
        if (
            line.kind == "N"
            and line.type == bm.REFERENCE
            and refs[0] in self.entity_of
            and refs[0] not in self.links
        ):
            self.links[refs[0]] = line.value
            self.names.setdefault(refs[0], line.text)
            return True
        return False

    @staticmethod
    def _set(fields: dict[str, Any], key: str, value: str) -> bool:
        if key in fields:
            return False  # a second one: kept as a line rather than lost
        fields[key] = value
        return True

    def _root(self, ref: str) -> str:
        while self.entity_of[ref] != ref:
            ref = self.entity_of[ref]
        return ref

    def _join(self, a: str, b: str) -> None:
        root_a, root_b = self._root(a), self._root(b)
        if root_a != root_b:
            self.entity_of[max(root_a, root_b, key=_number)] = min(root_a, root_b, key=_number)

    def _assemble(self) -> None:
        referenced = {ref for line in self.kept for ref in line.refs}
        groups: dict[str, list[str]] = {}
        for ref in sorted(self.entity_of, key=_number):
            groups.setdefault(self._root(ref), []).append(ref)
        entity_ids: dict[str, str] = {}
        for root, members in groups.items():
            mentions = sorted(
                (self._mention(ref, ref in referenced) for ref in members), key=lambda m: (m.start, m.end)
            )
            entity_id = self.mint(Entity)
            name = next((self.names[ref] for ref in members if ref in self.names), mentions[0].text)
            link = next((self.links[ref] for ref in members if ref in self.links), None)
            label = self.spans[root][0]
            self.records.append(Entity(entity_id, label, name, link, mentions=tuple(mentions)))
            for ref in members:
                entity_ids[ref] = entity_id
        for ref, fields in self.quote_fields.items():
            cue = self.spans[fields["cue"]][1] if "cue" in fields else None
            speaker = entity_ids.get(fields.get("speaker", ""))
            extra = {bm.ID_KEY: ref} if ref in referenced else {}
            kind = fields.get("kind", QuoteKind.DIRECT)
            self.records.append(Quote(self.mint(Quote), self.spans[ref][1], speaker, cue, kind, extra=extra))
        for ref, fields in self.correction_fields.items():
            extra = {bm.ID_KEY: ref} if ref in referenced else {}
            self.records.append(
                Correction(
                    self.mint(Correction),
                    self.spans[ref][1],
                    replacement=fields.get("replacement", ""),
                    category=fields.get("category", Category.OTHER),
                    status=fields.get("status", Status.OPEN),
                    note=fields.get("note", ""),
                    extra=extra,
                )
            )
        linked_cues = {fields["cue"] for fields in self.quote_fields.values() if "cue" in fields}
        for ref, (kind, _) in self.spans.items():
            if kind == bm.CUE and ref not in linked_cues:
                self.kept.append(parse_line(self._t_line(ref)))
        if self.kept:
            self.extra[bm.KEPT_KEY] = [
                self._t_line(line.id)
                if line.kind == "T" and line.id in self.spans
                else self._renumbered(line)
                for line in sorted(self.kept, key=lambda line: (line.kind, line.number))
            ]
            self.notes.append(
                f"kept {len(self.kept)} brat line(s) editor-app cannot represent under `brat:` in the sidecar"
            )

    def _mention(self, ref: str, keep_id: bool) -> Mention:
        span = self.spans[ref][1]
        return Mention(span.start, span.end, span.text, extra={bm.ID_KEY: ref} if keep_id else {})

    def _t_line(self, ref: str) -> str:
        kind, span = self.spans[ref]
        return t_line(int(ref[1:]), kind, fragments_of(self.text.text, span.start, span.end), self.text.text)

    def _renumbered(self, line: BratLine) -> str:
        """A kept line with its span offsets moved onto the normalised text (other lines as they were)."""
        if line.kind != "T":
            return line.raw
        fragments = [(self.text.offset(start), self.text.offset(end)) for start, end in line.fragments]
        return t_line(line.number, line.type, fragments, self.text.text)


def _number(ref: str) -> int:
    return int(ref[1:]) if ref[1:].isdigit() else 0

"""Adjudication: two or more annotators' documents of one article folded into a gold document.

What each annotator *decided* counts: records and mentions that are neither rejected nor unreviewed
suggestions, and spans that are not orphaned. Three kinds of unit are compared:

- an entity mention: its span and its entity's label;
- a quote: its span and its speaker (the speaker's entity in the gold, or the same name);
- a correction: its span and its replacement.

A unit that at least ``min_agree`` annotators made alike (all of them by default) is ``confirmed`` in the
gold (an agreed correction keeps the status they gave it, ``open`` when they differ); any other version
becomes a suggestion whose ``by`` names the annotators who made it (``ana; ben``). Entities are
rebuilt: mentions with the same label are joined into one entity when any annotator's entity holds
both (so "Chris Magnus" of A's entity and "Magnus" of B's end in one entity, whose ``names`` lists
both for the adjudicator); a span labelled differently stays one suggested entity per label.

Ids are derived from what a record is, so adjudicating the same inputs again writes the same file.
The document's ``annotators`` key lists who was compared, and the ``min_agree`` used.
"""

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Final

from editor_app.model.changes import FieldChange, RecordChange, Step
from editor_app.model.document import Document
from editor_app.model.edits import Edit, EditError
from editor_app.model.records import Correction, Entity, Mention, Quote, Record, Span
from editor_app.model.vocab import DocumentStatus, Status

SEPARATOR: Final = "; "
"""Between annotators' names in ``by``."""
ANNOTATORS_KEY: Final = "annotators"
"""The ``document:`` key listing the annotators a gold document was adjudicated from."""
MIN_AGREE_KEY: Final = "min_agree"
NAMES_KEY: Final = "names"
"""The key of a gold entity listing the names its annotators gave it, when they differ."""
_ALPHABET: Final = "abcdefghijkmnpqrstuvwxyz23456789"
_MACHINE: Final = ("rule:", "model:")

MentionKey = tuple[int, int, str]
"""start, end, label."""


@dataclass(frozen=True)
class Annotated:
    """One annotator's document of the article, and the name they go by."""

    name: str
    document: Document


@dataclass
class Adjudication:
    document: Document
    annotators: list[str]
    confirmed: int = 0
    """Units every (or ``min_agree``) annotator made alike: mentions, quotes, corrections."""
    suggested: int = 0
    """Versions left for the adjudicator."""
    disagreements: int = 0
    """Places (a kind and a span) where the annotators differ: one card each in the window."""
    by_kind: Counter[str] = field(default_factory=Counter)
    """Disagreements per kind: entity, quote, correction."""

    def tally(self, agreed: bool) -> None:
        if agreed:
            self.confirmed += 1
        else:
            self.suggested += 1

    def place(self, kind: str, disagree: bool) -> None:
        if disagree:
            self.disagreements += 1
            self.by_kind[kind] += 1


def annotator_name(doc: Document, fallback: str) -> str:
    """Who annotated ``doc``: the person most of its records name in ``by`` (rules and models do not
    count), or ``fallback`` (the folder's name) when none does."""
    counts: Counter[str] = Counter()
    for record in doc.records():
        if record.by and not record.by.startswith(_MACHINE):
            counts[record.by] += 1
        if isinstance(record, Entity):
            for mention in record.mentions:
                if mention.by and not mention.by.startswith(_MACHINE):
                    counts[mention.by] += 1
    return counts.most_common(1)[0][0] if counts else fallback


def distinct_names(names: Sequence[str], fallbacks: Sequence[str]) -> list[str]:
    """``names`` with any that repeat told apart by their fallback: ``Ana (A)``, ``Ana (B)``."""
    counts = Counter(names)
    out = [f"{n} ({f})" if counts[n] > 1 and n != f else n for n, f in zip(names, fallbacks, strict=True)]
    seen: Counter[str] = Counter()
    for index, name in enumerate(out):
        seen[name] += 1
        if seen[name] > 1:
            out[index] = f"{name} {seen[name]}"
    return out


def adjudicate(annotated: Sequence[Annotated], min_agree: int | None = None) -> Adjudication:
    """The gold document of the annotators' documents (all over one text; ValueError otherwise)."""
    if len(annotated) < 2:
        raise ValueError("adjudication needs at least two annotators")
    first = annotated[0].document
    if any(a.document.text != first.text for a in annotated[1:]):
        raise ValueError("the annotators' articles differ; compare annotations of one text")
    names = [a.name for a in annotated]
    if len(set(names)) != len(names):
        raise ValueError(f"two annotators have the same name: {', '.join(names)}")
    need = len(annotated) if min_agree is None else min_agree
    if not 1 <= need <= len(annotated):
        raise ValueError(f"min_agree must be between 1 and {len(annotated)}")
    gold = Document(article=first.article, file_name=first.file_name)
    result = Adjudication(gold, names)
    ids = _Ids()
    speakers = _build_entities(annotated, need, gold, result, ids)
    _build_quotes(annotated, need, gold, result, ids, speakers)
    _build_corrections(annotated, need, gold, result, ids)
    gold.sort()
    gold.status = DocumentStatus.NEEDS_REVIEW if result.suggested else DocumentStatus.DONE
    gold.document_extra = {ANNOTATORS_KEY: list(names)}
    if need != len(annotated):
        gold.document_extra[MIN_AGREE_KEY] = need
    return result


def by_of(names: Iterable[str], order: Sequence[str]) -> str:
    chosen = set(names)
    return SEPARATOR.join(n for n in order if n in chosen)


def names_in(by: str | None) -> list[str]:
    return [n for n in (by or "").split(SEPARATOR) if n]


# Entities -------------------------------------------------------------------------------------------


def _counts(status: str | None, orphaned: bool = False) -> bool:
    return not orphaned and status not in (Status.REJECTED, Status.SUGGESTED)


class _Union:
    def __init__(self) -> None:
        self.parent: dict[MentionKey, MentionKey] = {}

    def find(self, key: MentionKey) -> MentionKey:
        parent = self.parent.setdefault(key, key)
        while parent != key:
            grand = self.parent[parent]
            self.parent[key] = grand
            key, parent = parent, grand
        return key

    def join(self, a: MentionKey, b: MentionKey) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _build_entities(
    annotated: Sequence[Annotated], need: int, gold: Document, result: Adjudication, ids: "_Ids"
) -> dict[tuple[int, str], str]:
    """The gold entities; returns (annotator index, their entity id) -> the gold entity's id."""
    union = _Union()
    makers: dict[MentionKey, list[int]] = {}
    texts: dict[MentionKey, str] = {}
    entity_keys: dict[tuple[int, str], list[MentionKey]] = {}
    entities_of: dict[tuple[int, str], Entity] = {}
    for index, one in enumerate(annotated):
        for entity in one.document.entities:
            if not _counts(entity.status):
                continue
            keys: list[MentionKey] = []
            for mention in entity.mentions:
                if not _counts(mention.status or entity.status, mention.orphaned):
                    continue
                key = (mention.start, mention.end, entity.label)
                who = makers.setdefault(key, [])
                if not who or who[-1] != index:
                    who.append(index)
                texts.setdefault(key, mention.text)
                union.find(key)
                if keys:
                    union.join(keys[0], key)
                keys.append(key)
            entity_keys[(index, entity.id)] = keys
            entities_of[(index, entity.id)] = entity
    clusters: dict[MentionKey, list[MentionKey]] = {}
    for key in makers:
        clusters.setdefault(union.find(key), []).append(key)
    contributors: dict[MentionKey, list[tuple[int, str]]] = {}
    for owner, keys in entity_keys.items():
        if keys:
            contributors.setdefault(union.find(keys[0]), []).append(owner)
    order = result.annotators
    gold_of_root: dict[MentionKey, str] = {}
    for root, keys in clusters.items():
        keys.sort()
        owners = contributors.get(root, [])
        label = keys[0][2]
        names = Counter(entities_of[o].name for o in owners)
        first_seen = {name: i for i, name in reversed(list(enumerate(entities_of[o].name for o in owners)))}
        offered = sorted(names, key=lambda n: (-names[n], -len(n), first_seen[n]))
        link = next((entities_of[o].link for o in owners if entities_of[o].link), None)
        entity_by = by_of((order[i] for i, _ in owners), order)
        mentions: list[Mention] = []
        any_confirmed = False
        for key in keys:
            who = makers[key]
            agreed = len(who) >= need
            any_confirmed |= agreed
            mentions.append(
                Mention(
                    key[0],
                    key[1],
                    texts[key],
                    status=None if agreed else Status.SUGGESTED,
                    by=by_of((order[i] for i in who), order),
                )
            )
            result.tally(agreed)
        status = Status.CONFIRMED if any_confirmed else Status.SUGGESTED
        mentions = [
            Mention(
                m.start,
                m.end,
                m.text,
                status=m.status if m.status != status else None,
                by=m.by if m.by != entity_by else None,
            )
            for m in mentions
        ]
        entity_id = ids.mint("e", f"{label}|{keys[0][0]}|{keys[0][1]}")
        extra = {NAMES_KEY: offered} if len(offered) > 1 else {}
        gold.entities.append(
            Entity(
                id=entity_id,
                label=label,
                name=offered[0] if offered else " ".join(texts[keys[0]].split()),
                link=link,
                status=status,
                by=entity_by,
                mentions=tuple(mentions),
                extra=extra,
            )
        )
        gold_of_root[root] = entity_id
    speakers: dict[tuple[int, str], str] = {}
    for owner, keys in entity_keys.items():
        if keys:
            speakers[owner] = gold_of_root[union.find(keys[0])]
    _mention_places(gold, result)
    return speakers


def _mention_places(gold: Document, result: Adjudication) -> None:
    """Each span holding a suggested mention is one place of disagreement."""
    places = {
        (m.start, m.end)
        for entity in gold.entities
        for m in entity.mentions
        if (m.status or entity.status) == Status.SUGGESTED
    }
    for _ in places:
        result.place("entity", True)


# Quotes and corrections -----------------------------------------------------------------------------


def _build_quotes(
    annotated: Sequence[Annotated],
    need: int,
    gold: Document,
    result: Adjudication,
    ids: "_Ids",
    speakers: dict[tuple[int, str], str],
) -> None:
    names = {e.id: e.name for e in gold.entities}
    by_name = {" ".join(e.name.casefold().split()): e.id for e in reversed(gold.entities)}
    extra_speakers: dict[tuple[str, str], str] = {}
    versions: dict[tuple[int, int], dict[str, list[tuple[int, Quote]]]] = {}
    for index, one in enumerate(annotated):
        doc = one.document
        for quote in doc.quotes:
            if not _counts(quote.status, quote.span.orphaned):
                continue
            speaker: str | None = None
            if quote.speaker is not None:
                speaker = speakers.get((index, quote.speaker))
                entity = doc.entity(quote.speaker)
                if speaker is None and entity is not None:
                    # A speaker with no mention that counts: one entity per name in the gold.
                    key = " ".join(entity.name.casefold().split())
                    speaker = by_name.get(key) or extra_speakers.get((entity.label, key))
                    if speaker is None:
                        speaker = ids.mint("e", f"{entity.label}|{key}")
                        extra_speakers[(entity.label, key)] = speaker
                        gold.entities.append(
                            Entity(
                                speaker, entity.label, entity.name, entity.link, by=result.annotators[index]
                            )
                        )
                        names[speaker] = entity.name
            group = versions.setdefault((quote.span.start, quote.span.end), {})
            key = _speaker_key(speaker, names)
            group.setdefault(key, []).append((index, quote))
    order = result.annotators
    for (start, end), group in sorted(versions.items()):
        merged = _merge_same_name(group)
        disagree = len(merged) > 1
        for made in merged.values():
            who = _distinct_indexes(made)
            agreed = len(who) >= need
            disagree |= not agreed
            first_quote = made[0][1]
            speaker = _speaker_of(made, speakers, annotated, names)
            gold.quotes.append(
                Quote(
                    id=ids.mint("q", f"{start}|{end}|{speaker}"),
                    span=Span(start, end, first_quote.span.text),
                    speaker=speaker,
                    cue=Span(first_quote.cue.start, first_quote.cue.end, first_quote.cue.text)
                    if first_quote.cue is not None and not first_quote.cue.orphaned
                    else None,
                    kind=first_quote.kind,
                    status=Status.CONFIRMED if agreed else Status.SUGGESTED,
                    by=by_of((order[i] for i in who), order),
                )
            )
            result.tally(agreed)
        result.place("quote", disagree)


def _speaker_key(speaker: str | None, names: dict[str, str]) -> str:
    return "" if speaker is None else f"{speaker}\t{' '.join(names.get(speaker, '').casefold().split())}"


def _merge_same_name(
    group: dict[str, list[tuple[int, Quote]]],
) -> dict[str, list[tuple[int, Quote]]]:
    """Versions whose speakers are different gold entities of the same name are one version."""
    merged: dict[str, list[tuple[int, Quote]]] = {}
    for key, made in group.items():
        name = key.split("\t", 1)[1] if key else ""
        target = next((k for k in merged if k and name and k.split("\t", 1)[1] == name), key)
        merged.setdefault(target, []).extend(made)
    return merged


def _speaker_of(
    made: list[tuple[int, Quote]],
    speakers: dict[tuple[int, str], str],
    annotated: Sequence[Annotated],
    names: dict[str, str],
) -> str | None:
    for index, quote in made:
        if quote.speaker is not None:
            found = speakers.get((index, quote.speaker))
            if found is not None:
                return found
            entity = annotated[index].document.entity(quote.speaker)
            if entity is not None:
                key = " ".join(entity.name.casefold().split())
                return next((i for i, n in names.items() if " ".join(n.casefold().split()) == key), None)
    return None


def _distinct_indexes(made: Sequence[tuple[int, object]]) -> list[int]:
    return sorted({index for index, _ in made})


def _build_corrections(
    annotated: Sequence[Annotated], need: int, gold: Document, result: Adjudication, ids: "_Ids"
) -> None:
    versions: dict[tuple[int, int], dict[str, list[tuple[int, Correction]]]] = {}
    for index, one in enumerate(annotated):
        for correction in one.document.corrections:
            if correction.status in (Status.SUGGESTED, Status.REJECTED) or correction.span.orphaned:
                continue
            group = versions.setdefault((correction.span.start, correction.span.end), {})
            group.setdefault(correction.replacement, []).append((index, correction))
    order = result.annotators
    for (start, end), group in sorted(versions.items()):
        disagree = len(group) > 1
        for replacement, made in group.items():
            who = _distinct_indexes(made)
            agreed = len(who) >= need
            disagree |= not agreed
            first = made[0][1]
            statuses = {c.status for _, c in made}
            status = (statuses.pop() if len(statuses) == 1 else Status.OPEN) if agreed else Status.SUGGESTED
            categories = Counter(c.category for _, c in made)
            notes = [c.note for _, c in made if c.note]
            gold.corrections.append(
                Correction(
                    id=ids.mint("c", f"{start}|{end}|{replacement}"),
                    span=Span(start, end, first.span.text),
                    replacement=replacement,
                    category=categories.most_common(1)[0][0],
                    status=status,
                    note=" / ".join(dict.fromkeys(notes)),
                    by=by_of((order[i] for i in who), order),
                )
            )
            result.tally(agreed)
        result.place("correction", disagree)


class AdoptGold(Edit):
    """Put the gold's annotations (and its ``annotators``) in place of the document's, as one edit."""

    def __init__(self, gold: Document):
        super().__init__()
        self.gold = gold
        self.text = "Compare annotators"

    def _plan(self, doc: Document) -> list[Step]:
        if doc.text != self.gold.text:
            raise EditError("the gold annotates another text")
        old: list[Record] = [*doc.quotes, *doc.corrections, *doc.entities]
        steps: list[Step] = [RecordChange(r, None) for r in old]
        steps += [RecordChange(None, r) for r in self.gold.records()]
        extra = {**doc.document_extra, **self.gold.document_extra}
        if MIN_AGREE_KEY not in self.gold.document_extra:
            extra.pop(MIN_AGREE_KEY, None)
        if extra != doc.document_extra:
            steps.append(FieldChange("document_extra", dict(doc.document_extra), extra))
        if doc.status != self.gold.status:
            steps.append(FieldChange("status", doc.status, self.gold.status))
        return steps


class _Ids:
    """Ids derived from a record's key (stable across runs), distinct from one another."""

    def __init__(self) -> None:
        self.taken: set[str] = set()

    def mint(self, prefix: str, key: str) -> str:
        attempt = 0
        while True:
            digest = hashlib.sha256(f"{key}|{attempt}".encode()).digest()
            candidate = f"{prefix}-" + "".join(_ALPHABET[b % 32] for b in digest[:8])
            if candidate not in self.taken:
                self.taken.add(candidate)
                return candidate
            attempt += 1

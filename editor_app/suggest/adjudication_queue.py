"""The cards of adjudication: one per place where the annotators of a gold document differ.

A gold document (:mod:`editor_app.model.adjudication`) names its annotators under ``document:``; a
*place* is a kind (entity mention, quote, correction) and a span holding at least one suggestion made
by them. Its versions are every annotation of that kind and span whose ``by`` names annotators, with
who made each. Taking a version accepts it and rejects the others there; dropping rejects them all.
Both are one undoable edit; the annotators stay named in ``by`` (the adjudicator's name is not
written over theirs); the decision that leaves nothing undecided also marks the document done.

A gold saved half-decided is taken up again from the file alone: the places already decided are
those where a version was dropped, or taken though fewer annotators made it than confirm one.
"""

from dataclasses import dataclass

from editor_app.model.adjudication import ANNOTATORS_KEY, MIN_AGREE_KEY, names_in
from editor_app.model.changes import EditLike
from editor_app.model.document import Document
from editor_app.model.edits import Compound, EditError, ReplaceRecord, SetDocumentStatus
from editor_app.model.records import Correction, Entity, Quote, Record
from editor_app.model.vocab import OPEN_CORRECTIONS, DocumentStatus, Status
from editor_app.suggest.decisions import accept, accept_mention, mention_status, reject, reject_mention

KIND_ORDER = {"entity": 0, "quote": 1, "correction": 2}


@dataclass(frozen=True)
class Version:
    record_id: str
    mention: tuple[int, int] | None
    annotators: tuple[str, ...]


@dataclass(frozen=True)
class Place:
    kind: str
    """``entity`` (a mention), ``quote`` or ``correction``."""
    start: int
    end: int
    versions: tuple[Version, ...]

    def version_of(self, annotator: str) -> Version | None:
        return next((v for v in self.versions if annotator in v.annotators), None)


def annotators_of(doc: Document) -> list[str]:
    """The annotators a gold document was adjudicated from (empty for any other document)."""
    found = doc.document_extra.get(ANNOTATORS_KEY)
    return [str(n) for n in found] if isinstance(found, list) else []


def min_agree(doc: Document) -> int:
    """How many annotators alike confirmed a version when the gold was made."""
    found = doc.document_extra.get(MIN_AGREE_KEY)
    return found if isinstance(found, int) and found > 0 else len(annotators_of(doc))


def places(doc: Document, decided: bool = False) -> list[Place]:
    """Every place where the annotators differ and a suggestion is still undecided, in text order;
    with ``decided``, also those already decided (a gold taken up again: "3 of 7")."""
    people = set(annotators_of(doc))
    if not people:
        return []
    need = min_agree(doc)
    groups: dict[tuple[int, int, str], list[tuple[Version, str]]] = {}

    def add(kind: str, start: int, end: int, version: Version, status: str) -> None:
        if version.annotators and set(version.annotators) <= people:
            groups.setdefault((start, end, kind), []).append((version, status))

    for entity in doc.entities:
        for m in entity.mentions:
            who = tuple(names_in(m.by or entity.by))
            add(
                "entity", m.start, m.end, Version(entity.id, (m.start, m.end), who), mention_status(entity, m)
            )
    for quote in doc.quotes:
        add(
            "quote",
            quote.span.start,
            quote.span.end,
            Version(quote.id, None, tuple(names_in(quote.by))),
            quote.status,
        )
    for c in doc.corrections:
        add("correction", c.span.start, c.span.end, Version(c.id, None, tuple(names_in(c.by))), c.status)
    found: list[Place] = []
    for (start, end, kind), versions in groups.items():
        if not any(status == Status.SUGGESTED for _, status in versions) and not (
            decided
            and any(
                status in (Status.REJECTED, Status.SUGGESTED) or len(version.annotators) < need
                for version, status in versions
            )
        ):
            continue
        ordered = sorted((v for v, s in versions if s != Status.REJECTED), key=lambda v: -len(v.annotators))
        ordered += [v for v, s in versions if s == Status.REJECTED]
        found.append(Place(kind, start, end, tuple(ordered)))
    return sorted(found, key=lambda p: (p.start, p.end, KIND_ORDER[p.kind]))


def version_status(doc: Document, version: Version) -> str | None:
    """The version's status now (None when its record is gone)."""
    record = doc.find(version.record_id)
    if record is None:
        return None
    if isinstance(record, Entity) and version.mention is not None:
        mention = next((m for m in record.mentions if (m.start, m.end) == version.mention), None)
        return mention_status(record, mention) if mention is not None else None
    return record.status


def is_decided(doc: Document, place: Place) -> bool:
    """No version of the place is a suggestion any more."""
    return all(version_status(doc, v) != Status.SUGGESTED for v in place.versions)


def taken(doc: Document, place: Place) -> Version | None:
    """The version standing once decided (None: all were dropped, or it is not decided yet)."""
    if not is_decided(doc, place):
        return None
    standing = [v for v in place.versions if version_status(doc, v) not in (Status.REJECTED, None)]
    return standing[0] if len(standing) == 1 else None


def take(doc: Document, place: Place, chosen: Version | None, last: bool = False) -> Compound:
    """The edit keeping ``chosen`` (None: keeping none) and rejecting the place's other versions;
    ``last`` (nothing else is left undecided) also marks the document done.

    Raises :class:`EditError` when a version's record is gone."""
    edits: list[EditLike] = []
    for version in place.versions:
        record = doc.find(version.record_id)
        if record is None:
            raise EditError(f"there is no annotation with id {version.record_id!r}")
        keep = version == chosen
        after = _decided(record, version, keep)
        if after != record:
            edits.append(ReplaceRecord(after, "Take version" if keep else "Drop version"))
    if last and edits and doc.status != DocumentStatus.DONE:
        edits.append(SetDocumentStatus(DocumentStatus.DONE))
    text = "Take a version" if chosen is not None else "Drop every version"
    return Compound(text, edits)


def _decided(record: Record, version: Version, keep: bool) -> Record:
    if isinstance(record, Entity) and version.mention is not None:
        mention = next((m for m in record.mentions if (m.start, m.end) == version.mention), None)
        if mention is None:
            raise EditError(f"{record.name} has no mention at {version.mention[0]}-{version.mention[1]}")
        status = mention_status(record, mention)
        if keep:
            return accept_mention(record, *version.mention) if status != Status.CONFIRMED else record
        return reject_mention(record, *version.mention) if status != Status.REJECTED else record
    if isinstance(record, Correction):
        if keep:
            return accept(record) if record.status in OPEN_CORRECTIONS else record
        return reject(record) if record.status != Status.REJECTED else record
    if record.status == (Status.CONFIRMED if keep else Status.REJECTED):
        return record
    if isinstance(record, Entity):
        return accept(record) if keep else reject(record)
    assert isinstance(record, Quote)
    return accept(record) if keep else reject(record)

"""Counting annotations over many documents: the statistics view and ``editor-app stats`` share this."""

from collections import Counter
from dataclasses import dataclass, field

from editor_app.model.document import Document
from editor_app.model.vocab import Status


@dataclass
class CorpusStats:
    documents: int = 0
    document_status: Counter[str] = field(default_factory=Counter)
    labels: Counter[str] = field(default_factory=Counter)
    """Mentions per entity label."""
    entity_labels: Counter[str] = field(default_factory=Counter)
    quote_kinds: Counter[str] = field(default_factory=Counter)
    correction_categories: Counter[str] = field(default_factory=Counter)
    statuses: Counter[str] = field(default_factory=Counter)
    """Annotation statuses (confirmed, suggested, rejected, open, accepted, applied ...) over all kinds."""
    annotators: Counter[str] = field(default_factory=Counter)
    """Records per ``by`` (a person, or ``rule:...`` for suggestions); "(nobody)" when unset."""
    speakers: Counter[str] = field(default_factory=Counter)
    """Quotes per speaker name, across documents (names, since ids are per document)."""

    def add(self, doc: Document) -> None:
        self.documents += 1
        self.document_status[doc.status] += 1
        names = {e.id: e.name for e in doc.entities}
        for entity in doc.entities:
            self.entity_labels[entity.label] += 1
            self.labels[entity.label] += len(entity.mentions)
        for quote in doc.quotes:
            self.quote_kinds[quote.kind] += 1
            if quote.speaker and quote.status != Status.REJECTED:
                self.speakers[names.get(quote.speaker, quote.speaker)] += 1
        for correction in doc.corrections:
            self.correction_categories[correction.category] += 1
        for record in doc.records():
            self.statuses[record.status] += 1
            self.annotators[record.by or "(nobody)"] += 1

    def tables(self) -> list[tuple[str, list[tuple[str, int]]]]:
        """Titled (name, count) tables, largest first, for display and for ``stats`` output."""
        return [
            ("Mentions per label", self.labels.most_common()),
            ("Entities per label", self.entity_labels.most_common()),
            ("Quotes per kind", self.quote_kinds.most_common()),
            ("Corrections per category", self.correction_categories.most_common()),
            ("Annotations per status", self.statuses.most_common()),
            ("Annotations per annotator", self.annotators.most_common()),
            ("Who is quoted", self.speakers.most_common()),
            ("Documents per status", self.document_status.most_common()),
        ]

"""Running the suggesters on text written in a test, and reading what they found."""

from dataclasses import dataclass

from editor_app.model import Article, Document
from editor_app.suggest.copydesk import find_corrections
from editor_app.suggest.entities import find_entities
from editor_app.suggest.findings import CorrectionFinding, EntityFinding, QuoteFinding
from editor_app.suggest.quotes import find_quotes
from editor_app.suggest.text import Layout


@dataclass
class Found:
    text: str
    entities: list[EntityFinding]
    quotes: list[QuoteFinding]
    corrections: list[CorrectionFinding]
    stray_marks: list[int]

    def quote(self, words: str) -> QuoteFinding:
        """The quote whose text contains ``words``."""
        matches = [q for q in self.quotes if words in self.text[q.start : q.end]]
        assert matches, f"no quote with {words!r}; found {[self.text[q.start : q.end] for q in self.quotes]}"
        return matches[0]

    def quote_texts(self, kind: str | None = None) -> list[str]:
        return [self.text[q.start : q.end] for q in self.quotes if kind is None or q.kind == kind]

    def speaker(self, quote: QuoteFinding) -> str | None:
        return None if quote.speaker is None else self.entities[quote.speaker].name

    def cue(self, quote: QuoteFinding) -> str | None:
        return None if quote.cue is None else self.text[quote.cue[0] : quote.cue[1]]

    def entity(self, name: str) -> EntityFinding:
        matches = [e for e in self.entities if e.name == name]
        assert matches, f"no entity {name!r}; found {[(e.label, e.name) for e in self.entities]}"
        return matches[0]

    def names(self, label: str) -> set[str]:
        return {e.name for e in self.entities if e.label == label}

    def mentions(self, name: str) -> list[str]:
        return [self.text[s:e] for s, e in self.entity(name).mentions]

    def fixes(self, category: str | None = None) -> list[tuple[str, str]]:
        return [
            (self.text[c.start : c.end], c.replacement)
            for c in self.corrections
            if category is None or c.category == category
        ]


def run(text: str) -> Found:
    layout = Layout(text)
    entities = find_entities(text, layout)
    scan = find_quotes(text, entities, layout)
    corrections = find_corrections(text, entities, scan, layout)
    return Found(text, entities, scan.quotes, corrections, scan.stray_marks)


def document(text: str, name: str = "story.txt") -> Document:
    return Document(article=Article(text), file_name=name)

"""Small helpers to build annotated documents for tests."""

from pathlib import Path

from editor_app.model import Correction, Document, Entity, Mention, Quote, Span
from editor_app.storage import read_article


def mention(doc: Document, text: str, occurrence: int = 0) -> Mention:
    start = find(doc.text, text, occurrence)
    return Mention(start, start + len(text), text)


def span(doc: Document, text: str, occurrence: int = 0) -> Span:
    start = find(doc.text, text, occurrence)
    return Span(start, start + len(text), text)


def find(text: str, needle: str, occurrence: int = 0) -> int:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return start


def annotated_sample(article_path: Path) -> Document:
    """The sample article with a person, a quote attributed to him and a correction."""
    doc = Document(article=read_article(article_path), file_name=article_path.name)
    magnus = Entity(
        id="e-magnus",
        label="PERSON",
        name="Chris Magnus",
        status="confirmed",
        by="Ana Reyes",
        mentions=(mention(doc, "Chris Magnus"), mention(doc, "Magnus", 3), mention(doc, "Mangus")),
    )
    doc.entities = [magnus]
    quote_text = "I am excited about the progress I made and look forward continuing that work"
    doc.quotes = [
        Quote(
            id="q-excited",
            span=span(doc, quote_text),
            speaker="e-magnus",
            cue=span(doc, "said", 3),
            kind="direct",
            status="confirmed",
            by="Ana Reyes",
        )
    ]
    doc.corrections = [
        Correction(
            id="c-mangus",
            span=span(doc, "Mangus"),
            replacement="Magnus",
            category="name",
            status="open",
            note="Spelt Magnus everywhere else",
            by="Copy Desk",
        )
    ]
    return doc

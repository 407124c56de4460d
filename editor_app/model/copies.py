"""Copies of a document that share its immutable records but not its lists."""

from editor_app.model.article import Article
from editor_app.model.document import Document


def shallow_copy(doc: Document, article: Article | None = None) -> Document:
    """A document with the same records in new lists, so that sorting or editing one leaves the other
    alone; with ``article``, the same records over another text (to be re-anchored onto it)."""
    return Document(
        article=article or doc.article,
        file_name=doc.file_name,
        status=doc.status,
        note=doc.note,
        entities=list(doc.entities),
        quotes=list(doc.quotes),
        corrections=list(doc.corrections),
        source_extra=dict(doc.source_extra),
        document_extra=dict(doc.document_extra),
        extra=dict(doc.extra),
    )

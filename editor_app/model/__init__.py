"""The document model: pure Python, no Qt, usable from the CLI, exporters and tests without a display."""

from editor_app.model.article import Article
from editor_app.model.document import Document
from editor_app.model.records import Correction, Entity, Mention, Quote, Record, Span
from editor_app.model.validation import Problem, validate

__all__ = [
    "Article",
    "Correction",
    "Document",
    "Entity",
    "Mention",
    "Problem",
    "Quote",
    "Record",
    "Span",
    "validate",
]

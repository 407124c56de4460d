"""The fixed vocabularies of sidecar format v1.

Each word is a :class:`~enum.StrEnum` member: equal to, hashed like and written as the plain string
the sidecar holds, so records may carry either and the YAML stays the same.
"""

from enum import StrEnum
from typing import Final


class Status(StrEnum):
    """Where an annotation stands in review; see the tuples below for which records take which."""

    SUGGESTED = "suggested"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"
    OPEN = "open"
    ACCEPTED = "accepted"
    APPLIED = "applied"


class DocumentStatus(StrEnum):
    NEW = "new"
    IN_PROGRESS = "in-progress"
    DONE = "done"
    NEEDS_REVIEW = "needs-review"


class QuoteKind(StrEnum):
    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"
    SCARE = "scare"


class Category(StrEnum):
    """The category of a correction."""

    SPELLING = "spelling"
    NAME = "name"
    FACT = "fact"
    GRAMMAR = "grammar"
    STYLE = "style"
    PUNCTUATION = "punctuation"
    BOILERPLATE = "boilerplate"
    OTHER = "other"


ANNOTATION_STATUSES: Final = (Status.SUGGESTED, Status.CONFIRMED, Status.REJECTED)
"""Statuses of entities, mentions and quotes."""
CORRECTION_STATUSES: Final = (Status.SUGGESTED, Status.OPEN, Status.ACCEPTED, Status.REJECTED, Status.APPLIED)
QUOTE_KINDS: Final = tuple(QuoteKind)
CORRECTION_CATEGORIES: Final = tuple(Category)
DOCUMENT_STATUSES: Final = tuple(DocumentStatus)
OPEN_CORRECTIONS: Final = frozenset({Status.OPEN, Status.SUGGESTED})
"""Corrections still to be decided: F8 visits them, the status bar counts them."""
NEWLINES: Final = ("lf", "crlf", "cr")

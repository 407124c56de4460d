"""The fixed vocabularies of sidecar format v1."""

from typing import Final

ANNOTATION_STATUSES: Final = ("suggested", "confirmed", "rejected")
QUOTE_KINDS: Final = ("direct", "indirect", "mixed", "scare")
CORRECTION_CATEGORIES: Final = (
    "spelling",
    "name",
    "fact",
    "grammar",
    "style",
    "punctuation",
    "boilerplate",
    "other",
)
CORRECTION_STATUSES: Final = ("suggested", "open", "accepted", "rejected", "applied")
DOCUMENT_STATUSES: Final = ("new", "in-progress", "done", "needs-review")
NEWLINES: Final = ("lf", "crlf", "cr")

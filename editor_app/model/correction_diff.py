"""What applying corrections would change, before anything is written: one computation for the window's
preview (Tools > Apply) and ``editor-app apply --dry-run``.

:func:`changes` gives each correction's words with the text around them (for a before/after view);
:func:`unified_diff` gives the article's unified diff (:mod:`difflib`), each hunk naming the
corrections it holds. Both read the document and the chosen corrections only; nothing is changed.
"""

import difflib
import re
from dataclasses import dataclass

from editor_app.model.corrections import Applied, apply_corrections, corrections_inside_direct_quotes
from editor_app.model.document import Document
from editor_app.model.records import Correction

CONTEXT = 60
"""Characters of context on each side of a change in the window (less at a paragraph's edge)."""
DIFF_CONTEXT_LINES = 1
"""Lines of context in the unified diff: an article's line is a whole paragraph."""

_HUNK = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@$")


@dataclass(frozen=True, slots=True)
class Change:
    """One correction as it would change the article: ``before`` + ``old`` + ``after`` becomes
    ``before`` + ``new`` + ``after``. ``more_before`` / ``more_after``: the paragraph goes on."""

    correction: Correction
    line: int
    """The article line (1-based) where the change starts."""
    before: str
    old: str
    new: str
    after: str
    more_before: bool
    more_after: bool
    inside_quote: bool
    """The words are inside a direct quote: changing them changes what someone said."""


def changes(doc: Document, corrections: list[Correction], context: int = CONTEXT) -> list[Change]:
    """Each of ``corrections`` as a :class:`Change`, in the order of the article."""
    text = doc.text
    in_quotes = {c.id for c in corrections_inside_direct_quotes(doc, corrections)}
    found = []
    for correction in sorted(corrections, key=lambda c: (c.span.start, c.span.end, c.id)):
        start, end = correction.span.start, correction.span.end
        paragraph_start = text.rfind("\n", 0, start) + 1
        paragraph_end = text.find("\n", end)
        paragraph_end = len(text) if paragraph_end == -1 else paragraph_end
        first = max(paragraph_start, start - context)
        last = min(paragraph_end, end + context)
        if first > paragraph_start:  # begin at a word, not inside one
            space = text.find(" ", first, start)
            first = space + 1 if space != -1 else first
        if last < paragraph_end:
            space = text.rfind(" ", end, last)
            last = space if space != -1 else last
        found.append(
            Change(
                correction=correction,
                line=text.count("\n", 0, start) + 1,
                before=text[first:start],
                old=text[start:end],
                new=correction.replacement,
                after=text[end:last],
                more_before=first > paragraph_start,
                more_after=last < paragraph_end,
                inside_quote=correction.id in in_quotes,
            )
        )
    return found


def unified_diff(doc: Document, corrections: list[Correction], name: str) -> tuple[str, Applied]:
    """The unified diff of the article before and after applying ``corrections``, and that apply.

    Each hunk header ends with the corrections it holds: ``@@ -12 +12 @@ c-mangus (name): note``.
    Corrections the apply skips (overlapping another) are in the result's ``skipped``, not the diff.
    """
    result = apply_corrections(doc, corrections)
    old_lines = doc.text.split("\n")
    new_lines = result.document.text.split("\n")
    applied = {c.id for c in result.applied}
    taken = [c for c in corrections if c.id in applied]
    lines = []
    for line in difflib.unified_diff(
        old_lines, new_lines, name, f"{name} (corrected)", n=DIFF_CONTEXT_LINES, lineterm=""
    ):
        header = _HUNK.match(line)
        if header is not None:
            first = int(header.group(1))
            count = 1 if header.group(2) is None else int(header.group(2))
            last = first + max(count, 1) - 1
            inside = [c for c in taken if _lines(doc.text, c)[0] <= last and first <= _lines(doc.text, c)[1]]
            line = f"{line} {'; '.join(_label(c) for c in inside)}".rstrip()
        lines.append(line)
    return "".join(f"{line}\n" for line in lines), result


def _lines(text: str, correction: Correction) -> tuple[int, int]:
    """The first and last article line (1-based) a correction's words touch."""
    start, end = correction.span.start, correction.span.end
    return text.count("\n", 0, start) + 1, text.count("\n", 0, max(start, end - 1)) + 1


def _label(correction: Correction) -> str:
    note = " ".join(correction.note.split())
    return f"{correction.id} ({correction.category})" + (f": {note}" if note else "")

"""CoNLL-2003-style export: one token per line, four columns, BIO (IOB2) tags.

::

    -DOCSTART- -X- -X- O

    Chris -X- _ B-PERSON
    Magnus -X- _ I-PERSON
    said -X- _ O

The four columns are CoNLL-2003's: the token, its part of speech and chunk (unknown here: ``-X-``
and ``_``), and the entity tag; readers of CoNLL-2003 (spaCy's ``convert``, Flair, Hugging Face
``datasets``) take the first column as the token and the last as the tag. Tags are IOB2 (every
entity starts with ``B-``) with the app's labels (``B-PERSON``). A blank line ends a sentence and
``-DOCSTART- -X- -X- O`` starts each article. Tokens come from :mod:`editor_app.model.tokens`,
cut where an annotation starts or ends inside a word. BIO cannot hold overlapping mentions: the
longest wins and each left-out mention is reported.
"""

from bisect import bisect_left
from pathlib import Path

from editor_app.formats.output import OutputFile
from editor_app.formats.overlaps import longest_first
from editor_app.formats.prepare import Prepared
from editor_app.model.document import Document
from editor_app.model.tokens import sentences, split_at, tokenize
from editor_app.storage.output_guard import OutputGuard

DOCSTART = "-DOCSTART- -X- -X- O"
Labelled = tuple[int, int, str]


def conll_lines(doc: Document) -> tuple[list[str], list[str]]:
    """The lines of one article (``-DOCSTART-`` first) and the notes about mentions left out."""
    mentions: list[Labelled] = [(m.start, m.end, e.label) for e in doc.entities for m in e.mentions]
    chosen, left_out = longest_first(mentions, lambda m: (m[0], m[1]))
    text = doc.text
    notes = [
        f"mention {text[m[0] : m[1]]!r} ({m[2]}) overlaps {text[w[0] : w[1]]!r} ({w[2]}): "
        "left out of the BIO tags"
        for m, w in left_out
    ]
    tokens = split_at(tokenize(text), [b for s, e, _ in chosen for b in (s, e)])
    tags = ["O"] * len(tokens)
    starts = [start for start, _ in tokens]
    for start, end, label in chosen:
        index = bisect_left(starts, start)
        first = True
        while index < len(tokens) and tokens[index][1] <= end:
            tags[index] = ("B-" if first else "I-") + label.replace(" ", "_")
            first = False
            index += 1
        if first:
            notes.append(f"mention {text[start:end]!r} ({label}) holds no token: left out")
    tag_of = dict(zip(tokens, tags, strict=True))
    lines = [DOCSTART, ""]
    for sentence in sentences(text, tokens, [(s, e) for s, e, _ in chosen]):
        lines.extend(f"{text[s:e]} -X- _ {tag_of[(s, e)]}" for s, e in sentence)
        lines.append("")
    return lines, notes


class ConllWriter:
    def __init__(self, out: Path, guard: OutputGuard | None = None):
        self.out = OutputFile(out, guard)

    def write(self, prepared: Prepared) -> list[str]:
        lines, notes = conll_lines(prepared.document)
        self.out.write(("\n".join(lines) + "\n").encode("utf-8"))
        return notes

    def close(self) -> None:
        self.out.close()

    def abort(self) -> None:
        self.out.abort()

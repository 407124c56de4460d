"""``--split train=0.8,dev=0.1,test=0.1``: which part of the split each story goes to.

A story's part is decided by a hash of the seed and the story's key, not by shuffling the corpus:
the export stays streaming, every version of a story lands on the same side, and a story keeps its
side when the corpus grows (a test set does not leak into training on the next export). The shares
are met on average; a corpus of a few stories can come out uneven.
"""

import hashlib
import re
from dataclasses import dataclass
from pathlib import PurePath

from editor_app.model.document import Document

_NAME = re.compile(r"[A-Za-z0-9_-]+")
_VERSION = re.compile(r"[-_. ]?(v|ver|version|rev|draft)[-_. ]?\d+$", re.IGNORECASE)


class SplitError(ValueError):
    """The ``--split`` text is not ``name=share,...`` with shares adding up to 1."""


@dataclass(frozen=True)
class Split:
    parts: tuple[tuple[str, float], ...]
    seed: int = 0

    def part_of(self, story: str) -> str:
        """The name of the part ``story`` belongs to."""
        digest = hashlib.sha256(f"{self.seed}\0{story}".encode()).digest()
        point = int.from_bytes(digest[:8], "big") / 2**64
        total = 0.0
        for name, share in self.parts:
            total += share
            if point < total:
                return name
        return self.parts[-1][0]


def parse_split(text: str, seed: int = 0) -> Split:
    """``train=0.8,dev=0.1,test=0.1`` -> a :class:`Split`; raises :class:`SplitError`."""
    parts: list[tuple[str, float]] = []
    for item in text.split(","):
        name, equals, value = item.strip().partition("=")
        if not equals or not _NAME.fullmatch(name):
            raise SplitError(f"{item.strip()!r}: write name=share, e.g. train=0.8")
        try:
            share = float(value)
        except ValueError:
            raise SplitError(f"{item.strip()!r}: the share must be a number such as 0.8") from None
        if not 0 < share <= 1:
            raise SplitError(f"{item.strip()!r}: a share is above 0 and at most 1")
        if name in dict(parts):
            raise SplitError(f"{name!r} is named twice")
        parts.append((name, share))
    if abs(sum(share for _, share in parts) - 1) > 1e-6:
        raise SplitError(f"the shares add up to {sum(s for _, s in parts):g}, not 1")
    return Split(tuple(parts), seed)


def story_key(doc: Document, article: PurePath) -> str:
    """The ``story`` id of the document section when there is one, else the file stem without a version.

    ``budget.txt``, ``drafts/budget.txt`` and ``budget-v2.txt`` are one story.
    """
    story = doc.document_extra.get("story")
    if isinstance(story, str | int) and str(story).strip():
        return f"story:{story}"
    stem = article.stem
    return "file:" + (_VERSION.sub("", stem) or stem).lower()

"""Identifiers the app mints: short, random, and never re-minted once written."""

import secrets
from collections.abc import Container

from editor_app.model.records import Correction, Entity, Quote, Record

_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"  # no 0/o, 1/l: ids get read aloud and typed
PREFIXES: dict[type[Record], str] = {Entity: "e", Quote: "q", Correction: "c"}


def new_id(prefix: str, *taken: Container[str]) -> str:
    """A fresh id such as ``e-k3x9q2mh`` (40 random bits), in none of the collections ``taken``.

    Random rather than sequential so that two people annotating copies of one article do not mint
    the same id for different things.
    """
    while True:
        # 32 letters divide 256, so every byte picks a letter uniformly (and a run can mint thousands)
        candidate = f"{prefix}-" + "".join(_ALPHABET[b % 32] for b in secrets.token_bytes(8))
        if not any(candidate in ids for ids in taken):
            return candidate


class IdMinter:
    """Mints ids for records made before they join a document: distinct from ``taken`` (the
    document's ids) and from one another."""

    def __init__(self, taken: Container[str] = frozenset()) -> None:
        self.taken = taken
        self.minted: set[str] = set()

    def __call__(self, kind: type[Record]) -> str:
        minted = new_id(PREFIXES[kind], self.taken, self.minted)
        self.minted.add(minted)
        return minted

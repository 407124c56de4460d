"""Identifiers the app mints: short, random, and never re-minted once written."""

import secrets
from collections.abc import Container

_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"  # no 0/o, 1/l: ids get read aloud and typed


def new_id(prefix: str, taken: Container[str] = ()) -> str:
    """A fresh id such as ``e-k3x9q2mh`` (40 random bits), distinct from every id in ``taken``.

    Random rather than sequential so that two people annotating copies of one article do not mint
    the same id for different things.
    """
    while True:
        candidate = f"{prefix}-" + "".join(secrets.choice(_ALPHABET) for _ in range(8))
        if candidate not in taken:
            return candidate

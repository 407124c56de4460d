"""Applying corrections on disk: the article and its sidecar change together or not at all.

The writes are ordered so that a crash between any two of them is finished or undone exactly on the
next open (:func:`recover_interrupted_apply`):

1. the old article bytes go to the backup file (kept afterwards, so the change can be undone);
2. the new sidecar goes to a pending file beside it;
3. the new article replaces the old one (atomic rename);
4. the pending sidecar replaces the old sidecar (atomic rename).

A pending sidecar whose hash matches the article on disk means step 3 happened: step 4 is finished. One
that does not match means the article was never changed: the pending file is discarded.
"""

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from editor_app.model.corrections import Applied, apply_corrections
from editor_app.model.records import Correction
from editor_app.model.validation import validate
from editor_app.storage.article_file import decode_article, encode_article, read_article, read_article_bytes
from editor_app.storage.atomic import atomic_write
from editor_app.storage.errors import ChangedOnDisk, FileProblem, SidecarError
from editor_app.storage.side_files import side_file
from editor_app.storage.sidecar_read import parse_sidecar, read_sidecar_bytes
from editor_app.storage.sidecar_write import dump_sidecar, sidecar_path
from editor_app.storage.snapshots import remember_text
from editor_app.storage.write_lock import write_lock

if TYPE_CHECKING:
    from editor_app.storage.documents import OpenedDocument


@dataclass
class Undo:
    """What restores the files as they were before an apply."""

    article_bytes: bytes
    sidecar_bytes: bytes | None


def apply_to_files(opened: "OpenedDocument", corrections: list[Correction]) -> tuple[Applied, Undo]:
    """Apply ``corrections`` to the article file and its sidecar; ``opened`` then holds the new document."""
    result = apply_corrections(opened.document, corrections)
    problems = validate(result.document)
    if problems:
        raise SidecarError(opened.sidecar_path, f"corrections not applied: {problems[0].message}")
    article = opened.article_path
    undo = Undo(
        read_article_bytes(article),
        read_sidecar_bytes(opened.sidecar_path) if opened.sidecar_path.exists() else None,
    )
    remember_text(opened.document.text)
    sidecar = dump_sidecar(result.document).encode("utf-8")
    with write_lock(article):
        _verify_unchanged(opened, undo)
        _write_in_order(
            article, undo.article_bytes, sidecar, encode_article(result.document.article, article)
        )
    remember_text(result.document.text)
    opened.document = result.document
    opened.had_sidecar = True
    opened.sidecar_bytes = sidecar
    return result, undo


def _verify_unchanged(opened: "OpenedDocument", before: Undo) -> None:
    """Refuse to apply over files someone saved since ``opened`` was read (checked under the write lock,
    on the bytes just read for the undo)."""
    if before.sidecar_bytes != opened.sidecar_bytes:
        raise ChangedOnDisk(
            opened.sidecar_path, "changed on disk since it was opened; corrections not applied (reload first)"
        )
    if decode_article(before.article_bytes, opened.article_path).sha256 != opened.document.article.sha256:
        raise ChangedOnDisk(
            opened.article_path, "changed on disk since it was opened; corrections not applied (reload first)"
        )


def undo_apply(opened: "OpenedDocument", undo: Undo) -> None:
    """Put back the article and sidecar as they were before :func:`apply_to_files`, in the same order."""
    article = opened.article_path
    current = read_article_bytes(article)
    sidecar = undo.sidecar_bytes if undo.sidecar_bytes is not None else b""
    with write_lock(article):
        _write_in_order(article, current, sidecar, undo.article_bytes)
    if undo.sidecar_bytes is None:
        opened.sidecar_path.unlink(missing_ok=True)
    opened.sidecar_bytes = undo.sidecar_bytes


def _write_in_order(article: Path, backup: bytes, sidecar: bytes, new_article: bytes) -> None:
    atomic_write(side_file(article, "backup"), backup)
    pending = side_file(article, "pending")
    atomic_write(pending, sidecar)
    atomic_write(article, new_article)
    os.replace(pending, sidecar_path(article))


def recover_interrupted_apply(article: Path) -> str | None:
    """Finish or discard an apply that a crash interrupted; a sentence for the user, or None."""
    pending = side_file(article, "pending")
    if not os.path.lexists(pending):
        return None
    try:
        current = read_article(article)
        data = read_sidecar_bytes(pending, ours=True)
        finished = not parse_sidecar(data, pending, current, Path(article).name).article_changed
    except (FileProblem, OSError):
        finished = False
    if finished:
        os.replace(pending, sidecar_path(article))
        return f"{Path(article).name}: finished applying corrections that were interrupted"
    with contextlib.suppress(FileNotFoundError):
        pending.unlink()
    return (
        f"{Path(article).name}: an interrupted apply of corrections was undone; the article was not changed"
    )

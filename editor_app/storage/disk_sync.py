"""Bringing an open document back in step with disk: recovered work, a sidecar or an article changed by
someone else. Pure functions: each returns a new document and what happened, and changes no file and
no argument, so the window only has to show the result (and the tests need no display).
"""

import contextlib
from dataclasses import dataclass

from editor_app.model.anchoring import AnchorReport, reanchor
from editor_app.model.copies import shallow_copy
from editor_app.model.document import Document
from editor_app.model.merge import MergeResult, merge_documents
from editor_app.storage.article_file import read_article
from editor_app.storage.documents import OpenedDocument
from editor_app.storage.errors import FileProblem
from editor_app.storage.recovery import Recovery, base_of
from editor_app.storage.sidecar_read import parse_sidecar, read_sidecar_bytes


@dataclass(frozen=True)
class Restored:
    document: Document
    merge: MergeResult | None = None
    """Set when the sidecar was saved by someone else since the recovered work began: both were merged."""


@dataclass(frozen=True)
class MergedWithDisk:
    merge: MergeResult
    sidecar_bytes: bytes
    """The sidecar on disk that was merged in: the base of the next merge."""


@dataclass(frozen=True)
class Reanchored:
    document: Document
    report: AnchorReport


def same_annotations(a: Document, b: Document) -> bool:
    return (a.entities, a.quotes, a.corrections, a.status, a.note) == (
        b.entities,
        b.quotes,
        b.corrections,
        b.status,
        b.note,
    )


def restore_recovery(opened: OpenedDocument, recovery: Recovery) -> Restored:
    """The recovered work; merged by id with the sidecar as it is now when that changed since the work
    began (a colleague saved, a git pull), so that neither side is lost."""
    if recovery.base_sha256 == opened.sidecar_sha256:
        return Restored(recovery.document)
    base_bytes = base_of(recovery)
    base = None
    if base_bytes is not None:
        with contextlib.suppress(FileProblem):
            base = _parse(opened, base_bytes)
    merged = merge_documents(base, recovery.document, opened.document)
    return Restored(merged.document, merged)


def merge_with_disk(opened: OpenedDocument, mine: Document) -> MergedWithDisk:
    """Three-way merge of ``mine`` with the sidecar on disk, against the sidecar as loaded or saved.

    Raises :class:`FileProblem` or :class:`OSError` when the sidecar on disk cannot be read.
    """
    theirs_bytes = read_sidecar_bytes(opened.sidecar_path)
    theirs = _parse(opened, theirs_bytes)
    base = _parse(opened, opened.sidecar_bytes) if opened.sidecar_bytes else None
    return MergedWithDisk(merge_documents(base, mine, theirs), theirs_bytes)


def article_changed_on_disk(opened: OpenedDocument) -> bool:
    """The article's text on disk is not the one open (an unreadable article counts as unchanged)."""
    try:
        return read_article(opened.article_path).sha256 != opened.document.article.sha256
    except (FileProblem, OSError):
        return False


def reanchor_onto_disk(opened: OpenedDocument, current: Document) -> Reanchored:
    """``current``'s annotations moved onto the article's text as it is on disk now.

    Raises :class:`FileProblem` or :class:`OSError` when the article cannot be read.
    """
    article = read_article(opened.article_path)
    moved = shallow_copy(current, article)
    report = reanchor(moved, current.text)
    return Reanchored(moved, report)


def _parse(opened: OpenedDocument, data: bytes) -> Document:
    return parse_sidecar(
        data, opened.sidecar_path, opened.document.article, opened.article_path.name
    ).document

"""Opening and saving an article together with its sidecar."""

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from editor_app.model.anchoring import AnchorReport, reanchor
from editor_app.model.article import Article
from editor_app.model.document import Document
from editor_app.model.validation import Problem
from editor_app.storage.article_file import read_article
from editor_app.storage.errors import ChangedOnDisk, SidecarError
from editor_app.storage.sidecar_read import load_sidecar, read_sidecar_bytes
from editor_app.storage.sidecar_write import encode_sidecar, sidecar_path, write_sidecar
from editor_app.storage.snapshots import recall_text, remember_text
from editor_app.storage.write_lock import write_lock


@dataclass
class OpenedDocument:
    document: Document
    article_path: Path
    sidecar_path: Path
    had_sidecar: bool
    warnings: list[Problem] = field(default_factory=list)
    anchoring: AnchorReport | None = None
    """Set when the article had changed and the spans were re-anchored (unsaved until the next save)."""
    sidecar_bytes: bytes | None = None
    """The sidecar as loaded or last saved here (None: there was none): what a merge starts from."""

    @property
    def sidecar_sha256(self) -> str | None:
        return hashlib.sha256(self.sidecar_bytes).hexdigest() if self.sidecar_bytes is not None else None

    def sidecar_on_disk_sha256(self) -> str | None:
        """What the sidecar on disk hashes to now (None when it is missing)."""
        try:
            return hashlib.sha256(read_sidecar_bytes(self.sidecar_path)).hexdigest()
        except FileNotFoundError:
            return None
        except SidecarError:
            return "unreadable"

    def changed_on_disk(self) -> bool:
        """True when someone else wrote (or deleted) the sidecar since it was loaded or saved here."""
        return self.sidecar_on_disk_sha256() != self.sidecar_sha256


def open_document(article_path: Path) -> OpenedDocument:
    """Read an article and its sidecar (a new, empty document when there is none).

    Raises :class:`~editor_app.storage.errors.ArticleError` or
    :class:`~editor_app.storage.errors.SidecarError`. Neither file is written; the article's text is
    remembered (:mod:`~editor_app.storage.snapshots`) so that a later change to it can be re-anchored.
    An apply that was interrupted is not finished here: :func:`editor_app.storage.editing.open_for_editing`
    does that first.
    """
    article_path = Path(article_path)
    return open_annotations(article_path, read_article(article_path))


def open_annotations(article_path: Path, article: Article) -> OpenedDocument:
    """:func:`open_document` for an article already read: its sidecar is read, checked against it and
    re-anchored if the text changed. Touches nothing but the sidecar (read) and the remembered texts,
    so it can run in a worker thread while the article is shown."""
    side = sidecar_path(article_path)
    if not side.exists():
        return OpenedDocument(
            Document(article=article, file_name=article_path.name), article_path, side, False
        )
    loaded = load_sidecar(side, article, article_path.name)
    opened = OpenedDocument(loaded.document, article_path, side, True, loaded.warnings)
    opened.sidecar_bytes = loaded.file_bytes
    if loaded.article_changed and loaded.source_sha256 is not None:
        report = reanchor(loaded.document, recall_text(loaded.source_sha256))
        opened.anchoring = report
        opened.warnings = [
            Problem(f"{article_path.name} changed since its annotations were saved: {report.summary}"),
            *(
                Problem(f"orphaned span {span.text!r} (was at {span.start}-{span.end}) needs re-anchoring")
                for span in report.orphaned
            ),
        ]
    else:
        remember_text(article.text)
    return opened


def save_document(opened: OpenedDocument, *, overwrite_changes: bool = False) -> None:
    """Save the sidecar atomically, and keep the text its offsets now refer to.

    Raises :class:`ChangedOnDisk` (writing nothing) when the sidecar on disk changed since it was
    loaded or last saved here, unless ``overwrite_changes`` says the user chose to keep theirs. The
    check and the rename happen under the article's write lock (:mod:`~editor_app.storage.write_lock`),
    so of two processes saving at once one saves and the other is told.
    """
    data = encode_sidecar(opened.document, opened.sidecar_path)
    with write_lock(opened.article_path):
        if not overwrite_changes and opened.changed_on_disk():
            raise ChangedOnDisk(
                opened.sidecar_path,
                "changed on disk since it was opened; not saved over (reload or merge first)",
            )
        write_sidecar(opened.sidecar_path, data)
    opened.sidecar_bytes = data
    remember_text(opened.document.text)
    opened.had_sidecar = True
    opened.anchoring = None

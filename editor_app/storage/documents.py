"""Opening and saving an article together with its sidecar."""

from dataclasses import dataclass, field
from pathlib import Path

from editor_app.model.document import Document
from editor_app.model.validation import Problem
from editor_app.storage.article_file import read_article
from editor_app.storage.sidecar_read import load_sidecar
from editor_app.storage.sidecar_write import save_sidecar, sidecar_path


@dataclass
class OpenedDocument:
    document: Document
    article_path: Path
    sidecar_path: Path
    had_sidecar: bool
    warnings: list[Problem] = field(default_factory=list)


def open_document(article_path: Path) -> OpenedDocument:
    """Read an article and its sidecar (a new, empty document when there is none).

    Raises :class:`~editor_app.storage.errors.ArticleError` or
    :class:`~editor_app.storage.errors.SidecarError`; neither file is written.
    """
    article_path = Path(article_path)
    article = read_article(article_path)
    side = sidecar_path(article_path)
    if side.exists():
        loaded = load_sidecar(side, article, article_path.name)
        return OpenedDocument(loaded.document, article_path, side, True, loaded.warnings)
    return OpenedDocument(Document(article=article, file_name=article_path.name), article_path, side, False)


def save_document(opened: OpenedDocument) -> None:
    save_sidecar(opened.document, opened.sidecar_path)
    opened.had_sidecar = True

"""Reading an article and its sidecar for a command that only reads: export, stats, agreement.

Unlike :func:`editor_app.storage.documents.open_document` this writes nothing anywhere: no text
snapshot in the user's data folder, no recovery of an interrupted apply. Spans that no longer match a
changed article come back marked orphaned (the loader does that), for the caller to leave out and
report; re-anchoring them is the app's job.
"""

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from editor_app.model.corpus_stats import CorpusStats
from editor_app.model.document import Document
from editor_app.model.validation import Problem
from editor_app.storage.article_file import read_article
from editor_app.storage.errors import ArticleError, FileProblem
from editor_app.storage.side_files import side_file
from editor_app.storage.sidecar_read import load_sidecar
from editor_app.storage.sidecar_write import sidecar_path


@dataclass
class ReadDocument:
    document: Document
    article_path: Path
    had_sidecar: bool
    warnings: list[Problem] = field(default_factory=list)


def read_document(article_path: Path) -> ReadDocument:
    """The article and its annotations (an empty document when there is no sidecar).

    Raises :class:`~editor_app.storage.errors.ArticleError` (also when an apply of corrections was
    interrupted: the app or ``editor-app apply`` must finish it first) or
    :class:`~editor_app.storage.errors.SidecarError`.
    """
    article_path = Path(article_path)
    interrupted = interrupted_apply(article_path)
    if interrupted is not None:
        raise interrupted
    article = read_article(article_path)
    side = sidecar_path(article_path)
    if not side.exists():
        return ReadDocument(Document(article=article, file_name=article_path.name), article_path, False)
    loaded = load_sidecar(side, article, article_path.name)
    return ReadDocument(loaded.document, article_path, True, loaded.warnings)


def interrupted_apply(article_path: Path) -> ArticleError | None:
    """The problem to report when an apply of corrections to ``article_path`` was interrupted: until
    it is finished, the sidecar describes the old text and the article may be the new one."""
    if not os.path.lexists(side_file(article_path, "pending")):
        return None
    return ArticleError(
        article_path,
        "an apply of corrections was interrupted; open the article in the app (or run editor-app apply "
        "on it) to finish it first",
    )


def collect_stats(
    articles: list[Path], progress: Callable[[int, int, Path], None] | None = None
) -> tuple[CorpusStats, list[str]]:
    """Counts over ``articles`` (an article without a sidecar counts as a new, empty document), and a
    line for each one that could not be read. The statistics view and ``editor-app stats`` share it."""
    stats = CorpusStats()
    failures: list[str] = []
    for number, article in enumerate(articles, 1):
        if progress is not None:
            progress(number, len(articles), article)
        try:
            stats.add(read_document(article).document)
        except FileProblem as exc:
            failures.append(exc.located())
        except OSError as exc:
            failures.append(f"{article}: {exc.strerror or exc}")
    return stats, failures

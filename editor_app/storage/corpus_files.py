"""Which files on disk are articles: the one rule the commands, the corpus panel and exporters share."""

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from editor_app.model.vocab import DocumentStatus, Status
from editor_app.storage.article_file import ARTICLE_SUFFIXES, read_article
from editor_app.storage.errors import FileProblem
from editor_app.storage.sidecar_read import load_sidecar
from editor_app.storage.sidecar_write import SIDECAR_SUFFIX, sidecar_path


def is_article(path: Path) -> bool:
    """An article is a ``.txt`` or ``.md`` file that is not hidden (side files start with a dot)."""
    return path.suffix.lower() in ARTICLE_SUFFIXES and not path.name.startswith(".")


def expand_articles(path: Path, *, orphan_sidecars: bool = False) -> Iterator[Path]:
    """The articles a command-line ``PATH`` names, in a stable order.

    A folder yields every article under it; a sidecar path yields its article; anything else is
    taken as an article (so a missing file is reported by whoever opens it). With
    ``orphan_sidecars``, a sidecar under a folder whose article is missing is yielded itself.
    """
    if path.is_dir():
        for child in _walk(path):
            if not child.is_file():
                continue
            if is_article(child) or (orphan_sidecars and _is_orphan_sidecar(child)):
                yield child
        return
    if path.name.endswith(SIDECAR_SUFFIX):
        yield _article_of(path)
        return
    yield path


def _walk(folder: Path) -> list[Path]:
    """Every path under ``folder``, sorted (as ``sorted(folder.rglob("*"))``), without following
    symlinked folders; a folder removed or unreadable while it is walked is skipped, not raised."""
    found: list[Path] = []
    for parent, folders, files in os.walk(folder, onerror=lambda _error: None):
        base = Path(parent)
        found += [base / name for name in folders]
        found += [base / name for name in files]
    return sorted(found)


def _article_of(sidecar: Path) -> Path:
    return sidecar.with_name(sidecar.name.removesuffix(SIDECAR_SUFFIX))


def _is_orphan_sidecar(path: Path) -> bool:
    return path.name.endswith(SIDECAR_SUFFIX) and not _article_of(path).exists()


@dataclass(frozen=True)
class ArticleSummary:
    """What the folder list shows of one article, read from its sidecar without opening it for editing."""

    path: Path
    status: str = DocumentStatus.NEW
    entities: int = 0
    mentions: int = 0
    quotes: int = 0
    corrections: int = 0
    suggested: int = 0
    problem: str | None = None
    """Why the sidecar could not be read (the article is still listed)."""
    title: str = ""
    """The article's first line of text (its headline, Markdown marks removed), or "" if unreadable."""


TITLE_LIMIT = 200


def title_of(text: str) -> str:
    """The first non-blank line of an article, without Markdown heading marks, at most 200 characters."""
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:TITLE_LIMIT]
    return ""


def summarize(article: Path) -> ArticleSummary:
    side = sidecar_path(article)
    try:
        text = read_article(article)
    except FileProblem as exc:
        # Listed all the same; without a sidecar, opening it says what is wrong.
        return ArticleSummary(article, problem=exc.located() if side.exists() else None)
    title = title_of(text.text)
    if not side.exists():
        return ArticleSummary(article, title=title)
    try:
        doc = load_sidecar(side, text, article.name).document
    except FileProblem as exc:
        return ArticleSummary(article, problem=exc.located(), title=title)
    except OSError as exc:
        return ArticleSummary(article, problem=f"{article}: {exc.strerror or exc}", title=title)
    suggested = sum(r.status == Status.SUGGESTED for r in doc.records()) + sum(
        m.status == Status.SUGGESTED for e in doc.entities for m in e.mentions
    )
    return ArticleSummary(
        article,
        status=doc.status,
        entities=len(doc.entities),
        mentions=sum(len(e.mentions) for e in doc.entities),
        quotes=len(doc.quotes),
        corrections=len(doc.corrections),
        suggested=suggested,
        title=title,
    )

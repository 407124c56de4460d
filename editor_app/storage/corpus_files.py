"""Which files on disk are articles: the one rule the commands, the corpus panel and exporters share."""

from collections.abc import Iterator
from pathlib import Path

from editor_app.storage.article_file import ARTICLE_SUFFIXES
from editor_app.storage.sidecar_write import SIDECAR_SUFFIX


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
        for child in sorted(path.rglob("*")):
            if not child.is_file():
                continue
            if is_article(child) or (orphan_sidecars and _is_orphan_sidecar(child)):
                yield child
        return
    if path.name.endswith(SIDECAR_SUFFIX):
        yield _article_of(path)
        return
    yield path


def _article_of(sidecar: Path) -> Path:
    return sidecar.with_name(sidecar.name.removesuffix(SIDECAR_SUFFIX))


def _is_orphan_sidecar(path: Path) -> bool:
    return path.name.endswith(SIDECAR_SUFFIX) and not _article_of(path).exists()

"""Shared set-up for the format tests: real files on disk, the sample article with its golden sidecar."""

import shutil
from pathlib import Path

from editor_app.cli import main
from editor_app.model.document import Document
from editor_app.storage import load_sidecar, read_article, sidecar_path
from editor_app.storage.sidecar_write import dump_sidecar
from tests.conftest import DATA, SAMPLE

INTEROP = DATA / "interop"
SYNTHETIC = DATA / "synthetic"
GOLDEN = DATA / "golden" / f"{SAMPLE.name}.annotations.yaml"


def sample_with_golden(folder: Path) -> Path:
    """A copy of the sample article with its golden sidecar in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    article = folder / SAMPLE.name
    shutil.copyfile(SAMPLE, article)
    shutil.copyfile(GOLDEN, sidecar_path(article))
    return article


def load(article: Path) -> Document:
    return load_sidecar(sidecar_path(article), read_article(article), article.name).document


def save(doc: Document, article: Path) -> None:
    """Write ``doc`` as ``article`` and its sidecar (no validation shortcuts: the real writer)."""
    article.write_bytes(doc.article.to_bytes())
    sidecar_path(article).write_text(dump_sidecar(doc), encoding="utf-8")


def cli(*args: object) -> int:
    return main([str(a) for a in args])


def mention_tuples(doc: Document) -> list[tuple[int, int, str, str]]:
    return sorted((m.start, m.end, e.label, m.text) for e in doc.entities for m in e.mentions)


def document(text: str, file_name: str = "story.txt") -> Document:
    from editor_app.model import Article

    return Document(article=Article(text), file_name=file_name)

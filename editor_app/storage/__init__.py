"""Files on disk: articles, sidecars and atomic writes. Pure Python: no Qt here."""

from editor_app.storage.article_file import read_article
from editor_app.storage.errors import ArticleError, FileProblem, SidecarError
from editor_app.storage.sidecar_read import LoadedSidecar, load_sidecar
from editor_app.storage.sidecar_write import dump_sidecar, save_sidecar, sidecar_path

__all__ = [
    "ArticleError",
    "FileProblem",
    "LoadedSidecar",
    "SidecarError",
    "dump_sidecar",
    "load_sidecar",
    "read_article",
    "save_sidecar",
    "sidecar_path",
]

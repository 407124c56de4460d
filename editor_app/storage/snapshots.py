"""Copies of article texts, kept so that annotations can follow the text when an article is edited.

The sidecar records only the SHA-256 of the text its offsets refer to. When the article changes, the
text behind that hash is what re-anchoring needs to map old offsets through a diff. Every text the app
opens or saves against is kept here, compressed, under its hash; the oldest are pruned.
"""

import contextlib
import gzip
import os
from pathlib import Path

from editor_app.model.article import text_sha256
from editor_app.storage.atomic import atomic_write
from editor_app.storage.user_dirs import data_dir

MAX_SNAPSHOTS = 2000


def snapshot_dir() -> Path:
    return data_dir() / "snapshots"


def remember_text(text: str) -> None:
    """Keep ``text`` under its hash (no-op if already kept). Failures are ignored: this is a cache."""
    with contextlib.suppress(OSError):
        folder = snapshot_dir()
        path = folder / f"{text_sha256(text)}.txt.gz"
        if path.exists():
            os.utime(path)
            return
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write(path, gzip.compress(text.encode("utf-8"), compresslevel=6, mtime=0))
        _prune(folder)


def recall_text(sha256: str) -> str | None:
    """The text whose hash is ``sha256``, if it was kept and is intact."""
    if not sha256.isalnum():
        return None
    try:
        text = gzip.decompress((snapshot_dir() / f"{sha256}.txt.gz").read_bytes()).decode("utf-8")
    except (OSError, EOFError, gzip.BadGzipFile, UnicodeDecodeError):
        return None
    return text if text_sha256(text) == sha256 else None


def _prune(folder: Path) -> None:
    files = sorted(folder.glob("*.txt.gz"), key=lambda p: p.stat().st_mtime)
    for old in files[: max(0, len(files) - MAX_SNAPSHOTS)]:
        with contextlib.suppress(OSError):
            old.unlink()

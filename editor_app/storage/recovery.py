"""Recovery files: unsaved annotations kept in the user's data folder, never over the sidecar.

``<data>/recovery/story.txt-<16 hex>.annotations.yaml``: the hex digits are the start of the SHA-256
of the article's resolved absolute path (two articles called ``story.txt`` in different folders get
different files), the name is there for people looking in the folder. The file is the sidecar text
the document would be saved as, after a comment header::

    # editor-app recovery: unsaved annotations, not a sidecar; open the article to restore them
    # article: "/home/ana/news/story.txt"
    # written: 1732798951.25
    # base-sha256: "9f2c..."   (the sidecar on disk the edits started from; null when there was none)

so the whole thing is written in one atomic replace and read back with the sidecar reader.

A recovery file that cannot be read is never deleted: :func:`find_recovery` renames it to
``<name>.corrupt`` (keeping any earlier one) and raises :class:`RecoveryUnreadable` naming the renamed
file, so the user is told once and the next autosave does not write over it.
"""

import contextlib
import hashlib
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from editor_app.model.article import Article
from editor_app.model.copies import shallow_copy
from editor_app.model.document import Document
from editor_app.storage.atomic import atomic_write
from editor_app.storage.errors import FileProblem, SidecarError
from editor_app.storage.sidecar_read import parse_sidecar, read_sidecar_bytes
from editor_app.storage.sidecar_write import SIDECAR_SUFFIX, dump_sidecar
from editor_app.storage.user_dirs import data_dir

HEADER_FIRST_LINE = (
    "# editor-app recovery: unsaved annotations, not a sidecar; open the article to restore them"
)
MAX_HEADER_BYTES = 16 * 1024
MAX_NAME_BYTES = 120
"""Longest article name kept in a recovery file name (file systems allow 255 bytes in all)."""


class RecoveryUnreadable(SidecarError):
    """A recovery file could not be read; it was moved aside to :attr:`path` (``....corrupt``)."""


@dataclass
class Recovery:
    """A recovery file, loaded: the unsaved document and what it holds."""

    path: Path
    article: Path
    written: float
    base_sha256: str | None
    document: Document
    counts: dict[str, int]
    article_changed: bool = False
    """The article's text is not the one these annotations were made on (spans may be orphaned)."""
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """ "3 entities, 12 mentions, 2 quotes, 1 correction, saved 14:02:31" (date added if not today)."""
        parts = [
            _count(self.counts.get("entities", 0), "entity", "entities"),
            _count(self.counts.get("mentions", 0), "mention", "mentions"),
            _count(self.counts.get("quotes", 0), "quote", "quotes"),
            _count(self.counts.get("corrections", 0), "correction", "corrections"),
        ]
        return f"{', '.join(parts)}, saved {_when(self.written)}"


def recovery_dir() -> Path:
    return data_dir() / "recovery"


def recovery_path(article: Path) -> Path:
    """Where the recovery file of ``article`` is (whether or not it exists)."""
    resolved = _resolved(article)
    digest = hashlib.sha256(os.fsencode(str(resolved))).hexdigest()[:16]
    name = os.fsencode(resolved.name)[:MAX_NAME_BYTES].decode("utf-8", "ignore") or "article"
    name = name.lstrip(".") or "article"  # dot-files are the temporary files in that folder
    return recovery_dir() / f"{name}-{digest}{SIDECAR_SUFFIX}"


def write_recovery(article: Path, doc: Document, base_sha256: str | None) -> Path:
    """Write ``doc`` to the recovery file of ``article`` atomically; returns its path.

    ``doc`` is not changed (its records are not re-sorted). Raises OSError when the data folder
    cannot be written.
    """
    return write_recovery_bytes(article, recovery_bytes(article, doc, base_sha256))


def recovery_bytes(article: Path, doc: Document, base_sha256: str | None) -> bytes:
    """What the recovery file of ``article`` holding ``doc`` says: the header, then the sidecar text.

    Reads ``doc`` without changing it, so a snapshot (:func:`~editor_app.model.copies.shallow_copy`)
    can be written by another thread while the original is edited.
    """
    header = [
        HEADER_FIRST_LINE,
        f"# article: {json.dumps(str(_resolved(article)))}",
        f"# written: {json.dumps(time.time())}",
        f"# base-sha256: {json.dumps(base_sha256)}",
    ]
    body = dump_sidecar(shallow_copy(doc))
    return ("\n".join(header) + "\n" + body).encode("utf-8")


def write_recovery_bytes(article: Path, data: bytes) -> Path:
    """Write :func:`recovery_bytes` to the recovery file of ``article`` atomically; returns its path."""
    path = recovery_path(article)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    atomic_write(path, data)
    return path


def find_recovery(article: Path, article_obj: Article) -> Recovery | None:
    """The recovery file of ``article`` loaded against its current text, or None when there is none.

    Raises :class:`RecoveryUnreadable` (a :class:`~editor_app.storage.errors.FileProblem`) when the
    file is there but cannot be read: it has been renamed to ``<name>.corrupt`` by then, so the work
    it may hold is kept for a person to look at and the next autosave does not overwrite it.
    """
    path = recovery_path(article)
    try:
        data = read_sidecar_bytes(path, ours=True)
        header = _parse_header(data, path)
        if header.article != _resolved(article):
            raise SidecarError(path, f"belongs to {header.article}, not {_resolved(article)}")
        loaded = parse_sidecar(data, path, article_obj, Path(article).name)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise FileProblem(path, f"cannot be read: {exc.strerror or exc}") from exc
    except SidecarError as exc:
        aside = _move_aside(path)
        raise RecoveryUnreadable(
            aside,
            f"the recovery file for {Path(article).name} could not be read and was kept as "
            f"{aside.name} ({exc.located()})",
        ) from exc
    doc = loaded.document
    return Recovery(
        path=path,
        article=header.article,
        written=header.written,
        base_sha256=header.base_sha256,
        document=doc,
        counts=document_counts(doc),
        article_changed=loaded.article_changed,
        warnings=[p.message for p in loaded.warnings],
    )


def discard_recovery(article: Path) -> None:
    """Remove the recovery file of ``article`` and its base (nothing happens when there is none)."""
    for path in (recovery_path(article), _base_path(article)):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)


def keep_base(article: Path, sidecar: bytes | None) -> None:
    """Keep the sidecar the unsaved work started from, so that restoring it after someone else saved
    can be a three-way merge (written once per base, beside the recovery file)."""
    path = _base_path(article)
    if sidecar is None:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
        return
    try:
        if hashlib.sha256(read_sidecar_bytes(path, ours=True)).digest() == hashlib.sha256(sidecar).digest():
            return
    except (OSError, SidecarError):
        pass
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    atomic_write(path, sidecar)


def base_of(recovery: "Recovery") -> bytes | None:
    """The sidecar bytes ``recovery`` started from, if they were kept and are the right ones."""
    try:
        data = read_sidecar_bytes(_base_path(recovery.article), ours=True)
    except (OSError, SidecarError):
        return None
    return data if hashlib.sha256(data).hexdigest() == recovery.base_sha256 else None


def _base_path(article: Path) -> Path:
    path = recovery_path(article)
    return path.with_name(path.name + ".base")


def list_recoveries() -> list[Path]:
    """The articles that have a recovery file, most recently written first (for offering on start).

    These are article paths, as recorded in the files; pass one to :func:`find_recovery`. The article
    itself may have been moved or deleted since. Files whose header cannot be read are skipped here
    (:func:`find_recovery` deals with them when their article is opened).
    """
    try:
        candidates = [
            p
            for p in recovery_dir().iterdir()
            if p.name.endswith(SIDECAR_SUFFIX) and not p.name.startswith(".")
        ]
    except OSError:
        return []
    found: list[tuple[float, Path]] = []
    for path in candidates:
        try:
            with path.open("rb") as handle:
                head = handle.read(MAX_HEADER_BYTES)
            header = _parse_header(head, path)
        except (OSError, SidecarError):
            continue
        if recovery_path(header.article) == path:
            found.append((header.written, header.article))
    found.sort(key=lambda item: item[0], reverse=True)
    return [article for _, article in found]


def document_counts(doc: Document) -> dict[str, int]:
    """How many entities, mentions, quotes and corrections ``doc`` holds."""
    return {
        "entities": len(doc.entities),
        "mentions": sum(len(e.mentions) for e in doc.entities),
        "quotes": len(doc.quotes),
        "corrections": len(doc.corrections),
    }


@dataclass(frozen=True)
class _Header:
    article: Path
    written: float
    base_sha256: str | None


def _parse_header(data: bytes, path: Path) -> _Header:
    """The comment header at the top of a recovery file. Raises SidecarError when it is not one."""
    head = data[:MAX_HEADER_BYTES].decode("utf-8", "replace").split("\n")
    if not head or head[0] != HEADER_FIRST_LINE:
        raise SidecarError(path, "is not an editor-app recovery file (its first line is not ours)", 1)
    values: dict[str, object] = {}
    for number, line in enumerate(head[1:], start=2):
        if not line.startswith("# "):
            break
        key, sep, raw = line[2:].partition(": ")
        if not sep:
            continue
        try:
            values[key] = json.loads(raw)
        except ValueError:
            raise SidecarError(path, f"has a damaged header line ({key})", number) from None
    article, written, base = values.get("article"), values.get("written"), values.get("base-sha256")
    if not isinstance(article, str) or not article:
        raise SidecarError(path, "does not say which article it belongs to")
    if not isinstance(written, int | float) or isinstance(written, bool):
        raise SidecarError(path, "does not say when it was written")
    if base is not None and not isinstance(base, str):
        raise SidecarError(path, "has a damaged base-sha256")
    return _Header(Path(article), float(written), base)


def _move_aside(path: Path) -> Path:
    """Rename ``path`` to ``<name>.corrupt`` (``.corrupt-2``... when taken); returns the new path."""
    for attempt in range(1, 1000):
        suffix = ".corrupt" if attempt == 1 else f".corrupt-{attempt}"
        aside = path.with_name(path.name + suffix)
        if aside.exists() or aside.is_symlink():
            continue
        try:
            os.rename(path, aside)
        except OSError:
            return path  # could not move it: it stays where it was, still not deleted
        return aside
    return path


def _resolved(article: Path) -> Path:
    return Path(os.path.abspath(Path(article).expanduser())).resolve(strict=False)


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _when(written: float) -> str:
    moment = time.localtime(written)
    today = time.localtime()
    clock = time.strftime("%H:%M:%S", moment)
    if (moment.tm_year, moment.tm_yday) == (today.tm_year, today.tm_yday):
        return clock
    year = f" {moment.tm_year}" if moment.tm_year != today.tm_year else ""
    return f"{clock}, {moment.tm_mday} {time.strftime('%b', moment)}{year}"

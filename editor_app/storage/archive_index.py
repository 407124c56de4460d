"""An index of a folder of articles, embedded: SQLite (WAL) in the user's cache folder.

Per article it keeps the folder list's summary (title line, status, counts, flags) and every
annotation (kind, label, entity name, span, text, speaker, cue, status, by), full-text searchable
with FTS5 together with the article's text. Each article is keyed by the size, mtime and inode of
the article and of its sidecar: the index is a cache and never trusted over the files, so
:meth:`ArchiveIndex.plan` compares those keys with the disk and whatever changed, appeared or went
is read again (:func:`read_entry`) or dropped. The file lives in the cache folder, never in the
article folder (which may be a shared drive); one that is missing, corrupt or of an older schema is
built again (:attr:`ArchiveIndex.rebuilt` says why). Several processes may use one index: WAL lets
readers go on while one writes, writes take the lock up front (``BEGIN IMMEDIATE``) and wait for each
other instead of failing.
"""

import contextlib
import hashlib
import os
import re
import sqlite3
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from editor_app.model.document import Document
from editor_app.model.vocab import DocumentStatus, Status
from editor_app.storage.article_file import ARTICLE_SUFFIXES, read_article
from editor_app.storage.corpus_files import ArticleSummary, title_of
from editor_app.storage.errors import FileProblem
from editor_app.storage.parallel import map_ordered
from editor_app.storage.sidecar_read import load_sidecar
from editor_app.storage.sidecar_write import SIDECAR_SUFFIX
from editor_app.storage.user_dirs import cache_dir

SCHEMA_VERSION = 4
"""Bumped whenever the tables change: an index of another version is built again."""

KINDS = ("entity", "quote", "correction")
TEXT = "text"
"""The kind of the row holding an article's whole text (searched when no ``--kind`` is given)."""

Stamp = tuple[int, int, int, int, int, int]
"""The article's size, mtime (ns) and inode, then its sidecar's (-1 each when there is none)."""
NO_FILE = (-1, -1, -1)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    a_size INTEGER, a_mtime INTEGER, a_ino INTEGER,
    s_size INTEGER, s_mtime INTEGER, s_ino INTEGER,
    title TEXT, status TEXT, entities INTEGER, mentions INTEGER, quotes INTEGER,
    corrections INTEGER, suggested INTEGER, problem TEXT, text_row INTEGER,
    key TEXT
);
CREATE INDEX IF NOT EXISTS articles_key ON articles(key);
CREATE INDEX IF NOT EXISTS articles_status ON articles(status);
CREATE TABLE IF NOT EXISTS annotations (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL,
    kind TEXT, label TEXT, name TEXT, start INTEGER, "end" INTEGER, text TEXT,
    speaker TEXT, cue TEXT, status TEXT, by TEXT
);
CREATE INDEX IF NOT EXISTS annotations_article ON annotations(article);
CREATE INDEX IF NOT EXISTS annotations_kind ON annotations(kind, label, status);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(body, tokenize = "unicode61 remove_diacritics 2");
"""


SUMMARY_COLUMNS = "status, entities, mentions, quotes, corrections, suggested, problem, title"


SORTS: dict[int, str] = {
    0: "key",
    1: "status",
    2: "entities, mentions",
    3: "quotes",
    4: "corrections",
    5: "suggested, problem IS NOT NULL",
}
"""What each column of the folder list sorts by (then by path)."""


class IndexCorrupt(Exception):
    pass


def index_file(folder: Path) -> Path:
    """Where the index of ``folder`` lives: one file per folder under the cache folder."""
    folder = Path(folder).resolve()
    digest = hashlib.sha256(os.fsencode(folder)).hexdigest()[:20]
    readable = re.sub(r"[^\w.-]+", "_", folder.name)[:40] or "root"
    return cache_dir() / "index" / f"{readable}-{digest}.sqlite3"


# -- what is on disk --------------------------------------------------------------------------------


def _stamp(st: os.stat_result) -> tuple[int, int, int]:
    return (st.st_size, st.st_mtime_ns, st.st_ino)


def sort_key(rel: str) -> str:
    """The folder list's order of a relative path (by its parts) as a string SQLite and Python compare
    alike: a folder's articles come before a sibling whose name merely starts like the folder's."""
    return rel.replace("/", "\x01")


def list_articles(folder: Path, limit: int | None = None) -> list[str] | None:
    """Every article under ``folder`` (relative path with ``/``), in the folder list's order, from
    the folders' listings alone (no file is opened or stat'ed unless it is a link): a folder of
    100,000 articles is listed in well under a second. Each folder's entries are sorted on their own
    and walked depth first, so the whole is in order without one long sort (which would hold the
    interpreter from the GUI thread). With ``limit``: None as soon as there are more articles."""
    found: list[str] = []
    stack: list[Iterator[tuple[str, str, bool]]] = [_entries(os.fspath(folder), "")]
    while stack:
        step = next(stack[-1], None)
        if step is None:
            stack.pop()
            continue
        path, rel, is_dir = step
        if is_dir:
            stack.append(_entries(path, rel + "/"))
            continue
        found.append(rel)
        if limit is not None and len(found) > limit:
            return None
    return found


def _entries(directory: str, prefix: str) -> Iterator[tuple[str, str, bool]]:
    """The articles and folders of ``directory``, sorted by name: (path, relative path, is a folder)."""
    try:
        with os.scandir(directory) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        name = entry.name
        try:
            if entry.is_dir(follow_symlinks=False):
                yield entry.path, prefix + name, True
            elif not name.startswith(".") and name.lower().endswith(ARTICLE_SUFFIXES) and entry.is_file():
                yield entry.path, prefix + name, False
        except OSError:
            continue


def stamps(folder: Path, rels: Iterable[str]) -> dict[str, Stamp]:
    """The stamp of each of these articles (one that went since it was listed is left out)."""
    found: dict[str, Stamp] = {}
    root = os.fspath(folder)
    for rel in rels:
        path = os.path.join(root, rel)
        try:
            article = _stamp(os.stat(path))
        except OSError:
            continue
        try:
            st = os.stat(path + SIDECAR_SUFFIX)
            side = _stamp(st) if stat.S_ISREG(st.st_mode) else NO_FILE
        except OSError:
            side = NO_FILE
        found[rel] = (*article, *side)
    return found


def scan_folder(folder: Path, limit: int | None = None) -> dict[str, Stamp] | None:
    """Every article under ``folder`` (relative path with ``/``) and its stamp, in the folder list's
    order (by path parts, as :func:`~editor_app.storage.corpus_files.expand_articles` yields them).
    With ``limit``: None as soon as there are more articles than that (a quick look at a small folder)."""
    rels = list_articles(folder, limit)
    return None if rels is None else stamps(folder, rels)


# -- reading one article ----------------------------------------------------------------------------

Row = tuple[str, str, str, int, int, str, str, str, str, str, str]
"""kind, label, name, start, end, text, speaker, cue, status, by, and the words searched."""


@dataclass
class Entry:
    """One article as the index keeps it (plain values: it crosses process boundaries)."""

    rel: str
    stamp: Stamp
    title: str = ""
    status: str = DocumentStatus.NEW
    entities: int = 0
    mentions: int = 0
    quotes: int = 0
    corrections: int = 0
    suggested: int = 0
    problem: str | None = None
    text: str = ""
    rows: list[Row] = field(default_factory=list)


def read_entry(folder: Path, rel: str, stamp: Stamp) -> Entry:
    """Read one article and its sidecar (writing nothing) into an :class:`Entry`."""
    article = Path(folder, rel)
    entry = Entry(rel, stamp)
    has_sidecar = stamp[3] >= 0
    try:
        loaded = read_article(article)
    except FileProblem as exc:
        entry.problem = exc.located() if has_sidecar else None
        return entry
    except OSError as exc:
        entry.problem = f"{article}: {exc.strerror or exc}"
        return entry
    entry.text = loaded.text
    entry.title = title_of(loaded.text)
    if not has_sidecar:
        return entry
    try:
        doc = load_sidecar(Path(str(article) + SIDECAR_SUFFIX), loaded, article.name).document
    except FileProblem as exc:
        entry.problem = exc.located()
        return entry
    except OSError as exc:
        entry.problem = f"{article}: {exc.strerror or exc}"
        return entry
    _fill(entry, doc)
    return entry


def _fill(entry: Entry, doc: Document) -> None:
    entry.status = doc.status
    entry.entities = len(doc.entities)
    entry.quotes = len(doc.quotes)
    entry.corrections = len(doc.corrections)
    names = {e.id: e.name for e in doc.entities}
    rows = entry.rows
    suggested = 0
    for entity in doc.entities:
        suggested += entity.status == Status.SUGGESTED
        entry.mentions += len(entity.mentions)
        for m in entity.mentions:
            suggested += m.status == Status.SUGGESTED
            status = m.status or entity.status
            rows.append(
                (
                    "entity", entity.label, entity.name, m.start, m.end, m.text, "", "",
                    status, m.by or entity.by or "", f"{entity.name} {m.text}",
                )
            )  # fmt: skip
    for quote in doc.quotes:
        suggested += quote.status == Status.SUGGESTED
        speaker = names.get(quote.speaker, quote.speaker) if quote.speaker else ""
        cue = quote.cue.text if quote.cue else ""
        rows.append(
            (
                "quote", quote.kind, "", quote.span.start, quote.span.end, quote.span.text, speaker, cue,
                quote.status, quote.by or "", f"{quote.span.text} {speaker}",
            )
        )  # fmt: skip
    for c in doc.corrections:
        suggested += c.status == Status.SUGGESTED
        rows.append(
            (
                "correction", c.category, "", c.span.start, c.span.end, c.span.text, "", "",
                c.status, c.by or "", f"{c.span.text} {c.replacement}",
            )
        )  # fmt: skip
    entry.suggested = suggested


def entry_summary(folder: Path, entry: Entry) -> ArticleSummary:
    """What the folder list shows of a freshly read entry."""
    return ArticleSummary(
        folder / entry.rel,
        entry.status,
        entry.entities,
        entry.mentions,
        entry.quotes,
        entry.corrections,
        entry.suggested,
        entry.problem,
        entry.title,
    )


def _read_task(task: tuple[Path, str, Stamp]) -> Entry:
    return read_entry(*task)


# -- the index ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Plan:
    """What to do to bring the index in step with the disk."""

    on_disk: dict[str, Stamp]
    changed: list[str]
    """New or changed articles (their own file or their sidecar), in the folder's order."""
    gone: list[str]


@dataclass(frozen=True)
class Hit:
    rel: str
    start: int
    end: int
    kind: str
    label: str
    text: str
    speaker: str
    status: str
    by: str
    name: str
    article: int
    """The article's row in the index (for :meth:`ArchiveIndex.context`)."""


class ArchiveIndex:
    """The index of one folder. Use from one thread at a time (each thread opens its own)."""

    BATCH = 400

    def __init__(self, folder: Path, location: Path | None = None) -> None:
        self.folder = Path(folder).resolve()
        self.path = location or index_file(self.folder)
        self.rebuilt: str | None = None
        """Why the index file was built again from nothing (None when it was used as it was)."""
        self._texts: dict[int, str] = {}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = self._open()
        except (sqlite3.DatabaseError, IndexCorrupt) as exc:
            self.db = self._rebuild(str(exc))

    # opening, and starting again -------------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        existed = self.path.exists() and self.path.stat().st_size > 0
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
        try:
            db.execute("PRAGMA journal_mode=WAL").fetchone()
            db.execute("PRAGMA synchronous=NORMAL")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version not in (0, SCHEMA_VERSION):
                raise IndexCorrupt(f"it was made by another version (schema {version})")
            if version == 0:
                if existed and db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                    raise IndexCorrupt("it was made by another version")
                with self._writing(db):
                    for statement in _SCHEMA.split(";"):
                        if statement.strip():
                            db.execute(statement)
                    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            db.execute("SELECT count(*), max(id) FROM articles").fetchone()
            db.execute("SELECT count(*) FROM fts WHERE rowid < 0").fetchone()
        except BaseException:
            db.close()
            raise
        return db

    def _rebuild(self, reason: str) -> sqlite3.Connection:
        self.rebuilt = reason
        self._texts.clear()
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(str(self.path) + suffix)
        return self._open()

    def recover(self, exc: sqlite3.DatabaseError) -> None:
        """Build the index again after ``exc`` said its file is damaged; re-raise anything else."""
        if not is_damage(exc):
            raise exc
        with contextlib.suppress(sqlite3.Error):
            self.db.close()
        self.db = self._rebuild(str(exc))

    def close(self) -> None:
        self.db.close()

    @contextlib.contextmanager
    def _writing(self, db: sqlite3.Connection | None = None) -> Iterator[sqlite3.Connection]:
        db = db or self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    # what the folder list shows --------------------------------------------------------------------

    def summaries(self) -> list[ArticleSummary]:
        """Every article the index knows, in the folder's order (may be out of date: see :meth:`plan`)."""
        rows = self.db.execute(f"SELECT path, {SUMMARY_COLUMNS} FROM articles ORDER BY key").fetchall()
        folder = self.folder
        return [
            ArticleSummary(folder / r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8] or "") for r in rows
        ]

    def order(
        self, status: str | None = None, text: str = "", column: int = 0, descending: bool = False
    ) -> list[str]:
        """The articles' paths as the folder list shows them: with ``status`` only those, with ``text``
        only those whose path or title holds it (case aside), sorted by ``column`` (0: the path)."""
        where, params = [], []
        if status:
            where.append("status = ?")
            params.append(status)
        if text:
            where.append("(instr(lower(path), ?) OR instr(lower(title), ?))")
            params += [text.lower(), text.lower()]
        sql = "SELECT path FROM articles"
        if where:
            sql += " WHERE " + " AND ".join(where)
        direction = " DESC" if descending else ""
        keys = ", ".join(f"{c}{direction}" for c in SORTS.get(column, "key").split(", "))
        sql += f" ORDER BY {keys}" + ("" if column == 0 else f", key{direction}")
        return [r[0] for r in self.db.execute(sql, params)]

    def rows_of(self, rels: Sequence[str]) -> dict[str, tuple[str, int, int, int, int, int, str | None, str]]:
        """The summaries' values (status, entities, mentions, quotes, corrections, suggested, problem,
        title) of these articles, by path; an article the index does not know is left out."""
        found = {}
        for first in range(0, len(rels), 500):
            part = rels[first : first + 500]
            for row in self.db.execute(
                f"SELECT path, {SUMMARY_COLUMNS} FROM articles WHERE path IN ({', '.join('?' * len(part))})",
                part,
            ):
                found[row[0]] = (row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8] or "")
        return found

    def count(self, status: str | None = None) -> int:
        if status is None:
            return len(self)
        return int(self.db.execute("SELECT count(*) FROM articles WHERE status = ?", (status,)).fetchone()[0])

    def known(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT path FROM articles")}

    def add_listed(self, rels: Sequence[str]) -> None:
        """Rows for articles just listed and not read yet (status new, no title, no stamp: the next
        :meth:`plan` reads them), so that the folder list can filter and sort them meanwhile."""
        if not rels:
            return
        with self._writing() as db:
            db.executemany(
                "INSERT OR IGNORE INTO articles (path, key, status, entities, mentions, quotes, corrections, "
                "suggested, title) VALUES (?, ?, 'new', 0, 0, 0, 0, 0, '')",
                [(rel, sort_key(rel)) for rel in rels],
            )

    def summary(self, rel: str) -> ArticleSummary | None:
        row = self.db.execute(
            f"SELECT path, {SUMMARY_COLUMNS} FROM articles WHERE path = ?",
            (rel,),
        ).fetchone()
        if row is None:
            return None
        return ArticleSummary(
            self.folder / row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8] or ""
        )

    def __len__(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM articles").fetchone()[0])

    # keeping in step with the disk -----------------------------------------------------------------

    def plan(self, on_disk: dict[str, Stamp] | None = None) -> Plan:
        if on_disk is None:
            on_disk = scan_folder(self.folder) or {}
        known = {
            r[0]: tuple(r[1:])
            for r in self.db.execute(
                "SELECT path, a_size, a_mtime, a_ino, s_size, s_mtime, s_ino FROM articles"
            )
        }
        changed = [rel for rel, st in on_disk.items() if known.get(rel) != st]
        gone = [rel for rel in known if rel not in on_disk]
        return Plan(on_disk, changed, gone)

    def refresh(
        self,
        jobs: int = 1,
        progress: Callable[[int, int, str], None] | None = None,
        plan: Plan | None = None,
    ) -> Plan:
        """Bring the index in step with the disk: read what changed (``jobs`` processes), drop what went."""
        plan = plan or self.plan()
        if plan.gone:
            self.remove(plan.gone)
        tasks = [(self.folder, rel, plan.on_disk[rel]) for rel in plan.changed]
        batch: list[Entry] = []
        for number, entry in enumerate(map_ordered(_read_task, tasks, jobs), 1):
            batch.append(entry)
            if progress is not None:
                progress(number, len(tasks), entry.rel)
            if len(batch) >= self.BATCH:
                self.store(batch)
                batch = []
        if batch:
            self.store(batch)
        return plan

    def reread(self, paths: Iterable[Path]) -> list[ArticleSummary]:
        """Read these articles again now (after a save), and their summaries."""
        entries = []
        gone = []
        for path in paths:
            rel = self.relative(path)
            if rel is None:
                continue
            stamp = self.stamp_of(rel)
            if stamp is None:
                gone.append(rel)
            else:
                entries.append(read_entry(self.folder, rel, stamp))
        self.store(entries)
        self.remove(gone)
        return [s for e in entries if (s := self.summary(e.rel)) is not None]

    def relative(self, path: Path) -> str | None:
        try:
            return Path(path).resolve().relative_to(self.folder).as_posix()
        except ValueError:
            return None

    def stamp_of(self, rel: str) -> Stamp | None:
        article = self.folder / rel
        try:
            a = _stamp(os.stat(article))
        except OSError:
            return None
        try:
            st = os.stat(str(article) + SIDECAR_SUFFIX)
            s = _stamp(st) if stat.S_ISREG(st.st_mode) else NO_FILE
        except OSError:
            s = NO_FILE
        return (*a, *s)

    def store(self, entries: Sequence[Entry]) -> None:
        if not entries:
            return
        with self._writing() as db:
            next_id = (db.execute("SELECT max(id) FROM annotations").fetchone()[0] or 0) + 1
            annotations: list[tuple[object, ...]] = []
            bodies: list[tuple[int, str]] = []
            for e in entries:
                old = db.execute("SELECT id FROM articles WHERE path = ?", (e.rel,)).fetchone()
                if old is not None:
                    self._drop_rows(db, old[0])
                    db.execute("DELETE FROM articles WHERE id = ?", (old[0],))
                text_row = next_id
                next_id += 1
                article_id = db.execute(
                    "INSERT INTO articles (path, a_size, a_mtime, a_ino, s_size, s_mtime, s_ino, title, "
                    "status, entities, mentions, quotes, corrections, suggested, problem, text_row, key) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        e.rel,
                        *e.stamp,
                        e.title,
                        e.status,
                        e.entities,
                        e.mentions,
                        e.quotes,
                        e.corrections,
                        e.suggested,
                        e.problem,
                        text_row,
                        sort_key(e.rel),
                    ),
                ).lastrowid
                self._texts.pop(int(article_id or 0), None)
                annotations.append((text_row, article_id, TEXT, "", "", 0, len(e.text), "", "", "", "", ""))
                bodies.append((text_row, e.text))
                for row in e.rows:
                    annotations.append((next_id, article_id, *row[:10]))
                    bodies.append((next_id, row[10]))
                    next_id += 1
            db.executemany(
                'INSERT INTO annotations (id, article, kind, label, name, start, "end", text, speaker, '
                "cue, status, by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                annotations,
            )
            db.executemany("INSERT INTO fts (rowid, body) VALUES (?, ?)", bodies)

    def remove(self, rels: Sequence[str]) -> None:
        if not rels:
            return
        with self._writing() as db:
            for rel in rels:
                old = db.execute("SELECT id FROM articles WHERE path = ?", (rel,)).fetchone()
                if old is not None:
                    self._drop_rows(db, old[0])
                    db.execute("DELETE FROM articles WHERE id = ?", (old[0],))
                    self._texts.pop(old[0], None)

    @staticmethod
    def _drop_rows(db: sqlite3.Connection, article_id: int) -> None:
        db.execute(
            "DELETE FROM fts WHERE rowid IN (SELECT id FROM annotations WHERE article = ?)", (article_id,)
        )
        db.execute("DELETE FROM annotations WHERE article = ?", (article_id,))

    # searching -------------------------------------------------------------------------------------

    def search(
        self,
        query: str = "",
        *,
        kind: str | None = None,
        label: str | None = None,
        status: str | None = None,
        speaker: str | None = None,
        by: str | None = None,
        limit: int | None = None,
    ) -> list[Hit]:
        """Hits in the folder's order (by path, then position).

        ``query`` is matched word by word (every word, any order; ``word*`` a prefix) against the
        article texts and the annotations (an entity's name and mention texts, a quote's words and
        speaker, a correction's words and replacement); with ``kind`` only that kind's annotations.
        In an article's text there is one hit per occurrence of the query's first word. The other
        arguments filter annotations (``label``: an entity's label, a quote's kind, a correction's
        category; ``speaker``: part of the speaker's name). ``limit``: stop after that many hits,
        taken in index order (the app's list); then the order is the index's, near the folder's.
        """
        match = fts_query(query)
        filtered = any(v for v in (label, status, speaker, by))
        kinds = [kind] if kind else list(KINDS)
        if match is not None and not kind and not filtered:
            kinds.append(TEXT)
        where = [f"a.kind IN ({', '.join('?' * len(kinds))})"]
        params: list[object] = list(kinds)
        for column, value in (("label", label), ("status", status), ("by", by)):
            if value:
                where.append(f"a.{column} = ? COLLATE NOCASE")
                params.append(value)
        if speaker:
            where.append("a.speaker LIKE ?")
            params.append(f"%{_like(speaker)}%")
        columns = (
            'ar.path, a.start, a."end", a.kind, a.label, a.text, a.speaker, a.status, a.by, a.name, ar.id'
        )
        if match is not None:
            sql = (
                f"SELECT {columns}, fts.body FROM fts JOIN annotations a ON a.id = fts.rowid "
                f"JOIN articles ar ON ar.id = a.article WHERE fts MATCH ? AND {' AND '.join(where)}"
            )
            params.insert(0, match)
        else:
            sql = (
                f"SELECT {columns}, NULL FROM annotations a JOIN articles ar ON ar.id = a.article "
                f"WHERE {' AND '.join(where)}"
            )
        if limit is None:
            sql += ' ORDER BY ar.path, a.start, a."end"'
        hits: list[Hit] = []
        first = _first_word(query)
        for row in self.db.execute(sql, params):
            if row[3] == TEXT:
                for start, end in _occurrences(row[11] or "", first):
                    body = row[11]
                    hits.append(Hit(row[0], start, end, TEXT, "", body[start:end], "", "", "", "", row[10]))
                    self._texts.setdefault(row[10], body)
                    if limit is not None and len(hits) >= limit:
                        break
            else:
                hits.append(Hit(*row[:11]))
            if limit is not None and len(hits) >= limit:
                break
        if TEXT in kinds:
            hits = _without_repeats(hits)
            if limit is None:
                hits.sort(key=lambda h: (h.rel, h.start, h.end))
        return hits

    def text_of(self, article: int) -> str:
        text = self._texts.get(article)
        if text is None:
            row = self.db.execute(
                "SELECT fts.body FROM articles ar JOIN fts ON fts.rowid = ar.text_row WHERE ar.id = ?",
                (article,),
            ).fetchone()
            text = row[0] if row else ""
            if len(self._texts) > 2000:
                self._texts.clear()
            self._texts[article] = text
        return text

    def context(self, hit: Hit, words: int = 6) -> tuple[str, str]:
        """A few words before and after the hit, on its line."""
        text = self.text_of(hit.article)
        before = text[max(0, hit.start - 200) : hit.start].rsplit("\n", 1)[-1]
        after = text[hit.end : hit.end + 200].split("\n", 1)[0]
        left = before.split(" ")
        right = after.split(" ")
        head = " ".join(left[-words:]) if len(left) > words else before
        tail = " ".join(right[: words + 1]) if len(right) > words + 1 else after
        return ("…" if len(left) > words else "") + head, tail + ("…" if len(right) > words + 1 else "")


def _without_repeats(hits: list[Hit]) -> list[Hit]:
    """The hits less those in an article's text inside the words of an annotation hit there."""
    annotated: dict[int, list[tuple[int, int]]] = {}
    for h in hits:
        if h.kind != TEXT:
            annotated.setdefault(h.article, []).append((h.start, h.end))
    return [
        h
        for h in hits
        if h.kind != TEXT or not any(s < h.end and h.start < e for s, e in annotated.get(h.article, ()))
    ]


def is_damage(exc: sqlite3.Error) -> bool:
    """Whether ``exc`` says the index file is damaged (not merely busy)."""
    message = str(exc).lower()
    if "locked" in message or "busy" in message:
        return False
    return isinstance(exc, sqlite3.DatabaseError)


_QUERY_WORD = re.compile(r"\w+\*?")


def fts_query(query: str) -> str | None:
    """FTS5's query for the user's words: each word quoted (so no word is taken for an operator),
    all of them required; ``word*`` stays a prefix. None when there are no words."""
    words = _QUERY_WORD.findall(query)
    if not words:
        return None
    return " ".join(f'"{w[:-1]}"*' if w.endswith("*") else f'"{w}"' for w in words)


def _first_word(query: str) -> str:
    words = _QUERY_WORD.findall(query)
    return words[0] if words else ""


def _occurrences(text: str, word: str) -> Iterator[tuple[int, int]]:
    if not word:
        return
    if word.endswith("*"):
        pattern = rf"(?<!\w){re.escape(word[:-1])}\w*"
    else:
        pattern = rf"(?<!\w){re.escape(word)}(?!\w)"
    for m in re.finditer(pattern, text, re.IGNORECASE):
        yield m.start(), m.end()


def _like(value: str) -> str:
    return value.replace("%", "").replace("_", "")

"""The lock beside an article saying who has it open for editing (``.story.txt.editor-app-lock``).

The lock is advisory: it tells a second person (on a shared drive, another machine) that someone is
editing, so their copy opens read-only. It is created exclusively (``O_EXCL``, which also refuses an
existing symlink: lock code that followed symlinks has had CVEs), holds a small JSON body, and is read
back without following symlinks, without blocking, and at most :data:`MAX_LOCK_BYTES` of it.

A lock is stale when its process is gone (only checkable on the same machine) or when it is older
than :data:`STALE_AFTER`; a stale lock can be taken over, and :func:`take_over` removes only the lock
the user was shown, never one someone wrote since.
"""

import contextlib
import json
import math
import os
import stat
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from editor_app.storage.errors import FileProblem
from editor_app.storage.processes import host_name, process_alive, user_full_name, user_login
from editor_app.storage.side_files import side_file

STALE_AFTER = 12 * 3600.0
"""Seconds after which a lock counts as stale even when its process may still be running."""

MAX_LOCK_BYTES = 4096
"""A lock file larger than this is not read: it is not one of ours."""

LOCK_FORMAT = "editor-app/lock"


@dataclass(frozen=True)
class LockInfo:
    """Who holds a lock: login name, machine, process id and when it was taken (epoch seconds).

    ``name`` is the user's full name where the system knows it ("" otherwise).
    """

    user: str
    host: str
    pid: int
    created: float
    name: str = ""

    @classmethod
    def current(cls) -> "LockInfo":
        """A lock for this process, now."""
        return cls(user_login(), host_name(), os.getpid(), time.time(), user_full_name())

    def who(self) -> str:
        """ "Ana Ruiz (ana)", or just "ana" when no full name is known."""
        if self.name and self.name != self.user:
            return f"{self.name} ({self.user})"
        return self.user

    def describe(self) -> str:
        """ "Ana Ruiz (ana) on desk-07 since 14:02, 28 Nov" (the year is added when it is not this one)."""
        return f"{self.who()} on {self.host} since {_when(self.created)}"

    def is_ours(self) -> bool:
        """Held by this very process."""
        return self.host == host_name() and self.pid == os.getpid()

    def is_stale(self, max_age: float = STALE_AFTER) -> bool:
        """True when the process is gone (same machine only) or the lock is older than ``max_age``.

        A process that exists but belongs to someone else (PermissionError) is alive. On another
        machine, and on Windows, only the age tells.
        """
        if self.host == host_name() and self.pid != os.getpid() and process_alive(self.pid) is False:
            return True
        return time.time() - self.created > max_age

    def to_json(self) -> bytes:
        body = {
            "format": LOCK_FORMAT,
            "user": self.user,
            "name": self.name,
            "host": self.host,
            "pid": self.pid,
            "created": self.created,
        }
        return (json.dumps(body, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


class LockedByOther(Exception):
    """The article is locked by someone else. ``info`` is None when the lock file cannot be read."""

    def __init__(self, info: LockInfo | None, path: Path):
        self.info = info
        self.path = Path(path)
        who = info.describe() if info is not None else "an unreadable lock"
        super().__init__(f"{_article_name(self.path)} is locked by {who}")


class LockHeld:
    """A lock this process created; :meth:`release` removes it (only if it is still ours)."""

    def __init__(self, path: Path, info: LockInfo):
        self.path = Path(path)
        self.info = info
        self.released = False

    def release(self) -> None:
        """Remove the lock file if it still holds our user, host, pid and time; safe to call twice."""
        if self.released:
            return
        self.released = True
        present, info = _read_lock_file(self.path)
        if present and info == self.info:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.path)

    def __enter__(self) -> "LockHeld":
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()

    def __repr__(self) -> str:
        return f"LockHeld({str(self.path)!r}, {self.info!r})"


def lock_path(article: Path) -> Path:
    """``story.txt`` -> ``.story.txt.editor-app-lock`` beside it."""
    return side_file(Path(article), "lock")


def acquire_lock(article: Path) -> LockHeld:
    """Create the lock beside ``article`` for this process.

    Raises :class:`LockedByOther` when a lock exists (unless this process holds it: then that lock is
    returned), and OSError when the folder cannot be written (read-only share, full disk).
    """
    path = lock_path(article)
    info = LockInfo.current()
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags, 0o644)
    except FileExistsError:
        present, existing = _read_lock_file(path)
        if not present:  # removed between our open and our read: try once more
            return _create_once(path, flags, info)
        if existing is not None and existing.is_ours():
            return LockHeld(path, existing)
        raise LockedByOther(existing, path) from None
    _write_body(fd, path, info)
    return LockHeld(path, info)


def take_over(article: Path, seen: LockInfo | None) -> LockHeld:
    """Replace the lock the user was shown (``seen``; None for an unreadable one) with ours.

    The existing lock is removed only if it still says what was seen; raises :class:`LockedByOther`
    when it says something else or someone else created one in the meantime.
    """
    path = lock_path(article)
    present, current = _read_lock_file(path)
    if present:
        if current != seen:
            raise LockedByOther(current, path)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    return _create_once(path, flags, LockInfo.current())


def read_lock(article: Path) -> LockInfo | None:
    """Who holds the lock on ``article``; None when there is no lock or it cannot be read."""
    return _read_lock_file(lock_path(article))[1]


def _create_once(path: Path, flags: int, info: LockInfo) -> LockHeld:
    try:
        fd = os.open(path, flags, 0o644)
    except FileExistsError:
        raise LockedByOther(_read_lock_file(path)[1], path) from None
    _write_body(fd, path, info)
    return LockHeld(path, info)


def _write_body(fd: int, path: Path, info: LockInfo) -> None:
    try:
        try:
            view = memoryview(info.to_json())
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(path)
        raise


def _read_lock_file(path: Path) -> tuple[bool, LockInfo | None]:
    """(whether something is at ``path``, the lock it holds or None when it is not a readable lock).

    A symlink, a folder, a FIFO or an oversized file is present but unreadable: it is never followed
    or read to the end.
    """
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    flags |= getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        return (os.path.lexists(path), None)
    except OSError:  # ELOOP for a symlink, EISDIR, EACCES...
        return (True, None)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return (True, None)
        data = os.read(fd, MAX_LOCK_BYTES + 1)
    except OSError:
        return (True, None)
    finally:
        os.close(fd)
    if len(data) > MAX_LOCK_BYTES:
        return (True, None)
    return (True, _parse(data))


def _parse(data: bytes) -> LockInfo | None:
    try:
        body = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(body, dict) or body.get("format") != LOCK_FORMAT:
        return None
    user, host, pid, created = (body.get(k) for k in ("user", "host", "pid", "created"))
    name = body.get("name", "")
    if not (isinstance(user, str) and isinstance(host, str) and isinstance(name, str)):
        return None
    if not isinstance(pid, int) or isinstance(pid, bool) or not 0 < pid < 2**31:
        return None
    if not isinstance(created, int | float) or isinstance(created, bool) or not _is_time(created):
        return None
    return LockInfo(user, host, pid, float(created), name)


def _is_time(created: float) -> bool:
    """A moment this machine can show as a date (``1e18`` cannot: such a lock reads as unreadable)."""
    try:
        return math.isfinite(created) and time.localtime(created).tm_year > 0
    except (OverflowError, OSError, ValueError):
        return False


def _when(created: float) -> str:
    moment = time.localtime(created)
    year = f" {moment.tm_year}" if moment.tm_year != time.localtime().tm_year else ""
    return f"{time.strftime('%H:%M', moment)}, {moment.tm_mday} {time.strftime('%b', moment)}{year}"


def _article_name(lock: Path) -> str:
    name = lock.name
    return name.removeprefix(".").removesuffix(".editor-app-lock")


@dataclass(frozen=True)
class LockClaim:
    """What came of trying to lock an article for editing (see :func:`claim_lock`)."""

    held: LockHeld | None = None
    blocked: bool = False
    """Someone else holds the lock, or a lock is there that cannot be read: the article is read-only."""
    locked_by: LockInfo | None = None
    """Who holds it, when ``blocked`` and the lock could be read."""
    took_back: bool = False
    """The lock was this user's own, left on this machine by a process that no longer runs."""
    problem: str | None = None
    """No lock could be created (a read-only folder ...): editing goes on, unannounced to others."""

    @property
    def stale(self) -> bool:
        """The blocking lock may be taken over: it is unreadable, or its process is gone, or it is old."""
        return self.blocked and (self.locked_by is None or self.locked_by.is_stale())


def claim_lock(article: Path) -> LockClaim:
    """Lock ``article`` for editing, taking back a lock this user's crashed session left behind."""
    try:
        return LockClaim(held=acquire_lock(article))
    except LockedByOther as exc:
        if exc.info is not None and own_crashed_session(exc.info):
            with contextlib.suppress(LockedByOther):
                return LockClaim(held=take_over(article, exc.info), took_back=True)
        return LockClaim(blocked=True, locked_by=exc.info)
    except OSError as exc:
        return LockClaim(problem=str(exc.strerror or exc))


def own_crashed_session(info: LockInfo) -> bool:
    """A lock this user left on this machine from a process that no longer runs (after a crash)."""
    return info.user == user_login() and info.host == host_name() and process_alive(info.pid) is False


class EditLocked(FileProblem):
    """A command was to write the files of an article someone else has open (see :func:`command_lock`)."""


@contextmanager
def command_lock(article: Path, *, force: bool = False) -> Iterator[None]:
    """Hold the edit lock of ``article`` while a command (``suggest``, ``apply``) rewrites its files.

    Raises :class:`EditLocked` when someone else holds it, or it cannot be read, unless ``force``.
    Where no lock can be created at all (a read-only folder) the command goes on, as the window does.
    """
    claim = claim_lock(article)
    if claim.blocked and not force:
        who = claim.locked_by.describe() if claim.locked_by is not None else "an unreadable lock"
        raise EditLocked(article, f"is locked by {who}; it was not changed (--force writes anyway)")
    try:
        yield
    finally:
        if claim.held is not None:
            claim.held.release()

"""The lock beside an article: exclusive, never through a symlink, stale when its owner is gone."""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from editor_app.storage.locks import (
    STALE_AFTER,
    LockedByOther,
    LockHeld,
    LockInfo,
    acquire_lock,
    claim_lock,
    read_lock,
    take_over,
)
from editor_app.storage.processes import host_name
from editor_app.storage.side_files import GITIGNORE_LINE, side_file


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text("Magnus said.\n", encoding="utf-8")
    return path


def write_lock(article: Path, info: LockInfo) -> Path:
    path = side_file(article, "lock")
    path.write_bytes(info.to_json())
    return path


def someone_else(**changes: object) -> LockInfo:
    values: dict[str, object] = {
        "user": "ana",
        "host": "desk-07",
        "pid": 4242,
        "created": time.time() - 60,
        "name": "Ana Ruiz",
    }
    values.update(changes)
    return LockInfo(**values)  # type: ignore[arg-type]


def dead_pid() -> int:
    """The pid of a process that has exited (and been reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_acquiring_creates_a_lock_beside_the_article_naming_us(article):
    held = acquire_lock(article)
    lock = article.with_name(".story.txt.editor-app-lock")
    assert held.path == lock
    assert lock.is_file()
    info = read_lock(article)
    assert info == held.info
    assert info is not None
    assert info.pid == os.getpid()
    assert info.host == host_name()
    assert abs(info.created - time.time()) < 60
    assert json.loads(lock.read_text(encoding="utf-8"))["pid"] == os.getpid()


def test_the_lock_file_matches_the_gitignore_line(article):
    held = acquire_lock(article)
    assert Path(held.path.name).match(GITIGNORE_LINE)


def test_releasing_removes_the_lock_and_can_be_repeated(article):
    held = acquire_lock(article)
    held.release()
    assert not held.path.exists()
    held.release()
    assert read_lock(article) is None


def test_a_lock_can_be_used_as_a_context_manager(article):
    with acquire_lock(article) as held:
        assert held.path.exists()
    assert not held.path.exists()


def test_releasing_leaves_a_lock_that_someone_else_took_since(article):
    held = acquire_lock(article)
    theirs = someone_else()
    write_lock(article, theirs)
    held.release()
    assert read_lock(article) == theirs


def test_a_second_acquire_by_someone_else_is_refused_with_who_holds_it(article):
    theirs = someone_else()
    write_lock(article, theirs)
    with pytest.raises(LockedByOther) as caught:
        acquire_lock(article)
    assert caught.value.info == theirs
    assert caught.value.path == side_file(article, "lock")
    assert "story.txt is locked by Ana Ruiz (ana) on desk-07 since" in str(caught.value)
    assert read_lock(article) == theirs


def test_reopening_in_the_same_process_returns_our_own_lock(article):
    first = acquire_lock(article)
    second = acquire_lock(article)
    assert isinstance(second, LockHeld)
    assert second.info == first.info
    assert second.path == first.path


def test_describe_names_the_person_the_machine_and_the_time(monkeypatch):
    try:
        with monkeypatch.context() as patched:
            patched.setenv("TZ", "UTC")
            time.tzset()
            this_year = time.gmtime().tm_year
            created = time.mktime((this_year, 11, 28, 14, 2, 0, 0, 0, 0))
            assert someone_else(created=created).describe() == "Ana Ruiz (ana) on desk-07 since 14:02, 28 Nov"
            assert someone_else(created=created, name="").describe() == "ana on desk-07 since 14:02, 28 Nov"
            long_ago = time.mktime((2019, 3, 5, 9, 30, 0, 0, 0, 0))
            assert someone_else(created=long_ago).describe().endswith("since 09:30, 5 Mar 2019")
    finally:
        time.tzset()


def test_a_symlink_at_the_lock_path_is_not_followed_and_its_target_is_untouched(article, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"precious\n")
    before = victim.stat()
    lock = side_file(article, "lock")
    lock.symlink_to(victim)

    with pytest.raises(LockedByOther) as caught:
        acquire_lock(article)

    assert caught.value.info is None
    assert "an unreadable lock" in str(caught.value)
    assert victim.read_bytes() == b"precious\n"
    assert victim.stat().st_mtime_ns == before.st_mtime_ns
    assert lock.is_symlink()


def test_a_dangling_symlink_at_the_lock_path_does_not_create_its_target(article, tmp_path):
    target = tmp_path / "elsewhere" / "created-by-us"
    target.parent.mkdir()
    side_file(article, "lock").symlink_to(target)
    with pytest.raises(LockedByOther):
        acquire_lock(article)
    assert not target.exists()


def test_taking_over_a_symlink_lock_removes_the_link_not_its_target(article, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"precious\n")
    side_file(article, "lock").symlink_to(victim)
    held = take_over(article, None)
    assert victim.read_bytes() == b"precious\n"
    assert not held.path.is_symlink()
    assert read_lock(article) == held.info


def test_a_lock_of_a_dead_process_on_this_machine_is_stale():
    assert someone_else(host=host_name(), pid=dead_pid()).is_stale()


def test_a_lock_of_a_live_process_on_this_machine_is_not_stale():
    assert not someone_else(host=host_name(), pid=os.getpid()).is_stale()
    assert not someone_else(host=host_name(), pid=os.getppid()).is_stale()


def test_a_process_of_another_user_counts_as_alive(monkeypatch):
    def refuse(pid: int, signal: int) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "kill", refuse)
    assert not someone_else(host=host_name(), pid=12345).is_stale()


def test_a_lock_from_another_machine_is_stale_only_by_age():
    assert not someone_else(host="desk-07-elsewhere", pid=dead_pid()).is_stale()
    assert someone_else(created=time.time() - STALE_AFTER - 10).is_stale()
    assert someone_else(created=time.time() - 120).is_stale(max_age=60)
    assert not someone_else(created=time.time() - 30).is_stale(max_age=60)


def test_a_stale_lock_can_be_taken_over(article):
    seen = someone_else(host=host_name(), pid=dead_pid())
    write_lock(article, seen)
    with pytest.raises(LockedByOther) as caught:
        acquire_lock(article)
    assert caught.value.info == seen
    assert seen.is_stale()

    held = take_over(article, caught.value.info)

    assert held.info.pid == os.getpid()
    assert read_lock(article) == held.info


def test_taking_over_is_refused_when_the_lock_changed_since_it_was_seen(article):
    seen = someone_else(created=time.time() - STALE_AFTER - 10)
    write_lock(article, seen)
    newer = someone_else(user="raul", name="Raul Ortiz", created=time.time())
    write_lock(article, newer)  # someone else took it over in the meantime

    with pytest.raises(LockedByOther) as caught:
        take_over(article, seen)

    assert caught.value.info == newer
    assert read_lock(article) == newer


def test_taking_over_an_unreadable_lock_is_refused_once_it_became_readable(article):
    lock = side_file(article, "lock")
    lock.write_bytes(b"")  # what a lock looks like between its creation and its first write
    with pytest.raises(LockedByOther) as caught:
        acquire_lock(article)
    assert caught.value.info is None
    theirs = someone_else()
    write_lock(article, theirs)
    with pytest.raises(LockedByOther) as again:
        take_over(article, None)
    assert again.value.info == theirs


def test_taking_over_when_the_lock_vanished_just_acquires(article):
    held = take_over(article, someone_else())
    assert read_lock(article) == held.info


def test_taking_over_loses_to_someone_who_creates_the_lock_first(article, monkeypatch):
    seen = someone_else(created=time.time() - STALE_AFTER - 10)
    write_lock(article, seen)
    real_unlink = os.unlink
    winner = someone_else(user="raul", created=time.time())

    def unlink_then_someone_creates_it(path: object, *args: object, **kwargs: object) -> None:
        real_unlink(path)  # type: ignore[arg-type]
        write_lock(article, winner)

    with monkeypatch.context() as patched:
        patched.setattr(os, "unlink", unlink_then_someone_creates_it)
        with pytest.raises(LockedByOther) as caught:
            take_over(article, seen)
    assert caught.value.info == winner
    assert read_lock(article) == winner


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not json at all",
        b"\xff\xfe\x00garbage",
        b"[1, 2, 3]",
        b'{"format": "editor-app/lock", "user": "ana", "host": "x", "pid": "12", "created": 1}',
        b'{"format": "editor-app/lock", "user": "ana", "host": "x", "pid": 0, "created": 1}',
        b'{"format": "editor-app/lock", "user": "ana", "host": "x", "pid": true, "created": 1}',
        b'{"format": "editor-app/lock", "user": "ana", "host": "x", "pid": 5, "created": NaN}',
        b'{"user": "ana", "host": "x", "pid": 5, "created": 1}',
        b"[" * 4000,
        b'{"format": "editor-app/lock", "user": "' + b"a" * 5000 + b'", "host": "x", "pid": 5, "created": 1}',
    ],
    ids=[
        "empty",
        "text",
        "binary",
        "list",
        "pid-text",
        "pid-zero",
        "pid-bool",
        "nan-time",
        "no-format",
        "deep",
        "oversized",
    ],
)
def test_a_garbage_lock_file_locks_the_article_as_an_unreadable_lock(article, content):
    side_file(article, "lock").write_bytes(content)
    assert read_lock(article) is None
    with pytest.raises(LockedByOther) as caught:
        acquire_lock(article)
    assert caught.value.info is None
    assert str(caught.value) == "story.txt is locked by an unreadable lock"
    held = take_over(article, None)
    assert read_lock(article) == held.info


def test_a_folder_at_the_lock_path_is_an_unreadable_lock(article):
    side_file(article, "lock").mkdir()
    with pytest.raises(LockedByOther) as caught:
        acquire_lock(article)
    assert caught.value.info is None


def test_a_fifo_at_the_lock_path_is_not_waited_on(article):
    os.mkfifo(side_file(article, "lock"))
    assert read_lock(article) is None
    with pytest.raises(LockedByOther):
        acquire_lock(article)


def test_a_lock_that_cannot_be_written_fully_is_removed(article, monkeypatch):
    def full_disk(fd: int, data: object) -> int:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patched:
        patched.setattr(os, "write", full_disk)
        with pytest.raises(OSError, match="No space left"):
            acquire_lock(article)
    assert not side_file(article, "lock").exists()


def test_no_lock_means_read_lock_returns_none(article):
    assert read_lock(article) is None


@pytest.mark.parametrize("created", ["1e18", "1e300", "-1e18", "99999999999999999999"])
def test_a_lock_from_an_impossible_time_blocks_editing_as_an_unreadable_lock(article, created):
    """Never "no lock possible, edit on": that would open read-write over someone else's lock."""
    body = f'{{"format": "editor-app/lock", "user": "ana", "host": "x", "pid": 4242, "created": {created}}}'
    side_file(article, "lock").write_text(body, encoding="utf-8")
    claim = claim_lock(article)
    assert claim.blocked
    assert claim.problem is None
    assert claim.held is None
    assert claim.locked_by is None
    assert claim.stale  # an unreadable lock may be taken over, by a person who confirms it

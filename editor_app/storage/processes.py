"""Who is running this process, and whether another process is still alive: for locks and temp files."""

import getpass
import hashlib
import os
import socket
import sys


def host_name() -> str:
    """This machine's name as other machines sharing a folder would see it written in a lock."""
    return socket.gethostname() or "unknown-host"


def host_tag(host: str | None = None) -> str:
    """Eight hex digits naming ``host`` (this machine by default), short enough for a file name."""
    return hashlib.sha256((host or host_name()).encode("utf-8")).hexdigest()[:8]


def user_login() -> str:
    """The login name of the user running the app."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return os.environ.get("USER") or os.environ.get("USERNAME") or "unknown"


def user_full_name() -> str:
    """The user's full name from the account database, or "" where there is none."""
    if sys.platform == "win32":
        return ""
    try:
        import pwd

        gecos = pwd.getpwuid(os.getuid()).pw_gecos
    except (ImportError, KeyError, OSError):
        return ""
    return gecos.split(",")[0].strip()


def process_alive(pid: int) -> bool | None:
    """Whether process ``pid`` on this machine still exists; None when that cannot be told.

    On Windows ``os.kill(pid, 0)`` sends a Ctrl+C rather than probing, so nothing is probed there.
    A process owned by another user answers PermissionError: it exists.
    """
    if pid <= 0 or sys.platform == "win32":
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except (OSError, OverflowError):
        return None
    return True

"""Adopting the merge driver and textconv in a git repository: attribute lines, ignore line, config.

Everything is idempotent: a line already present is not added again, a config value already set is
left alone, and what was done is returned as sentences for the user.
"""

import subprocess
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from editor_app.storage.atomic import atomic_write
from editor_app.storage.sidecar_write import SIDECAR_SUFFIX

DRIVER: Final = "editor-app"
ATTRIBUTES_LINE: Final = f"*{SIDECAR_SUFFIX} merge={DRIVER} diff={DRIVER}"


class GitError(Exception):
    """git is missing, or the folder is not in a repository, or git refused a setting."""


def config_values(command: str) -> dict[str, str]:
    """The settings git needs: the merge driver (``%O %A %B %P``) and the diff textconv."""
    return {
        f"merge.{DRIVER}.name": "editor-app: sidecars merged by annotation id and field",
        f"merge.{DRIVER}.driver": f"{command} merge %O %A %B --path %P",
        f"diff.{DRIVER}.textconv": f"{command} show",
    }


def repository_root(folder: Path) -> Path:
    """The top folder of the work tree holding ``folder``."""
    out = _git(["rev-parse", "--show-toplevel"], folder)
    return Path(out.strip())


def add_line(path: Path, line: str) -> bool:
    """Append ``line`` to the text file ``path`` (made if missing) unless it is there; True if added."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = ""
    if line in (existing.strip() for existing in text.splitlines()):
        return False
    if text and not text.endswith("\n"):
        text += "\n"
    atomic_write(path, (text + line + "\n").encode("utf-8"))
    return True


def set_config(values: dict[str, str], folder: Path | None, global_: bool) -> list[str]:
    """Set each value in the repository's config (``folder``'s) or the user's; returns what changed."""
    scope = ["--global"] if global_ else ["--local"]
    where = folder or Path.cwd()
    changed = []
    for key, value in values.items():
        try:
            current = _git(["config", *scope, "--get", key], where).rstrip("\n")
        except GitError:
            current = None
        if current == value:
            continue
        _git(["config", *scope, key, value], where)
        changed.append(key)
    return changed


def _git(args: Sequence[str], folder: Path) -> str:
    try:
        done = subprocess.run(
            ["git", *args], cwd=folder, capture_output=True, text=True, check=False, timeout=60
        )
    except FileNotFoundError as exc:
        raise GitError("git is not installed (or not on PATH)") from exc
    if done.returncode != 0:
        raise GitError(done.stderr.strip() or f"git {' '.join(args)} failed")
    return done.stdout

"""Real git repositories in a temporary folder: a bare origin and clones that annotate the sample.

The clones are set up with ``editor-app git-setup``; git runs the driver and textconv as this
interpreter running this checkout (``--command``), with user settings isolated from the machine's.
"""

import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from editor_app.cli import main
from editor_app.model.changes import EditLike, Session
from editor_app.model.document import Document
from editor_app.model.edits import ReplaceRecord
from editor_app.model.records import Correction
from editor_app.storage import sidecar_path
from editor_app.storage.documents import open_document, save_document
from tests.conftest import DATA, ROOT, SAMPLE

GOLDEN = DATA / "golden" / f"{SAMPLE.name}.annotations.yaml"
COMMAND = f"{shlex.quote(sys.executable)} -m editor_app"


def set_replacement(text: str) -> Callable[[Document], ReplaceRecord]:
    """An edit maker: the sample's correction c-mangus proposes ``text``."""

    def make(doc: Document) -> ReplaceRecord:
        correction = doc.find("c-mangus")
        assert isinstance(correction, Correction)
        return ReplaceRecord(replace(correction, replacement=text))

    return make


def git_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        GIT_CONFIG_GLOBAL=str(home / "gitconfig"),
        GIT_CONFIG_NOSYSTEM="1",
        PYTHONPATH=os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep),
        GIT_TERMINAL_PROMPT="0",
        GIT_PAGER="cat",
        LC_ALL="C",
    )
    return env


@dataclass
class Clone:
    path: Path
    env: dict[str, str]
    user: str

    @property
    def article(self) -> Path:
        return self.path / SAMPLE.name

    @property
    def sidecar(self) -> Path:
        return sidecar_path(self.article)

    def git(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            ["git", *args], cwd=self.path, env=self.env, capture_output=True, text=True, timeout=120
        )
        if check and done.returncode != 0:
            raise AssertionError(f"git {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
        return done

    def annotate(self, *makers: Callable[[Document], EditLike], message: str = "annotate") -> None:
        """Open the article as the app does, make the edits, save, commit."""
        opened = open_document(self.article)
        session = Session(opened.document)
        for make in makers:
            session.apply(make(opened.document))
        save_document(opened)
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message)

    def document(self) -> Document:
        opened = open_document(self.article)
        return opened.document


class Origin:
    """A bare repository holding the sample article and its golden sidecar, set up for editor-app."""

    def __init__(self, root: Path):
        self.root = root
        self.env = git_env(root)
        self.bare = root / "origin.git"
        subprocess.run(
            ["git", "init", "-q", "--bare", "-b", "main", str(self.bare)], env=self.env, check=True
        )
        seed = self.clone("seed")
        shutil.copyfile(SAMPLE, seed.article)
        shutil.copyfile(GOLDEN, seed.sidecar)
        seed.git("add", "-A")
        seed.git("commit", "-q", "-m", "the sample and its annotations")
        seed.git("push", "-q", "origin", "main")

    def clone(self, user: str) -> Clone:
        path = self.root / user
        subprocess.run(["git", "clone", "-q", str(self.bare), str(path)], env=self.env, check=True)
        clone = Clone(path, self.env, user)
        clone.git("config", "user.name", user)
        clone.git("config", "user.email", f"{user}@example.invalid")
        clone.git("config", "pull.rebase", "false")
        clone.git("checkout", "-q", "-B", "main")
        assert main(["git-setup", str(path), "--command", COMMAND]) == 0
        if clone.git("status", "--porcelain").stdout.strip():
            clone.git("add", "-A")
            clone.git("commit", "-q", "-m", "git-setup")
        return clone

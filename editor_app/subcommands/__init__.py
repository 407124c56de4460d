"""Subcommands of ``editor-app``, one module each, imported only when named.

Each module defines ``HELP`` (one line), ``configure(parser)`` and ``run(args) -> int`` returning an exit
code: 0 all well, 1 a file had problems, 2 a usage error. Importing lazily keeps start-up fast and keeps
heavy optional libraries (spaCy) out of every command that does not use them.
"""

import importlib
import sys
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

from editor_app.storage.corpus_files import expand_articles

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2

COMMANDS: dict[str, tuple[str, str]] = {
    # name: (module, one-line help shown by `editor-app --help`)
    "check": ("editor_app.subcommands.check", "validate articles and their annotation sidecars"),
    "apply": ("editor_app.subcommands.apply", "apply accepted corrections to the articles"),
    "suggest": ("editor_app.subcommands.suggest", "suggest entities, quotes and corrections for review"),
    "export": ("editor_app.subcommands.export", "export annotated articles as training data"),
    "import": ("editor_app.subcommands.import_", "create sidecars from brat, JSONL, CoNLL or Label Studio"),
    "stats": ("editor_app.subcommands.stats", "count annotations per label, kind, status, annotator"),
    "search": ("editor_app.subcommands.search", "search a folder's articles and annotations (full text)"),
    "names": ("editor_app.subcommands.names", "the desk's list of names (names.yaml): collect, check"),
    "agree": ("editor_app.subcommands.agree", "agreement between two annotators' sidecars"),
    "adjudicate": ("editor_app.subcommands.adjudicate", "a gold standard from two or more annotators"),
    "git-setup": ("editor_app.subcommands.git_setup", "set up a git repository to merge and diff sidecars"),
    "merge": ("editor_app.subcommands.merge_driver", "git's merge driver for sidecars (BASE OURS THEIRS)"),
    "show": ("editor_app.subcommands.show", "a sidecar as one readable line per annotation"),
    "diff": ("editor_app.subcommands.diff", "what changed between two sidecars, by annotation and field"),
}


def articles_named(paths: Iterable[Path]) -> list[Path]:
    """The articles the command line's PATHs name (folders walked); says so on stderr when there are none,
    which the caller answers with :data:`EXIT_USAGE`."""
    articles = [article for path in paths for article in expand_articles(path)]
    if not articles:
        print("no articles (.txt, .md) found under the given paths", file=sys.stderr)
    return articles


def load(name: str) -> ModuleType:
    return importlib.import_module(COMMANDS[name][0])

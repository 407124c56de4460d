"""``editor-app show SIDECAR``: one readable line per annotation, in a stable order.

Git runs it as the sidecars' textconv (``editor-app git-setup``), so that ``git diff``, ``git log -p``
and ``git show`` read as annotations. Reads the sidecar alone: git passes temporary copies.
"""

import argparse
import sys
from pathlib import Path

from editor_app.model.annotation_lines import document_lines
from editor_app.storage.errors import FileProblem
from editor_app.storage.sidecar_read import load_detached
from editor_app.subcommands import EXIT_OK, EXIT_PROBLEMS

HELP = "print a sidecar as one readable line per annotation (git's textconv)"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sidecar", type=Path, metavar="SIDECAR", help="an annotations file")


def run(args: argparse.Namespace) -> int:
    path: Path = args.sidecar
    if path.exists() and not path.read_bytes().strip():
        return EXIT_OK  # git shows an added or deleted file against an empty one
    try:
        loaded = load_detached(path)
    except (FileProblem, OSError) as exc:
        print(f"{exc if isinstance(exc, FileProblem) else f'{path}: {exc.strerror or exc}'}", file=sys.stderr)
        return EXIT_PROBLEMS
    sys.stdout.write("".join(line + "\n" for line in document_lines(loaded.document)))
    return EXIT_OK

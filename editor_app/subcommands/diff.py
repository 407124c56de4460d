"""``editor-app diff OLD NEW``: the semantic difference of two sidecars.

A line per annotation added (``+``), removed (``-``) or changed (``~``, with the fields that changed).
Exit 0 when they hold the same annotations, 1 when they differ or one cannot be read (like ``diff``).
"""

import argparse
import sys
from pathlib import Path

from editor_app.model.semantic_diff import diff_lines
from editor_app.storage.errors import explain
from editor_app.storage.sidecar_read import load_detached
from editor_app.subcommands import EXIT_OK, EXIT_PROBLEMS

HELP = "what changed between two sidecars: annotations added, removed, changed (with fields)"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("old", type=Path, metavar="OLD", help="the earlier annotations file")
    parser.add_argument("new", type=Path, metavar="NEW", help="the later annotations file")


def run(args: argparse.Namespace) -> int:
    try:
        old, new = load_detached(args.old).document, load_detached(args.new).document
    except Exception as exc:
        print(explain(exc), file=sys.stderr)
        return EXIT_PROBLEMS
    lines = diff_lines(old, new)
    sys.stdout.write("".join(line + "\n" for line in lines))
    return EXIT_PROBLEMS if lines else EXIT_OK

"""``editor-app merge BASE OURS THEIRS [--path PATH]``: git's merge driver for sidecars.

Git runs it as ``editor-app merge %O %A %B --path %P`` (set up by ``editor-app git-setup``). The result
goes to OURS. Exit 0: merged cleanly. Exit 1: the result has conflicts (kept in the file as
``conflict:`` keys, listed here and by ``editor-app check``), or a side could not be read (then OURS
is left as it was); either way git reports the path as conflicted. Never writes conflict markers.
"""

import argparse
import sys
from pathlib import Path

from editor_app.storage.errors import explain
from editor_app.storage.merge_files import merge_sidecar_files
from editor_app.subcommands import EXIT_OK, EXIT_PROBLEMS

HELP = "git's merge driver: three-way merge of sidecars by annotation id and field (into OURS)"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("base", type=Path, metavar="BASE", help="the common version (git's %%O)")
    parser.add_argument("ours", type=Path, metavar="OURS", help="our version, replaced by the result (%%A)")
    parser.add_argument("theirs", type=Path, metavar="THEIRS", help="their version (%%B)")
    parser.add_argument("--path", help="the sidecar's path in the repository, for messages (%%P)")


def run(args: argparse.Namespace) -> int:
    shown = args.path or str(args.ours)
    base = args.base if args.base.exists() else None
    try:
        result = merge_sidecar_files(base, args.ours, args.theirs, shown)
    except (OSError, Exception) as exc:  # any failure must leave OURS for git to report as conflicted
        print(f"{explain(exc)}; left as our version", file=sys.stderr)
        return EXIT_PROBLEMS
    for note in result.notes:
        print(f"{shown}: {note}", file=sys.stderr)
    for first, second in result.unified:
        print(f"{shown}: their {first} and our {second} annotate the same thing: now one", file=sys.stderr)
    if result.conflicts:
        for line in result.conflicts:
            print(f"{shown}: {line}", file=sys.stderr)
        print(
            f"{shown}: {len(result.conflicts)} conflict(s) kept in the file; resolve them in editor-app "
            "(Tools > Resolve conflicts) or by hand, then `editor-app check` and `git add`",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    return EXIT_OK

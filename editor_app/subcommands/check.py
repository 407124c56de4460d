"""``editor-app check PATH...``: validate articles and their sidecars without changing them."""

import argparse
import sys
from pathlib import Path

from editor_app.subcommands import EXIT_OK, EXIT_PROBLEMS
from editor_app.subcommands.check_files import CheckReport, check_paths

HELP = "validate articles and their annotation sidecars"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="articles, sidecars or folders")


def run(args: argparse.Namespace) -> int:
    report = CheckReport()
    for line in check_paths(args.paths, report):
        print(line)
    print(
        f"checked {report.articles} article(s), {report.sidecars} sidecar(s): {report.problems} problem(s)",
        file=sys.stderr,
    )
    return EXIT_PROBLEMS if report.problems else EXIT_OK

"""``editor-app apply PATH...``: write accepted corrections into the articles.

``--dry-run`` prints what would change as a unified diff of each article (the same changes the window's
preview shows, :mod:`editor_app.model.correction_diff`), each hunk naming its corrections.
"""

import argparse
import sys
from contextlib import nullcontext
from pathlib import Path

from editor_app.model.correction_diff import unified_diff
from editor_app.model.corrections import applicable, corrections_inside_direct_quotes
from editor_app.storage.apply_files import apply_to_files
from editor_app.storage.editing import open_for_editing
from editor_app.storage.errors import FileProblem
from editor_app.storage.locks import command_lock
from editor_app.storage.side_files import side_file
from editor_app.subcommands import EXIT_OK, EXIT_PROBLEMS

HELP = "apply accepted corrections to the articles (a backup of each article is kept)"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", type=Path, metavar="ARTICLE")
    parser.add_argument(
        "--include-quotes",
        action="store_true",
        help="also apply corrections inside direct quotes (skipped and listed otherwise)",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="print what would change as a unified diff; write nothing"
    )
    parser.add_argument("--force", action="store_true", help="apply even where someone has the article open")


def run(args: argparse.Namespace) -> int:
    failed = 0
    for path in args.paths:
        try:
            with nullcontext() if args.dry_run else command_lock(path, force=args.force):
                failed += not _apply_one(path, args.include_quotes, args.dry_run)
        except (FileProblem, OSError) as exc:
            print(exc.located() if isinstance(exc, FileProblem) else f"{path}: {exc}", file=sys.stderr)
            failed += 1
    return EXIT_PROBLEMS if failed else EXIT_OK


def _apply_one(path: Path, include_quotes: bool, dry_run: bool) -> bool:
    opened = open_for_editing(path)
    for warning in opened.warnings:
        print(warning.located(str(opened.sidecar_path)), file=sys.stderr)
    chosen = applicable(opened.document)
    in_quotes = corrections_inside_direct_quotes(opened.document, chosen)
    if not include_quotes:
        chosen = [c for c in chosen if c not in in_quotes]
        for correction in in_quotes:
            print(
                f"{path}: skipped {correction.id} ({correction.span.text!r} -> {correction.replacement!r}): "
                "inside a direct quote; use --include-quotes to apply it",
                file=sys.stderr,
            )
    if not chosen:
        print(f"{path}: no accepted corrections to apply")
        return True
    if dry_run:
        diff, would = unified_diff(opened.document, chosen, str(path))
        print(diff, end="")
        for correction, why in would.skipped:
            print(f"{path}: would skip {correction.id}: {why}", file=sys.stderr)
        return True
    for correction in chosen:
        print(f"{path}: {correction.span.text!r} -> {correction.replacement!r} ({correction.category})")
    if opened.anchoring is not None and opened.anchoring.orphaned:
        print(f"{path}: not applied: some annotations need re-anchoring first", file=sys.stderr)
        return False
    result, _ = apply_to_files(opened, chosen)
    for correction, why in result.skipped:
        print(f"{path}: skipped {correction.id}: {why}", file=sys.stderr)
    print(
        f"{path}: applied {len(result.applied)} correction(s); "
        f"{len(result.orphaned)} annotation(s) orphaned; previous text in {side_file(path, 'backup').name}"
    )
    return True

"""``editor-app git-setup [REPO] [--global]``: use editor-app's merge driver and diff for sidecars.

Adds ``*.annotations.yaml merge=editor-app diff=editor-app`` to the repository's ``.gitattributes``
and the side files' line to its ``.gitignore`` (both meant to be committed, so the team shares them),
and the driver and textconv commands to the repository's config, or the user's with ``--global``
(config is not shared by git: each clone, or each user once, runs this). Safe to run again.
"""

import argparse
import sys
from pathlib import Path

from editor_app.storage.git_files import (
    ATTRIBUTES_LINE,
    GitError,
    add_line,
    config_values,
    repository_root,
    set_config,
)
from editor_app.storage.side_files import GITIGNORE_LINE
from editor_app.subcommands import EXIT_OK, EXIT_PROBLEMS

HELP = "set up a git repository to merge and diff sidecars by annotation (idempotent)"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("repo", nargs="?", type=Path, default=Path("."), metavar="REPO", help="default: .")
    parser.add_argument(
        "--global",
        dest="global_",
        action="store_true",
        help="set the driver in your user config (every repository) instead of this repository's",
    )
    parser.add_argument(
        "--command",
        default="editor-app",
        help="how git should run editor-app (default: editor-app, found on PATH)",
    )


def run(args: argparse.Namespace) -> int:
    try:
        root = repository_root(args.repo)
    except GitError as exc:
        if not args.global_:
            print(f"{args.repo}: {exc}", file=sys.stderr)
            return EXIT_PROBLEMS
        root = None
    try:
        if root is not None:
            for name, line in ((".gitattributes", ATTRIBUTES_LINE), (".gitignore", GITIGNORE_LINE)):
                added = add_line(root / name, line)
                print(f"{root / name}: {'added' if added else 'already has'} {line}")
        changed = set_config(config_values(args.command), root, args.global_)
    except (GitError, OSError) as exc:
        print(f"{args.repo}: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    scope = "your user config" if args.global_ else f"{root}/.git/config"
    values = config_values(args.command)
    for key in values:
        print(f"{scope}: {'set' if key in changed else 'already set'} {key} = {values[key]}")
    if root is not None:
        print("commit .gitattributes and .gitignore so the team shares them")
    return EXIT_OK

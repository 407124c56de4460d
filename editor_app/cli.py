"""The ``editor-app`` command: a subcommand, or the window on an article.

Exit codes for every subcommand: 0 all well, 1 a file had problems, 2 a usage error.
"""

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from editor_app import __version__
from editor_app.commands import COMMANDS, load


def route(args: Sequence[str]) -> tuple[str, list[str]]:
    """Which subcommand ``args`` name (or ``"window"``), and the arguments left for it.

    A subcommand name wins over a file of the same name; ``./check`` names the file.
    """
    if args and args[0] in COMMANDS:
        return args[0], list(args[1:])
    return "window", list(args)


def main(argv: Sequence[str] | None = None) -> int:
    name, rest = route(sys.argv[1:] if argv is None else argv)
    try:
        if name == "window":
            return _run_window(rest)
        return _run_command(name, rest)
    except KeyboardInterrupt:
        return 130


def _run_command(name: str, args: list[str]) -> int:
    module = load(name)
    parser = argparse.ArgumentParser(prog=f"editor-app {name}", description=module.HELP)
    module.configure(parser)
    code: int = module.run(parser.parse_args(args))
    return code


def _run_window(args: list[str]) -> int:
    commands = "\n".join(f"  {name:10} {text}" for name, (_, text) in COMMANDS.items())
    parser = argparse.ArgumentParser(
        prog="editor-app",
        description="Annotate news articles: entities, quotes and copy-desk corrections.",
        epilog=f"commands (editor-app COMMAND --help):\n{commands}\n\n"
        "A file named like a command opens as a file when given as a path: editor-app ./check",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"editor-app {__version__}")
    parser.add_argument("path", nargs="?", type=Path, help="the article to open")
    options = parser.parse_args(args)
    if options.path is not None and not options.path.exists():
        parser.error(f"{options.path}: no such file")
    from editor_app.app import run_app

    return run_app(options.path)


if __name__ == "__main__":
    sys.exit(main())

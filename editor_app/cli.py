"""The ``editor-app`` command: subcommands, or the window on an article.

Exit codes for every subcommand: 0 all well, 1 a file had problems, 2 a usage error.
"""

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from editor_app import __version__

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def _check_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="articles, sidecars or folders")


def _run_check(args: argparse.Namespace) -> int:
    from editor_app.check import CheckReport, check_paths

    report = CheckReport()
    for line in check_paths(args.paths, report):
        print(line)
    print(
        f"checked {report.articles} article(s), {report.sidecars} sidecar(s): {report.problems} problem(s)",
        file=sys.stderr,
    )
    return EXIT_PROBLEMS if report.problems else EXIT_OK


COMMANDS: dict[
    str, tuple[str, Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]
] = {
    "check": ("validate articles and their annotation sidecars", _check_parser, _run_check),
}


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
    help_text, configure, run = COMMANDS[name]
    parser = argparse.ArgumentParser(prog=f"editor-app {name}", description=help_text)
    configure(parser)
    return run(parser.parse_args(args))


def _run_window(args: list[str]) -> int:
    commands = "\n".join(f"  {name:10} {text}" for name, (text, _, _) in COMMANDS.items())
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

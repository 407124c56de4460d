"""The ``editor-app`` command: a subcommand, or the window on an article.

Exit codes for every subcommand: 0 all well, 1 a file had problems, 2 a usage error.
"""

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from editor_app import __version__
from editor_app.subcommands import COMMANDS, load


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
    from editor_app.storage.sidecar_write import SIDECAR_SUFFIX

    commands = "\n".join(f"  {name:10} {text}" for name, (_, text) in COMMANDS.items())
    parser = argparse.ArgumentParser(
        prog="editor-app",
        description="Annotate news articles: entities, quotes and copy-desk corrections.",
        epilog=f"commands (editor-app COMMAND --help):\n{commands}\n\n"
        "A file named like a command opens as a file when given as a path: editor-app ./check",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"editor-app {__version__}")
    parser.add_argument("path", nargs="?", type=Path, help="the article to open (or its annotations file)")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="annotate one span of a temporary copy of the article (the bundled sample without one) "
        "in the window, save, reload and check it; exit 0 when all is well",
    )
    options = parser.parse_args(args)
    if options.path is not None and options.path.name.endswith(SIDECAR_SUFFIX):
        options.path = options.path.with_name(options.path.name.removesuffix(SIDECAR_SUFFIX))  # its article
    if options.path is not None and not options.path.exists():
        parser.error(f"{options.path}: no such file")
    if options.self_test:
        from editor_app.selftest import run_self_test

        return run_self_test(options.path)
    from editor_app.app import run_app

    return run_app(options.path)


if __name__ == "__main__":
    sys.exit(main())

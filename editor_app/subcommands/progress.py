"""A one-line progress bar on stderr for commands that walk many files."""

import sys
from pathlib import Path


def show_progress(number: int, total: int, current: Path) -> None:
    """Redraw in place on a terminal; one line per file when stderr is a log."""
    width = 24
    done = round(width * number / total)
    bar = "#" * done + "." * (width - done)
    end = "\r" if sys.stderr.isatty() and number < total else "\n"
    print(f"[{bar}] {number}/{total} {current.name}", end=end, file=sys.stderr, flush=True)

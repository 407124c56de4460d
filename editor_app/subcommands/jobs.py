"""``--jobs N`` for the batch commands: each article's work in a worker process, its output captured
there and printed here in the articles' order, so that the output and exit code are those of one
process. The progress bar stays one bar, drawn by this process."""

import argparse
import io
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import TypeVar

from editor_app.storage.parallel import default_jobs, map_ordered
from editor_app.subcommands.progress import show_progress

T = TypeVar("T")
R = TypeVar("R")


def add_jobs_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--jobs",
        type=_jobs,
        default=default_jobs(),
        metavar="N",
        help=f"worker processes (default: the number of cores, {default_jobs()})",
    )


def _jobs(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def _captured(task: tuple[Callable[[T], R], T]) -> tuple[R, str, str]:
    function, item = task
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        result = function(item)
    return result, out.getvalue(), err.getvalue()


def run_each(
    function: Callable[[T], R],
    items: Sequence[T],
    jobs: int,
    progress: bool = False,
    name: Callable[[T], Path] | None = None,
) -> Iterator[R]:
    """``function`` over ``items`` in ``jobs`` processes; what each printed is printed here, in order.

    ``function`` must be picklable (a module-level function or a ``functools.partial`` of one).
    """
    tasks = [(function, item) for item in items]
    for number, (result, out, err) in enumerate(map_ordered(_captured, tasks, jobs), 1):
        if progress:
            item = items[number - 1]
            show_progress(number, len(items), name(item) if name else Path(str(item)))
        sys.stdout.write(out)
        sys.stderr.write(err)
        yield result

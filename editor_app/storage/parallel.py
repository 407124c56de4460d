"""Running one function over many files in several processes, results in the order of the inputs.

The batch commands (``check``, ``suggest``, ``stats``, ``export``, ``search``'s first indexing) read
articles independently; ``--jobs N`` spreads them over N worker processes and hands results back in
input order, so the output and the exit code are those of a single process.
"""

import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_PER_JOB = 8
"""Fewer items than this per job are not worth starting processes for."""


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def map_ordered(function: Callable[[T], R], items: Sequence[T], jobs: int = 1) -> Iterator[R]:
    """``map(function, items)``, in ``jobs`` processes when there are enough items; results in order.

    ``function`` and the items must be picklable (a module-level function and plain values).
    """
    jobs = min(jobs, len(items) // MIN_PER_JOB)
    if jobs <= 1:
        yield from map(function, items)
        return
    chunk = max(1, min(64, len(items) // (jobs * 8)))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(function, items, chunksize=chunk)

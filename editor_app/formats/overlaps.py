"""Choosing spans that do not overlap, for what cannot hold overlapping ones (BIO tags, ``doc.ents``)."""

from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")


def longest_first(
    items: Sequence[T], bounds: Callable[[T], tuple[int, int]]
) -> tuple[list[T], list[tuple[T, T]]]:
    """The items whose spans do not overlap, the longest winning, and each left-out item with its winner.

    On equal lengths the earlier span wins, then the earlier item. ``bounds`` gives ``(start, end)``,
    in characters or tokens. The chosen items come back in text order.
    """
    order = sorted(
        range(len(items)), key=lambda i: (bounds(items[i])[0] - bounds(items[i])[1], bounds(items[i])[0], i)
    )
    starts: list[int] = []
    chosen: list[int] = []  # indexes into items, parallel to starts
    left_out: list[tuple[T, T]] = []
    for index in order:
        start, end = bounds(items[index])
        at = bisect_left(starts, start)
        blocker = None
        if at > 0 and bounds(items[chosen[at - 1]])[1] > start:
            blocker = chosen[at - 1]
        elif at < len(starts) and starts[at] < end:
            blocker = chosen[at]
        if blocker is not None:
            left_out.append((items[index], items[blocker]))
            continue
        starts.insert(at, start)
        chosen.insert(at, index)
    return [items[i] for i in chosen], left_out

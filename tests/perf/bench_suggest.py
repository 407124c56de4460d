"""Time to suggest over a 1 MB article (run: python -m tests.perf.bench_suggest [--quick]).

Target: under 3 s for the whole run (entities, quotes, corrections, merging) on the seeded article of
tests/perf/generate.py. The word lists and the dictionary are loaded once per process; the first run
includes that (about 0.3 s) and is reported apart.
"""

import argparse
import statistics
import sys
import time

from editor_app.model import Article, Document
from editor_app.suggest import engine
from tests.perf.generate import article_text

TARGET_SECONDS = 3.0


def measure(chars: int, runs: int) -> tuple[float, float, engine.Suggestions]:
    """(first run, median of the later runs, the last result) over an article of ``chars`` characters."""
    text = article_text(chars)
    times = []
    result = engine.Suggestions()
    for _ in range(runs):
        doc = Document(article=Article(text), file_name="long.txt")
        started = time.perf_counter()
        result = engine.suggest(doc)
        times.append(time.perf_counter() - started)
    later = times[1:] or times
    return times[0], statistics.median(later), result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a 50 KB article, two runs: checks the harness")
    args = parser.parse_args(argv)
    chars, runs = (50_000, 2) if args.quick else (1_000_000, 4)
    first, median, result = measure(chars, runs)
    mentions = sum(len(e.mentions) for e in result.entities)
    print(f"article: {chars / 1e6:.2f} M characters; suggested {result.summary()} ({mentions} mentions)")
    print(f"first run (loads word lists and dictionary): {first:.3f} s")
    verdict = "met" if median < TARGET_SECONDS else "MISSED"
    print(
        f"suggest, median of {max(1, runs - 1)} later run(s): {median:.3f} s "
        f"(target < {TARGET_SECONDS} s: {verdict})"
    )
    if args.quick:
        print("(quick run: small input; the verdict is not meaningful)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Mutated sidecars (byte flips, truncations, duplicated and removed lines, type swaps, huge numbers,
tags, anchors, deep nesting, conflict markers, BOMs, NULs) through the loader and `check`: no
traceback, no case over 5 s, no input file changed, peak memory under 1 GB.

10,000 cases run in `make test-slow`; a short run in `make test` keeps the fuzzer from rotting.
"""

import json

import pytest

from tests.capped import MEMORY_CAP, run_capped


def fuzz(cases: int, seed: int) -> dict[str, object]:
    result = run_capped("tests.storage.fuzz_sidecars", str(cases), str(seed), timeout=3600)
    assert result.returncode == 0, result.stderr[-3000:]
    summary: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    print(
        f"fuzz: {summary['cases']} cases in {summary['seconds']} s, peak {summary['peak_kb']} kB, "
        f"{summary['failed']} failure(s)"
    )
    return summary


def check(summary: dict[str, object]) -> None:
    assert summary["failed"] == 0, "\n".join(summary["failures"])  # type: ignore[arg-type]
    assert int(summary["peak_kb"]) < MEMORY_CAP // 1024  # type: ignore[call-overload]


def test_a_short_fuzz_run_finds_nothing():
    check(fuzz(300, 1))


@pytest.mark.slow
def test_ten_thousand_mutated_sidecars_find_nothing():
    check(fuzz(10_000, 100_000))

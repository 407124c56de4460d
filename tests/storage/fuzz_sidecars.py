"""Mutated sidecars through the loader and ``editor-app check``, in a process of its own.

Run as ``python -m tests.storage.fuzz_sidecars CASES SEED``; prints one JSON line: the number of cases,
seconds, peak memory (kB, ``ru_maxrss``) and the failures (a traceback, a case over
:data:`CASE_SECONDS`, a changed input file), each with the seed that makes its case again. The parent
caps this process's address space, so unbounded memory shows up as a failure rather than as a
machine out of memory.
"""

import contextlib
import io
import json
import random
import resource
import shutil
import signal
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import FrameType

from editor_app.storage import read_article, sidecar_path
from editor_app.storage.errors import FileProblem
from editor_app.storage.sidecar_read import load_sidecar
from editor_app.subcommands.check import CheckReport, check_paths

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "cbp-commissioner-magnus.txt"
GOLDEN = ROOT / "tests" / "data" / "golden" / f"{SAMPLE.name}.annotations.yaml"
CASE_SECONDS = 5

Mutation = Callable[[random.Random, bytes], bytes]


def _lines(data: bytes) -> list[bytes]:
    return data.split(b"\n")


def flip_bytes(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data))]


def duplicate_line(rng: random.Random, data: bytes) -> bytes:
    lines = _lines(data)
    i = rng.randrange(len(lines))
    lines[i:i] = [lines[i]] * rng.randint(1, 3)
    return b"\n".join(lines)


def remove_line(rng: random.Random, data: bytes) -> bytes:
    lines = _lines(data)
    del lines[rng.randrange(len(lines))]
    return b"\n".join(lines)


def swap_lines(rng: random.Random, data: bytes) -> bytes:
    lines = _lines(data)
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    lines[i], lines[j] = lines[j], lines[i]
    return b"\n".join(lines)


VALUES = [
    b"[]",
    b"{}",
    b"[1, 2]",
    b"{a: 1}",
    b"null",
    b"~",
    b"true",
    b"no",
    b'""',
    b"'x'",
    b"-1",
    b"1.5",
    b".inf",
    b".nan",
    b"0x1F",
    b"2024-01-02",
    b"|\n  block",
    b">-\n  folded",
    b"9" * 5000,
    b"-" + b"9" * 4301,
    b"1e999",
    b"!!python/object/apply:os.system [echo]",
    b"!!binary aGk=",
    b"!custom x",
    b"&a x",
    b"*a",
    b"[" * 200 + b"]" * 200,
    b"{a: " * 100 + b"1" + b"}" * 100,
    b'"\\ud800"',
    b'"\\x00"',
    b'"\\U0010FFFF"',
]


def swap_type(rng: random.Random, data: bytes) -> bytes:
    lines = _lines(data)
    candidates = [i for i, line in enumerate(lines) if b": " in line]
    i = rng.choice(candidates)
    key, _, _ = lines[i].partition(b": ")
    lines[i] = key + b": " + rng.choice(VALUES)
    return b"\n".join(lines)


def in_flow(rng: random.Random, data: bytes) -> bytes:
    """A value inside a mention's flow mapping replaced."""
    lines = _lines(data)
    candidates = [i for i, line in enumerate(lines) if b"{start:" in line]
    i = rng.choice(candidates)
    return b"\n".join(
        [*lines[:i], lines[i].replace(b"end: ", b"end: " + rng.choice(VALUES) + b", x: ", 1), *lines[i + 1 :]]
    )


def tag_key(rng: random.Random, data: bytes) -> bytes:
    lines = _lines(data)
    i = rng.randrange(len(lines))
    tag = rng.choice([b"!!python/object/apply:os.system ", b"!!str ", b"!x ", b"!!int "])
    stripped = lines[i].lstrip(b" -")
    prefix = lines[i][: len(lines[i]) - len(stripped)]
    lines[i] = prefix + tag + stripped
    return b"\n".join(lines)


def anchor(rng: random.Random, data: bytes) -> bytes:
    lines = _lines(data)
    i = rng.randrange(len(lines))
    lines.insert(i, rng.choice([b"x: &a [1, 2]", b"y: *a", b"- &e {start: 1, end: 2}", b"<<: *a"]))
    return b"\n".join(lines)


def deep(rng: random.Random, data: bytes) -> bytes:
    depth = rng.choice([63, 64, 65, 100, 3000, 100_000])
    shape = rng.choice(
        [b"[" * depth + b"]" * depth, b"{a: " * depth + b"1" + b"}" * depth, b"\n" + b"- " * depth + b"x"]
    )
    return data + b"\nzz: " + shape + b"\n"


def block_deep(rng: random.Random, data: bytes) -> bytes:
    depth = rng.choice([60, 70, 300])
    return data + b"\nzz:\n" + b"".join(b"  " * n + b"k:\n" for n in range(1, depth)) + b"  " * depth + b"v\n"


def conflict(rng: random.Random, data: bytes) -> bytes:
    lines = _lines(data)
    i = rng.randrange(len(lines))
    j = min(len(lines), i + rng.randint(1, 4))
    lines[i:j] = [b"<<<<<<< HEAD", *lines[i:j], b"=======", *lines[i:j], b">>>>>>> theirs"]
    return b"\n".join(lines)


def bom(rng: random.Random, data: bytes) -> bytes:
    choice = rng.randrange(4)
    if choice == 0:
        return b"\xef\xbb\xbf" + data
    if choice == 1:
        return b"\xff\xfe" + data.decode("utf-8").encode("utf-16-le")
    if choice == 2:
        return b"\xef\xbb\xbf\xef\xbb\xbf" + data
    return data[: len(data) // 2] + b"\xef\xbb\xbf" + data[len(data) // 2 :]


def nul(rng: random.Random, data: bytes) -> bytes:
    i = rng.randrange(len(data))
    return data[:i] + b"\x00" * rng.randint(1, 3) + data[i:]


def huge_number(rng: random.Random, data: bytes) -> bytes:
    lines = _lines(data)
    candidates = [i for i, line in enumerate(lines) if any(ch in b"0123456789" for ch in line)]
    i = rng.choice(candidates)
    digits = b"9" * rng.choice([19, 400, 4301, 5000, 20000])
    out = bytearray()
    replaced = False
    for ch in lines[i]:
        if not replaced and 48 <= ch <= 57:
            out += digits
            replaced = True
        elif not (replaced and 48 <= ch <= 57):
            out.append(ch)
    lines[i] = bytes(out)
    return b"\n".join(lines)


def documents(rng: random.Random, data: bytes) -> bytes:
    return data + rng.choice([b"\n---\nformat: x\n", b"\n...\n", b"\n--- !!map\n", b"%YAML 1.1\n---\n"])


MUTATIONS: list[Mutation] = [
    flip_bytes,
    truncate,
    duplicate_line,
    remove_line,
    swap_lines,
    swap_type,
    in_flow,
    tag_key,
    anchor,
    deep,
    block_deep,
    conflict,
    bom,
    nul,
    huge_number,
    documents,
]


def mutate(seed: int, data: bytes) -> bytes:
    rng = random.Random(seed)
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        with contextlib.suppress(IndexError, ValueError):  # nothing of its kind left to mutate
            data = rng.choice(MUTATIONS)(rng, data)
    return data


class _Hang(Exception):
    pass


def _alarm(_signum: int, _frame: FrameType | None) -> None:
    raise _Hang


def run(cases: int, seed: int) -> dict[str, object]:
    golden = GOLDEN.read_bytes()
    failures: list[str] = []
    started = time.monotonic()
    signal.signal(signal.SIGALRM, _alarm)
    with tempfile.TemporaryDirectory() as folder:
        article = Path(folder) / SAMPLE.name
        shutil.copyfile(SAMPLE, article)
        side = sidecar_path(article)
        article_bytes = article.read_bytes()
        text = read_article(article)
        for case in range(seed, seed + cases):
            data = mutate(case, golden)
            side.write_bytes(data)
            signal.alarm(CASE_SECONDS)
            try:
                with contextlib.suppress(FileProblem):
                    load_sidecar(side, text, article.name)
                with contextlib.redirect_stdout(io.StringIO()):
                    list(check_paths([article], CheckReport()))
            except _Hang:
                failures.append(f"case {case}: over {CASE_SECONDS} s")
            except BaseException:
                failures.append(f"case {case}: {traceback.format_exc(limit=-3)}")
            finally:
                signal.alarm(0)
            if side.read_bytes() != data or article.read_bytes() != article_bytes:
                failures.append(f"case {case}: an input file changed")
    return {
        "cases": cases,
        "seconds": round(time.monotonic() - started, 1),
        "peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "failures": failures[:20],
        "failed": len(failures),
    }


if __name__ == "__main__":
    print(json.dumps(run(int(sys.argv[1]), int(sys.argv[2]))))

"""Export speed over 10,000 small generated sidecars, against the floor of just loading them.

Run: ``.venv/bin/python -m tests.perf.bench_export [COUNT]``. Measured, not asserted. Each format is
exported through the ``export`` command (its progress lines go to /dev/null); the floor is reading
every article and loading its sidecar, which every export has to do.
"""

import argparse
import contextlib
import importlib.util
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from editor_app.cli import main
from editor_app.model import Article, Correction, Document, Entity, Mention, Quote, Span
from editor_app.storage.corpus_read import read_document
from editor_app.storage.sidecar_write import dump_sidecar, sidecar_path
from tests.perf.generate import FIRST, LAST, ORGS, PLACES, WORDS


def small_document(rng: random.Random, name: str) -> Document:
    """About 1,000 characters: a handful of people, an organisation, a place, a quote, a correction."""
    pieces: list[str] = []
    mentions: dict[tuple[str, str], list[Mention]] = {}
    length = 0

    def add(text: str, label: str | None = None) -> None:
        nonlocal length
        if label is not None:
            mentions.setdefault((label, text), []).append(Mention(length, length + len(text), text))
        pieces.append(text)
        length += len(text)

    quote_span = None
    for sentence in range(8):
        add(f"{rng.choice(FIRST)} {rng.choice(LAST)}", "PERSON")
        add(" of the ")
        add(rng.choice(ORGS), "ORG")
        add(" said in ")
        add(rng.choice(PLACES), "GPE")
        add(" that " + " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 14))) + ". ")
        if sentence == 3:
            add("“")
            words = " ".join(rng.choice(WORDS) for _ in range(10))
            quote_span = Span(length, length + len(words), words)
            add(words)
            add(",” she said.\n\n")
    text = "".join(pieces)
    doc = Document(article=Article(text), file_name=name, status="done")
    doc.entities = [
        Entity(f"e-{i}", label, name_, mentions=tuple(found))
        for i, ((label, name_), found) in enumerate(mentions.items())
    ]
    assert quote_span is not None
    doc.quotes = [Quote("q-1", quote_span, speaker="e-0", cue=None, kind="direct")]
    first = doc.entities[0].mentions[0]
    doc.corrections = [Correction("c-1", Span(first.start, first.end, first.text), "X", "name", "accepted")]
    return doc


def generate(folder: Path, count: int, seed: int = 11) -> None:
    rng = random.Random(seed)
    for number in range(count):
        doc = small_document(rng, f"story-{number:05d}.txt")
        article = folder / doc.file_name
        article.write_bytes(doc.article.to_bytes())
        sidecar_path(article).write_text(dump_sidecar(doc), encoding="utf-8")


def timed_export(folder: Path, out: Path, name: str) -> float:
    started = time.perf_counter()
    with open(os.devnull, "w") as sink, contextlib.redirect_stderr(sink), contextlib.redirect_stdout(sink):
        code = main(["export", "--format", name, str(folder), "-o", str(out)])
    elapsed = time.perf_counter() - started
    if code != 0:
        raise SystemExit(f"export --format {name} failed with exit code {code}")
    return elapsed


def main_bench(count: int) -> None:
    formats = ["jsonl", "conll", "brat"]
    if importlib.util.find_spec("spacy") is not None:
        formats.insert(1, "spacy")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        started = time.perf_counter()
        generate(folder, count)
        print(f"generated {count} articles with sidecars in {time.perf_counter() - started:.1f} s")
        articles = sorted(folder.glob("*.txt"))
        started = time.perf_counter()
        for article in articles:
            read_document(article)
        floor = time.perf_counter() - started
        print(f"{'floor (read + load sidecar)':<28} {floor:7.2f} s  {count / floor:8.0f} docs/s")
        for name in formats:
            extension = {"brat": ""}.get(name, f".{name}")
            elapsed = timed_export(folder, Path(tmp) / f"out{extension}", name)
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(
                f"{'export --format ' + name:<28} {elapsed:7.2f} s  {count / elapsed:8.0f} docs/s  "
                f"{elapsed / floor:5.2f}x floor  (peak RSS so far {rss:.0f} MB)"
            )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("count", nargs="?", type=int, default=10_000)
    main_bench(parser.parse_args().count)
    sys.exit(0)

"""Adjudicating two big sidecars of one article in-process: ``python -m tests.perf.bench_adjudicate``.

Annotator A is the benchmark's generated document (tests/perf/generate.py), B a copy that drops one
mention in 20, relabels one entity in 20, names another speaker for one quote in 20 and another
replacement for one correction in 20. Timed: reading both sidecars, building the gold, writing its
text (not to disk).
"""

import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from editor_app.model.adjudication import Annotated, adjudicate
from editor_app.model.document import Document
from editor_app.storage import read_article, save_sidecar, sidecar_path
from editor_app.storage.sidecar_read import load_sidecar
from editor_app.storage.sidecar_write import dump_sidecar
from tests.perf.generate import annotated_document, article_text


def other_annotator(doc: Document, seed: int = 5) -> Document:
    rng = random.Random(seed)
    other = Document(article=doc.article, file_name=doc.file_name)
    for entity in doc.entities:
        mentions = tuple(m for m in entity.mentions if rng.random() >= 0.05) or entity.mentions
        label = ("ORG" if entity.label == "PERSON" else "PERSON") if rng.random() < 0.05 else entity.label
        other.entities.append(replace(entity, label=label, mentions=mentions, by="ben"))
    speakers = [e.id for e in doc.entities]
    for quote in doc.quotes:
        speaker = rng.choice(speakers) if rng.random() < 0.05 else quote.speaker
        other.quotes.append(replace(quote, speaker=speaker, by="ben"))
    for correction in doc.corrections:
        replacement = correction.replacement.lower() if rng.random() < 0.05 else correction.replacement
        other.corrections.append(replace(correction, replacement=replacement, by="ben"))
    return other


def adjudicate_seconds(annotations: int, runs: int, chars: int = 1_000_000) -> tuple[float, float, int, int]:
    """Median seconds in all, median seconds of building the gold and its text (the sidecars read),
    the gold's disagreements and its annotations (mentions, quotes, corrections)."""
    text = article_text(chars)
    first = annotated_document(text, annotations)
    second = other_annotator(first)
    times: list[float] = []
    builds: list[float] = []
    disagreements = spans = 0
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for who, doc in (("ana", first), ("ben", second)):
            article = Path(folder) / who / "long.txt"
            article.parent.mkdir()
            article.write_text(text, encoding="utf-8")
            save_sidecar(doc, sidecar_path(article))
            paths.append(article)
        articles = [read_article(p) for p in paths]
        for _ in range(runs):
            started = time.perf_counter()
            docs = [
                load_sidecar(sidecar_path(p), a, p.name).document
                for p, a in zip(paths, articles, strict=True)
            ]
            read = time.perf_counter()
            result = adjudicate([Annotated(n, d) for n, d in zip(("ana", "ben"), docs, strict=True)])
            dump_sidecar(result.document)
            finished = time.perf_counter()
            times.append(finished - started)
            builds.append(finished - read)
            disagreements = result.disagreements
            spans = result.confirmed + result.suggested
    return statistics.median(times), statistics.median(builds), disagreements, spans


if __name__ == "__main__":
    seconds, build, places, spans = adjudicate_seconds(20_000, 5)
    print(f"adjudicate two 20,000-annotation sidecars: {seconds:.3f} s, of which the gold {build:.3f} s")
    print(f"{places} disagreements, {spans} annotations in the gold")
    sys.exit(0)

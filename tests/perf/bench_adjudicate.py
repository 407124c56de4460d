"""Adjudicating two big sidecars of one article in-process: ``python -m tests.perf.bench_adjudicate``.

Annotator A is the benchmark's generated document (tests/perf/generate.py), B a copy that drops one
mention in 20, relabels one entity in 20, names another speaker for one quote in 20 and another
replacement for one correction in 20. Timed apart: reading the two annotators' folders as
``editor-app adjudicate`` does (articles and sidecars), and building the gold from the loaded documents
with its text (not written to disk); then both in one go. Each is taken as the median of the runs.
"""

import gc
import os
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

from editor_app.model.adjudication import adjudicate
from editor_app.model.document import Document
from editor_app.storage import save_sidecar, sidecar_path
from editor_app.storage.adjudication_files import pair_inputs, read_annotated, reading_paused
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


@dataclass
class Timing:
    read: float
    """Median seconds reading the two inputs (their articles and sidecars) as ``adjudicate`` does."""
    build: float
    """Median seconds building the gold from the two loaded documents, and its text."""
    whole: float
    """Median seconds of both, under one pause of the collector as ``adjudicate`` runs them."""
    disagreements: int
    annotations: int
    """In the gold: mentions, quotes, corrections."""


def adjudicate_seconds(annotations: int, runs: int, chars: int = 1_000_000) -> Timing:
    """Reading and building timed apart, then together (the collection the pause defers included)."""
    text = article_text(chars)
    first = annotated_document(text, annotations)
    second = other_annotator(first)
    reads: list[float] = []
    builds: list[float] = []
    wholes: list[float] = []
    disagreements = spans = 0
    with tempfile.TemporaryDirectory() as folder:
        inputs = []
        for who, doc in (("ana", first), ("ben", second)):
            article = Path(folder) / who / "long.txt"
            article.parent.mkdir()
            article.write_text(text, encoding="utf-8")
            save_sidecar(doc, sidecar_path(article))
            inputs.append(article.parent)
        del first, second
        (item,) = pair_inputs(inputs)
        for _ in range(runs):
            gc.collect()
            started = time.perf_counter()
            annotated, _notes = read_annotated(item, inputs)
            _collect_deferred()
            reads.append(time.perf_counter() - started)
            started = time.perf_counter()
            with reading_paused():
                result = adjudicate(annotated)
                dump_sidecar(result.document)
            _collect_deferred()
            builds.append(time.perf_counter() - started)
            disagreements = result.disagreements
            spans = result.confirmed + result.suggested
            del annotated, result
            gc.collect()
            started = time.perf_counter()
            with reading_paused():
                annotated, _notes = read_annotated(item, inputs)
                result = adjudicate(annotated)
                dump_sidecar(result.document)
            _collect_deferred()
            wholes.append(time.perf_counter() - started)
            del annotated, result
    return Timing(
        statistics.median(reads),
        statistics.median(builds),
        statistics.median(wholes),
        disagreements,
        spans,
    )


def _collect_deferred() -> None:
    """The young collection a pause leaves owing, taken now so that it counts in what is timed."""
    gc.collect(0)


def load() -> str:
    """The machine's load, as the figures are read with it: ``load 3.10 on 2 cores``."""
    return f"load {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores"


if __name__ == "__main__":
    timing = adjudicate_seconds(20_000, 5)
    print(f"read the two 20,000-annotation sidecars: {timing.read:.3f} s")
    print(f"build the gold from the two loaded documents, and its text: {timing.build:.3f} s")
    print(f"both, as adjudicate runs them: {timing.whole:.3f} s ({load()})")
    print(f"{timing.disagreements} disagreements, {timing.annotations} annotations in the gold")
    sys.exit(0)

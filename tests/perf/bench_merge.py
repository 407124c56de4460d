"""The merge driver on two big sidecars: 20,000 annotations, 100 changes on each side (run: python -m).

Measured in-process, as git's driver spends it: read the three files, merge, write the result to OURS
(interpreter start-up is the cold-start row's business). ``make bench`` shows it as one row.
"""

import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from editor_app.model.document import Document
from editor_app.model.records import Correction
from editor_app.storage.merge_files import merge_sidecar_files
from editor_app.storage.sidecar_write import dump_sidecar
from tests.perf.generate import annotated_document, article_text


def changed(base: Document, changes: int, seed: int, who: str) -> Document:
    """A copy of ``base`` with ``changes`` edits: notes and statuses changed, records deleted and added."""
    rng = random.Random(seed)
    doc = Document(article=base.article, file_name=base.file_name, status=base.status)
    doc.entities, doc.quotes, doc.corrections = list(base.entities), list(base.quotes), list(base.corrections)
    for _ in range(changes // 2):
        index = rng.randrange(len(doc.corrections))
        doc.corrections[index] = replace(doc.corrections[index], note=f"{who} looked at this")
    for _ in range(changes // 4):
        index = rng.randrange(len(doc.entities))
        doc.entities[index] = replace(doc.entities[index], status="suggested", by=who)
    for _ in range(changes // 8):
        doc.quotes.pop(rng.randrange(len(doc.quotes)))
    text = doc.article.text
    for number in range(changes - changes // 2 - changes // 4 - changes // 8):
        start = rng.randrange(len(text) - 10)
        doc.corrections.append(
            Correction(f"c-{who}{number:04d}", doc.span(start, start + 5), replacement="x", by=who)
        )
    return doc


def merge_seconds(annotations: int = 20_000, changes: int = 100, runs: int = 5) -> tuple[float, int]:
    """Median seconds of one driver run, and the conflicts it left."""
    base = annotated_document(article_text(), annotations)
    texts = {
        "base": dump_sidecar(base),
        "ours": dump_sidecar(changed(base, changes, 1, "ana")),
        "theirs": dump_sidecar(changed(base, changes, 2, "ben")),
    }
    times, conflicts = [], 0
    with tempfile.TemporaryDirectory() as folder:
        paths = {name: Path(folder) / f".merge_file_{name}" for name in texts}
        for _ in range(runs):
            for name, text in texts.items():
                paths[name].write_text(text, encoding="utf-8")
            started = time.perf_counter()
            result = merge_sidecar_files(paths["base"], paths["ours"], paths["theirs"], "long.txt")
            times.append(time.perf_counter() - started)
            conflicts = len(result.conflicts)
    return statistics.median(times), conflicts


def main(runs: int = 5) -> None:
    seconds, conflicts = merge_seconds(runs=runs)
    print(f"merge driver, 20,000 annotations, 100 changes a side: median {seconds:.3f} s")
    print(f"{conflicts} conflict(s) in the result")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)

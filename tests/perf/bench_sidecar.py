"""Load and save times for a sidecar of 20,000 annotations over a 1 MB article (run: python -m)."""

import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

from editor_app.model import validate
from editor_app.storage import load_sidecar, read_article, save_sidecar, sidecar_path
from tests.perf.generate import annotated_document, article_text


def main(runs: int = 5) -> None:
    text = article_text()
    doc = annotated_document(text)
    count = len(doc.entities) + len(doc.quotes) + len(doc.corrections)
    spans = sum(1 for _ in doc.spans())
    with tempfile.TemporaryDirectory() as folder:
        article = Path(folder) / "long.txt"
        article.write_text(text, encoding="utf-8")
        side = sidecar_path(article)
        save_times, load_times, floor_times = [], [], []
        for _ in range(runs):
            started = time.perf_counter()
            save_sidecar(doc, side)
            save_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            loaded = load_sidecar(side, read_article(article)).document
            load_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            yaml.load(side.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
            floor_times.append(time.perf_counter() - started)
        assert not validate(loaded)
        size = side.stat().st_size
    print(
        f"sidecar: {count} records holding {spans} spans, {size / 1e6:.2f} MB; "
        f"article {len(text) / 1e6:.2f} M characters"
    )
    print(f"save (validate + emit + atomic write): median {statistics.median(save_times):.3f} s")
    print(f"load (read + checks + compose + build + validate): median {statistics.median(load_times):.3f} s")
    print(f"floor: yaml.load with CSafeLoader alone: median {statistics.median(floor_times):.3f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)

"""``editor-app stats PATH...``: annotations per label, kind, status and annotator, and who is quoted.

Counts come from :class:`editor_app.model.corpus_stats.CorpusStats`, the statistics view's own. An
article without a sidecar counts as a document with status ``new`` and no annotations.
"""

import argparse
import json
import sys
from collections import Counter
from dataclasses import fields
from pathlib import Path
from typing import Any

from editor_app.model.corpus_stats import CorpusStats
from editor_app.storage.corpus_read import collect_stats
from editor_app.subcommands import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, articles_named
from editor_app.subcommands.jobs import add_jobs_option, run_each

HELP = "count annotations per label, kind, status and annotator, and who is quoted"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="articles, sidecars or folders")
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    add_jobs_option(parser)


def run(args: argparse.Namespace) -> int:
    articles = articles_named(args.paths)
    if not articles:
        return EXIT_USAGE
    stats, failures = CorpusStats(), []
    # Workers count a chunk of articles each and hand back the counts (not the documents).
    chunks = [articles[i : i + CHUNK] for i in range(0, len(articles), CHUNK)]
    many = len(articles) > 1
    for part, failed in run_each(_count, chunks, args.jobs, progress=many, name=lambda chunk: chunk[-1]):
        _merge(stats, part)
        failures += failed
    if args.json:
        print(json.dumps(as_json(stats, failures), ensure_ascii=False, indent=2))
    else:
        print("\n".join(table_lines(stats)))
    if failures:
        print(f"{len(failures)} file(s) could not be read:", file=sys.stderr)
        for failure in failures:
            print(f"  {failure}", file=sys.stderr)
    return EXIT_PROBLEMS if failures else EXIT_OK


CHUNK = 32


def _count(articles: list[Path]) -> tuple[CorpusStats, list[str]]:
    """The counts over ``articles``, and a line for each one that could not be read."""
    return collect_stats(articles)


def _merge(total: CorpusStats, part: CorpusStats) -> None:
    total.documents += part.documents
    for item in fields(CorpusStats):
        value = getattr(part, item.name)
        if isinstance(value, Counter):
            getattr(total, item.name).update(value)


def as_json(stats: CorpusStats, failures: list[str]) -> dict[str, Any]:
    return {
        "documents": stats.documents,
        "tables": {title: dict(rows) for title, rows in stats.tables()},
        "failed": failures,
    }


def table_lines(stats: CorpusStats) -> list[str]:
    lines = [f"{stats.documents} document(s)"]
    for title, rows in stats.tables():
        lines += ["", title]
        if not rows:
            lines.append("  (none)")
            continue
        width = max(len(name) for name, _ in rows)
        lines += [f"  {name:<{width}}  {count:>6}" for name, count in rows]
    return lines

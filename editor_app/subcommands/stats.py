"""``editor-app stats PATH...``: annotations per label, kind, status and annotator, and who is quoted.

Counts come from :class:`editor_app.model.corpus_stats.CorpusStats`, the statistics view's own. An
article without a sidecar counts as a document with status ``new`` and no annotations.
"""

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from editor_app.model.corpus_stats import CorpusStats
from editor_app.model.document import Document
from editor_app.storage.corpus_files import expand_articles
from editor_app.storage.corpus_read import read_document
from editor_app.storage.errors import FileProblem
from editor_app.subcommands import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE
from editor_app.subcommands.jobs import add_jobs_option, run_each

HELP = "count annotations per label, kind, status and annotator, and who is quoted"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="articles, sidecars or folders")
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    add_jobs_option(parser)


def run(args: argparse.Namespace) -> int:
    articles = [article for path in args.paths for article in expand_articles(path)]
    if not articles:
        print("no articles (.txt, .md) found under the given paths", file=sys.stderr)
        return EXIT_USAGE
    stats, failures = CorpusStats(), []
    for read in run_each(_read, articles, args.jobs, progress=len(articles) > 1):
        if isinstance(read, str):
            failures.append(read)
        else:
            stats.add(read)
    if args.json:
        print(json.dumps(as_json(stats, failures), ensure_ascii=False, indent=2))
    else:
        print("\n".join(table_lines(stats)))
    if failures:
        print(f"{len(failures)} file(s) could not be read:", file=sys.stderr)
        for failure in failures:
            print(f"  {failure}", file=sys.stderr)
    return EXIT_PROBLEMS if failures else EXIT_OK


def _read(article: Path) -> Document | str:
    """The article's document, or the line saying why it could not be read."""
    try:
        return read_document(article).document
    except FileProblem as exc:
        return exc.located()
    except OSError as exc:
        return f"{article}: {exc.strerror or exc}"


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

"""``editor-app agree A B``: agreement between two annotators on the same articles.

A and B are two folders holding the same articles (each with its annotator's sidecar; articles are
paired by their path inside the folder) or two articles/sidecars. Exact-span precision, recall and
F1 per label and overall (A as the reference), and Cohen's kappa on token labels
(:mod:`editor_app.model.agreement`).
"""

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from editor_app.model.agreement import Agreement, SpanCounts
from editor_app.storage.corpus_files import expand_articles
from editor_app.storage.corpus_read import read_document
from editor_app.storage.errors import FileProblem
from editor_app.subcommands import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE
from editor_app.subcommands.progress import show_progress

HELP = "agreement between two annotators' sidecars: span F1 per label, token kappa"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("a", type=Path, metavar="A", help="a folder, article or sidecar (the reference)")
    parser.add_argument("b", type=Path, metavar="B", help="the same for the other annotator")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--include-suggested", action="store_true", help="count unreviewed suggestions too")


def run(args: argparse.Namespace) -> int:
    if args.a.is_dir() != args.b.is_dir():
        print("editor-app agree: give two folders or two files", file=sys.stderr)
        return EXIT_USAGE
    pairs = list(_pairs(args.a, args.b))
    if not pairs:
        print("no articles (.txt, .md) found under A", file=sys.stderr)
        return EXIT_USAGE
    agreement = Agreement()
    failures: list[str] = []
    for number, (path_a, path_b) in enumerate(pairs, 1):
        if len(pairs) > 1:
            show_progress(number, len(pairs), path_a)
        try:
            doc_a, doc_b = read_document(path_a).document, read_document(path_b).document
            agreement.add(doc_a, doc_b, include_suggested=args.include_suggested)
        except FileProblem as exc:
            failures.append(exc.located())
        except OSError as exc:
            failures.append(f"{exc.filename or path_b}: {exc.strerror or exc}")
        except ValueError:
            failures.append(
                f"{path_a} and {path_b}: the article texts differ; compare annotations of one text"
            )
    if args.json:
        print(json.dumps({**agreement.as_dict(), "failed": failures}, indent=2))
    else:
        print("\n".join(table_lines(agreement)))
    for failure in failures:
        print(f"  {failure}", file=sys.stderr)
    return EXIT_PROBLEMS if failures else EXIT_OK


def _pairs(a: Path, b: Path) -> Iterator[tuple[Path, Path]]:
    if not a.is_dir():
        yield next(expand_articles(a)), next(expand_articles(b))
        return
    for article in expand_articles(a):
        yield article, b / article.relative_to(a)


def _number(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def table_lines(agreement: Agreement) -> list[str]:
    rows: list[tuple[str, SpanCounts]] = [
        (label, agreement.per_label[label]) for label in sorted(agreement.per_label)
    ]
    rows.append(("overall", agreement.overall))
    width = max(len("label"), *(len(label) for label, _ in rows))
    lines = [
        f"{agreement.documents} article(s); A is the reference",
        f"{'label':<{width}}  {'A':>5}  {'B':>5}  {'both':>5}  {'precision':>9}  {'recall':>6}  {'F1':>5}",
    ]
    for label, counts in rows:
        lines.append(
            f"{label:<{width}}  {counts.a:>5}  {counts.b:>5}  {counts.both:>5}  "
            f"{_number(counts.precision):>9}  {_number(counts.recall):>6}  {_number(counts.f1):>5}"
        )
    lines.append(
        f"Cohen's kappa on token labels: {_number(agreement.kappa)} over {agreement.tokens} token(s)"
    )
    return lines

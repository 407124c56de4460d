"""``editor-app check PATH...``: validate articles and their sidecars without changing them.

Prints one ``file:line:col: message`` line per problem: an unreadable article, a sidecar that fails to
load or breaks an invariant, a sidecar with no article beside it, a merge conflict left in a sidecar.
"""

import argparse
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from editor_app.storage.article_file import read_article
from editor_app.storage.corpus_files import expand_articles
from editor_app.storage.corpus_read import interrupted_apply
from editor_app.storage.errors import FileProblem
from editor_app.storage.sidecar_read import load_sidecar
from editor_app.storage.sidecar_write import SIDECAR_SUFFIX, sidecar_path
from editor_app.subcommands import EXIT_OK, EXIT_PROBLEMS
from editor_app.subcommands.jobs import add_jobs_option, run_each

HELP = "validate articles and their annotation sidecars"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="articles, sidecars or folders")
    add_jobs_option(parser)


def run(args: argparse.Namespace) -> int:
    report = CheckReport()
    articles = [a for path in args.paths for a in expand_articles(Path(path), orphan_sidecars=True)]
    many = len(articles) > 1 and sys.stderr.isatty()
    for lines, articles_seen, sidecars in run_each(_check_task, articles, args.jobs, progress=many):
        report.articles += articles_seen
        report.sidecars += sidecars
        report.problems += len(lines)
        for line in lines:
            print(line)
    print(
        f"checked {report.articles} article(s), {report.sidecars} sidecar(s): {report.problems} problem(s)",
        file=sys.stderr,
    )
    return EXIT_PROBLEMS if report.problems else EXIT_OK


@dataclass
class CheckReport:
    articles: int = 0
    sidecars: int = 0
    problems: int = 0


def check_paths(paths: Iterable[Path], report: CheckReport) -> Iterator[str]:
    """Yield one ``file:line:col: message`` line per problem found under ``paths``."""
    for path in paths:
        for article in expand_articles(Path(path), orphan_sidecars=True):
            for line in _check_article(article, report):
                report.problems += 1
                yield line


def _check_task(article: Path) -> tuple[list[str], int, int]:
    """The problem lines of one article, and whether an article and a sidecar were checked."""
    report = CheckReport()
    lines = list(_check_article(article, report))
    return lines, report.articles, report.sidecars


def _check_article(article_path: Path, report: CheckReport) -> Iterator[str]:
    if article_path.name.endswith(SIDECAR_SUFFIX):
        expected = article_path.name.removesuffix(SIDECAR_SUFFIX)
        yield f"{article_path}: no article beside this sidecar (expected {expected})"
        return
    if not article_path.exists():
        side = sidecar_path(article_path)
        if side.exists():
            yield f"{side}: no article beside this sidecar (expected {article_path.name})"
        else:
            yield f"{article_path}: no such file"
        return
    report.articles += 1
    interrupted = interrupted_apply(article_path)
    if interrupted is not None:
        yield interrupted.located()
        return
    try:
        article = read_article(article_path)
    except FileProblem as exc:
        yield exc.located()
        return
    side = sidecar_path(article_path)
    if not side.exists():
        return
    report.sidecars += 1
    try:
        loaded = load_sidecar(side, article, article_path.name)
    except FileProblem as exc:
        yield exc.located()
        return
    for warning in loaded.warnings:
        yield warning.located(str(side))
    for conflict in loaded.conflicts:
        yield conflict.located(str(side))

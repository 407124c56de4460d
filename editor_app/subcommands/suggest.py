"""``editor-app suggest PATH...``: write suggested entities, quotes and corrections into the sidecars.

Each article's sidecar gets the suggestions as ordinary annotations with ``status: suggested``
(a sidecar is created when there is none). A sidecar that fails to load is never overwritten.
Suggestions a person rejected earlier are not made again. ``--dry-run`` prints them instead.
"""

import argparse
import sys
from collections.abc import Iterator
from contextlib import nullcontext
from functools import partial
from pathlib import Path

from editor_app.model.document import Document
from editor_app.model.names_list import NamesList
from editor_app.model.records import Correction, Quote
from editor_app.model.vocab import Status
from editor_app.storage.documents import save_document
from editor_app.storage.editing import open_for_editing
from editor_app.storage.errors import FileProblem
from editor_app.storage.locks import command_lock
from editor_app.storage.names_file import find_names_file, names_for
from editor_app.subcommands import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, articles_named
from editor_app.subcommands.jobs import add_jobs_option, run_each
from editor_app.suggest.engine import Suggestions, add_suggestions, suggest
from editor_app.suggest.house_rules import StyleRule, rules_for, stopped_rules

HELP = "suggest entities, quotes and corrections, written into the sidecars for review"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="articles or folders")
    parser.add_argument("--dry-run", action="store_true", help="print the suggestions; write nothing")
    parser.add_argument("--force", action="store_true", help="write even where someone has the article open")
    parser.add_argument("--no-spelling", action="store_true", help="skip the dictionary spelling check")
    parser.add_argument(
        "--spacy-pipeline",
        metavar="NAME",
        help="also suggest the entities of this installed spaCy pipeline (optional extra)",
    )
    add_jobs_option(parser)


def run(args: argparse.Namespace) -> int:
    articles = articles_named(args.paths)
    if not articles:
        return EXIT_USAGE
    many = len(articles) > 1
    failed = sum(run_each(partial(_suggest_task, args), articles, args.jobs, progress=many))
    if many:
        print(f"suggested over {len(articles)} article(s); {failed} could not be done", file=sys.stderr)
    return EXIT_PROBLEMS if failed else EXIT_OK


_NAMES: dict[Path | None, NamesList] = {}


def _names(article: Path) -> NamesList:
    """The names list that applies to ``article``, read once per file (its problems said once)."""
    found = find_names_file(article)
    if found not in _NAMES:
        names = names_for(article)
        for problem in names.problems:
            print(problem, file=sys.stderr)
        _NAMES[found] = names
    return _NAMES[found]


def _rules(article: Path) -> list[StyleRule]:
    rules, problems = rules_for(article)
    for problem in problems:
        print(problem, file=sys.stderr)
    return rules


def _suggest_task(args: argparse.Namespace, article: Path) -> int:
    """1 when the article could not be done (said on stderr), else 0."""
    try:
        with nullcontext() if args.dry_run else command_lock(article, force=args.force):
            return int(not _suggest_one(article, args))
    except (FileProblem, OSError) as exc:
        print(exc.located() if isinstance(exc, FileProblem) else f"{article}: {exc}", file=sys.stderr)
        return 1


def _suggest_one(article: Path, args: argparse.Namespace) -> bool:
    opened = open_for_editing(article)
    for warning in opened.warnings:
        print(warning.located(str(opened.sidecar_path)), file=sys.stderr)
    if opened.anchoring is not None:
        print(
            f"{article}: the article changed since its annotations were saved; open it in the app to "
            "re-anchor them first (nothing was written)",
            file=sys.stderr,
        )
        return False
    rules = _rules(article)
    result = suggest(
        opened.document,
        names=_names(article),
        rules=rules,
        spelling=not args.no_spelling,
        pipeline=args.spacy_pipeline,
    )
    for line in stopped_rules(rules):
        print(f"{article}: {line}", file=sys.stderr)
    if args.dry_run:
        for line in describe(opened.document, result):
            print(f"{article}:{line}")
        print(f"{article}: would suggest {result.summary()}")
        return True
    add_suggestions(opened.document, result)
    save_document(opened)
    print(f"{article}: suggested {result.summary()} -> {opened.sidecar_path.name}")
    return True


def describe(doc: Document, result: Suggestions) -> Iterator[str]:
    """One ``line:col: what`` line per suggestion, in article order."""
    names = {e.id: e.name for e in doc.entities} | {e.id: e.name for e in result.entities}
    lines: list[tuple[int, str]] = []
    for entity in [*result.entities, *result.extended]:
        for mention in entity.mentions:
            if entity in result.extended and mention.status != Status.SUGGESTED:
                continue
            lines.append((mention.start, f"entity {entity.label} {entity.name!r}: {mention.text!r}"))
    for quote in result.quotes:
        lines.append((quote.span.start, _quote_line(quote, names)))
    for correction in result.corrections:
        lines.append((correction.span.start, _correction_line(correction)))
    for start, what in sorted(lines, key=lambda item: item[0]):
        line, column = _line_col(doc.text, start)
        yield f"{line}:{column}: {what}"


def _quote_line(quote: Quote, names: dict[str, str]) -> str:
    speaker = names.get(quote.speaker, quote.speaker) if quote.speaker else "no speaker"
    cue = f", cue {quote.cue.text!r}" if quote.cue else ""
    text = quote.span.text if len(quote.span.text) <= 70 else quote.span.text[:67] + "..."
    return f"quote {quote.kind} ({speaker}{cue}): {text!r}"


def _correction_line(correction: Correction) -> str:
    text = correction.span.text if len(correction.span.text) <= 50 else correction.span.text[:47] + "..."
    return f"correction {correction.category}: {text!r} -> {correction.replacement!r} ({correction.note})"


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1

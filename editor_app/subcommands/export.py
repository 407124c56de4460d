"""``editor-app export --format FORMAT PATH... -o OUT``: annotated articles as training data.

Streaming: one article is read, prepared and written at a time. A file that cannot be read is listed
and the export goes on; the exit code is 1 when any file failed. With ``--split`` every part is a file
``OUT/<part>.<ext>`` (a folder ``OUT/<part>/`` for brat).
"""

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from editor_app.formats import EXPORTS, Writer, open_writer
from editor_app.formats.jsonl_write import JsonlWriter, jsonl_line
from editor_app.formats.prepare import ExportOptions, Prepared, prepare, wanted
from editor_app.formats.split import Split, SplitError, parse_split, story_key
from editor_app.model import vocab
from editor_app.storage.corpus_read import read_document
from editor_app.storage.errors import FileProblem
from editor_app.storage.output_guard import OutputGuard, OutputRefused
from editor_app.storage.sidecar_write import sidecar_path
from editor_app.subcommands import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, articles_named
from editor_app.subcommands.jobs import add_jobs_option, run_each

HELP = "export annotated articles as training data (jsonl, spacy, conll, brat)"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="articles, sidecars or folders")
    parser.add_argument("--format", required=True, choices=list(EXPORTS), help="what to write")
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        type=Path,
        metavar="OUT",
        help="the file (a folder for brat or --split)",
    )
    parser.add_argument(
        "--status",
        action="append",
        choices=vocab.DOCUMENT_STATUSES,
        help="only documents with this status (repeat for several)",
    )
    parser.add_argument(
        "--apply-corrections", action="store_true", help="export the corrected text, spans moved"
    )
    parser.add_argument(
        "--exclude-boilerplate",
        action="store_true",
        help="cut passages marked as boilerplate out of the text",
    )
    parser.add_argument(
        "--include-suggested", action="store_true", help="also export suggestions nobody has reviewed"
    )
    parser.add_argument("--split", metavar="PART=SHARE,...", help="e.g. train=0.8,dev=0.1,test=0.1")
    parser.add_argument("--seed", type=int, default=0, help="seed of --split (default 0)")
    parser.add_argument(
        "--force", action="store_true", help="replace existing output files (never the command's own inputs)"
    )
    parser.add_argument("--lang", default="en", help="language of spaCy's blank tokenizer (default en)")
    add_jobs_option(parser)


def run(args: argparse.Namespace) -> int:
    spec = EXPORTS[args.format]
    try:
        split = parse_split(args.split, args.seed) if args.split else None
    except SplitError as exc:
        print(f"editor-app export: --split: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if split is None and spec.extension and args.output.is_dir():
        print(
            f"editor-app export: {args.output} is a folder; name the {spec.extension} file", file=sys.stderr
        )
        return EXIT_USAGE
    articles = articles_named(args.paths)
    if not articles:
        return EXIT_USAGE
    guard = OutputGuard.for_articles(articles, force=args.force)
    try:
        writers = _writers(args, split, guard)
    except OutputRefused as exc:
        print(f"editor-app export: {exc.located()}", file=sys.stderr)
        return EXIT_USAGE
    except (RuntimeError, OSError) as exc:
        print(f"editor-app export: {exc}", file=sys.stderr)
        return EXIT_USAGE
    options = ExportOptions(
        statuses=frozenset(args.status) if args.status else None,
        apply_corrections=args.apply_corrections,
        exclude_boilerplate=args.exclude_boilerplate,
        include_suggested=args.include_suggested,
    )
    failures: list[str] = []
    parts: Counter[str] = Counter()
    skipped = 0
    try:
        render = args.format == "jsonl" and args.jobs > 1
        task = partial(_read_task, options, render)
        reads = run_each(task, articles, args.jobs, progress=len(articles) > 1)
        for article, read in zip(articles, reads, strict=True):
            if isinstance(read, str):
                failures.append(read)
                continue
            key, prepared = read
            if prepared is None:
                skipped += 1
                continue
            part = split.part_of(key) if split else ""
            try:
                writer = writers[part]
                if isinstance(prepared, Rendered) and isinstance(writer, JsonlWriter):
                    notes = writer.write_line(prepared.line)
                elif isinstance(prepared, Prepared):
                    notes = writer.write(prepared)
                else:
                    raise AssertionError("rendered for another format")
            except OutputRefused as exc:
                failures.append(f"{article}: not written: {exc.located()}")
                continue
            except OSError as exc:
                failures.append(f"{article}: not written: {exc.strerror or exc}")
                continue
            for note in [*prepared.notes, *notes]:
                print(f"{article}: {note}", file=sys.stderr)
            parts[part] += 1
    except BaseException:
        for writer in writers.values():
            writer.abort()
        raise
    for writer in writers.values():
        writer.close()
    _summary(args, articles, parts, skipped, failures)
    return EXIT_PROBLEMS if failures else EXIT_OK


@dataclass(frozen=True)
class Rendered:
    """A prepared document already in its JSONL line (a worker hands back bytes, not a document)."""

    line: bytes
    notes: list[str]


def _read_task(
    options: ExportOptions, render: bool, article: Path
) -> "str | tuple[str, Prepared | Rendered | None]":
    """Read and prepare one article (in a worker with ``--jobs``): the line saying why it failed, or
    its story key and what to write (None when ``--status`` leaves it out; with ``render``, its JSONL
    line). Warnings go to stderr."""
    try:
        read = read_document(article)
    except (FileProblem, OSError) as exc:
        return exc.located() if isinstance(exc, FileProblem) else f"{article}: {exc}"
    for warning in read.warnings:
        print(warning.located(str(sidecar_path(article))), file=sys.stderr)
    key = story_key(read.document, article)
    if not wanted(read.document, options):
        return key, None
    prepared = prepare(read.document, options)
    if render:
        return key, Rendered(jsonl_line(prepared), prepared.notes)
    return key, prepared


def _writers(args: argparse.Namespace, split: Split | None, guard: OutputGuard) -> dict[str, Writer]:
    """One writer per part of the split (one, named "", without a split), opened before reading."""
    if split is None:
        return {"": open_writer(args.format, args.output, lang=args.lang, guard=guard)}
    extension = EXPORTS[args.format].extension
    return {
        name: open_writer(args.format, args.output / f"{name}{extension}", lang=args.lang, guard=guard)
        for name, _ in split.parts
    }


def _summary(
    args: argparse.Namespace, articles: list[Path], parts: Counter[str], skipped: int, failures: list[str]
) -> None:
    written = sum(parts.values())
    line = f"exported {written} of {len(articles)} article(s) to {args.output} ({args.format})"
    if args.split:
        line += ": " + ", ".join(f"{name} {parts[name]}" for name, _ in parse_split(args.split).parts)
    if skipped:
        line += f"; {skipped} left out by --status"
    if failures:
        line += f"; {len(failures)} failed:"
    print(line, file=sys.stderr)
    for failure in failures:
        print(f"  {failure}", file=sys.stderr)

"""``editor-app names PATH``: the desk's list of names (``names.yaml``).

Without options it checks the list that applies to PATH (PATH/names.yaml or the nearest parent's) and
reports each bad entry as ``file:line:col: message``. ``--collect`` proposes entries from the
confirmed entities of every article under PATH, most frequent first; ``--write`` also writes them
into PATH/names.yaml (merged with the entries already there; nothing is written without it).
"""

import argparse
import sys
from pathlib import Path

from editor_app.model.names_collect import NamesCollector, merged
from editor_app.model.names_list import NamesList
from editor_app.storage.corpus_files import expand_articles
from editor_app.storage.corpus_read import read_document
from editor_app.storage.errors import FileProblem
from editor_app.storage.names_file import NAMES_FILE, find_names_file, read_names, write_names
from editor_app.subcommands import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE
from editor_app.subcommands.progress import show_progress

HELP = "the desk's list of names (names.yaml): check it, or --collect entries from the corpus"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, metavar="PATH", help="a folder of articles")
    parser.add_argument("--collect", action="store_true", help="propose entries from confirmed entities")
    parser.add_argument("--write", action="store_true", help="with --collect: write PATH/names.yaml")


def run(args: argparse.Namespace) -> int:
    path: Path = args.path
    if not path.exists():
        print(f"{path}: no such file or folder", file=sys.stderr)
        return EXIT_USAGE
    if args.write and not args.collect:
        print("editor-app names: --write goes with --collect", file=sys.stderr)
        return EXIT_USAGE
    if not args.collect:
        return _check(path)
    return _collect(path, args.write)


def _check(path: Path) -> int:
    found = find_names_file(path)
    if found is None:
        print(f"{path}: no {NAMES_FILE} here or in a parent folder", file=sys.stderr)
        return EXIT_OK
    try:
        names = read_names(found)
    except FileProblem as exc:
        print(exc.located())
        return EXIT_PROBLEMS
    for problem in names.problems:
        print(problem)
    print(f"{found}: {len(names.entries)} name(s), {len(names.problems)} problem(s)", file=sys.stderr)
    return EXIT_PROBLEMS if names.problems else EXIT_OK


def _collect(path: Path, write: bool) -> int:
    if not path.is_dir():
        print(f"{path}: --collect needs a folder", file=sys.stderr)
        return EXIT_USAGE
    articles = list(expand_articles(path))
    collector = NamesCollector()
    failed = 0
    for number, article in enumerate(articles, 1):
        if len(articles) > 1 and (number % 50 == 0 or number == len(articles)):
            show_progress(number, len(articles), article)
        try:
            collector.add(read_document(article).document)
        except (FileProblem, OSError) as exc:
            print(exc.located() if isinstance(exc, FileProblem) else f"{article}: {exc}", file=sys.stderr)
            failed += 1
    proposals = collector.proposals()
    for entry, count in proposals:
        variants = f"  variants: {', '.join(entry.variants)}" if entry.variants else ""
        link = f"  link: {entry.link}" if entry.link else ""
        print(f"{count:6}  {entry.name} ({entry.label}){variants}{link}")
    target = path / NAMES_FILE
    if write:
        try:
            existing = read_names(target) if target.exists() else NamesList()
        except FileProblem as exc:
            print(f"{exc.located()} (nothing written)", file=sys.stderr)
            return EXIT_PROBLEMS
        if existing.problems:
            for problem in existing.problems:
                print(problem, file=sys.stderr)
            print(f"{target}: fix these entries first (nothing written)", file=sys.stderr)
            return EXIT_PROBLEMS
        result = merged(existing, [entry for entry, _ in proposals])
        write_names(result, target)
        print(f"{target}: {len(result.entries)} name(s) written", file=sys.stderr)
    else:
        print(f"{len(proposals)} name(s) proposed; --write writes them to {target}", file=sys.stderr)
    return EXIT_PROBLEMS if failed else EXIT_OK

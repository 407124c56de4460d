"""``editor-app import --format FORMAT PATH...``: sidecars from brat, doccano, Prodigy, CoNLL, Label Studio.

The sidecar goes beside its article (``--output`` puts both in another folder). When the input holds
the text (JSONL, CoNLL, Label Studio) the article is written too, named after the input. An existing
sidecar, or an existing article with a different text, is never overwritten without ``--force``.
Every file and record is tried; the failures are listed at the end and the exit code is 1.
"""

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

from editor_app.formats import IMPORTS, reader
from editor_app.formats.build import Imported, ImportFailure
from editor_app.model.copies import shallow_copy
from editor_app.model.validation import validate
from editor_app.storage.article_file import encode_article, read_article
from editor_app.storage.atomic import atomic_write
from editor_app.storage.errors import FileProblem
from editor_app.storage.output_guard import OutputGuard, OutputRefused
from editor_app.storage.sidecar_write import encode_sidecar, sidecar_path, write_sidecar
from editor_app.subcommands import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE
from editor_app.subcommands.progress import show_progress

HELP = "create sidecars from brat, JSONL (doccano, Prodigy), CoNLL or Label Studio files"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files, or folders to walk")
    parser.add_argument("--format", required=True, choices=list(IMPORTS), help="what the files are")
    parser.add_argument("-o", "--output", type=Path, metavar="FOLDER", help="put articles and sidecars here")
    parser.add_argument("--force", action="store_true", help="replace existing sidecars and articles")
    parser.add_argument("--text-key", help="JSON key of the text (default text)")
    parser.add_argument("--label-key", help="JSONL key of doccano's spans (default label)")


def run(args: argparse.Namespace) -> int:
    spec = IMPORTS[args.format]
    inputs = list(_inputs(args.paths, spec.suffixes, args.format))
    if not inputs:
        print(f"no {'/'.join(spec.suffixes)} files found under the given paths", file=sys.stderr)
        return EXIT_USAGE
    if args.output is not None:
        args.output.mkdir(parents=True, exist_ok=True)
    guard = OutputGuard(inputs, force=True)  # existing outputs: _save asks for --force itself
    read = reader(args.format, out=args.output, text_key=args.text_key, label_key=args.label_key)
    imported = 0
    failures: list[str] = []
    for number, path in enumerate(inputs, 1):
        if len(inputs) > 1:
            show_progress(number, len(inputs), path)
        try:
            for item in read(path):
                if isinstance(item, ImportFailure):
                    failures.append(f"{item.source}: {item.message}")
                    continue
                problem = _save(item, args.force, guard)
                if problem:
                    failures.append(f"{item.source}: {problem}")
                    continue
                imported += 1
                for note in item.notes:
                    print(f"{item.source}: {note}", file=sys.stderr)
        except OSError as exc:
            failures.append(f"{path}: {exc.strerror or exc}")
    print(
        f"imported {imported} document(s) from {len(inputs)} file(s)"
        + (f"; {len(failures)} failed:" if failures else ""),
        file=sys.stderr,
    )
    for failure in failures:
        print(f"  {failure}", file=sys.stderr)
    return EXIT_PROBLEMS if failures else EXIT_OK


def _inputs(paths: list[Path], suffixes: tuple[str, ...], format_name: str) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in suffixes)
        elif format_name == "brat" and path.suffix.lower() == ".txt":
            yield path.with_suffix(".ann")
        else:
            yield path


def _save(item: Imported, force: bool, guard: OutputGuard) -> str | None:
    """Write the article (when the input carried it) and the sidecar; why not, or None."""
    doc, article = item.document, item.article
    try:
        guard.check(sidecar_path(article))
        if item.carries_text:
            guard.check(article)
    except OutputRefused as exc:
        return exc.located()
    problems = validate(doc)
    if problems:
        return "; ".join(p.message for p in problems[:3])
    side = sidecar_path(article)
    if side.exists() and not force:
        return f"{side} exists; --force replaces it"
    try:
        data = encode_sidecar(doc, side)
        if article.exists():
            existing = read_article(article)
            if existing.text == doc.text:
                doc = shallow_copy(doc, existing)  # its encoding and newlines; the same offsets
                data = encode_sidecar(doc, side)
            elif not (item.carries_text and force):
                return f"{article} exists with a different text" + (
                    "; --force replaces it" if item.carries_text else ""
                )
            else:
                atomic_write(article, encode_article(doc.article, article))
        elif item.carries_text:
            atomic_write(article, encode_article(doc.article, article))
        else:
            return f"{article}: no such file"
        write_sidecar(side, data)
    except FileProblem as exc:
        return exc.located()
    except OSError as exc:
        return f"{article}: {exc.strerror or exc}"
    print(f"{item.source} -> {side}")
    return None

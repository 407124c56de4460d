"""``editor-app search PATH [QUERY]``: full-text search over a folder's articles and annotations.

The folder's index (SQLite with FTS5, in the user's cache folder; see
:mod:`editor_app.storage.archive_index`) is first brought in step with the disk: whatever article or
sidecar changed, appeared or went since the last run is read again (``--jobs`` processes, with a
progress bar the first time), so a hit never comes from a stale copy. One line per hit::

    corpus/story.txt:570-646 quote direct "I am excited…" (…Magnus said: “[I am excited…]” said…)

``--json``: one object per line with ``path``, ``start``, ``end``, ``kind``, ``label``, ``text``,
``speaker``, ``status`` (and ``by``, ``name``, ``before``, ``after``).
"""

import argparse
import json
import sqlite3
import sys
from pathlib import Path

from editor_app.storage.archive_index import KINDS, ArchiveIndex, Hit
from editor_app.subcommands import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE
from editor_app.subcommands.jobs import add_jobs_option
from editor_app.subcommands.progress import show_progress

HELP = "search the articles and annotations of a folder (full text; by kind, label, status, speaker)"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, metavar="PATH", help="a folder of articles (or one article)")
    parser.add_argument(
        "query", nargs="?", default="", metavar="QUERY", help="words to find (word* a prefix)"
    )
    parser.add_argument("--kind", choices=KINDS, help="only this kind of annotation")
    parser.add_argument("--label", metavar="L", help="entity label, quote kind or correction category")
    parser.add_argument("--status", metavar="S", help="only annotations with this status")
    parser.add_argument("--speaker", metavar="NAME", help="only quotes whose speaker's name contains NAME")
    parser.add_argument("--by", metavar="NAME", help="only annotations by NAME")
    parser.add_argument("--json", action="store_true", help="one JSON object per hit")
    add_jobs_option(parser)


def run(args: argparse.Namespace) -> int:
    path: Path = args.path
    if not path.exists():
        print(f"{path}: no such file or folder", file=sys.stderr)
        return EXIT_USAGE
    folder, only = (path, None) if path.is_dir() else (path.parent, path.name)
    if not args.query.strip() and not any((args.kind, args.label, args.status, args.speaker, args.by)):
        print("editor-app search: give words to find or a filter (--kind, --label, ...)", file=sys.stderr)
        return EXIT_USAGE
    index = ArchiveIndex(folder)
    try:
        hits = _search(index, args)
    except sqlite3.DatabaseError as exc:
        index.recover(exc)  # damaged while in use: built again from the files, then searched
        hits = _search(index, args)
    if index.rebuilt:
        print(f"{folder}: the search index was unusable ({index.rebuilt}); built again", file=sys.stderr)
    out = sys.stdout
    lines = []
    for hit in hits:
        if only is not None and hit.rel != only:
            continue
        lines.append(_json(index, folder, hit) if args.json else _line(index, folder, hit))
        if len(lines) >= 2000:
            out.write("\n".join(lines) + "\n")
            lines = []
    if lines:
        out.write("\n".join(lines) + "\n")
    problems = index.db.execute("SELECT problem FROM articles WHERE problem IS NOT NULL ORDER BY path")
    failed = [row[0] for row in problems]
    for problem in failed:
        print(problem, file=sys.stderr)
    index.close()
    return EXIT_PROBLEMS if failed else EXIT_OK


def _search(index: ArchiveIndex, args: argparse.Namespace) -> list[Hit]:
    plan = index.plan()
    many = (len(plan.changed) > 1 and sys.stderr.isatty()) or len(plan.changed) >= 200
    index.refresh(args.jobs, _progress if many else None, plan)
    return index.search(
        args.query,
        kind=args.kind,
        label=args.label,
        status=args.status,
        speaker=args.speaker,
        by=args.by,
    )


def _progress(number: int, total: int, rel: str) -> None:
    if number == total or number % 50 == 0:
        show_progress(number, total, Path(rel))


def _shown(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _line(index: ArchiveIndex, folder: Path, hit: Hit) -> str:
    before, after = index.context(hit)
    label = f" {hit.label}" if hit.label else ""
    speaker = f" ({hit.speaker})" if hit.speaker else ""
    around = " ".join(f"{before}[{_shown(hit.text, 60)}]{after}".split())
    return (
        f'{folder / hit.rel}:{hit.start}-{hit.end} {hit.kind}{label}{speaker} "{_shown(hit.text)}"  {around}'
    )


def _json(index: ArchiveIndex, folder: Path, hit: Hit) -> str:
    before, after = index.context(hit)
    return json.dumps(
        {
            "path": str(folder / hit.rel),
            "start": hit.start,
            "end": hit.end,
            "kind": hit.kind,
            "label": hit.label,
            "text": hit.text,
            "speaker": hit.speaker or None,
            "status": hit.status or None,
            "by": hit.by or None,
            "name": hit.name or None,
            "before": before,
            "after": after,
        },
        ensure_ascii=False,
    )

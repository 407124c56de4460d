"""``editor-app adjudicate A B [C...] -o OUT [--min-agree N]``: a gold standard from several annotators.

A, B, ... are folders holding the same articles (paired by their path inside the folder), or sidecars
(or articles) of one article. For each article a gold sidecar is written in OUT, the article copied
beside it: what the annotators made alike is confirmed, the rest are suggestions naming who made them
(:mod:`editor_app.model.adjudication`), to be decided in the window (File > Compare annotators, or by
opening the gold and pressing Ctrl+R). Prints each article's disagreements and, as ``agree`` does,
span precision/recall/F1 per label and token kappa of every pair of annotators.

An article missing from some input is named on stderr and left out (exit 0 if all else is well); an
input that cannot be read, or a gold that cannot be written, gives exit 1.
"""

import argparse
import sys
from pathlib import Path

from editor_app.model.agreement import Agreement
from editor_app.storage.adjudication_files import (
    adjudicate_inputs,
    input_name,
    pairwise_agreement,
    write_gold,
)
from editor_app.storage.errors import FileProblem
from editor_app.subcommands import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE
from editor_app.subcommands.agree import table_lines

HELP = "a gold standard from two or more annotators: agreements confirmed, disagreements to decide"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "inputs",
        nargs="+",
        type=Path,
        metavar="A",
        help="folders (or sidecars of one article), one per annotator",
    )
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="OUT", help="folder for the gold")
    parser.add_argument(
        "--min-agree",
        type=int,
        metavar="N",
        help="annotators who must agree for an annotation to be confirmed (default: all)",
    )
    parser.add_argument("--force", action="store_true", help="replace gold sidecars already in OUT")


def run(args: argparse.Namespace) -> int:
    inputs: list[Path] = args.inputs
    problem = _usage_problem(args)
    if problem:
        print(f"editor-app adjudicate: {problem}", file=sys.stderr)
        return EXIT_USAGE
    letters = [input_name(p) for p in inputs]
    failures: list[str] = []
    totals: dict[tuple[int, int], Agreement] = {}
    names: list[str] = list(letters)
    articles = 0
    try:
        outcomes = list(adjudicate_inputs(inputs, args.min_agree))
    except ValueError as exc:
        print(f"editor-app adjudicate: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if not outcomes:
        print("editor-app adjudicate: no articles (.txt, .md) found in the inputs", file=sys.stderr)
        return EXIT_USAGE
    for outcome in outcomes:
        item = outcome.item
        if outcome.problem == "missing":
            absent = ", ".join(f"{letters[i]} ({inputs[i]})" for i in item.missing)
            print(f"{item.relative}: missing from {absent}; left out", file=sys.stderr)
            continue
        if outcome.problem is not None or outcome.adjudication is None:
            failures.append(outcome.problem or str(item.relative))
            continue
        for note in outcome.notes:
            print(f"  {note}", file=sys.stderr)
        result = outcome.adjudication
        try:
            source = next((a for a in item.articles if a.exists()), None)
            write_gold(result.document, source, args.output / item.relative, force=args.force)
        except FileProblem as exc:
            failures.append(exc.located())
            continue
        except OSError as exc:
            failures.append(f"{exc.filename or args.output / item.relative}: {exc.strerror or exc}")
            continue
        articles += 1
        names = [a.name for a in outcome.annotated]
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(result.by_kind.items()) if n)
        print(
            f"{item.relative}: {result.disagreements} disagreement(s)"
            + (f" ({kinds})" if kinds else "")
            + f", {result.confirmed} confirmed, {result.suggested} suggestion(s) to decide"
        )
        for pair, agreement in pairwise_agreement(outcome.annotated).items():
            totals.setdefault(pair, Agreement()).include(agreement)
    print(f"\n{articles} gold sidecar(s) written to {args.output}")
    for (i, j), agreement in totals.items():
        print(f"\n{names[i]} (A) against {names[j]} (B):")
        print("\n".join(table_lines(agreement)))
    for failure in failures:
        print(f"  {failure}", file=sys.stderr)
    return EXIT_PROBLEMS if failures else EXIT_OK


def _usage_problem(args: argparse.Namespace) -> str | None:
    inputs: list[Path] = args.inputs
    if len(inputs) < 2:
        return "give at least two annotators' folders or sidecars"
    missing = [str(p) for p in inputs if not p.exists()]
    if missing:
        return f"{missing[0]}: no such file or folder"
    if args.min_agree is not None and not 1 <= args.min_agree <= len(inputs):
        return f"--min-agree must be between 1 and {len(inputs)}"
    out = args.output.resolve()
    for path in inputs:
        folder = path.resolve() if path.is_dir() else path.resolve().parent
        if out == folder or folder in out.parents:
            return f"{args.output}: the gold must go outside the annotators' folders"
    return None

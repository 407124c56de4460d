"""Quality of the suggesters on the hand-written test articles (run: python -m tests.perf.quality_suggest).

Each article in tests/data/articles/ has a ``.gold.yaml`` beside it, made by hand: its direct quotes
(by their text, without the quotation marks) with their speakers, and the names misspelt on purpose.
Prints, over all articles:

- direct quotes found: a gold quote counts when a suggested direct or mixed quote has its text;
- right speaker: of the found quotes whose source is named, those whose speaker entity has that name;
- misspelt repeated names caught: a gold misspelling counts when a name correction fixes it;
- false name or spelling flags per 1,000 words: name and spelling corrections that fix no gold
  misspelling.

The bar (issue 4): 90 / 90 / 90 / at most 1.
"""

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from editor_app.model import Article, Document
from editor_app.suggest import engine

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"
BAR = {"quotes_found": 90.0, "right_speaker": 90.0, "names_caught": 90.0, "false_flags_per_1000": 1.0}


@dataclass
class Tally:
    quotes: int = 0
    found: int = 0
    named: int = 0
    right: int = 0
    misspellings: int = 0
    caught: int = 0
    words: int = 0
    false_flags: int = 0
    misses: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        return {
            "quotes_found": 100 * self.found / max(1, self.quotes),
            "right_speaker": 100 * self.right / max(1, self.named),
            "names_caught": 100 * self.caught / max(1, self.misspellings) if self.misspellings else 100.0,
            "false_flags_per_1000": 1000 * self.false_flags / max(1, self.words),
        }


def _clean(text: str) -> str:
    return text.strip().rstrip(",").strip()


def measure(folder: Path = ARTICLES) -> Tally:
    tally = Tally()
    for gold_path in sorted(folder.glob("*.gold.yaml")):
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        text = (folder / gold["article"]).read_text(encoding="utf-8")
        doc = Document(article=Article(text), file_name=gold["article"])
        result = engine.suggest(doc)
        names = {e.id: e.name for e in result.entities}
        quotes = {_clean(q.span.text): q for q in result.quotes if q.kind in ("direct", "mixed")}
        for item in gold.get("quotes") or []:
            if item.get("kind", "direct") not in ("direct", "mixed"):
                continue
            tally.quotes += 1
            quote = quotes.get(_clean(item["text"]))
            if quote is None:
                tally.misses.append(f"{gold['article']}: quote not found: {item['text']!r}")
                continue
            tally.found += 1
            if item.get("speaker"):
                tally.named += 1
                got = names.get(quote.speaker or "")
                if got == item["speaker"]:
                    tally.right += 1
                else:
                    tally.misses.append(
                        f"{gold['article']}: {item['text'][:40]!r} "
                        f"speaker {got!r}, expected {item['speaker']!r}"
                    )
        expected = {(m["wrong"], m["right"]) for m in gold.get("misspellings") or []}
        made = {
            (c.span.text, c.replacement) for c in result.corrections if c.category in ("name", "spelling")
        }
        tally.misspellings += len(expected)
        tally.caught += len(expected & made)
        for wrong, right in expected - made:
            tally.misses.append(f"{gold['article']}: misspelling not caught: {wrong} -> {right}")
        flags = [c for c in result.corrections if c.category in ("name", "spelling")]
        for correction in flags:
            if (correction.span.text, correction.replacement) not in expected:
                tally.false_flags += 1
                tally.misses.append(
                    f"{gold['article']}: false flag {correction.span.text!r} -> {correction.replacement!r}"
                )
        tally.words += len(text.split())
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--folder", type=Path, default=ARTICLES)
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    tally = measure(args.folder)
    figures = tally.figures()
    print(f"articles: {len(list(args.folder.glob('*.gold.yaml')))}, words: {tally.words}")
    print(
        f"direct quotes found:               {figures['quotes_found']:5.1f} % ({tally.found}/{tally.quotes})"
    )
    print(
        f"right speaker (source named):      {figures['right_speaker']:5.1f} % ({tally.right}/{tally.named})"
    )
    print(
        f"misspelt repeated names caught:    {figures['names_caught']:5.1f} % "
        f"({tally.caught}/{tally.misspellings})"
    )
    print(f"false name/spelling flags /1000 w: {figures['false_flags_per_1000']:5.2f} ({tally.false_flags})")
    if args.verbose:
        for miss in tally.misses:
            print("  " + miss)
    met = (
        figures["quotes_found"] >= BAR["quotes_found"]
        and figures["right_speaker"] >= BAR["right_speaker"]
        and figures["names_caught"] >= BAR["names_caught"]
        and figures["false_flags_per_1000"] <= BAR["false_flags_per_1000"]
    )
    print("bar (90/90/90/<=1):", "met" if met else "MISSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())

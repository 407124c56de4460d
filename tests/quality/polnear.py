"""Quality of the suggesters on real news: the PolNeAR corpus's ``train`` compartment.

Run: ``python -m tests.quality.polnear PATH`` (or ``POLNEAR_DIR=PATH make quality``), where PATH is a
local copy of PolNeAR (github.com/networkdynamics/PolNeAR): the repository's root, its ``data``
folder or ``data/train``. Only ``data/train`` is ever read: the corpus reserves ``dev`` and ``test``
for independent evaluation. The texts belong to their publishers and are never copied into this
repository; this script only reads them where they are.

The gold is brat-style Source / Cue / Content attributions; one annotator's file per article (the
first by name). From it, the measures of issue 13:

- direct quotes found: a gold Content holding a quotation mark (all of it quoted, or part: "the
  candidate has 'always run a lean campaign'") counts as found when a suggested direct or mixed quote
  overlaps it;
- right speaker: of the found quotes whose gold Source names someone (a capitalised name that is not
  a pronoun, an article or a possessive), those whose suggested speaker has that name's last word in
  its name or one of its mentions. The name is the Source's head: its first comma-separated part
  that holds a name, cut before a preposition ("Ruth Lang, a negotiator at the Institute" -> Lang,
  "Ruiz's director, Jane Moss" -> Moss, "campaign chairman Sam Hale" -> Hale; a suffix is no name:
  "Brent Bozell III" -> Bozell), compared as the speaker's names are split ("O'Malley" -> malley).
  A name that modifies a noun names no one ("the Ohio senator", "a Democratic staffer", "the
  Vance campaign"), nor does a party word ("another Lima Republican") or a capitalised common word
  opening the Source ("Dozens of supporters", the article using it in lower case). A nested
  attribution (PolNeAR gives the quote, its inner attribution included, to the outlet that reported
  it: '"...," the clerk said, according to the Courier') is the inner speaker's: the inner name counts
  as well as the Source's; with an unnamed inner speaker ("the clerk") the quote is left out of the
  measure and counted apart;
- precision: of the suggested direct quotes, those overlapping such a gold Content;
- injected typos caught: in each article up to three capitalised words used three or more times get,
  one at a time, two neighbouring inner letters swapped in one occurrence after the first; caught
  when a correction spans exactly that word (a possessive outside) and replaces it with the original;
- flags per 1,000 words: name and spelling corrections on the untouched articles.

The seven hand-written articles of ``tests/data/articles`` are scored too (tests/perf/quality_suggest.py),
so that a gain on one set is not a loss on the other.
"""

import argparse
import os
import random
import re
import sys
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from editor_app.model import Article, Document
from editor_app.model.vocab import Category, QuoteKind
from editor_app.suggest import engine
from editor_app.suggest.text import words
from tests.perf import quality_suggest

TARGETS = {"found": 95.0, "speaker": 90.0, "precision": 90.0, "typos": 90.0, "flags": 0.5}
TYPOS_PER_ARTICLE = 3
_QUOTATION_MARK = re.compile(r"[“”\"‘«»]")
_NOT_NAMES = words(
    "The A An He She It They We I You His Her Its Their Our My This That These Those Who Which Some "
    "Many Most Several Both Each One Two Three Mr. Mrs. Ms. Dr. Sen. Rep. Gov. Gen. Rev. President "
    "Senator Former Another Other Secretary Republican Republicans Democrat Democrats Democratic"
)
_KEPT_AFTER = words("himself herself themselves itself magazine newspaper")
_PARTICLES = words("de del la le van von der da du bin al")
_SUFFIXES = words("Jr Sr II III IV")
_PREPOSITION = re.compile(r"\s(?:(?<!Secretary\s)of|at|for|from|in|inside|with|on|to|who|which)\s")
_SPEECH = r"(?:also\s+)?(?:said|says|told|tells|wrote|writes|added|adds|asked|tweeted|continued)"
_INNER_NAME = r"(?:[A-Z][\w’'.\-]*\s+){0,5}[A-Z][\w’'\-]+|the\s+[a-z]+"
_INNER = re.compile(
    rf"[”\"]\s*,?\s*(?:(?P<after>{_INNER_NAME})\s+{_SPEECH}\b|{_SPEECH}\s+(?P<inverted>{_INNER_NAME}))"
    rf"|(?P<before>{_INNER_NAME})\s+{_SPEECH}\s*[,:]?\s*[“\"]"
)
_CAPITALISED = re.compile(r"(?<![\w’'\-])[A-Z][a-z]{3,}(?![\w\-])")


@dataclass
class Gold:
    contents: list[tuple[int, int]] = field(default_factory=list)
    direct: list[tuple[int, int, str | None]] = field(default_factory=list)
    """(start, end, source text) of every Content holding a quotation mark."""
    inner: dict[tuple[int, int], str] = field(default_factory=dict)
    """The speaker phrase of the inner attribution of a nested one, by the Content's (start, end)."""


@dataclass
class Tally:
    articles: int = 0
    words: int = 0
    direct: int = 0
    found: int = 0
    named: int = 0
    right: int = 0
    nested: int = 0
    suggested: int = 0
    overlapping: int = 0
    typos: int = 0
    caught: int = 0
    flags: int = 0
    seconds: float = 0.0
    misses: dict[str, list[str]] = field(default_factory=dict)

    def miss(self, kind: str, line: str) -> None:
        self.misses.setdefault(kind, []).append(line)

    def figures(self) -> dict[str, float]:
        return {
            "found": 100 * self.found / max(1, self.direct),
            "speaker": 100 * self.right / max(1, self.named),
            "precision": 100 * self.overlapping / max(1, self.suggested),
            "typos": 100 * self.caught / max(1, self.typos),
            "flags": 1000 * self.flags / max(1, self.words),
        }


def train_folder(path: Path) -> Path:
    """``data/train`` under ``path`` (the repository, its data folder, or the compartment itself)."""
    for candidate in (path, path / "train", path / "data" / "train"):
        if (candidate / "text").is_dir() and (candidate / "attributions").is_dir():
            if candidate.name != "train":
                break
            return candidate
    raise SystemExit(f"no PolNeAR data/train compartment under {path}")


def articles(train: Path) -> Iterator[tuple[str, str, Path]]:
    """(name, text, annotation file) per article, one annotator's file each."""
    chosen: dict[str, Path] = {}
    for ann in sorted((train / "attributions").glob("*.ann")):
        chosen.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    for name, ann in sorted(chosen.items()):
        text_path = train / "text" / f"{name}.txt"
        if text_path.is_file():
            yield name, text_path.read_text(encoding="utf-8"), ann


def read_gold(text: str, ann: Path) -> Gold:
    spans: dict[str, tuple[str, int, int]] = {}
    own_text: dict[str, str] = {}
    relations: list[dict[str, str]] = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            label, _, where = fields[1].partition(" ")
            pieces = [tuple(map(int, piece.split())) for piece in where.split(";")]
            spans[fields[0]] = (label, pieces[0][0], pieces[-1][1])
            own_text[fields[0]] = " ".join(text[piece[0] : piece[-1]] for piece in pieces)
        elif line.startswith("E") and len(fields) >= 2:
            relations.append(dict(part.split(":", 1) for part in fields[1].split() if ":" in part))
    gold = Gold()
    for relation in relations:
        content = spans.get(relation.get("Content", ""))
        if content is None:
            continue
        _, start, end = content
        gold.contents.append((start, end))
        if _QUOTATION_MARK.search(text[start:end]):
            source = spans.get(relation.get("Source", ""))
            gold.direct.append((start, end, text[source[1] : source[2]] if source else None))
            inner = inner_speaker(own_text[relation["Content"]])
            if inner is not None:
                gold.inner[(start, end)] = inner
    return gold


def inner_speaker(content: str) -> str | None:
    """The speaker phrase of an attribution inside a gold Content, next to one of its quotation marks
    ('"...," the clerk said', '"...," said Rita Vance', 'Vance said: "..."'), pronouns aside (the
    Source's own "he added" is no nesting)."""
    for match in _INNER.finditer(content):
        phrase = match.group("after") or match.group("inverted") or match.group("before")
        if phrase.split()[0] not in ("He", "She", "They", "It", "I", "We", "the") or phrase.startswith(
            "the "
        ):
            return phrase
    return None


def head_name(source: str | None, text: str = "") -> str | None:
    """The last word of the name a gold Source gives, or None when it names no one; ``text``, the
    article, tells a capitalised common word opening the Source ("Dozens of ...") from a name."""
    if not source:
        return None
    source = re.sub(r"\([^)]*\)", " ", source)
    tokens = source.split()
    if len(tokens) > 1 and re.search(rf"(?<![\w’'\-]){re.escape(tokens[0].lower())}(?![\w’'\-])", text):
        source = source.replace(tokens[0], tokens[0].lower(), 1)
    for part in source.split(","):
        # cut before a preposition; "Former judge and Lima City Councilman Ray Diaz": a piece
        # without a name goes on to the one after "and"
        pieces = re.split(r"\sand\s", _PREPOSITION.split(f" {part.strip()} ")[0] + " ")
        part = next((p for p in pieces if any(_is_name(t) for t in p.split())), pieces[0])
        name: list[str] = []
        runs: list[list[str]] = []
        tokens = part.split()
        for index, token in enumerate(tokens):
            following = tokens[index + 1] if index + 1 < len(tokens) else ""
            if _is_name(token) or (name and token in _PARTICLES and _is_name(following)):
                name.append(token)
                continue
            # a name before a noun or a title modifies it: "the Ohio senator", "the Vance
            # campaign", "Lima Sen. Ada Brennan"; not "the Courier newspaper", "Vance herself"
            if name and (token in _KEPT_AFTER or not re.match(r"[^\W\d_]", token)):
                runs.append(name)
            name = []
        if name:
            runs.append(name)
        runs = [run for run in runs if not re.search(r"['’]s?$", run[-1])]
        runs = [[w for w in run if w.rstrip(".,") not in _SUFFIXES] for run in runs]
        runs = [run for run in runs if run]
        if runs:
            return runs[-1][-1].rstrip(".")
    return None


def _is_name(token: str) -> bool:
    return bool(re.match(r"[A-Z]", token)) and token not in _NOT_NAMES


def _surname_key(surname: str) -> str:
    """The last piece of a surname as entity names are split for the comparison: "O'Malley" -> "malley"."""
    return re.split(r"[\s’']+", surname)[-1].casefold()


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _suggest(text: str, name: str) -> engine.Suggestions:
    return engine.suggest(Document(article=Article(text), file_name=f"{name}.txt"))


def score_article(tally: Tally, name: str, text: str, gold: Gold) -> None:
    started = time.perf_counter()
    result = _suggest(text, name)
    tally.seconds += time.perf_counter() - started
    tally.articles += 1
    tally.words += len(text.split())
    entities = {e.id: e for e in result.entities}
    quotes = [q for q in result.quotes if q.kind in (QuoteKind.DIRECT, QuoteKind.MIXED)]
    for start, end, source in gold.direct:
        tally.direct += 1
        shown = text[start:end].replace("\n", " ")[:70]
        match = next((q for q in quotes if q.span.start < end and start < q.span.end), None)
        if match is None:
            tally.miss("quote not found", f"{name}@{start}: {shown!r}")
            continue
        tally.found += 1
        surnames = [head_name(source, text)]
        inner = gold.inner.get((start, end))
        if inner is not None:
            # a nested attribution: the inner speaker's words, reported by the Source
            surnames.append(head_name(inner, text))
            if surnames[-1] is None:
                tally.nested += 1
                continue
        if surnames[0] is None and len(surnames) == 1:
            continue
        surname = " / ".join(s for s in surnames if s)
        tally.named += 1
        entity = entities.get(match.speaker or "")
        known = set()
        if entity is not None:
            known = {
                w.rstrip(".").casefold()
                for m in [entity.name, *(m.text for m in entity.mentions)]
                for w in re.split(r"[\s’']+", m)
            }
        if any(_surname_key(s) in known for s in surnames if s):
            tally.right += 1
        else:
            got = entity.name if entity is not None else None
            tally.miss(
                "wrong speaker", f"{name}@{start}: {shown!r} source {source!r} ({surname}), suggested {got!r}"
            )
    for quote in result.quotes:
        if quote.kind != QuoteKind.DIRECT:
            continue
        tally.suggested += 1
        if _overlaps(quote.span.start, quote.span.end, [(s, e) for s, e, _ in gold.direct]):
            tally.overlapping += 1
        else:
            tally.miss("not a gold quote", f"{name}@{quote.span.start}: {quote.span.text[:70]!r}")
    for correction in result.corrections:
        if correction.category in (Category.NAME, Category.SPELLING):
            tally.flags += 1
            tally.miss(
                "flag on untouched text",
                f"{name}@{correction.span.start}: {correction.span.text!r} -> {correction.replacement!r}",
            )
    score_typos(tally, name, text)


def typo_trials(name: str, text: str) -> list[tuple[int, str, str]]:
    """(offset, original, misspelt) for up to three words of ``text``, chosen by the article's name."""
    places: dict[str, list[int]] = {}
    for match in _CAPITALISED.finditer(text):
        places.setdefault(match.group(), []).append(match.start())
    chosen = sorted(word for word, where in places.items() if len(where) >= 3)
    rng = random.Random(zlib.crc32(name.encode()))
    rng.shuffle(chosen)
    trials = []
    for word in chosen[:TYPOS_PER_ARTICLE]:
        swaps = [i for i in range(1, len(word) - 2) if word[i] != word[i + 1]]
        if not swaps:
            continue
        i = rng.choice(swaps)
        typo = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        trials.append((rng.choice(places[word][1:]), word, typo))
    return trials


def score_typos(tally: Tally, name: str, text: str) -> None:
    for offset, word, typo in typo_trials(name, text):
        changed = text[:offset] + typo + text[offset + len(word) :]
        result = _suggest(changed, name)
        tally.typos += 1
        hit = [c for c in result.corrections if c.span.start == offset and c.span.end == offset + len(typo)]
        if any(c.replacement == word for c in hit):
            tally.caught += 1
        else:
            context = changed[max(0, offset - 30) : offset + len(typo) + 20].replace("\n", " ")
            got = [c.replacement for c in hit]
            tally.miss("typo missed", f"{name}@{offset}: {typo} (for {word}) {got} in {context!r}")


def measure(train: Path, limit: int | None = None) -> Tally:
    tally = Tally()
    for index, (name, text, ann) in enumerate(articles(train)):
        if limit is not None and index >= limit:
            break
        score_article(tally, name, text, read_gold(text, ann))
    return tally


def report(tally: Tally, show: int) -> None:
    f = tally.figures()
    rows = [
        ("direct quotes found", f"{f['found']:5.1f} %", f"{tally.found}/{tally.direct}", ">= 95 %"),
        ("right speaker (source named)", f"{f['speaker']:5.1f} %", f"{tally.right}/{tally.named}", ">= 90 %"),
        (
            "suggested direct quotes in gold",
            f"{f['precision']:5.1f} %",
            f"{tally.overlapping}/{tally.suggested}",
            ">= 90 %",
        ),
        ("injected typos caught", f"{f['typos']:5.1f} %", f"{tally.caught}/{tally.typos}", ">= 90 %"),
        ("name/spelling flags /1000 words", f"{f['flags']:5.2f}", f"{tally.flags}", "<= 0.5"),
    ]
    print(f"PolNeAR train: {tally.articles} articles, {tally.words} words, {tally.seconds:.1f} s suggesting")
    print(
        f"(speaker: {tally.nested} found quotes of an unnamed inner speaker in a nested attribution left out)"
    )
    print(f"| {'measure':<32} | {'value':>7} | {'count':>11} | target  |")
    print(f"|{'-' * 34}|{'-' * 9}|{'-' * 13}|---------|")
    for label, value, count, target in rows:
        print(f"| {label:<32} | {value:>7} | {count:>11} | {target:<7} |")
    for kind, lines in tally.misses.items():
        print(f"\n{kind}: {len(lines)}")
        for line in lines[:show]:
            print("  " + line)


def report_written() -> None:
    tally = quality_suggest.measure()
    f = tally.figures()
    print(f"\nWritten articles (tests/data/articles): {tally.words} words")
    print(f"  direct quotes found {f['quotes_found']:.1f} % ({tally.found}/{tally.quotes})")
    print(f"  right speaker       {f['right_speaker']:.1f} % ({tally.right}/{tally.named})")
    print(f"  misspellings caught {f['names_caught']:.1f} % ({tally.caught}/{tally.misspellings})")
    print(f"  false flags /1000 w {f['false_flags_per_1000']:.2f} ({tally.false_flags})")
    for miss in tally.misses:
        print("  " + miss)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("path", nargs="?", type=Path, help="PolNeAR copy (default: $POLNEAR_DIR)")
    parser.add_argument("--limit", type=int, help="score only the first N articles")
    parser.add_argument("--show", type=int, default=20, help="failing cases to print per kind")
    args = parser.parse_args(argv)
    path = args.path or (Path(os.environ["POLNEAR_DIR"]) if os.environ.get("POLNEAR_DIR") else None)
    if path is None:
        print("Give the path of a PolNeAR copy (github.com/networkdynamics/PolNeAR) or set POLNEAR_DIR.")
        return 2
    report(measure(train_folder(path), args.limit), args.show)
    report_written()
    return 0


if __name__ == "__main__":
    sys.exit(main())

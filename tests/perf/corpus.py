"""Seeded folders of many short articles with sidecars, for the archive benchmarks and tests.

``python -m tests.perf.corpus OUT --articles 10000`` writes OUT/NNN/story-NNNNNN.txt and its sidecar
(100 articles a folder). The same seed gives the same bytes. Each article has a headline, three to
six paragraphs (about 1,500 characters), and about 20 annotations: people, organisations and places
with their mentions, a quote or two with speaker and cue, and a correction or two (now and then a
misspelt name, "Mangus", with its correction).
"""

import argparse
import random
import sys
from pathlib import Path

from editor_app.model import Article, Correction, Document, Entity, Mention, Quote, Span
from editor_app.storage.sidecar_write import dump_sidecar, sidecar_path
from tests.perf.generate import FIRST, LAST, ORGS, PLACES, WORDS

PER_FOLDER = 100
STATUSES = ["new", "in-progress", "in-progress", "done", "done", "needs-review"]
BYS = ["Ana Reyes", "Ben Ortiz", "Copy Desk", "rule:surname"]


def _article(rng: random.Random, number: int) -> Document:
    people = [(rng.choice(FIRST), rng.choice(LAST)) for _ in range(rng.randint(1, 3))]
    org = rng.choice(ORGS)
    place = rng.choice(PLACES)
    pieces: list[tuple[str, str, str]] = []  # (kind, text, key)

    def add(text: str, kind: str = "", key: str = "") -> None:
        pieces.append((kind, text, key))

    add(f"{people[0][0]} {people[0][1]}", "person", "0")
    add(" and the ")
    add(org, "org")
    add(" in ")
    add(place, "place")
    add(f", story {number}\n\n")
    for index in range(rng.randint(3, 6)):
        first, last = people[index % len(people)]
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(14, 30)))
        if index % 3 == 1:
            add("“")
            add(words.capitalize(), "quote", str(index % len(people)))
            add(",” ")
            typo = last == "Magnus" and rng.random() < 0.2
            add("Mangus" if typo else last, "person", str(index % len(people)))
            add(" ")
            add("said", "cue")
            add(f". The {rng.choice(WORDS)} of the ")
            add(org, "org")
            add(f" was {rng.choice(WORDS)}.\n\n")
        else:
            add(f"{words.capitalize()} in ")
            add(place, "place")
            add(", ")
            add(f"{first} {last}", "person", str(index % len(people)))
            add(f" told the {rng.choice(WORDS)} {rng.choice(WORDS)}.\n\n")
    text = ""
    spans: list[tuple[str, int, int, str]] = []
    for kind, piece, key in pieces:
        if kind:
            spans.append((kind, len(text), len(text) + len(piece), key))
        text += piece
    text = text.rstrip("\n") + "\n"
    doc = Document(article=Article(text), file_name=f"story-{number:06d}.txt")
    by = rng.choice(BYS[:3])
    mentions: dict[str, list[Mention]] = {}
    for kind, start, end, key in spans:
        if kind == "person":
            mentions.setdefault(f"p{key}", []).append(Mention(start, end, text[start:end]))
        elif kind in ("org", "place"):
            mentions.setdefault(kind, []).append(Mention(start, end, text[start:end]))
    ids: dict[str, str] = {}
    for n, (key, found) in enumerate(mentions.items()):
        if key == "org":
            label, name = "ORG", org
        elif key == "place":
            label, name = "GPE", place
        else:
            first, last = people[int(key[1:])]
            label, name = "PERSON", f"{first} {last}"
        ids[key] = f"e-{number:06d}{n:02d}"
        status = "suggested" if rng.random() < 0.1 else "confirmed"
        doc.entities.append(Entity(ids[key], label, name, status=status, by=by, mentions=tuple(found)))
    quote_n = 0
    cues = [s for s in spans if s[0] == "cue"]
    for kind, start, end, key in spans:
        if kind != "quote":
            continue
        cue = cues[quote_n] if quote_n < len(cues) else None
        doc.quotes.append(
            Quote(
                f"q-{number:06d}{quote_n:02d}",
                Span(start, end, text[start:end]),
                speaker=ids.get(f"p{key}"),
                cue=Span(cue[1], cue[2], "said") if cue else None,
                status=rng.choice(["confirmed", "confirmed", "suggested"]),
                by=by,
            )
        )
        quote_n += 1
    for kind, start, end, _ in spans:
        if kind == "person" and text[start:end] == "Mangus":
            doc.corrections.append(
                Correction(
                    f"c-{number:06d}{start:05d}", Span(start, end, "Mangus"), "Magnus", "name", by="Copy Desk"
                )
            )
    long_words = [(m_start, m_start + len(w)) for m_start, w in _words(text) if len(w) > 6]
    for n, (start, end) in enumerate(rng.sample(long_words, min(len(long_words), rng.randint(0, 2)))):
        doc.corrections.append(
            Correction(
                f"c-{number:06d}x{n}",
                Span(start, end, text[start:end]),
                text[start:end].lower(),
                rng.choice(["spelling", "style"]),
                status=rng.choice(["open", "accepted", "suggested"]),
                by=by,
            )
        )
    doc.status = rng.choice(STATUSES)
    doc.sort()
    return doc


def _words(text: str) -> list[tuple[int, str]]:
    out = []
    position = 0
    for word in text.split(" "):
        if word.isalpha():
            out.append((position, word))
        position += len(word) + 1
    return out


def generate(out: Path, articles: int, seed: int = 17) -> list[Path]:
    """Write ``articles`` articles with sidecars under ``out``; returns the article paths."""
    rng = random.Random(seed)
    paths = []
    for number in range(articles):
        folder = out / f"{number // PER_FOLDER:04d}"
        if number % PER_FOLDER == 0:
            folder.mkdir(parents=True, exist_ok=True)
        doc = _article(rng, number)
        path = folder / doc.file_name
        path.write_text(doc.text, encoding="utf-8")
        sidecar_path(path).write_text(dump_sidecar(doc), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args(argv)
    generate(args.out, args.articles, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())

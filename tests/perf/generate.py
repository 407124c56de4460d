"""Reproducible (seeded) inputs for the benchmarks: a long article and a heavily annotated sidecar."""

import random
import re

from editor_app.model import Article, Correction, Document, Entity, Mention, Quote, Span

FIRST = [
    "Chris",
    "Ana",
    "Raul",
    "John",
    "Alejandro",
    "Maria",
    "Wei",
    "Fatima",
    "Olga",
    "Kwame",
    "Zoë",
    "José",
]
LAST = ["Magnus", "Reyes", "Ortiz", "Tien", "Mayorkas", "Nguyen", "Okafor", "Lindqvist", "Haddad", "Müller"]
ORGS = [
    "Department of Homeland Security",
    "Border Patrol",
    "Los Angeles Times",
    "City Council",
    "DHS",
    "FEMA",
]
PLACES = ["Tucson", "El Paso", "Richmond", "Washington", "San Diego", "Phoenix", "Laredo"]
WORDS = [
    "the", "a", "policy", "officials", "agency", "meeting", "border", "report", "said", "week",
    "statement", "record", "reform", "budget", "agents", "migrants", "security", "pressure",
    "decision", "interview", "morning", "plan", "staff", "county", "court", "🙂", "🚨",
]  # fmt: skip


def article_text(target_chars: int = 1_000_000, seed: int = 7) -> str:
    """Paragraphs of news-like prose with names, places, quotes and a few emoji."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    size = 0
    while size < target_chars:
        sentences = []
        for _ in range(rng.randint(2, 5)):
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 20)))
            kind = rng.random()
            if kind < 0.3:
                sentences.append(f"“{words.capitalize()},” {name} said.")
            elif kind < 0.5:
                sentences.append(
                    f"{name} of the {rng.choice(ORGS)} said in {rng.choice(PLACES)} that {words}."
                )
            else:
                sentences.append(f"{words.capitalize()} in {rng.choice(PLACES)}, {rng.choice(LAST)} said.")
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    return "\n\n".join(paragraphs)


def annotated_document(text: str, annotations: int = 20_000, seed: int = 11) -> Document:
    """A document with ``annotations`` spans over ``text``, overlapping in places.

    Half are entity mentions, a quarter quotes (each with a cue), a quarter corrections.
    """
    rng = random.Random(seed)
    doc = Document(article=Article(text), file_name="long.txt")
    names = [(m.start(), m.end()) for m in re.finditer(r"[A-Z][a-zéëü]+(?: [A-Z][a-zéëü]+)?", text)]
    words = [(m.start(), m.end()) for m in re.finditer(r"\w+", text)]
    whole = [(m.start() + 1, m.end() - 2) for m in re.finditer(r"“[^”]+,”", text)]
    quotes = whole + [(s, s + (e - s) // 2) for s, e in whole] + [(s + (e - s) // 3, e) for s, e in whole]
    n_mentions, n_quotes = annotations // 2, annotations // 4
    n_corrections = annotations - n_mentions - n_quotes
    by_name: dict[str, list[Mention]] = {}
    for start, end in rng.sample(names, n_mentions):
        by_name.setdefault(text[start:end], []).append(Mention(start, end, text[start:end]))
    for index, (name, mentions) in enumerate(sorted(by_name.items())):
        mentions.sort(key=lambda m: m.start)
        for chunk in range(0, len(mentions), 8):
            doc.entities.append(
                Entity(
                    id=f"e-{index:03d}{chunk:05d}",
                    label=rng.choice(["PERSON", "PERSON", "ORG"]),
                    name=name,
                    mentions=tuple(mentions[chunk : chunk + 8]),
                    by="bench",
                )
            )
    speakers = [e.id for e in doc.entities]
    for index, (start, end) in enumerate(rng.sample(quotes, n_quotes)):
        cue = text.index("said", end)
        doc.quotes.append(
            Quote(
                id=f"q-{index:06d}",
                span=Span(start, end, text[start:end]),
                speaker=rng.choice(speakers),
                cue=Span(cue, cue + 4, "said"),
                status=rng.choice(["confirmed", "suggested"]),
                by="bench",
            )
        )
    for index, (start, end) in enumerate(rng.sample(words, n_corrections)):
        doc.corrections.append(
            Correction(
                id=f"c-{index:06d}",
                span=Span(start, end, text[start:end]),
                replacement=text[start:end].upper(),
                category=rng.choice(["spelling", "name", "style"]),
                note=rng.choice(["", "check this", "house style: “Tucson”"]),
                by="bench",
            )
        )
    return doc

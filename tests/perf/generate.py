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
    doc.entities += small_entities(by_name, ["PERSON", "PERSON", "ORG"], rng, 3)
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


def big_entities_document(
    text: str, people: int = 6, mentions_each: int = 2_500, corrections: int = 5_000, seed: int = 13
) -> Document:
    """A few huge entities, as in a transcript or a long report: ``people`` entities named after the
    first surnames of :data:`LAST`, ``mentions_each`` mentions each (names anywhere in the text), and
    ``corrections`` corrections on words. Standalone occurrences of the surnames are left free, so that
    labelling one adds a mention to a huge entity."""
    rng = random.Random(seed)
    doc = Document(article=Article(text), file_name="long.txt")
    surnames = LAST[:people]
    free = re.compile(r"\b(?:" + "|".join(surnames) + r")\b")
    reserved = {(m.start(), m.end()) for m in free.finditer(text)}
    names = [
        (m.start(), m.end())
        for m in re.finditer(r"[A-Z][a-zéëü]+(?: [A-Z][a-zéëü]+)?", text)
        if (m.start(), m.end()) not in reserved
    ]
    chosen = rng.sample(names, min(len(names), people * mentions_each))
    for index, surname in enumerate(surnames):
        own = sorted(chosen[index::people])
        doc.entities.append(
            Entity(
                id=f"e-big{index:05d}",
                label="PERSON",
                name=surname,
                mentions=tuple(Mention(s, e, text[s:e]) for s, e in own),
                by="bench",
            )
        )
    words = [(m.start(), m.end()) for m in re.finditer(r"\b[a-z]{4,}\b", text)]
    for index, (start, end) in enumerate(rng.sample(words, min(len(words), corrections))):
        doc.corrections.append(upper_case(index, text, start, end, "spelling"))
    return doc


def free_surnames(text: str, doc: Document, people: int = 6) -> list[tuple[int, int]]:
    """Occurrences of the huge entities' names that are not mentions yet (what the benchmark labels)."""
    taken = {(m.start, m.end) for e in doc.entities for m in e.mentions}
    free = re.compile(r"\b(?:" + "|".join(LAST[:people]) + r")\b")
    return [(m.start(), m.end()) for m in free.finditer(text) if (m.start(), m.end()) not in taken]


def overlapping_document(text: str, annotations: int = 20_000, seed: int = 17) -> Document:
    """Heavy overlap: every quote holds several mentions and corrections, and a quote inside a quote.

    Quotes come first (the whole quote and its first half), then mentions and corrections on the words
    inside them, until ``annotations`` spans are made (a quote's cue counts as one).
    """
    rng = random.Random(seed)
    doc = Document(article=Article(text), file_name="long.txt")
    quoted = [(m.start() + 1, m.end() - 2) for m in re.finditer(r"“[^”]+,”", text)]
    made = 0
    by_word: dict[str, list[Mention]] = {}
    corrections: list[Correction] = []
    for number, (start, end) in enumerate(quoted):
        if made >= annotations:
            break
        cue = text.index("said", end)
        for part, (a, b) in enumerate(((start, end), (start, start + (end - start) // 2))):
            doc.quotes.append(
                Quote(
                    id=f"q-{number:06d}{part}",
                    span=Span(a, b, text[a:b]),
                    cue=Span(cue, cue + 4, "said"),
                    by="bench",
                )
            )
            made += 2
        inside = [(m.start() + start, m.end() + start) for m in re.finditer(r"\w{4,}", text[start:end])]
        for index, (a, b) in enumerate(rng.sample(inside, min(len(inside), 6))):
            if index % 2 == 0:
                by_word.setdefault(text[a:b], []).append(Mention(a, b, text[a:b]))
            else:
                corrections.append(upper_case(len(corrections), text, a, b, "style"))
            made += 1
    doc.entities += small_entities(by_word, ["PERSON", "ORG"], rng, 4)
    doc.corrections.extend(corrections)
    return doc


def small_entities(
    by_name: dict[str, list[Mention]], labels: list[str], rng: random.Random, digits: int
) -> list[Entity]:
    """Entities of at most 8 mentions each, one series per name (names in order, mentions by start)."""
    made = []
    for index, (name, mentions) in enumerate(sorted(by_name.items())):
        mentions.sort(key=lambda m: m.start)
        for chunk in range(0, len(mentions), 8):
            made.append(
                Entity(
                    id=f"e-{index:0{digits}d}{chunk:05d}",
                    label=rng.choice(labels),
                    name=name,
                    mentions=tuple(mentions[chunk : chunk + 8]),
                    by="bench",
                )
            )
    return made


def upper_case(number: int, text: str, start: int, end: int, category: str) -> Correction:
    """A correction asking for the words in capitals."""
    return Correction(
        id=f"c-{number:06d}",
        span=Span(start, end, text[start:end]),
        replacement=text[start:end].upper(),
        category=category,
        by="bench",
    )

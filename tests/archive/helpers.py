"""Small folders of articles with sidecars for the archive tests."""

from pathlib import Path

from editor_app.model import Article, Correction, Document, Entity, Mention, Quote, Span
from editor_app.storage.sidecar_write import dump_sidecar, sidecar_path


def write_article(path: Path, text: str, doc: Document | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    if doc is not None:
        sidecar_path(path).write_text(dump_sidecar(doc), encoding="utf-8")
    return path


def magnus_article(path: Path, name: str = "Magnus", quote: str = "We will fix it") -> Path:
    """An article naming ``name`` with an entity, a quote by them and an open name correction."""
    text = f"Chris {name} spoke.\n\n“{quote},” {name} said of the Mangus plan.\n"
    doc = Document(article=Article(text), file_name=path.name)
    first = text.index(f"Chris {name}")
    second = text.index(f"” {name}") + 2
    q_start = text.index(quote)
    cue = text.index("said")
    typo = text.index("Mangus")
    doc.entities.append(
        Entity(
            "e-1",
            "PERSON",
            f"Chris {name}",
            by="Ana",
            mentions=(
                Mention(first, first + len(name) + 6, f"Chris {name}"),
                Mention(second, second + len(name), name),
            ),
        )
    )
    doc.quotes.append(
        Quote("q-1", Span(q_start, q_start + len(quote), quote), "e-1", Span(cue, cue + 4, "said"), by="Ana")
    )
    doc.corrections.append(Correction("c-1", Span(typo, typo + 6, "Mangus"), "Magnus", "name", by="Desk"))
    return write_article(path, text, doc)

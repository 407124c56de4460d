"""Two (or three) annotators' copies of the sample article, as real folders with sidecars.

``ana`` and ``ben`` agree on 10 mentions, label 3 spans differently (El Paso, Washington, Tuscon:
GPE against LOC), give one quote different speakers (Magnus, Mayorkas) and one correction different
replacements, and each marks one name the other missed (ana John Tien, ben Richmond). ``cy`` sides
with ana on El Paso and the speaker, with ben on Washington and the replacement.
"""

import shutil
from pathlib import Path

from editor_app.model import Correction, Document, Entity, Quote
from editor_app.storage import read_article, save_sidecar, sidecar_path
from tests.builders import mention, span
from tests.conftest import SAMPLE

AGREED = 10
QUOTE = "I am excited about the progress I made and look forward continuing that work"
LABELS = {
    # span text: (ana's label, ben's label, cy's label)
    "El Paso": ("GPE", "LOC", "GPE"),
    "Washington": ("GPE", "LOC", "LOC"),
    "Tuscon": ("GPE", "LOC", "GPE"),
}


def annotated(article: Path, who: str) -> Document:
    doc = Document(article=read_article(article), file_name=article.name)
    magnus_name = "Magnus" if who == "ben" else "Chris Magnus"
    entities = [
        Entity(
            "e-magnus",
            "PERSON",
            magnus_name,
            by=who,
            mentions=(
                mention(doc, "Chris Magnus", 0),
                mention(doc, "Chris Magnus", 1),
                mention(doc, "Magnus", 2),
                mention(doc, "Magnus", 3),
            ),
        ),
        Entity(
            "e-mayorkas",
            "PERSON",
            "Alejandro Mayorkas",
            by=who,
            mentions=(mention(doc, "Alejandro Mayorkas"), mention(doc, "Mayorkas", 1)),
        ),
        Entity("e-lat", "ORG", "Los Angeles Times", by=who, mentions=(mention(doc, "Los Angeles Times"),)),
        Entity("e-ortiz", "PERSON", "Raul Ortiz", by=who, mentions=(mention(doc, "Raul Ortiz"),)),
        Entity("e-dhs", "ORG", "DHS", by=who, mentions=(mention(doc, "DHS"),)),
        Entity(
            "e-ap", "ORG", "The Associated Press", by=who, mentions=(mention(doc, "The Associated Press"),)
        ),
    ]
    column = {"ana": 0, "ben": 1, "cy": 2}[who]
    for number, (text, labels) in enumerate(LABELS.items()):
        entities.append(
            Entity(f"e-place{number}", labels[column], text, by=who, mentions=(mention(doc, text),))
        )
    if who == "ana":
        entities.append(
            Entity("e-tien", "PERSON", "John Tien", by=who, mentions=(mention(doc, "John Tien"),))
        )
    if who == "ben":
        entities.append(Entity("e-richmond", "GPE", "Richmond", by=who, mentions=(mention(doc, "Richmond"),)))
    doc.entities = entities
    doc.quotes = [
        Quote(
            "q-excited",
            span(doc, QUOTE),
            speaker="e-mayorkas" if who == "ben" else "e-magnus",
            cue=span(doc, "said", 3),
            by=who,
        )
    ]
    doc.corrections = [
        Correction(
            "c-mangus",
            span(doc, "Mangus"),
            replacement="Mr. Magnus" if who == "ana" else "Magnus",
            category="name",
            by=who,
        )
    ]
    return doc


def annotator_folders(root: Path, who: tuple[str, ...] = ("ana", "ben")) -> list[Path]:
    """A folder per annotator holding a copy of the sample and that annotator's sidecar."""
    folders = []
    for name in who:
        folder = root / name
        folder.mkdir(parents=True)
        article = folder / SAMPLE.name
        shutil.copyfile(SAMPLE, article)
        save_sidecar(annotated(article, name), sidecar_path(article))
        folders.append(folder)
    return folders


def gold_copy(root: Path) -> Path:
    """The adjudicator's copy of the sample (no sidecar), in ``root/gold``."""
    article = root / "gold" / SAMPLE.name
    article.parent.mkdir(parents=True)
    shutil.copyfile(SAMPLE, article)
    return article

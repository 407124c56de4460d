"""Annotators' folders (or sidecars) on disk: paired by article, read, adjudicated, the gold written.

Inputs are all folders (their articles paired by the path inside the folder) or all files (sidecars
or articles of one article). An article missing from some inputs is reported and left out; an input
holding a sidecar but not its article is read against another input's copy of the article. Nothing
is ever written into an input.

Reading is the bulk of the time (two 20,000-annotation sidecars: about three times the build). The
article is read once and every input's sidecar read against it when its copy has the same bytes, and
the cyclic collector is paused over reading all the inputs and building the gold: the reader pauses it
for one file, and the collection it meets on leaving walks every object just made (the whole YAML node
tree) once per input; paused over the whole job, the one collection afterwards meets only what is kept.
"""

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path

from editor_app.model.adjudication import Adjudication, Annotated, adjudicate, annotator_name, distinct_names
from editor_app.model.agreement import Agreement
from editor_app.model.article import Article
from editor_app.model.document import Document
from editor_app.storage.article_file import read_article
from editor_app.storage.atomic import atomic_write
from editor_app.storage.corpus_files import expand_articles
from editor_app.storage.corpus_read import read_document
from editor_app.storage.errors import FileProblem, SidecarError
from editor_app.storage.side_files import side_file
from editor_app.storage.sidecar_read import gc_paused, load_sidecar
from editor_app.storage.sidecar_write import SIDECAR_SUFFIX, dump_sidecar, save_sidecar, sidecar_path


def input_name(path: Path) -> str:
    """What an input is called when its records name nobody: the folder's name (a file's folder)."""
    path = Path(path).resolve()
    return path.name if path.is_dir() else path.parent.name


@dataclass
class ArticleInputs:
    relative: Path
    """The article's path inside the folders (its name, for file inputs)."""
    articles: list[Path]
    """Per input, where its copy of the article is (or would be)."""
    present: list[bool]
    """Per input, whether it has the article or its sidecar."""

    @property
    def missing(self) -> list[int]:
        return [i for i, here in enumerate(self.present) if not here]


def pair_inputs(inputs: Sequence[Path]) -> list[ArticleInputs]:
    """The articles of the inputs, paired. Raises ValueError for a mix of folders and files."""
    folders = [Path(p).is_dir() for p in inputs]
    if any(folders) and not all(folders):
        raise ValueError("give folders only, or sidecars (or articles) only")
    if not all(folders):
        articles = [next(expand_articles(Path(p))) for p in inputs]
        present = [a.exists() or sidecar_path(a).exists() for a in articles]
        return [ArticleInputs(Path(articles[0].name), articles, present)]
    relatives: dict[Path, None] = {}
    for folder in inputs:
        for found in expand_articles(Path(folder), orphan_sidecars=True):
            relative = found.relative_to(folder)
            if relative.name.endswith(SIDECAR_SUFFIX):
                relative = relative.with_name(relative.name.removesuffix(SIDECAR_SUFFIX))
            relatives[relative] = None
    paired = []
    for relative in sorted(relatives):
        articles = [Path(folder) / relative for folder in inputs]
        present = [a.exists() or sidecar_path(a).exists() for a in articles]
        paired.append(ArticleInputs(relative, articles, present))
    return paired


@dataclass
class ArticleOutcome:
    item: ArticleInputs
    annotated: list[Annotated] = field(default_factory=list)
    adjudication: Adjudication | None = None
    problem: str | None = None
    notes: list[str] = field(default_factory=list)


def read_annotated(item: ArticleInputs, inputs: Sequence[Path]) -> tuple[list[Annotated], list[str]]:
    """Each input's document of the article, named. Raises FileProblem, OSError or ValueError."""
    reference = next((a for a in item.articles if a.exists()), None)
    if reference is None:
        raise FileProblem(item.articles[0], "no input holds the article itself, only its annotations")
    article = read_article(reference)
    data = reference.read_bytes()
    documents: list[Document] = []
    notes: list[str] = []
    with reading_paused():
        for path in item.articles:
            if path.exists() and (side_file(path, "pending").exists() or path.read_bytes() != data):
                read = read_document(path)  # its own copy: read it, then make sure the text is the same
                if read.document.text != article.text:
                    raise ValueError(f"{path} and {reference}: the article texts differ; compare one text")
                documents.append(read.document)
                notes += [w.located(str(sidecar_path(path))) for w in read.warnings]
            elif path.exists() and sidecar_path(path).exists():
                loaded = load_sidecar(sidecar_path(path), article, path.name)
                documents.append(loaded.document)
                notes += [w.located(str(sidecar_path(path))) for w in loaded.warnings]
            else:
                documents.append(load_annotations(sidecar_path(path), article, reference.name))
    fallbacks = [input_name(p) for p in inputs]
    names = distinct_names(
        [annotator_name(d, f) for d, f in zip(documents, fallbacks, strict=True)], fallbacks
    )
    return [Annotated(n, d) for n, d in zip(names, documents, strict=True)], notes


def reading_paused() -> AbstractContextManager[None]:
    """The cyclic collector paused while several sidecars are read and adjudicated (see above)."""
    return gc_paused()


def load_annotations(sidecar: Path, article: Article, article_name: str) -> Document:
    """A sidecar read against ``article`` (one annotator's copy of an article open elsewhere); a
    missing sidecar is an annotator who annotated nothing."""
    if not sidecar.exists():
        return Document(article=article, file_name=article_name)
    return load_sidecar(sidecar, article, article_name).document


def adjudicate_inputs(inputs: Sequence[Path], min_agree: int | None = None) -> Iterator[ArticleOutcome]:
    """Every article of the inputs, adjudicated (or with the reason it could not be)."""
    for item in pair_inputs(inputs):
        outcome = ArticleOutcome(item)
        if item.missing:
            outcome.problem = "missing"
            yield outcome
            continue
        try:
            with reading_paused():
                outcome.annotated, outcome.notes = read_annotated(item, inputs)
                outcome.adjudication = adjudicate(outcome.annotated, min_agree)
        except FileProblem as exc:
            outcome.problem = exc.located()
        except OSError as exc:
            outcome.problem = f"{exc.filename or item.relative}: {exc.strerror or exc}"
        except ValueError as exc:
            outcome.problem = f"{item.relative}: {exc}"
        yield outcome


def pairwise_agreement(annotated: Sequence[Annotated]) -> dict[tuple[int, int], Agreement]:
    """Agreement of every pair of annotators (the earlier one as the reference) on one article."""
    found: dict[tuple[int, int], Agreement] = {}
    for i in range(len(annotated)):
        for j in range(i + 1, len(annotated)):
            agreement = Agreement()
            agreement.add(annotated[i].document, annotated[j].document)
            found[(i, j)] = agreement
    return found


def write_gold(doc: Document, source_article: Path | None, out_article: Path, force: bool = False) -> None:
    """The article copied to ``out_article`` and the gold sidecar beside it, each written atomically
    and read back. An existing different article or sidecar there is kept (FileProblem) unless ``force``."""
    out_article.parent.mkdir(parents=True, exist_ok=True)
    data = source_article.read_bytes() if source_article is not None else doc.article.to_bytes()
    if out_article.exists() and out_article.read_bytes() != data and not force:
        raise FileProblem(out_article, "another article is there; --force replaces it")
    side = sidecar_path(out_article)
    text = dump_sidecar(doc)
    if side.exists() and side.read_text(encoding="utf-8", errors="replace") != text and not force:
        raise SidecarError(side, "a different sidecar is there (decisions made in it?); --force replaces it")
    if not out_article.exists() or out_article.read_bytes() != data:
        atomic_write(out_article, data)
    article = read_article(out_article)
    if article.text != doc.text:
        raise FileProblem(out_article, "the copy of the article does not read back as the original text")
    save_sidecar(doc, side)
    if dump_sidecar(load_sidecar(side, article, out_article.name).document) != text:
        raise SidecarError(side, "the gold sidecar written does not read back the same")

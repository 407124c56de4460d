"""CoNLL import: token-per-line files with the token first and the tag last (2 to 4+ columns).

Tags may be IOB2, IOB1 (an entity may start with ``I-``) or BIOES/BILOU. ``-DOCSTART-`` lines
separate articles; blank lines separate sentences. CoNLL keeps tokens, not the text, so the text is
rebuilt: tokens joined by spaces, one sentence per line, and written as ``NAME.txt`` (``NAME-2.txt``
... when the file holds several articles) beside the input or in ``--output``.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from editor_app.formats.build import (
    FlatSpan,
    Imported,
    ImportFailure,
    UnreadableInput,
    group_into_entities,
    new_document,
    read_input,
)
from editor_app.model.ids import IdMinter


@dataclass(frozen=True)
class ConllOptions:
    out: Path | None = None


Row = tuple[str, str]


def read_conll(path: Path, options: ConllOptions) -> Iterator[Imported | ImportFailure]:
    try:
        text = read_input(path).decode("utf-8-sig")
    except (UnreadableInput, UnicodeDecodeError) as exc:
        yield ImportFailure(str(path), f"cannot be read as UTF-8 text: {exc}")
        return
    documents, problems = _documents(text)
    if problems:
        yield ImportFailure(str(path), "; ".join(problems[:5]))
        return
    out = options.out or path.parent
    for index, sentences in enumerate(documents, 1):
        name = f"{path.stem}.txt" if len(documents) == 1 else f"{path.stem}-{index}.txt"
        yield _document(sentences, name, out, f"{path}#{index}")


def _documents(text: str) -> tuple[list[list[list[Row]]], list[str]]:
    documents: list[list[list[Row]]] = [[]]
    sentence: list[Row] = []
    problems: list[str] = []
    for number, line in enumerate(text.splitlines(), 1):
        columns = line.split()
        if not columns:
            if sentence:
                documents[-1].append(sentence)
                sentence = []
            continue
        if columns[0] == "-DOCSTART-":
            if sentence:
                documents[-1].append(sentence)
                sentence = []
            documents.append([])
            continue
        if len(columns) < 2:
            problems.append(f"line {number}: a token with no tag: {line!r}")
            continue
        sentence.append((columns[0], columns[-1]))
    if sentence:
        documents[-1].append(sentence)
    return [d for d in documents if d], problems


def _document(sentences: list[list[Row]], name: str, out: Path, source: str) -> Imported | ImportFailure:
    pieces: list[str] = []
    spans: list[FlatSpan] = []
    offset = 0
    open_span: tuple[int, str] | None = None
    end_of_last = 0
    for number, sentence in enumerate(sentences):
        if number:
            pieces.append("\n")
            offset += 1
        for index, (token, tag) in enumerate(sentence):
            if index:
                pieces.append(" ")
                offset += 1
            prefix, _, label = tag.partition("-")
            if tag != "O" and (not label or prefix not in ("B", "I", "E", "S", "L", "U")):
                return ImportFailure(source, f"{tag!r} is not a BIO tag")
            starts_new = prefix in ("B", "S", "U") or (
                prefix in ("I", "E", "L") and (open_span is None or open_span[1] != label or index == 0)
            )
            if open_span is not None and (tag == "O" or starts_new):
                spans.append(FlatSpan(open_span[0], end_of_last, open_span[1]))
                open_span = None
            if tag != "O" and open_span is None:
                open_span = (offset, label)
            pieces.append(token)
            offset += len(token)
            end_of_last = offset
            if prefix in ("E", "S", "L", "U") and open_span is not None:
                spans.append(FlatSpan(open_span[0], end_of_last, open_span[1]))
                open_span = None
        if open_span is not None:
            spans.append(FlatSpan(open_span[0], end_of_last, open_span[1]))
            open_span = None
    text = "".join(pieces)
    entities, notes = group_into_entities(text, spans, IdMinter())
    return Imported(new_document(text, name, entities), out / name, True, source, notes)

"""Random documents over hard text survive a save and load with every span slicing to its text."""

import codecs
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor_app.model import Correction, Document, Entity, Mention, Quote, Span
from editor_app.storage import dump_sidecar, read_article, save_sidecar, sidecar_path
from editor_app.storage.documents import open_document

PIECES = [
    "Magnus",
    "said",
    "“Yes,” he said.",
    "😀",
    "👩‍👩‍👧",
    "🇺🇸",
    "e\u0301",
    "Zoë",
    "東京都",
    "محمد",
    "עברית",
    " ",
    "\n",
    "\n\n",
    "\t",
    "\u00a0",
    "\u200d",
    "Ωμέγα",
    "Ελλάδα",
    "...",
]

articles = st.lists(st.sampled_from(PIECES), min_size=1, max_size=40).map("".join)
conventions = st.tuples(
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-be"]), st.sampled_from(["lf", "crlf", "cr"])
)


def encode(text: str, encoding: str, newline: str) -> bytes:
    text = text.replace("\n", {"lf": "\n", "crlf": "\r\n", "cr": "\r"}[newline])
    if encoding == "utf-16":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    if encoding == "utf-16-be":
        return codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    return text.encode(encoding)


@st.composite
def spans(draw: st.DrawFn, text: str) -> Span:
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, len(text)))
    return Span(start, end, text[start:end])


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), articles, conventions)
def test_random_documents_round_trip_with_every_span_equal_to_its_slice(data, text, convention):
    encoding, newline = convention
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "story.txt"
        raw = encode(text, encoding, newline)
        path.write_bytes(raw)
        article = read_article(path)
        assert article.to_bytes() == raw
        normalised = article.text
        doc = Document(article=article, file_name=path.name)
        n = data.draw(st.integers(1, 6))
        mentions = tuple(
            Mention(s.start, s.end, s.text, status=data.draw(st.sampled_from([None, "suggested"])))
            for s in (data.draw(spans(normalised)) for _ in range(n))
        )
        name = data.draw(st.text(min_size=1, max_size=12))
        doc.entities = [Entity(id="e-1", label="PERSON", name=name, mentions=mentions)]
        doc.quotes = [
            Quote(
                id=f"q-{i}",
                span=data.draw(spans(normalised)),
                speaker="e-1",
                cue=data.draw(spans(normalised)),
            )
            for i in range(data.draw(st.integers(0, 3)))
        ]
        doc.corrections = [
            Correction(
                id=f"c-{i}",
                span=data.draw(spans(normalised)),
                replacement=data.draw(st.text(max_size=8)),
                note=data.draw(st.text(max_size=20)),
            )
            for i in range(data.draw(st.integers(0, 3)))
        ]
        save_sidecar(doc, sidecar_path(path))
        first = sidecar_path(path).read_bytes()
        reopened = open_document(path)
        assert reopened.warnings == []
        loaded = reopened.document
        for span in loaded.spans():
            assert loaded.text[span.start : span.end] == span.text
        assert (loaded.entities, loaded.quotes, loaded.corrections) == doc.in_canonical_order()
        assert dump_sidecar(loaded).encode() == first

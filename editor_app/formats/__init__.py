"""Import and export: brat, JSONL (doccano, Prodigy), spaCy DocBin, CoNLL, Label Studio. Pure Python.

One registry: each export format names its writer and file extension, each import format its
reader. Modules are imported when a format is used, so spaCy loads only for ``spacy``.
"""

import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from editor_app.formats.build import Imported, ImportFailure
from editor_app.formats.prepare import Prepared
from editor_app.storage.output_guard import OutputGuard


class Writer(Protocol):
    def write(self, prepared: Prepared) -> list[str]:
        """Write one document; notes on what could not be written as it is."""

    def close(self) -> None:
        """Finish the output (a file appears complete, or not at all)."""

    def abort(self) -> None:
        """Give up: leave no partial file behind."""


@dataclass(frozen=True)
class ExportFormat:
    name: str
    extension: str
    """``.jsonl``, ``.spacy``, ``.conll``; empty for a folder (brat)."""
    writer: str
    """``module:class`` taking the output path (and ``lang`` for spaCy)."""
    help: str


@dataclass(frozen=True)
class ImportFormat:
    name: str
    reader: str
    """``module:function`` taking a path and options."""
    options: str
    """``module:class`` of the reader's options."""
    suffixes: tuple[str, ...]
    """The files a folder is walked for."""
    help: str


EXPORTS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat(
            "jsonl", ".jsonl", "jsonl_write:JsonlWriter", "one line per article (doccano and Prodigy)"
        ),
        ExportFormat("spacy", ".spacy", "spacy_docbin:SpacyWriter", "a spaCy DocBin (needs the spacy extra)"),
        ExportFormat("conll", ".conll", "conll_write:ConllWriter", "CoNLL-2003 columns, BIO tags"),
        ExportFormat("brat", "", "brat_write:BratWriter", "a folder of .txt/.ann pairs and annotation.conf"),
    )
}

IMPORTS: dict[str, ImportFormat] = {
    f.name: f
    for f in (
        ImportFormat(
            "brat", "brat_read:read_brat", "brat_read:BratOptions", (".ann",), "brat .ann beside .txt"
        ),
        ImportFormat(
            "jsonl",
            "jsonl_read:read_jsonl",
            "jsonl_read:JsonlOptions",
            (".jsonl", ".json"),
            "doccano, Prodigy, ours",
        ),
        ImportFormat(
            "conll", "conll_read:read_conll", "conll_read:ConllOptions", (".conll", ".iob", ".bio"), "CoNLL"
        ),
        ImportFormat(
            "labelstudio",
            "labelstudio_read:read_labelstudio",
            "labelstudio_read:LabelStudioOptions",
            (".json",),
            "Label Studio JSON export",
        ),
    )
}


def _attribute(reference: str) -> Any:
    module, _, name = reference.partition(":")
    return getattr(importlib.import_module(f"editor_app.formats.{module}"), name)


def open_writer(name: str, out: Path, *, lang: str = "en", guard: OutputGuard | None = None) -> Writer:
    """A writer for format ``name`` into ``out``, each file it writes checked by ``guard``.

    Raises ``SpacyUnavailable`` when spaCy is missing, ``OutputRefused`` when ``out`` may not be written.
    """
    factory = _attribute(EXPORTS[name].writer)
    writer: Writer = factory(out, lang, guard) if name == "spacy" else factory(out, guard)
    return writer


Reader = Callable[[Path, Any], Iterator[Imported | ImportFailure]]


def reader(name: str, **options: Any) -> Callable[[Path], Iterator[Imported | ImportFailure]]:
    """The reader of import format ``name`` with ``options`` (``out``, ``text_key``, ``label_key``)."""
    spec = IMPORTS[name]
    option_class = _attribute(spec.options)
    accepted = option_class.__dataclass_fields__
    chosen = option_class(**{k: v for k, v in options.items() if k in accepted and v is not None})
    function: Reader = _attribute(spec.reader)
    return lambda path: function(path, chosen)

"""Merging three sidecar files into one, as git's merge driver: read on their own, merge, write back.

Git hands the driver temporary copies (``%O %A %B``) and expects the result in ``%A`` ("ours"); the
article beside them may be either side's version, so nothing here reads it
(:func:`~editor_app.storage.sidecar_read.parse_detached`). The result is checked to load back before
it replaces ``%A``, atomically: on any error ``%A`` is left as it was (our version, whole), which git
then reports as a conflict.
"""

from pathlib import Path

from editor_app.model.document import Document
from editor_app.model.field_merge import FieldMerge, merge_fields
from editor_app.model.validation import validate
from editor_app.storage.atomic import atomic_write
from editor_app.storage.errors import SidecarError
from editor_app.storage.sidecar_read import parse_detached
from editor_app.storage.sidecar_write import dump_sidecar


def merge_sidecar_files(base: Path | None, ours: Path, theirs: Path, shown: str | None = None) -> FieldMerge:
    """Merge ``theirs`` into ``ours`` (written in place) against ``base`` (None or an empty file: the
    sidecar is new on both sides). ``shown`` names the sidecar in errors (git's ``%P``).

    Raises :class:`SidecarError` (or :class:`OSError`) when a side cannot be read or the result would
    not load; ``ours`` is untouched then.
    """
    name = shown or str(ours)
    base_doc = _read(base, f"{name} (common version)", allow_empty=True) if base is not None else None
    ours_doc = _side(ours, f"{name} (ours)")
    theirs_doc = _side(theirs, f"{name} (theirs)")
    result = merge_fields(base_doc, ours_doc, theirs_doc)
    problems = validate(result.document)
    if problems:
        raise SidecarError(name, f"the merge would not be valid ({problems[0].message}); ours left as it was")
    data = dump_sidecar(result.document).encode("utf-8")
    parse_detached(data, Path(f"{name} (merged)"))  # what is written must load back
    atomic_write(ours, data)
    return result


def _side(path: Path, shown: str) -> Document:
    doc = _read(path, shown)
    if doc is None:
        raise SidecarError(shown, "is empty")
    return doc


def _read(path: Path, shown: str, allow_empty: bool = False) -> Document | None:
    data = Path(path).read_bytes()
    if allow_empty and not data.strip():
        return None
    return parse_detached(data, Path(shown)).document

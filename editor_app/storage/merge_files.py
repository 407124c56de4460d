"""Merging three sidecar files into one, as git's merge driver: read on their own, merge, write back.

Git hands the driver temporary copies (``%O %A %B``) and expects the result in ``%A`` ("ours"); the
article beside them may be either side's version, so nothing here reads it
(:func:`~editor_app.storage.sidecar_read.parse_detached`). Files in the canonical layout are merged
record by record as text first, reading only the records that need a field-wise merge
(:mod:`~editor_app.storage.sidecar_chunks`); anything else is read whole. Either way the result is
read back in full (every check of a load) before it replaces ``%A``, atomically: on any error ``%A``
is left as it was (our version, whole), which git then reports as a conflict.
"""

from pathlib import Path

from editor_app.model.field_merge import FieldMerge, merge_fields
from editor_app.model.validation import validate
from editor_app.storage import sidecar_chunks
from editor_app.storage.atomic import atomic_write
from editor_app.storage.errors import FileProblem, SidecarError
from editor_app.storage.sidecar_chunks import SECTIONS, Chunks
from editor_app.storage.sidecar_read import parse_detached
from editor_app.storage.sidecar_write import dump_sidecar
from editor_app.storage.yaml_guard import decode_sidecar


def merge_sidecar_files(base: Path | None, ours: Path, theirs: Path, shown: str | None = None) -> FieldMerge:
    """Merge ``theirs`` into ``ours`` (written in place) against ``base`` (None or an empty file: the
    sidecar is new on both sides). ``shown`` names the sidecar in errors (git's ``%P``).

    The result's ``conflicts`` are those of the file written, as read back (a conflict one side
    already carried included). Raises :class:`SidecarError` (or :class:`OSError`) when a side cannot
    be read or the result would not load; ``ours`` is untouched then.
    """
    name = shown or str(ours)
    names = {"base": f"{name} (common version)", "ours": f"{name} (ours)", "theirs": f"{name} (theirs)"}
    data = {
        "base": Path(base).read_bytes() if base is not None else b"",
        "ours": Path(ours).read_bytes(),
        "theirs": Path(theirs).read_bytes(),
    }
    merged: tuple[bytes, FieldMerge] | None = None
    if data["base"].strip():
        texts = {side: decode_sidecar(raw, Path(names[side])) for side, raw in data.items()}
        merged = _by_records(texts, names)
    if merged is not None:
        try:
            loaded = parse_detached(merged[0], Path(f"{name} (merged)"))
        except FileProblem:
            merged = None  # not what the records said; merge the whole files instead
    if merged is None:
        merged = _whole(data, names)
        loaded = parse_detached(merged[0], Path(f"{name} (merged)"))  # what is written must load back
    output, result = merged
    result.conflicts = [problem.message for problem in loaded.conflicts]
    atomic_write(ours, output)
    return result


def _whole(data: dict[str, bytes], names: dict[str, str]) -> tuple[bytes, FieldMerge]:
    base = parse_detached(data["base"], Path(names["base"])).document if data["base"].strip() else None
    ours = parse_detached(data["ours"], Path(names["ours"])).document
    theirs = parse_detached(data["theirs"], Path(names["theirs"])).document
    result = merge_fields(base, ours, theirs)
    return _dumped(result, names["ours"]), result


def _dumped(result: FieldMerge, name: str) -> bytes:
    problems = validate(result.document)
    if problems:
        raise SidecarError(name, f"the merge would not be valid ({problems[0].message}); left as it was")
    return dump_sidecar(result.document).encode("utf-8")


def _by_records(texts: dict[str, str], names: dict[str, str]) -> tuple[bytes, FieldMerge] | None:
    """The merge of three canonical files, record by record as text; None when they are not."""
    split = {side: sidecar_chunks.split(text) for side, text in texts.items()}
    b, o, t = split["base"], split["ours"], split["theirs"]
    if b is None or o is None or t is None:
        return None
    kept = Chunks("", {section: {} for section in SECTIONS})
    read: dict[str, set[str]] = {section: set() for section in SECTIONS}
    for section in SECTIONS:
        bs, os_, ts = b.records[section], o.records[section], t.records[section]
        both_added = any(k not in bs for k in os_) and any(k not in bs for k in ts)
        for key in dict.fromkeys([*os_, *ts, *bs]):
            bv, ov, tv = bs.get(key), os_.get(key), ts.get(key)
            if (bv is None and both_added) or (section == "quotes" and not bv == ov == tv):
                read[section].add(key)  # twins to find, or a speaker that may have to follow
            elif ov == tv or bv == tv:
                _keep(kept, section, key, ov)
            elif bv == ov:
                _keep(kept, section, key, tv)
            else:
                read[section].add(key)
    for chunks in (b, o, t):
        for key in read["quotes"]:
            spoken = sidecar_chunks.speaker(chunks.records["quotes"].get(key, ""))
            if spoken is not None:
                read["entities"].add(spoken)
    every = [key for chunks in (b, o, t) for section in SECTIONS for key in chunks.records[section]]
    if len(set(every)) != len({(s, k) for c in (b, o, t) for s in SECTIONS for k in c.records[s]}):
        return None  # one id in two sections: leave it to the whole merge
    parts = {side: _part(chunks, read) for side, chunks in split.items() if chunks is not None}
    docs = {
        side: parse_detached(text.encode("utf-8"), Path(names[side])).document for side, text in parts.items()
    }
    result = merge_fields(docs["base"], docs["ours"], docs["theirs"])
    part = sidecar_chunks.split(_dumped(result, names["ours"]).decode("utf-8"))
    if part is None:
        return None
    kept.head, kept.tail = part.head, part.tail
    for section in SECTIONS:
        for key in read[section]:
            kept.records[section].pop(key, None)
        kept.records[section].update(part.records[section])
    return sidecar_chunks.join(kept).encode("utf-8"), result


def _keep(chunks: Chunks, section: str, key: str, text: str | None) -> None:
    if text is not None:
        chunks.records[section][key] = text


def _part(chunks: Chunks, read: dict[str, set[str]]) -> str:
    """The file with only the records to read: its head, those records, its tail."""
    part = Chunks(chunks.head, {}, chunks.tail)
    for section in SECTIONS:
        part.records[section] = {k: v for k, v in chunks.records[section].items() if k in read[section]}
    return sidecar_chunks.join(part)

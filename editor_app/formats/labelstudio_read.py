"""Label Studio import: a JSON export (a list of tasks, or one task) with ``labels`` results.

The text is ``data.text`` (``--text-key`` names another key). A task's first annotation that was
not cancelled gives confirmed annotations (``by`` its ``completed_by``); without one, its first
prediction gives suggested ones (``by: model:<model_version>``). Label Studio counts offsets in
UTF-16 units, as JavaScript does: they are converted to code points, and a result's ``text`` must
match. Results of other types (choices, relations ...) are kept in the document section.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from editor_app.formats.build import (
    FlatSpan,
    Imported,
    ImportFailure,
    Normalised,
    UnreadableInput,
    check_span,
    group_into_entities,
    new_document,
    parse_json,
    read_input,
    safe_file_name,
)
from editor_app.model.ids import IdMinter
from editor_app.model.offsets import OffsetMap
from editor_app.model.vocab import Status


@dataclass(frozen=True)
class LabelStudioOptions:
    out: Path | None = None
    text_key: str = "text"


class _Bad(Exception):
    pass


def read_labelstudio(path: Path, options: LabelStudioOptions) -> Iterator[Imported | ImportFailure]:
    try:
        data = parse_json(read_input(path).decode("utf-8-sig"))
    except (UnicodeDecodeError, UnreadableInput) as exc:
        yield ImportFailure(str(path), f"is not a Label Studio JSON export: {exc}")
        return
    tasks = data if isinstance(data, list) else [data]
    for index, task in enumerate(tasks, 1):
        source = f"{path}[{index}]"
        try:
            yield _task(task, path, index, source, options)
        except _Bad as exc:
            yield ImportFailure(source, str(exc))


def _task(task: Any, path: Path, index: int, source: str, options: LabelStudioOptions) -> Imported:
    if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
        raise _Bad("is not a Label Studio task (no data)")
    raw = task["data"].get(options.text_key)
    if not isinstance(raw, str):
        raise _Bad(f"has no text under data.{options.text_key}")
    text = Normalised(raw)
    results, status, by = _chosen_results(task)
    offsets = OffsetMap(raw)
    spans: list[FlatSpan] = []
    other: list[Any] = []
    for result in results:
        value = result.get("value") if isinstance(result, dict) else None
        if not isinstance(value, dict) or result.get("type") != "labels":
            other.append(result)
            continue
        labels = value.get("labels") or []
        if not isinstance(labels, list) or not all(isinstance(label, str) for label in labels):
            raise _Bad(f"result {result.get('id', '')}: 'labels' should be a list of label names")
        for label in labels:
            start, end = _offsets(raw, offsets, value)
            extra = {"labelstudio_id": result["id"]} if "id" in result else {}
            spans.append(FlatSpan(text.offset(start), text.offset(end), label, extra))
    name = safe_file_name(f"{path.stem}-{task.get('id', index)}.txt") or f"{path.stem}-{index:04d}.txt"
    entities, notes = group_into_entities(text.text, spans, IdMinter(), status=status, by=by)
    kept = {"labelstudio_results": other} if other else {}
    if other:
        notes.append(f"kept {len(other)} result(s) that are not entity labels in the document section")
    doc = new_document(text.text, name, entities, document_extra=kept)
    out = options.out or path.parent
    return Imported(doc, out / name, True, source, notes)


def _chosen_results(task: dict[str, Any]) -> tuple[list[Any], str, str | None]:
    for annotation in task.get("annotations") or []:
        if isinstance(annotation, dict) and not annotation.get("was_cancelled"):
            who = annotation.get("completed_by")
            if isinstance(who, dict):
                who = who.get("email") or who.get("id")
            return list(annotation.get("result") or []), Status.CONFIRMED, None if who is None else str(who)
    for prediction in task.get("predictions") or []:
        if isinstance(prediction, dict):
            model = prediction.get("model_version")
            return (
                list(prediction.get("result") or []),
                Status.SUGGESTED,
                f"model:{model}" if model else "model",
            )
    return [], Status.CONFIRMED, None


def _offsets(raw: str, offsets: OffsetMap, value: dict[str, Any]) -> tuple[int, int]:
    start, end = value.get("start"), value.get("end")
    why = check_span(offsets.utf16_length, start, end, "label")
    if why or not isinstance(start, int) or not isinstance(end, int):
        raise _Bad(why or "bad offsets")
    cp_start, cp_end = offsets.to_codepoint(start), offsets.to_codepoint(end)
    expected = value.get("text")
    if expected is not None and raw[cp_start:cp_end] != expected:
        raise _Bad(f"result {start}-{end} says {expected!r}, the text there is {raw[cp_start:cp_end]!r}")
    return cp_start, cp_end

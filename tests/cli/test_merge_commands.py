"""`editor-app merge`, `show`, `diff` and `check` on sidecars alone, as git runs them."""

import shutil
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.storage import sidecar_path
from editor_app.storage.sidecar_read import load_detached
from editor_app.storage.sidecar_write import dump_sidecar
from tests.conftest import DATA, SAMPLE

GOLDEN = DATA / "golden" / f"{SAMPLE.name}.annotations.yaml"


def three(tmp_path: Path, ours: str | None = None, theirs: str | None = None) -> tuple[Path, Path, Path]:
    text = GOLDEN.read_text(encoding="utf-8")
    paths = []
    for name, content in (("base", text), ("ours", ours or text), ("theirs", theirs or text)):
        path = tmp_path / f".merge_file_{name}"
        path.write_text(content, encoding="utf-8")
        paths.append(path)
    return paths[0], paths[1], paths[2]


def test_a_file_without_conflicts_is_byte_identical_after_a_detached_load_and_a_merge(tmp_path):
    assert dump_sidecar(load_detached(GOLDEN).document).encode() == GOLDEN.read_bytes()
    base, ours, theirs = three(tmp_path)
    assert main(["merge", str(base), str(ours), str(theirs), "--path", "story.yaml"]) == 0
    assert ours.read_bytes() == GOLDEN.read_bytes()


def test_a_conflict_exits_1_and_leaves_a_file_that_loads(tmp_path, capsys):
    text = GOLDEN.read_text(encoding="utf-8")
    base, ours, theirs = three(
        tmp_path,
        text.replace("replacement: Magnus", "replacement: Magnus Jr."),
        text.replace("replacement: Magnus", "replacement: MAGNUS"),
    )
    assert main(["merge", str(base), str(ours), str(theirs), "--path", "story.yaml"]) == 1
    err = capsys.readouterr().err
    assert 'story.yaml: correction c-mangus "Mangus": unresolved conflict' in err
    merged = ours.read_text(encoding="utf-8")
    assert "<<<<<<<" not in merged
    assert (
        "conflict:\n    theirs:\n      replacement: MAGNUS\n    base:\n      replacement: Magnus\n" in merged
    )
    assert len(load_detached(ours).conflicts) == 1


def test_a_side_that_cannot_be_read_leaves_ours_as_it_was(tmp_path, capsys):
    broken = GOLDEN.read_text(encoding="utf-8") + "<<<<<<< HEAD\n"
    base, ours, theirs = three(tmp_path, theirs=broken)
    before = ours.read_bytes()
    assert main(["merge", str(base), str(ours), str(theirs), "--path", "story.yaml"]) == 1
    assert ours.read_bytes() == before
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith("story.yaml (theirs):")


def test_an_empty_base_is_a_sidecar_new_on_both_sides(tmp_path):
    base, ours, theirs = three(tmp_path)
    base.write_text("")
    assert main(["merge", str(base), str(ours), str(theirs)]) == 0
    assert ours.read_bytes() == GOLDEN.read_bytes()


def test_check_names_each_conflict_with_its_line_and_exits_1(sample_article, tmp_path, capsys):
    text = GOLDEN.read_text(encoding="utf-8")
    base, ours, theirs = three(
        tmp_path,
        text.replace("status: in-progress", "status: done"),
        text.replace("status: in-progress", "status: needs-review"),
    )
    assert main(["merge", str(base), str(ours), str(theirs)]) == 1
    shutil.copyfile(ours, sidecar_path(sample_article))
    capsys.readouterr()
    assert main(["check", str(sample_article)]) == 1
    [line] = capsys.readouterr().out.splitlines()
    assert line.startswith(f"{sidecar_path(sample_article)}:16:")
    assert 'document: unresolved conflict (status: yours "done", theirs "needs-review")' in line


def test_a_malformed_conflict_is_refused_with_its_line(tmp_path):
    text = GOLDEN.read_text(encoding="utf-8").replace(
        '  ticket: "012"\n', '  ticket: "012"\n  conflict: maybe\n'
    )
    path = tmp_path / "story.txt.annotations.yaml"
    path.write_text(text, encoding="utf-8")
    from editor_app.storage.errors import SidecarError

    with pytest.raises(SidecarError, match=r":49:\d+: conflict must be a mapping"):
        load_detached(path)


def test_show_and_diff_read_as_annotations(tmp_path, capsys):
    assert main(["show", str(GOLDEN)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert (
        out[2]
        == 'PERSON "Chris Magnus" e-magnus: 3 mentions, confirmed, by Ana Reyes, link wikidata:Q5108848'
    )
    assert out[3] == '  mention 70-82 "Chris Magnus"'
    new = tmp_path / "new.yaml"
    new.write_text(
        GOLDEN.read_text(encoding="utf-8").replace("replacement: Magnus", "replacement: Magnus Jr."),
        encoding="utf-8",
    )
    assert main(["diff", str(GOLDEN), str(GOLDEN)]) == 0
    assert main(["diff", str(GOLDEN), str(new)]) == 1
    assert capsys.readouterr().out == '~ correction c-mangus "Mangus": replacement "Magnus" -> "Magnus Jr."\n'


def test_the_schema_describes_conflicts(tmp_path):
    import json

    import jsonschema
    import yaml

    from editor_app.paths import resources_dir

    schema = json.loads(
        (resources_dir() / "schema" / "annotations-v1.schema.json").read_text(encoding="utf-8")
    )
    text = GOLDEN.read_text(encoding="utf-8")
    base, ours, theirs = three(
        tmp_path,
        text.replace("replacement: Magnus", "replacement: A").replace("status: in-progress", "status: done"),
        text.replace("replacement: Magnus", "replacement: B").replace("status: in-progress", "status: new"),
    )
    assert main(["merge", str(base), str(ours), str(theirs)]) == 1
    merged = yaml.safe_load(ours.read_text(encoding="utf-8"))
    assert "conflict" in merged["document"]
    jsonschema.validate(merged, schema)
    merged["corrections"][0]["conflict"] = {"mine": "deleted"}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(merged, schema)

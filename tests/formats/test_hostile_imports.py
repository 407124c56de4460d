"""Other tools' files that are malformed or hostile: each is a one-line failure naming the file (and
line where there is one), exit 1, never a traceback."""

import json

import pytest

from editor_app.cli import main


def labelstudio(task: dict[str, object]) -> str:
    return json.dumps([task])


LS_OK = {
    "id": 1,
    "data": {"text": "Magnus said."},
    "annotations": [
        {
            "result": [
                {"type": "labels", "value": {"start": 0, "end": 6, "text": "Magnus", "labels": ["PERSON"]}}
            ]
        }
    ],
}

CASES: dict[str, tuple[str, str, str]] = {
    "jsonl-nul-in-meta-file": (
        "jsonl",
        "in.jsonl",
        json.dumps({"text": "Magnus said.", "label": [], "meta": {"file": "a\x00.txt"}}) + "\n",
    ),
    "jsonl-nested-5000": (
        "jsonl",
        "in.jsonl",
        '{"text": "Magnus said.", "x": ' + "[" * 5000 + "]" * 5000 + "}\n",
    ),
    "jsonl-5000-digits": (
        "jsonl",
        "in.jsonl",
        '{"text": "Magnus said.", "label": [[' + "9" * 5000 + ', 6, "PERSON"]]}\n',
    ),
    "jsonl-lone-surrogate": (
        "jsonl",
        "in.jsonl",
        '{"text": "Magnus \\ud800 said.", "label": [[0, 6, "PERSON"]]}\n',
    ),
    "json-nested-5000": ("jsonl", "in.json", "[" * 5000 + "]" * 5000),
    "labelstudio-nul-in-id": ("labelstudio", "in.json", labelstudio({**LS_OK, "id": "a\x00b"})),
    "labelstudio-labels-5": (
        "labelstudio",
        "in.json",
        labelstudio(
            {
                **LS_OK,
                "annotations": [
                    {"result": [{"type": "labels", "value": {"start": 0, "end": 6, "labels": 5}}]}
                ],
            }
        ),
    ),
    "labelstudio-nested-5000": ("labelstudio", "in.json", "[" * 5000 + "]" * 5000),
    "labelstudio-5000-digits": (
        "labelstudio",
        "in.json",
        labelstudio({**LS_OK, "id": int("9" * 4000)}).replace("9" * 4000, "9" * 5000),
    ),
    "brat-5000-digit-offset": ("brat", "in.ann", "T1\tPERSON 0 " + "9" * 5000 + "\tMagnus\n"),
}


@pytest.mark.parametrize("case", CASES)
def test_a_hostile_import_is_a_one_line_failure(tmp_path, capsys, case):
    format_name, name, content = CASES[case]
    source = tmp_path / name
    source.write_text(content, encoding="utf-8", errors="surrogatepass")
    if format_name == "brat":
        source.with_suffix(".txt").write_text("Magnus said.\n", encoding="utf-8")
    code = main(["import", "--format", format_name, str(source), "-o", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    if "nul-in" in case:  # an unusable name is replaced by one made from the input's, as any unsafe name is
        assert code == 0, err
        assert [p.name for p in (tmp_path / "out").glob("*.txt")] == [f"{source.stem}-0001.txt"]
        return
    assert code == 1, err
    failures = [line for line in err.splitlines() if line.startswith("  ")]
    assert len(failures) == 1, err
    assert str(source) in failures[0]

"""The label schema: defaults, overridden by .editor-app.yaml files; bad files never crash."""

from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.storage.config import CONFIG_NAME, MAX_CONFIG_BYTES, load_schema


def article_in(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "story.txt"
    path.write_text("Text.", encoding="utf-8")
    return path


def test_the_defaults_bind_person_org_and_gpe_to_keys_one_to_three(tmp_path: Path) -> None:
    schema = load_schema(article_in(tmp_path))
    assert [schema.by_key(k).name for k in (1, 2, 3)] == ["PERSON", "ORG", "GPE"]  # type: ignore[union-attr]
    assert schema.problems == ()
    assert all(spec.colour.startswith("#") for spec in schema.labels)


def test_a_config_in_a_parent_folder_overrides_colours_and_keys(tmp_path: Path) -> None:
    (tmp_path / CONFIG_NAME).write_text(
        "labels:\n  - {name: PERSON, colour: '#123456'}\n  - {name: SHIP, key: 2, colour: '#abcdef'}\n",
        encoding="utf-8",
    )
    schema = load_schema(article_in(tmp_path / "desk" / "today"))
    assert schema.get("PERSON").colour == "#123456"
    assert schema.by_key(2).name == "SHIP"  # type: ignore[union-attr]
    assert schema.get("ORG").key is None
    assert schema.sources == (tmp_path / CONFIG_NAME,)


def test_the_nearest_config_wins(tmp_path: Path) -> None:
    (tmp_path / CONFIG_NAME).write_text("labels: [{name: PERSON, colour: '#111111'}]", encoding="utf-8")
    (tmp_path / "desk" / CONFIG_NAME).parent.mkdir()
    (tmp_path / "desk" / CONFIG_NAME).write_text(
        "labels: [{name: PERSON, colour: '#222222'}]", encoding="utf-8"
    )
    assert load_schema(article_in(tmp_path / "desk")).get("PERSON").colour == "#222222"


def test_a_config_that_tries_to_run_code_is_refused_with_a_message(tmp_path: Path) -> None:
    (tmp_path / CONFIG_NAME).write_text(
        "labels: !!python/object/apply:os.system ['echo hi']\n", encoding="utf-8"
    )
    schema = load_schema(article_in(tmp_path))
    assert schema.by_key(1).name == "PERSON"  # type: ignore[union-attr]
    assert len(schema.problems) == 1
    assert "not valid YAML" in schema.problems[0]


def test_bad_values_are_reported_and_the_defaults_kept(tmp_path: Path) -> None:
    (tmp_path / CONFIG_NAME).write_text(
        "labels:\n  - {name: PERSON, colour: red, key: 12}\n  - 7\n  - {name: 'bad name!'}\n",
        encoding="utf-8",
    )
    schema = load_schema(article_in(tmp_path))
    assert schema.get("PERSON").key == 1
    assert len(schema.problems) == 4


def test_an_oversized_or_non_mapping_config_is_ignored(tmp_path: Path) -> None:
    (tmp_path / CONFIG_NAME).write_text("x" * (MAX_CONFIG_BYTES + 1), encoding="utf-8")
    assert "limit" in load_schema(article_in(tmp_path)).problems[0]
    (tmp_path / CONFIG_NAME).write_text("- just\n- a list\n", encoding="utf-8")
    assert "mapping" in load_schema(article_in(tmp_path)).problems[0]


@pytest.mark.parametrize("content", [b"style: " + b"[" * 3000 + b"]" * 3000 + b"\n", b"[" * 60000])
def test_a_folder_config_nested_thousands_deep_is_reported_and_ignored_by_suggest(tmp_path, capsys, content):
    article = tmp_path / "story.txt"
    article.write_text("Magnus said it was fine.\n", encoding="utf-8")
    config = tmp_path / ".editor-app.yaml"
    config.write_bytes(content)
    schema = load_schema(article)
    assert any(str(config) in problem for problem in schema.problems)
    assert main(["suggest", "--dry-run", "--no-spelling", str(article)]) == 0
    err = capsys.readouterr().err
    assert f"{config}" in err
    assert "Traceback" not in err

"""The README's example sidecar is a real one: it loads against the sample article and is canonical."""

import re
import shutil

from editor_app.storage import dump_sidecar, sidecar_path
from editor_app.storage.documents import open_document
from tests.conftest import ROOT, SAMPLE


def test_the_readme_example_loads_against_the_sample_and_is_in_canonical_form(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(format: editor-app/annotations\n.*?)```", readme, re.DOTALL)
    assert example is not None
    article = tmp_path / SAMPLE.name
    shutil.copyfile(SAMPLE, article)
    sidecar_path(article).write_text(example.group(1), encoding="utf-8")
    opened = open_document(article)
    assert opened.warnings == []
    assert dump_sidecar(opened.document) == example.group(1)


def test_the_readme_names_list_example_reads_and_is_in_canonical_form(tmp_path):
    from editor_app.storage.names_file import dump_names, read_names

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(format: editor-app/names\n.*?)```", readme, re.DOTALL)
    assert example is not None
    (tmp_path / "names.yaml").write_text(example.group(1), encoding="utf-8")
    names = read_names(tmp_path / "names.yaml")
    assert names.problems == ()
    assert dump_names(names) == example.group(1)


def test_the_readme_opens_with_the_two_commands():
    head = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()[:15]
    assert any(line.startswith("make run") for line in head)
    assert any(line.startswith("make test") for line in head)


def test_the_architecture_section_names_files_that_exist():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Architecture", 1)[1].split("\n## ", 1)[0]
    named = set(re.findall(r"\b((?:ui|model|storage|suggest|formats|subcommands)/\w+\.py)\b", section))
    assert len(named) >= 15
    assert sorted(n for n in named if not (ROOT / "editor_app" / n).is_file()) == []
    listed = section.split("never the window:", 1)[1].split("subcommands/", 1)[0]
    parts = re.findall(
        r"\b([a-z_]+)\b(?![ -]>)", re.sub(r"\(.*?\)", "", listed.replace("│", ""), flags=re.DOTALL)
    )
    assert {"annotator", "autosave", "disk_watch", "suggesting", "folders"} <= set(parts)
    assert sorted(p for p in parts if not (ROOT / "editor_app" / "ui" / f"{p}.py").is_file()) == []

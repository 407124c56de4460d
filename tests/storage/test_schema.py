"""The JSON Schema shipped in resources/ describes what the app writes and what it refuses."""

import json

import jsonschema
import pytest
import yaml

from editor_app.paths import resources_dir
from editor_app.storage import dump_sidecar
from tests.builders import annotated_sample

SCHEMA = json.loads((resources_dir() / "schema" / "annotations-v1.schema.json").read_text(encoding="utf-8"))


def test_a_saved_sidecar_is_valid_against_the_schema(sample_article):
    jsonschema.validate(yaml.safe_load(dump_sidecar(annotated_sample(sample_article))), SCHEMA)


@pytest.mark.parametrize(
    ("old", "new"),
    [("kind: direct", "kind: rant"), ("version: 1", "version: 2"), ("category: name", "category: typo")],
)
def test_the_schema_rejects_values_outside_the_vocabularies(sample_article, old, new):
    text = dump_sidecar(annotated_sample(sample_article)).replace(old, new)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(yaml.safe_load(text), SCHEMA)

"""spaCy is an optional extra: never imported unless a pipeline is named, and usable when it is."""

import subprocess
import sys

import pytest

from editor_app.suggest import engine
from tests.suggest.helpers import document


def test_importing_and_running_the_suggesters_does_not_import_spacy():
    code = (
        "import sys\n"
        "import editor_app.suggest\n"
        "from editor_app.suggest import engine, spacy_backend\n"
        "from editor_app.model import Article, Document\n"
        "from editor_app.storage import read_article\n"
        "from editor_app.paths import sample_article\n"
        "doc = Document(article=read_article(sample_article()), file_name='sample.txt')\n"
        "assert len(engine.suggest(doc)) > 0\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_a_pipeline_built_in_the_test_adds_its_entities_as_model_suggestions():
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "NORP", "pattern": "Dutch"},
            {"label": "PERSON", "pattern": "Ana Reyes"},
            {"label": "FAC", "pattern": "Pine Street Bridge"},
        ]
    )
    doc = document("Mayor Ana Reyes said the Dutch engineers would inspect the Pine Street Bridge on Friday.")
    result = engine.suggest(doc, nlp=nlp)
    by_name = {e.name: e for e in result.entities}
    assert by_name["Dutch"].label == "MISC"
    assert by_name["Dutch"].by == "model:en_pipeline"
    assert by_name["Ana Reyes"].by == "rule:people"  # the rules' entity wins where both found one
    assert len([e for e in result.entities if "Ana Reyes" in e.name]) == 1
    assert "Pine Street Bridge" in by_name


def test_naming_a_pipeline_that_is_not_installed_says_so():
    from editor_app.suggest.spacy_backend import BackendUnavailable

    with pytest.raises(BackendUnavailable):
        engine.suggest(document("Mayor Ana Reyes spoke."), pipeline="xx_no_such_pipeline_sm")

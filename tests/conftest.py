"""Shared test set-up: no display needed, no user settings touched, real files in tmp_path."""

import os
import shutil
from pathlib import Path

import pytest

# pytest-qt aborts the whole run on a machine with no display unless this is set before Qt loads.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "samples" / "cbp-commissioner-magnus.txt"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def sample_article(tmp_path: Path) -> Path:
    """A private copy of the bundled sample article."""
    target = tmp_path / SAMPLE.name
    shutil.copyfile(SAMPLE, target)
    return target


@pytest.fixture
def sample_with_golden_sidecar(tmp_path: Path) -> Path:
    """A private copy of the sample with its golden sidecar (one person, one quote, one correction)."""
    article = tmp_path / SAMPLE.name
    shutil.copyfile(SAMPLE, article)
    shutil.copyfile(DATA / "golden" / f"{SAMPLE.name}.annotations.yaml", f"{article}.annotations.yaml")
    return article


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))

"""Where the app finds its bundled resources."""

import sys
from pathlib import Path

ORIGINAL_SAMPLE = "harbor-authority-chief.txt"


def resources_dir() -> Path:
    """``resources/`` beside the package, or inside a frozen bundle (PyInstaller or another freezer)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    if getattr(sys, "frozen", False):
        # A freezer without _MEIPASS keeps data files beside the executable.
        return Path(sys.executable).resolve().parent / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def sample_article() -> Path:
    """The development sample (its text belongs to its publisher: present in the source tree only)."""
    return resources_dir() / "samples" / "cbp-commissioner-magnus.txt"


def original_sample() -> Path:
    """The sample article the project wrote itself, shipped in installers."""
    return resources_dir() / "samples" / "original" / ORIGINAL_SAMPLE

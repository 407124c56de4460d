"""Where the app finds its bundled resources."""

import sys
from pathlib import Path


def resources_dir() -> Path:
    """``resources/`` beside the package, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def sample_article() -> Path:
    return resources_dir() / "samples" / "cbp-commissioner-magnus.txt"

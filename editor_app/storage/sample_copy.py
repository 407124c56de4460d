"""The bundled sample articles are opened as a copy in the user's data folder, never in place.

``make run`` opens the sample article of the source tree: annotating it, saving, and above all
Tools > Apply would otherwise rewrite a file tracked in git. The copy is made once and then reused,
so the work done on it is still there next time.
"""

import shutil
from pathlib import Path

from editor_app.paths import resources_dir
from editor_app.storage.sidecar_write import sidecar_path
from editor_app.storage.user_dirs import data_dir


def samples_dir() -> Path:
    """Where the copies of the samples live: ``samples/`` in the user's data folder."""
    return data_dir() / "samples"


def is_bundled_sample(path: Path) -> bool:
    """Whether ``path`` is one of the sample articles shipped in ``resources/samples``."""
    bundled = (resources_dir() / "samples").resolve()
    return path.is_file() and bundled in path.resolve().parents


def is_sample_copy(path: Path) -> bool:
    return samples_dir().resolve() in path.resolve().parents


def sample_copy(sample: Path) -> Path:
    """The user's copy of a bundled sample (with its sidecar, if it ships one), made on first use."""
    copy = samples_dir() / sample.name
    if not copy.exists():
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(sample, copy)
        if sidecar_path(sample).exists() and not sidecar_path(copy).exists():
            shutil.copyfile(sidecar_path(sample), sidecar_path(copy))
    return copy

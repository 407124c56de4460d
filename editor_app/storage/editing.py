"""Opening an article to edit it: an apply that was interrupted is finished (or undone) first.

Unlike :func:`editor_app.storage.documents.open_document`, this may write: finishing an interrupted
apply moves the article, sidecar and backup into a consistent state before anything is read.
"""

from pathlib import Path

from editor_app.model.validation import Problem
from editor_app.storage.apply_files import recover_interrupted_apply
from editor_app.storage.documents import OpenedDocument, open_document


def open_for_editing(article_path: Path) -> OpenedDocument:
    """Finish an interrupted apply of ``article_path``, then open it (see :func:`open_document`)."""
    recovered = recover_interrupted_apply(Path(article_path))
    opened = open_document(article_path)
    if recovered:
        opened.warnings.insert(0, Problem(recovered))
    return opened

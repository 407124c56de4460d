"""Names of the files the app keeps beside an article, all matched by one ``.gitignore`` line.

``story.txt`` gets ``.story.txt.editor-app-lock``, ``.story.txt.editor-app-backup``,
``.story.txt.editor-app-pending``, ``.story.txt.editor-app-write`` (the lock held while saving) and
temporary ``.story.txt.annotations.yaml.editor-app-tmp-*`` files: the line ``.*.editor-app-*`` ignores
them all. (The sidecar itself is meant to be committed.)
"""

from pathlib import Path

GITIGNORE_LINE = ".*.editor-app-*"


def side_file(article_path: Path, kind: str) -> Path:
    article_path = Path(article_path)
    return article_path.with_name(f".{article_path.name}.editor-app-{kind}")


def temp_prefix(path: Path) -> str:
    return f".{Path(path).name}.editor-app-tmp-"

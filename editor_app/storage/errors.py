"""Errors that name the file (and the line and column, where there is one) and say what to do."""

from pathlib import Path


class FileProblem(Exception):
    """A file the app cannot use as it is. It is never overwritten because of this error."""

    def __init__(self, path: Path | str, message: str, line: int | None = None, column: int | None = None):
        self.path = Path(path)
        self.message = message
        self.line = line
        self.column = column
        super().__init__(self.located())

    def located(self) -> str:
        if self.line is None:
            return f"{self.path}: {self.message}"
        return f"{self.path}:{self.line}:{self.column or 1}: {self.message}"


class ArticleError(FileProblem):
    """The article cannot be read as text."""


class SidecarError(FileProblem):
    """The sidecar is malformed, unsafe, or was written by something else."""


class ChangedOnDisk(FileProblem):
    """The sidecar on disk is not the one the annotations in memory were loaded from or last saved as."""


def explain(exc: BaseException) -> str:
    """One line for the user: a file problem with its place, or what the system said."""
    if isinstance(exc, FileProblem):
        return exc.located()
    if isinstance(exc, OSError):
        where = f"{exc.filename}: " if exc.filename else ""
        return f"{where}{exc.strerror or exc}"
    return str(exc)

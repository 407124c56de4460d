"""Reading articles from disk: encodings, byte-order marks and newline conventions."""

import codecs
from pathlib import Path

from editor_app.model.article import Article
from editor_app.storage.bounded_read import ReadRefused, read_bounded
from editor_app.storage.errors import ArticleError

MAX_ARTICLE_BYTES = 16 * 1024 * 1024
"""Articles larger than this are refused: a book-length report is about 1 MB."""

ARTICLE_SUFFIXES = (".txt", ".md")


def read_article(path: Path) -> Article:
    """Read and decode an article; raises :class:`ArticleError` for folders, devices, FIFOs, binaries
    and huge files."""
    path = Path(path)
    return decode_article(read_article_bytes(path), path)


def read_article_bytes(path: Path) -> bytes:
    """The article file's bytes, bounded (:func:`~editor_app.storage.bounded_read.read_bounded`)."""
    path = Path(path)
    try:
        return read_bounded(path, MAX_ARTICLE_BYTES)
    except ReadRefused as exc:
        if exc.size is not None:
            raise ArticleError(
                path,
                f"is {exc.size / 1e6:.1f} MB; articles over {MAX_ARTICLE_BYTES // 2**20} MiB are not opened",
            ) from None
        if path.is_dir():
            raise ArticleError(path, "is a folder, not an article; open a .txt file") from None
        raise ArticleError(path, exc.message) from None
    except OSError as exc:
        raise ArticleError(path, f"cannot be read: {exc.strerror or exc}") from exc


def encode_article(article: Article, path: Path) -> bytes:
    """The bytes to write for ``article``, checked against :func:`read_article`'s own rules; raises
    :class:`ArticleError` naming ``path`` for text it would refuse (NUL bytes, lone surrogates, over
    the size limit)."""
    try:
        data = article.to_bytes()
    except UnicodeEncodeError as exc:
        raise ArticleError(
            path,
            f"not written: its text holds U+{ord(exc.object[exc.start]):04X}, "
            f"which {exc.encoding} cannot hold",
        ) from None
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleError(
            path,
            f"not written: it would be {len(data) / 1e6:.1f} MB, "
            f"over the {MAX_ARTICLE_BYTES // 2**20} MiB limit",
        )
    try:
        detect_encoding(data, path)
    except ArticleError as exc:
        raise ArticleError(path, f"not written: it {exc.message.removeprefix('is ')}") from None
    return data


def decode_article(data: bytes, path: Path | str = "<article>") -> Article:
    """Decode article bytes: BOM first, then strict UTF-8, then Windows-1252."""
    encoding = detect_encoding(data, path)
    raw = data.decode("utf-16" if encoding.startswith("utf-16") else encoding)
    if raw.startswith("\ufeff"):
        raw = raw[1:]
    newline = detect_newline(raw)
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    return Article(text=text, encoding=encoding, newline=newline)


def detect_encoding(data: bytes, path: Path | str = "<article>") -> str:
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith(codecs.BOM_UTF16_LE):
        return "utf-16"
    if data.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be"
    if b"\x00" in data:
        raise ArticleError(path, "is a binary file (it contains NUL bytes), not a text article")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    try:
        data.decode("cp1252")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ArticleError(
            path, "is neither UTF-8 nor Windows-1252 text; re-save it as UTF-8", line=line
        ) from exc
    return "cp1252"


def detect_newline(raw: str) -> str:
    """The file's newline convention: the most common of CRLF, LF and lone CR (LF when there are none)."""
    crlf = raw.count("\r\n")
    counts = {"crlf": crlf, "lf": raw.count("\n") - crlf, "cr": raw.count("\r") - crlf}
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] else "lf"

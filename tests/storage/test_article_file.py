"""Articles in the encodings and newline conventions newsrooms have, decoded with exact offsets."""

import codecs

import pytest

from editor_app.storage import ArticleError, read_article

TEXT = "Zoë said: “Café ☕ 😀”\nSecond line.\n"

ENCODINGS = {  # the name the app reports: (byte-order mark, codec)
    "utf-8": (b"", "utf-8"),
    "utf-8-sig": (codecs.BOM_UTF8, "utf-8"),
    "utf-16": (codecs.BOM_UTF16_LE, "utf-16-le"),
    "utf-16-be": (codecs.BOM_UTF16_BE, "utf-16-be"),
}


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("newline", ["lf", "crlf", "cr"])
def test_an_article_round_trips_byte_for_byte_in_its_encoding_and_newlines(tmp_path, encoding, newline):
    sep = {"lf": "\n", "crlf": "\r\n", "cr": "\r"}[newline]
    bom, codec = ENCODINGS[encoding]
    raw = bom + TEXT.replace("\n", sep).encode(codec)
    path = tmp_path / "story.txt"
    path.write_bytes(raw)
    article = read_article(path)
    assert article.text == TEXT
    assert (article.encoding, article.newline) == (encoding, newline)
    assert article.to_bytes() == raw


def test_windows_1252_is_detected_and_written_back(tmp_path):
    raw = "Caf\xe9 \u201cquoted\u201d \u20ac5\r\n".encode("cp1252")
    path = tmp_path / "legacy.txt"
    path.write_bytes(raw)
    article = read_article(path)
    assert article.encoding == "cp1252"
    assert article.text == "Café “quoted” €5\n"
    assert article.to_bytes() == raw


def test_a_binary_file_is_refused(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(ArticleError, match="binary"):
        read_article(path)


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(ArticleError, match="folder"):
        read_article(tmp_path)


def test_nbsp_and_combining_marks_are_kept_exactly(tmp_path):
    path = tmp_path / "s.txt"
    path.write_text("Ana\u00a0Lima e\u0301", encoding="utf-8")
    assert read_article(path).text == "Ana\u00a0Lima e\u0301"

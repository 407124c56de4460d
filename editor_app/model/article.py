"""The article as the app sees it: decoded text with newlines normalised, and how to write it back."""

import codecs
import hashlib
from dataclasses import dataclass

NEWLINE_CHARS = {"lf": "\n", "crlf": "\r\n", "cr": "\r"}


@dataclass(frozen=True, slots=True)
class Article:
    """Normalised article text (no BOM, ``\\n`` newlines) plus what is needed to write it back exactly.

    ``encoding`` is a Python codec name. It also says whether there is a byte-order mark: ``utf-8-sig``
    and ``utf-16`` (little-endian) / ``utf-16-be`` files have one, the others do not.
    """

    text: str
    encoding: str = "utf-8"
    newline: str = "lf"

    @property
    def length(self) -> int:
        return len(self.text)

    @property
    def sha256(self) -> str:
        return text_sha256(self.text)

    def to_bytes(self) -> bytes:
        """The file's bytes: newlines and BOM restored, in the original encoding."""
        text = self.text
        if self.newline != "lf":
            text = text.replace("\n", NEWLINE_CHARS[self.newline])
        if self.encoding == "utf-16":
            return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
        if self.encoding == "utf-16-be":
            return codecs.BOM_UTF16_BE + text.encode("utf-16-be")
        return text.encode(self.encoding)


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class StandIn(Article):
    """The article as a sidecar describes it, when its text is not at hand.

    Git's merge driver and ``editor-app show`` get sidecars only (temporary files; the work tree may hold
    another version of the article). A stand-in has the recorded hash and a text of blanks as long as
    the spans need: offsets can be checked against it, a span's words cannot (see
    :func:`editor_app.model.validation.validate`), and a sidecar written over it keeps the recorded hash.
    """

    recorded_sha256: str = ""

    @property
    def sha256(self) -> str:
        return self.recorded_sha256


def stand_in(length: int, sha256: str, encoding: str = "utf-8", newline: str = "lf") -> StandIn:
    return StandIn(" " * length, encoding, newline, sha256)

"""Reading sidecars: safe, strict about structure, lenient about what people write by hand.

The text is composed into YAML nodes by libyaml (CSafeLoader when present) and converted here, node by
node, so that every error carries a line and column, duplicate keys are caught (PyYAML silently keeps
the last), and a string field keeps exactly what was typed: YAML 1.1 would turn a hand-edited
``note: no`` into ``False`` and ``text: 012`` into ``10``.
"""

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from editor_app.model.applied import upgraded
from editor_app.model.article import Article, stand_in
from editor_app.model.conflicts import conflict_problem, describe_conflict, describe_document_conflict
from editor_app.model.document import Document
from editor_app.model.record_values import CONFLICT_KEY
from editor_app.model.records import Correction, Entity, Mention, Quote, Span
from editor_app.model.validation import Problem, validate
from editor_app.model.vocab import NEWLINES, Category, DocumentStatus, QuoteKind, Status
from editor_app.storage.bounded_read import ReadRefused, read_bounded
from editor_app.storage.errors import SidecarError
from editor_app.storage.sidecar_write import FORMAT_NAME, FORMAT_VERSION
from editor_app.storage.yaml_events import ComposeError, compose
from editor_app.storage.yaml_guard import (
    MAX_DEPTH,
    MAX_SIDECAR_BYTES,
    check_text,
    decode_sidecar,
    max_nodes_for,
    too_large,
)
from editor_app.storage.yaml_verbatim import VerbatimText, plain_value

_INT = re.compile(r"[-+]?[0-9]{1,18}")
_NULLS = frozenset(["", "~", "null", "Null", "NULL"])
_TRUE = frozenset(["true", "True", "TRUE"])
_FALSE = frozenset(["false", "False", "FALSE"])
_ALLOWED_TAGS = frozenset(
    [
        None,
        "!",
        *(f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "timestamp")),
    ]
)
_PLAIN = (None, "")  # libyaml marks plain scalars with "", the pure-Python composer with None

T = TypeVar("T")


@dataclass
class LoadedSidecar:
    document: Document
    warnings: list[Problem] = field(default_factory=list)
    """Things the user should know that did not stop the load, such as orphaned spans."""
    source_sha256: str | None = None
    """The hash of the article text the offsets were saved against."""
    file_bytes: bytes | None = None
    """The sidecar file's bytes as read: the base of a later merge, and to notice changes on disk."""
    conflicts: list[Problem] = field(default_factory=list)
    """Merge conflicts left in the file (``conflict:`` keys), one per record, with their lines."""

    @property
    def article_changed(self) -> bool:
        return self.source_sha256 is not None and self.source_sha256 != self.document.article.sha256


def load_sidecar(path: Path, article: Article, article_name: str | None = None) -> LoadedSidecar:
    """Load ``path`` against ``article``; raises :class:`SidecarError` naming the line on any problem."""
    path = Path(path)
    try:
        data = read_sidecar_bytes(path)
    except OSError as exc:
        raise SidecarError(path, f"cannot be read: {exc.strerror or exc}") from exc
    loaded = parse_sidecar(data, path, article, article_name)
    loaded.file_bytes = data
    return loaded


def load_detached(path: Path) -> LoadedSidecar:
    """Load ``path`` without its article (see :func:`parse_detached`)."""
    path = Path(path)
    try:
        data = read_sidecar_bytes(path)
    except OSError as exc:
        raise SidecarError(path, f"cannot be read: {exc.strerror or exc}") from exc
    loaded = parse_detached(data, path)
    loaded.file_bytes = data
    return loaded


def parse_detached(data: bytes, path: Path) -> LoadedSidecar:
    """Read a sidecar on its own, over a :class:`~editor_app.model.article.StandIn` made from its
    ``source:`` section: for git's merge driver and textconv, which get temporary copies of sidecars
    and no article. Every check but the one of a span's words against the article runs; a span must
    carry its ``text`` (there is no article to read it from). Written back, it keeps its hash.
    """
    return _parse(data, path, stand_in(0, ""), None, detached=True)


def read_sidecar_bytes(path: Path, *, ours: bool = False) -> bytes:
    """The bytes of a sidecar file, bounded; ``ours`` for the app's own copies (pending, recovery),
    which are never read through a symlink.

    Raises :class:`SidecarError` for what is not a sidecar-sized regular file, ``OSError`` (such as
    ``FileNotFoundError``) when it cannot be opened.
    """
    try:
        return read_bounded(path, MAX_SIDECAR_BYTES, follow_symlinks=not ours)
    except ReadRefused as exc:
        if exc.size is not None:
            raise SidecarError(path, too_large(exc.size)) from None
        raise SidecarError(path, exc.message) from None


def parse_sidecar(
    data: bytes, path: Path, article: Article, article_name: str | None = None
) -> LoadedSidecar:
    return _parse(data, path, article, article_name)


def _parse(
    data: bytes, path: Path, article: Article, article_name: str | None, detached: bool = False
) -> LoadedSidecar:
    text = decode_sidecar(data, path)
    check_text(text, path)
    # Hundreds of thousands of small objects are created and all kept: without the pause, the cyclic
    # collector walks the growing heap again and again and triples the load time.
    with gc_paused():
        try:
            root = compose(text, MAX_DEPTH, max_nodes_for(len(article.text)))
        except ComposeError as exc:
            raise SidecarError(path, exc.message, exc.line, exc.column) from exc
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            what = exc.problem or exc.context or "is not valid YAML"
            raise SidecarError(
                path,
                f"is not valid YAML: {what}; fix the file by hand or restore it from version control",
                mark.line + 1 if mark else None,
                mark.column + 1 if mark else None,
            ) from exc
        except yaml.YAMLError as exc:
            raise SidecarError(path, f"is not valid YAML: {exc}") from exc
        name = article_name or path.name.removesuffix(".annotations.yaml")
        loaded = _Reader(path, article, name, detached).read(root)
        # The node tree goes while the collector still sleeps: the first collection after the pause
        # then walks only the document that is kept, not the hundreds of thousands of nodes too.
        del root
    return loaded


@contextmanager
def gc_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class _Reader:
    def __init__(self, path: Path, article: Article, article_name: str, detached: bool = False):
        self.path = path
        self.detached = detached
        self.source_fields: dict[str, Node] = {}
        self.article = article
        self.article_name = article_name
        self.nodes: dict[int, Node] = {}
        self.field_nodes: dict[int, dict[str, Node]] = {}
        self.seen_nodes: set[int] = set()
        self.quoted_keys: set[int] = set()
        """Value nodes whose key was quoted: such a key is written back in the emitter's spelling."""
        self.text_changed = False

    def fail(self, node: Node | None, message: str) -> SidecarError:
        if node is None:
            return SidecarError(self.path, message)
        return SidecarError(self.path, message, node.start_mark.line + 1, node.start_mark.column + 1)

    def locate(self, obj: object, field: str | None = None) -> tuple[int, int] | None:
        node = self.field_nodes.get(id(obj), {}).get(field or "") or self.nodes.get(id(obj))
        return (node.start_mark.line + 1, node.start_mark.column + 1) if node is not None else None

    def remember(self, obj: T, node: Node, fields: dict[str, Node] | None = None) -> T:
        self.nodes[id(obj)] = node
        if fields:
            self.field_nodes[id(obj)] = fields
        return obj

    # --- generic node access -------------------------------------------------------------------

    def mapping(self, node: Node, what: str) -> dict[str, Node]:
        if not isinstance(node, MappingNode) or node.tag not in (None, "tag:yaml.org,2002:map"):
            raise self.fail(node, f"{what} must be a mapping of keys to values")
        self._once(node)
        result: dict[str, Node] = {}
        for key_node, value_node in node.value:
            if key_node.tag not in _ALLOWED_TAGS:
                raise self.fail(key_node, f"{what}: the tag {key_node.tag} is not allowed in a sidecar")
            if not isinstance(key_node, ScalarNode):
                raise self.fail(key_node, f"{what}: keys must be plain words")
            key = key_node.value
            if key_node.style not in _PLAIN:
                self.quoted_keys.add(id(value_node))
            if key in result:
                raise self.fail(key_node, f"{what}: the key {key!r} appears twice; keep one")
            result[key] = value_node
        return result

    def sequence(self, node: Node, what: str) -> list[Node]:
        if isinstance(node, ScalarNode) and node.style in _PLAIN and node.value in _NULLS:
            return []
        if not isinstance(node, SequenceNode) or node.tag not in (None, "tag:yaml.org,2002:seq"):
            raise self.fail(node, f"{what} must be a list")
        self._once(node)
        return list(node.value)

    def _once(self, node: Node) -> None:
        """Refuse a node reached twice: that is an alias, which could expand without bound."""
        if id(node) in self.seen_nodes:
            raise self.fail(node, "uses a YAML alias; sidecars do not")
        self.seen_nodes.add(id(node))

    def scalar(self, node: Node, what: str) -> ScalarNode:
        if not isinstance(node, ScalarNode):
            raise self.fail(node, f"{what} must be a single value, not a list or mapping")
        if node.tag not in _ALLOWED_TAGS:
            raise self.fail(node, f"{what}: the tag {node.tag} is not allowed in a sidecar")
        return node

    def string(self, node: Node, what: str) -> str:
        scalar = self.scalar(node, what)
        if scalar.style in _PLAIN and scalar.value in _NULLS:
            raise self.fail(node, f'{what} must be text, not empty; write "" for empty text')
        return str(scalar.value)

    def optional_string(self, node: Node | None, what: str) -> str | None:
        if node is None:
            return None
        scalar = self.scalar(node, what)
        if scalar.style in _PLAIN and scalar.value in _NULLS:
            return None
        return str(scalar.value)

    def integer(self, node: Node, what: str) -> int:
        scalar = self.scalar(node, what)
        if scalar.style not in _PLAIN or not _INT.fullmatch(scalar.value):
            shown = scalar.value if len(scalar.value) <= 40 else scalar.value[:20] + "..."
            raise self.fail(node, f"{what} must be a whole number below 10^18, not {shown!r}")
        return int(scalar.value)

    def boolean(self, node: Node, what: str) -> bool:
        scalar = self.scalar(node, what)
        if scalar.style in _PLAIN and scalar.value in _TRUE:
            return True
        if scalar.style in _PLAIN and scalar.value in _FALSE:
            return False
        raise self.fail(node, f"{what} must be true or false, not {scalar.value!r}")

    def value(self, node: Node) -> Any:
        """Any value, for keys this version does not know: kept as read, written back as typed
        (:mod:`~editor_app.storage.yaml_verbatim`)."""
        if isinstance(node, MappingNode):
            return {self.key(k, v): self.value(v) for k, v in self.mapping(node, "a value").items()}
        if isinstance(node, SequenceNode):
            return [self.value(v) for v in self.sequence(node, "a value")]
        scalar = self.scalar(node, "a value")
        text = scalar.value
        if scalar.style not in _PLAIN:
            return text
        if text in _NULLS:
            return None
        if text in _TRUE or text in _FALSE:
            return text in _TRUE
        return plain_value(text)

    def key(self, text: str, value_node: Node) -> str:
        """A key of an unknown mapping, written back as typed."""
        if id(value_node) in self.quoted_keys:
            return text
        value = plain_value(text)
        return value if isinstance(value, VerbatimText) else text

    def extra(self, fields: dict[str, Node], known: frozenset[str]) -> dict[str, Any]:
        return {self.key(k, v): self.value(v) for k, v in fields.items() if k not in known}

    # --- the format ----------------------------------------------------------------------------

    def read(self, root: Node | None) -> LoadedSidecar:
        if root is None:
            raise self.fail(None, "is empty; delete it, or restore it from version control")
        top = self.mapping(root, "the sidecar")
        format_node = top.get("format")
        if format_node is None or self.optional_string(format_node, "format") != FORMAT_NAME:
            raise self.fail(
                format_node or root,
                f"is not an editor-app sidecar (no 'format: {FORMAT_NAME}'); it was left untouched",
            )
        version_node = top.get("version")
        if version_node is None:
            raise self.fail(root, "has no 'version:'; add 'version: 1'")
        version = self.integer(version_node, "version")
        if version > FORMAT_VERSION:
            raise self.fail(
                version_node,
                f"was written by a newer version of editor-app (format version {version}; this version "
                f"reads {FORMAT_VERSION}); update editor-app to open it",
            )
        if version != FORMAT_VERSION:
            raise self.fail(version_node, f"has an unknown format version {version}")

        doc = Document(article=self.article, file_name=self.article_name)
        expected_hash = self.read_source(top.get("source"), doc)
        length = self.detach(top.get("source"), doc, expected_hash) if self.detached else 0
        self.text_changed = expected_hash is not None and expected_hash != self.article.sha256
        self.read_document_section(top.get("document"), doc)
        doc.entities = [self.entity(n) for n in self.sequence(top.get("entities", _EMPTY), "entities")]
        doc.quotes = [self.quote(n) for n in self.sequence(top.get("quotes", _EMPTY), "quotes")]
        doc.corrections = self.upgraded(
            [self.correction(n) for n in self.sequence(top.get("corrections", _EMPTY), "corrections")]
        )
        doc.extra = self.extra(top, _TOP_KEYS)
        if self.detached and length < 0:
            ends = max((s.end for s in doc.spans()), default=0)
            doc.article = stand_in(ends, doc.article.sha256, doc.article.encoding, doc.article.newline)

        warnings: list[Problem] = []
        if self.text_changed:
            count = sum(1 for s in doc.spans() if s.orphaned)
            warnings.append(
                Problem(
                    f"the article {self.article_name} has changed since these annotations were saved; "
                    f"{count} span(s) no longer match their text and are marked orphaned"
                )
            )
        problems = validate(doc, self.locate)
        if problems:
            first = problems[0]
            more = f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
            raise SidecarError(self.path, first.message + more, first.line, first.column)
        done = {id(c.span) for c in doc.corrections if c.status == Status.APPLIED}
        for span in doc.spans():
            if span.orphaned and id(span) not in done:
                where = self.locate(span)
                warnings.append(
                    Problem(
                        f"orphaned span {span.text!r} (was at {span.start}-{span.end}): its text is no "
                        "longer there",
                        *(where or (None, None)),
                    )
                )
        return LoadedSidecar(doc, warnings, expected_hash, conflicts=self.conflicts(doc))

    def conflicts(self, doc: Document) -> list[Problem]:
        """A problem per ``conflict:`` key, at its line; a malformed one stops the load."""
        found: list[Problem] = []
        owners: list[tuple[object, Any, str]] = []
        if CONFLICT_KEY in doc.document_extra:
            owners.append(
                (
                    doc,
                    doc.document_extra[CONFLICT_KEY],
                    describe_document_conflict(doc),
                )
            )
        owners.extend(
            (r, r.extra[CONFLICT_KEY], describe_conflict(r)) for r in doc.records() if CONFLICT_KEY in r.extra
        )
        for owner, value, message in owners:
            where = self.locate(owner, CONFLICT_KEY)
            wrong = conflict_problem(value)
            if wrong is not None:
                line, column = where or (None, None)
                raise SidecarError(self.path, wrong, line, column)
            found.append(Problem(message, *(where or (None, None))))
        return found

    def detach(self, node: Node | None, doc: Document, sha256: str | None) -> int:
        """Put the article the ``source:`` section describes under ``doc``; returns the recorded length
        (-1 when there is none: the spans say how long the text is at least)."""
        fields = self.source_fields if node is not None else {}
        recorded = self.optional_string(fields.get("file"), "source.file")
        if recorded:
            self.article_name = doc.file_name = recorded
        length = self.integer(fields["length"], "source.length") if "length" in fields else -1
        encoding = self.optional_string(fields.get("encoding"), "source.encoding") or "utf-8"
        newline = self.optional_string(fields.get("newline"), "source.newline") or "lf"
        if newline not in NEWLINES:
            raise self.fail(
                fields["newline"], f"source.newline {newline!r} is not one of {', '.join(NEWLINES)}"
            )
        self.article = doc.article = stand_in(max(length, 0), sha256 or "", encoding, newline)
        return length

    def read_source(self, node: Node | None, doc: Document) -> str | None:
        if node is None:
            return None
        fields = self.source_fields = self.mapping(node, "source")
        offsets = self.optional_string(fields.get("offsets"), "source.offsets")
        if offsets not in (None, "codepoint"):
            raise self.fail(
                fields["offsets"], f"source.offsets {offsets!r} is not supported; v1 uses codepoint"
            )
        doc.source_extra = self.extra(fields, _SOURCE_KEYS)
        return self.optional_string(fields.get("sha256"), "source.sha256")

    def read_document_section(self, node: Node | None, doc: Document) -> None:
        if node is None:
            return
        fields = self.mapping(node, "document")
        doc.status = self.optional_string(fields.get("status"), "document.status") or DocumentStatus.NEW
        doc.note = self.optional_string(fields.get("note"), "document.note") or ""
        doc.document_extra = self.extra(fields, _DOCUMENT_KEYS)
        self.remember(doc, node, fields)

    def span_fields(self, fields: dict[str, Node], node: Node, what: str) -> Span:
        for key in ("start", "end"):
            if key not in fields:
                raise self.fail(node, f"{what} has no '{key}:'")
        start = self.integer(fields["start"], f"{what} start")
        end = self.integer(fields["end"], f"{what} end")
        if "text" in fields:
            text = self.optional_string(fields["text"], f"{what} text") or ""
        elif self.detached:
            raise self.fail(node, f"{what} has no 'text:' and the article is not at hand to read it from")
        else:
            text = self.article.text[start:end]
        orphaned = self.boolean(fields["orphaned"], f"{what} orphaned") if "orphaned" in fields else False
        if self.text_changed and self.article.text[start:end] != text and 0 <= start < end:
            orphaned = True
        return Span(start, end, text, orphaned)

    def require_id(self, fields: dict[str, Node], node: Node, what: str) -> str:
        if "id" not in fields:
            raise self.fail(node, f"{what} has no 'id:'")
        return self.string(fields["id"], f"{what} id")

    def entity(self, node: Node) -> Entity:
        fields = self.mapping(node, "an entity")
        entity_id = self.require_id(fields, node, "an entity")
        what = f"entity {entity_id}"
        for key in ("label", "name"):
            if key not in fields:
                raise self.fail(node, f"{what} has no '{key}:'")
        mentions = tuple(self.mention(n, what) for n in self.sequence(fields.get("mentions", _EMPTY), what))
        entity = Entity(
            id=entity_id,
            label=self.string(fields["label"], f"{what} label"),
            name=self.string(fields["name"], f"{what} name"),
            link=self.optional_string(fields.get("link"), f"{what} link"),
            status=self.optional_string(fields.get("status"), f"{what} status") or Status.CONFIRMED,
            by=self.optional_string(fields.get("by"), f"{what} by"),
            mentions=mentions,
            extra=self.extra(fields, _ENTITY_KEYS),
        )
        return self.remember(entity, node, fields)

    def mention(self, node: Node, what: str) -> Mention:
        fields = self.mapping(node, f"a mention of {what}")
        span = self.span_fields(fields, node, f"a mention of {what}")
        mention = Mention(
            span.start,
            span.end,
            span.text,
            span.orphaned,
            extra=self.extra(fields, _MENTION_KEYS),
            status=self.optional_string(fields.get("status"), f"{what} mention status"),
            by=self.optional_string(fields.get("by"), f"{what} mention by"),
        )
        return self.remember(mention, node, fields)

    def quote(self, node: Node) -> Quote:
        fields = self.mapping(node, "a quote")
        quote_id = self.require_id(fields, node, "a quote")
        what = f"quote {quote_id}"
        span = self.remember(self.span_fields(fields, node, what), node)
        cue = None
        if fields.get("cue") is not None and self.optional_string_or_map(fields["cue"]):
            cue_fields = self.mapping(fields["cue"], f"{what} cue")
            cue = self.span_fields(cue_fields, fields["cue"], f"{what} cue")
            cue = self.remember(replace(cue, extra=self.extra(cue_fields, _SPAN_KEYS)), fields["cue"])
        quote = Quote(
            id=quote_id,
            span=span,
            speaker=self.optional_string(fields.get("speaker"), f"{what} speaker"),
            cue=cue,
            kind=self.optional_string(fields.get("kind"), f"{what} kind") or QuoteKind.DIRECT,
            status=self.optional_string(fields.get("status"), f"{what} status") or Status.CONFIRMED,
            by=self.optional_string(fields.get("by"), f"{what} by"),
            extra=self.extra(fields, _QUOTE_KEYS),
        )
        return self.remember(quote, node, fields)

    def upgraded(self, corrections: list[Correction]) -> list[Correction]:
        """Applied corrections written before ``was:`` existed, in today's form, still located."""
        new = upgraded(corrections, len(self.article.text))
        for old, now in zip(corrections, new, strict=True):
            if now is not old:
                self.nodes[id(now)] = self.nodes[id(now.span)] = self.nodes[id(old)]
                self.field_nodes[id(now)] = self.field_nodes.get(id(old), {})
        return new

    def optional_string_or_map(self, node: Node) -> bool:
        """False for an explicit null (``cue: null``), true for anything to be read as a span."""
        return not (isinstance(node, ScalarNode) and node.style in _PLAIN and node.value in _NULLS)

    def correction(self, node: Node) -> Correction:
        fields = self.mapping(node, "a correction")
        correction_id = self.require_id(fields, node, "a correction")
        what = f"correction {correction_id}"
        correction = Correction(
            id=correction_id,
            span=self.remember(self.span_fields(fields, node, what), node),
            replacement=self.optional_string(fields.get("replacement"), f"{what} replacement") or "",
            category=self.optional_string(fields.get("category"), f"{what} category") or Category.OTHER,
            status=self.optional_string(fields.get("status"), f"{what} status") or Status.OPEN,
            note=self.optional_string(fields.get("note"), f"{what} note") or "",
            by=self.optional_string(fields.get("by"), f"{what} by"),
            extra=self.extra(fields, _CORRECTION_KEYS),
            was=self.optional_string(fields.get("was"), f"{what} was"),
        )
        return self.remember(correction, node, fields)


_EMPTY = ScalarNode("tag:yaml.org,2002:null", "")
_SPAN_KEYS = frozenset(["start", "end", "text", "orphaned"])
_TOP_KEYS = frozenset(["format", "version", "source", "document", "entities", "quotes", "corrections"])
_SOURCE_KEYS = frozenset(["file", "sha256", "length", "encoding", "newline", "offsets"])
_DOCUMENT_KEYS = frozenset(["status", "note"])
_ENTITY_KEYS = frozenset(["id", "label", "name", "link", "status", "by", "mentions"])
_MENTION_KEYS = _SPAN_KEYS | {"status", "by"}
_QUOTE_KEYS = _SPAN_KEYS | {"id", "speaker", "cue", "kind", "status", "by"}
_CORRECTION_KEYS = _SPAN_KEYS | {"id", "was", "replacement", "category", "status", "note", "by"}

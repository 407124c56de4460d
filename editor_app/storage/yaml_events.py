"""A YAML composer over libyaml's event stream.

PyYAML's composer, even with libyaml, calls a Python regex resolver for every scalar: 3.8 s for a sidecar
of 20,000 annotations whose events alone take 0.3 s to parse. The sidecar reader types every scalar
itself (so that hand-edited strings stay strings), so this composer skips resolution. It also refuses
anchors and aliases as they arrive (an alias bomb never expands) and bounds the nesting depth without
recursion.
"""

from typing import Any

import yaml
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

_ANCHORS = "uses a YAML anchor or alias (&name, *name); sidecars never do, so it was not loaded"
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class ComposeError(Exception):
    def __init__(self, message: str, mark: Any):
        super().__init__(message)
        self.message = message
        self.line = mark.line + 1 if mark is not None else None
        self.column = mark.column + 1 if mark is not None else None


def compose(text: str, max_depth: int, max_nodes: int) -> Node | None:
    """The single document in ``text`` as a node tree (None for an empty stream).

    Raises :class:`ComposeError` for anchors, aliases, several documents, deep nesting or more than
    ``max_nodes`` values, and :class:`yaml.YAMLError` for syntax errors.
    """
    nodes_left = max_nodes
    stack: list[tuple[Node, list[Any], Any]] = []  # (node, its value list, pending mapping key)
    root: Node | None = None
    documents = 0
    event: Any  # the stubs type events as the base class, whose subclasses carry the fields used here
    for event in yaml.parse(text, Loader=_Loader):
        kind = type(event)
        if kind is ScalarEvent or kind is MappingStartEvent or kind is SequenceStartEvent:
            nodes_left -= 1
            if nodes_left < 0:
                raise ComposeError(
                    f"holds more than {max_nodes:,} values; no sidecar needs that, so it was not loaded",
                    event.start_mark,
                )
        if kind is ScalarEvent:
            if event.anchor:
                raise ComposeError(_ANCHORS, event.start_mark)
            node: Node = ScalarNode(event.tag, event.value, event.start_mark, event.end_mark, event.style)
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            if event.anchor:
                raise ComposeError(_ANCHORS, event.start_mark)
            if len(stack) >= max_depth:
                raise ComposeError(f"is nested more than {max_depth} levels deep", event.start_mark)
            node_class = MappingNode if kind is MappingStartEvent else SequenceNode
            node = node_class(event.tag, [], event.start_mark, None, event.flow_style)
            stack.append((node, node.value, None))
            continue
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            node = stack.pop()[0]
            node.end_mark = event.end_mark
        elif kind is AliasEvent:
            raise ComposeError(_ANCHORS, event.start_mark)
        elif kind is DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise ComposeError(
                    "holds more than one YAML document (---); a sidecar is one", event.start_mark
                )
            continue
        elif kind is StreamEndEvent:
            break
        else:
            continue
        if not stack:
            root = node
            continue
        parent, values, key = stack[-1]
        if isinstance(parent, MappingNode):
            if key is None:
                stack[-1] = (parent, values, node)
            else:
                values.append((key, node))
                stack[-1] = (parent, values, None)
        else:
            values.append(node)
    return root

"""The canonical emitter writes values that every YAML reader loads back unchanged."""

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.storage.yaml_emit import block, flow_map, scalar

TRICKY = [
    "no",
    "No",
    "on",
    "OFF",
    "yes",
    "y",
    "n",
    "true",
    "null",
    "~",
    "",
    " ",
    "012",
    "0x1F",
    "1e3",
    "12:30:00",
    "2024-01-02",
    ".inf",
    ".nan",
    "-",
    "- a",
    "a: b",
    "a #b",
    "#c",
    "[x]",
    "{x}",
    "'q'",
    '"q"',
    "\\",
    "tab\there",
    "line\nbreak",
    "cr\rx",
    "nbsp\u00a0x",
    "zwj\u200dx",
    "ls\u2028x",
    "bom\ufeffx",
    "emoji 😀",
    "é",
    "e\u0301",
    "日本語",
    "مرحبا",
    "trailing ",
    "  leading",
    "a  b",
    "C++",
    "AT&T",
    "*star",
    "&amp",
    "!bang",
    "%pct",
    "@at",
    "`tick",
    "|pipe",
    ">gt",
    "?q",
    "Mr. O'Neil",
    "x-y/z",
    "\x00",
    "\x7f",
    "\x85",
    "a,b",
    "null value",
]


def test_tricky_strings_load_back_as_the_same_strings_with_both_loaders():
    for value in TRICKY:
        text = f"k: {scalar(value)}\nf: {flow_map([('v', value)])}\n"
        for loader in (yaml.SafeLoader, yaml.CSafeLoader):
            loaded = yaml.load(text, Loader=loader)
            assert loaded == {"k": value, "f": {"v": value}}, (value, text)


@settings(max_examples=300)
@given(st.text())
def test_any_string_loads_back_unchanged(value):
    text = f"k: {scalar(value)}\nf: {flow_map([('v', value)])}\n"
    assert yaml.load(text, Loader=yaml.CSafeLoader) == {"k": value, "f": {"v": value}}
    assert yaml.load(text, Loader=yaml.SafeLoader) == {"k": value, "f": {"v": value}}


values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(st.text(min_size=1, max_size=8), children, max_size=3)
    ),
    max_leaves=12,
)


@settings(max_examples=200)
@given(st.dictionaries(st.text(min_size=1, max_size=8), values, min_size=1, max_size=4))
def test_nested_values_of_unknown_keys_load_back_unchanged(value):
    out: list[str] = []
    block(value, 0, out)
    assert yaml.load("\n".join(out) + "\n", Loader=yaml.CSafeLoader) == value


def test_emoji_and_accents_are_written_as_they_are_not_escaped():
    assert scalar("Zoë 😀") == '"Zoë 😀"'
    assert scalar("Zoë") == "Zoë"

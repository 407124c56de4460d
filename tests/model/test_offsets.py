"""Code points <-> UTF-16 units: checked against offsets other tools and Qt produced."""

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from editor_app.model.offsets import OffsetMap
from editor_app.storage import read_article

SYNTHETIC = Path(__file__).resolve().parent.parent / "data" / "synthetic"  # copied from the shared fixtures


def test_offsets_match_the_crlf_emoji_fixture_computed_with_qt():
    expected = json.loads((SYNTHETIC / "stress_expected_offsets.json").read_text(encoding="utf-8"))[
        "expected"
    ]
    article = read_article(SYNTHETIC / "stress_crlf_emoji.txt")
    assert article.newline == "crlf"
    offsets = OffsetMap(article.text)
    for item in expected:
        start, end = item["codepoints_after_crlf_to_lf"]
        q_start, q_end = item["qt_qplaintextedit_utf16_after_crlf_to_lf"]
        assert article.text[start:end] == item["text"]
        assert (offsets.to_utf16(start), offsets.to_utf16(end)) == (q_start, q_end)
        assert (offsets.to_codepoint(q_start), offsets.to_codepoint(q_end)) == (start, end)


@given(st.text())
def test_every_code_point_offset_maps_to_its_utf16_offset_and_back(text):
    offsets = OffsetMap(text)
    assert offsets.utf16_length == len(text.encode("utf-16-le")) // 2
    for index in range(len(text) + 1):
        utf16 = offsets.to_utf16(index)
        assert utf16 == len(text[:index].encode("utf-16-le")) // 2
        assert offsets.to_codepoint(utf16) == index


def test_a_utf16_offset_inside_a_surrogate_pair_rounds_down_to_the_character():
    offsets = OffsetMap("a😀b")
    assert [offsets.to_codepoint(u) for u in range(5)] == [0, 1, 1, 2, 3]

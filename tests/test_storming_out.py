"""To storm out (of a meeting) is to walk out in anger: a boycott (CAMEO 143), as "walk ~out"
is, not the storming of a place (an assault).  The bare verb stays an assault.  Made-up
sentences."""

from __future__ import annotations

import pytest

from sentence_support import cameo_sides as _coded


@pytest.mark.parametrize("text, source", [
    ("The Kenyan delegation stormed out of the negotiations with Somalia.", "KEN"),
    ("The Ugandan minister stormed out.", "UGA"),
])
def test_storming_out_is_a_walkout(extractor, text, source):
    got = _coded(extractor, text)
    assert got and all(code == "143" and s == [source] for code, s, _ in got), got


def test_storming_a_town_is_an_assault(extractor):
    got = _coded(extractor, "Ethiopian troops stormed the town.")
    assert any(code.startswith("19") and s == ["ETH"] for code, s, _ in got), got

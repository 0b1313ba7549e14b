"""Standing beside or alongside someone is where a person stood, not siding with them: a
leader who "stood beside" another at a ceremony or a press conference supports no one by it.
(78c3372 coded these as SUPPORT 050 and was reverted.)  Made-up sentences."""

from __future__ import annotations

import pytest

from sentence_support import cameo_sides as _coded


@pytest.mark.parametrize("text", [
    "The Norwegian prime minister stood beside the Kenyan president at the press conference in Oslo.",
    "The Jordanian king stood alongside the Egyptian president as the two leaders opened the new port.",
    "The Saudi crown prince was at the side of the Emirati president during the parade.",
])
def test_standing_next_to_a_person_is_no_support(extractor, text):
    assert not [c for c, _, _ in _coded(extractor, text) if c.startswith("05")]

"""An undertaking's infinitive names its other side with "from" as it does with "to", "on" or
"with": "promised to withdraw troops from X", "agreed to import gas from X" are aimed at X (as
"withdrew troops from X" is, and as PETRARCH-2 reads the embedded verb phrase's actors).
Made-up sentences."""

from __future__ import annotations

import pytest

from sentence_support import cameo_sides as _coded


@pytest.mark.parametrize("text, source, target", [
    ("Russia promised to withdraw troops from Georgia.", "RUS", "GEO"),
    ("Egypt agreed to import gas from Israel.", "EGY", "ISR"),
])
def test_the_infinitives_from_side_is_the_target(extractor, text, source, target):
    got = _coded(extractor, text)
    assert got and all(s == [source] and t == [target] for _, s, t in got), got

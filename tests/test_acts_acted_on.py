"""An event noun with no doer of its own that is the object of a verb telling an act (its
direct object, or the object of a preposition of the verb that can name what is acted on,
also a two-word one) is part of that act, not a second event: "walked out of the talks with
X" is one walk-out.  A hostile act judged keeps its event, and so does an act in a phrase of
time; an act acted on keeps its sides (the verb's act borrows none).  Made-up sentences."""

from __future__ import annotations

import pytest

from sentence_support import cameo_sides as _coded


@pytest.mark.parametrize("text, source", [
    ("Bolivia walked out of the meeting with Peru.", "BOL"),
    ("Chad pulled out of the peace talks with Sudan.", "TCD"),
    ("Qatar funded the demonstration against Egypt.", "QAT"),
])
def test_the_act_acted_on_is_no_event_of_its_own(extractor, text, source):
    got = _coded(extractor, text)
    assert len(got) == 1 and got[0][1] == [source], got


def test_the_act_acted_on_keeps_its_sides(extractor):
    got = [g for g in _coded(extractor, "Qatar funded the demonstration against Egypt.") if g[1] == ["QAT"]]
    assert got and all("EGY" not in t for _, _, t in got), got   # no aid to Egypt


@pytest.mark.parametrize("text, kept", [
    ("Kenya condemned Somalia's attack on the base.", (["SOM"], "19")),     # a hostile act judged
    ("Bolivia expelled the envoy after the meeting with Peru.", ([], "04")),  # a time
    ("Bolivia expelled the envoy following the meeting with Peru.", ([], "04")),
])
def test_an_act_of_its_own_stays(extractor, text, kept):
    sources, root = kept
    got = _coded(extractor, text)
    assert any(s == sources and code.startswith(root) for code, s, _ in got), got

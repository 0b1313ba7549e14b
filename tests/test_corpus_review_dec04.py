"""Defects found reading the UN General Debate corpus result (reports/ungd.md, issue 14, item 6)
on 2026-12-04, each fixed by a general rule.

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from communique import contract
from communique.extract import Extractor

TITLE = "Statement by {} at the general debate of the autumn session of the United Nations General Assembly"


@pytest.fixture(scope="module")
def ex():
    return Extractor()


def _events(ex, text, issuer="Ghana"):
    out = contract.to_dict(ex.extract_text(text, title=TITLE.format(issuer), published="2025-09-23"))
    actors = {a["id"]: a for a in out["actors"]}
    return [dict(e, src=[actors[i]["country"] or actors[i]["name"] for i in e["sources"]],
                 tgt=[actors[i]["country"] or actors[i]["name"] for i in e["targets"]])
            for e in out["events"]]


# -- one happening: an act is never merged with another telling done to its own doer --------
# (the commonest self-dyad of the report: "X REQUEST X", "X SUPPORT X" from a later sentence
# whose act, of the same type, targets "us" / "our country")

@pytest.mark.parametrize("text", [
    "We invite all nations to sign the charter on clean oceans. "
    "Our farmers have reforms that are expected to give new markets to our country.",
])
def test_an_act_does_not_take_its_own_doer_as_target_from_another_telling(ex, text):
    evs = _events(ex, text)
    own = [e for e in evs if e["src"] == ["GHA"]]
    assert own, evs
    for e in own:
        assert "GHA" not in e["tgt"], e


"""Actor and referent resolution (session of 5 December): capitals in coordination, backed
groups, pronouns, accusations and generic groups.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique import contract
from coding_support import actors_by_id


def _coded(ex, text: str, **kw) -> tuple[dict, list[dict]]:
    out = contract.to_dict(ex.extract_text(text, published="2024-05-02", **kw))
    return actors_by_id(out), out["events"]


def _sides(ex, text: str, kind: str) -> list[tuple[list, list]]:
    actors, events = _coded(ex, text)
    side = lambda ids: [(actors[i]["name"], actors[i].get("country")) for i in ids]
    return [(side(e["sources"]), side(e["targets"])) for e in events if e["type"] == kind]


@pytest.mark.parametrize("text, kind, countries", [
    ("Ottawa and Canberra agreed to extend the fisheries accord.", "AGREE", {"CAN", "AUS"}),
    ("Lima and Quito traded accusations over the border incident.", "ACCUSE", {"PER", "ECU"}),
])
def test_every_capital_of_a_coordinated_subject_is_its_government(ex, text, kind, countries):
    found = _sides(ex, text, kind)
    assert found, _coded(ex, text)
    assert {c for src, _ in found for _, c in src} == countries, found

"""A fight a statement tells as a defence is coded, but not blamed on the fighter."""

from __future__ import annotations

import json

import pytest

TITLE = ("Statement by Estonia at the general debate of the United Nations General Assembly, "
         "seventy-ninth session")
TEXT = ("Today, Georgia is fighting a war of self-defence against a larger neighbour. "
        "Armenia is waging a defensive war. "
        "Moldova acted in self-defence when it shot down the drone. "
        "Serbia is waging a war of conquest against its neighbour. "
        "Russia has attacked Georgia again.")


@pytest.fixture(scope="module")
def events(extractor):
    line = json.dumps({"id": "defence-1", "title": TITLE, "published": "2024-09-24", "text": TEXT})
    (doc,) = [d for d in extractor.extract_jsonl([line], "defence-test")]
    names = {a.id: a.name for a in doc.actors}
    return [(e.type, [names[s] for s in e.sources], [names[t] for t in e.targets]) for e in doc.events]


def _accused(events):
    return {t for typ, srcs, tgts in events if typ == "ACCUSE" and "Estonia" in srcs for t in tgts}


def test_a_war_of_self_defence_is_told_not_blamed(events):
    assert ("ASSAULT", ["Georgia"], []) in events
    assert not {"Georgia", "Armenia", "Moldova"} & _accused(events)


def test_an_attack_or_a_war_of_conquest_is_still_alleged(events):
    assert {"Russia", "Serbia"} <= _accused(events)

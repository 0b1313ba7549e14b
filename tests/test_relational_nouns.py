"""A noun of relation ("its neighbour", "X's allies", "the enemies of X") names someone other
than its owner (events/referents.py, word class ``relational_nouns``); a possessive "their"
beside a plural noun of things stands for those things (events/pronouns.py).

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest
from coding_support import country, statement_acts


def _events(ex, text, issuer=None):
    return statement_acts(ex, text, issuer, target=country)


def test_the_neighbour_of_the_one_attacked_is_not_the_one_attacked(ex):
    events = _events(ex, "Gunmen crossed the border last week. The attack on Kenya by its northern "
                         "neighbour killed nine herders.")
    assaults = [e for e in events if e[0] == "ASSAULT" and "KEN" in e[2]]
    assert assaults, events
    assert not [e for e in events if "KEN" in e[1]], events   # Kenya did not attack itself


def test_a_neighbour_named_in_apposition_is_that_state(ex):
    events = _events(ex, "We denounce the renewed aggression against our people at the hands of "
                         "our neighbour, Uganda, which must withdraw its troops.", issuer="Kenya")
    accused = [e for e in events if e[0] == "ACCUSE"]
    assert accused and accused[0][1] == ["KEN"] and "UGA" in accused[0][2], events


def test_the_allies_of_a_state_are_not_that_state(ex):
    events = _events(ex, "We thank Norway for its generous help, and we reject the threats made by "
                         "the allies of Norway against our fishermen.", issuer="Iceland")
    rejected = [e for e in events if e[0] in ("REJECT", "ACCUSE")]
    assert rejected and all("NOR" not in e[2] for e in rejected), events


def test_their_beside_a_plural_noun_of_things_stands_for_the_things(ex):
    text = ("Norway and Sweden signed a fisheries accord on Monday. Finland will not recognize the "
            "legality of those elections, or their results.")
    rejected = [e for e in _events(ex, text, issuer="Finland") if e[0] == "REJECT"]
    assert rejected and rejected[0][1] == ["FIN"], rejected
    assert not {"NOR", "SWE"} & set(rejected[0][2]), rejected

"""A statement's condemnation or rejection does not accuse whom the thing judged harms.

Three ways the harmed one became the target (sample A of tools/ungd_audit):
* a noun of what a state holds ("the stability of X", "X's sovereignty"): judged_sides.toml
  victim_nouns, so X is harmed, not accused;
* a name in the clause of the accusation that the clause names only as harmed ("the acts that
  target X civilians", "X students being barred"): events/clause_targets.py keeps it out;
* the object of a clause on the thing judged ("the attempts to destabilise X", "the sanctions
  that target X"): X has it done to it (judged_sides.placed_or_suffering);
* the act a rejection announces ("we reject the blockade of X"): its doers are the ones
  rejected, never the one it is done to (events/linked_roles.py, borrow_targets).

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest
from coding_support import actors_by_id, statement


def _targets(ex, text, kind):
    out = statement(ex, text, "Ghana")
    actors = actors_by_id(out)
    acts = [e for e in out["events"] if e["type"] == kind and e["status"] == "asserted"]
    assert acts, out["events"]
    return {actors[i]["country"] for e in acts for i in e["targets"]} - {None}


def _accused(ex, text):
    """The countries (or, with none, names) of the ACCUSE targets of a statement of Ghana."""
    out = statement(ex, text, "Ghana")
    actors = actors_by_id(out)
    return {actors[i].get("country") or actors[i]["name"] for e in out["events"] if e["type"] == "ACCUSE"
            for i in e["targets"]}


@pytest.mark.parametrize("text, kind, harmed", [
    ("We are concerned about the long-term stability of Afghanistan.", "ACCUSE", "AFG"),
    ("We condemn the unilateral steps that undermine Somalia's sovereignty.", "ACCUSE", "SOM"),
    ("We condemn the acts of violence that target Palestinian civilians.", "ACCUSE", "PSE"),
    ("It is regrettable to see Taiwanese students being barred from the building.", "ACCUSE", "TWN"),
    ("We firmly reject the naval blockade of Venezuela.", "REJECT", "VEN"),
    # the object of a clause on the thing judged ("the attempts to V X", "the acts that V X")
    ("We condemn the efforts to undermine Bolivia.", "ACCUSE", "BOL"),
    ("We condemn any attempt to destabilize the Government of Honduras.", "ACCUSE", "HND"),
    ("We condemn the sanctions that target Cuba and Venezuela.", "ACCUSE", "VEN"),
    ("We deplore the decision to invade Ukraine.", "ACCUSE", "UKR"),
    ("We firmly reject the trade blockade of Cuba.", "REJECT", "CUB"),
])
def test_the_harmed_one_is_not_the_target(ex, text, kind, harmed):
    assert harmed not in _targets(ex, text, kind)


@pytest.mark.parametrize("text, kind, doer", [
    ("We reject the trade blockade imposed on Cuba by the United States.", "REJECT", "USA"),
    ("We condemn the attacks by Russia that target Ukrainian civilians.", "ACCUSE", "RUS"),
    ("We condemn the attempts of Rwanda to destabilise the Congo.", "ACCUSE", "RWA"),
    ("We condemn the attempts by Israel to annex the West Bank.", "ACCUSE", "ISR"),
    ("We condemn the steps taken by Ethiopia that undermine Somalia's sovereignty.", "ACCUSE", "ETH"),
    ("We are concerned about Turkey's actions against the stability of Libya.", "ACCUSE", "TUR"),
])
def test_the_doer_stays_the_target(ex, text, kind, doer):
    assert doer in _targets(ex, text, kind)


@pytest.mark.parametrize("text, kind, harmed", [
    ("We condemn the hostile actions of the United States, as well as the military threats against Cuba "
     "and Iran.", "ACCUSE", "CUB"),
    ("We condemn the military threats against Cuba and Iran.", "ACCUSE", "IRN"),
])
def test_the_one_an_act_noun_folded_into_a_condemnation_is_done_to_is_not_accused(ex, text, kind, harmed):
    # (events/arguments.py: the folded noun's target prepositions give no target to a
    # disapproval or a rejection)
    assert harmed not in _targets(ex, text, kind)


def test_the_doer_of_the_folded_act_noun_stays_accused(ex):
    assert "USA" in _targets(ex, "We condemn the military threats against Cuba and Iran by the United States.",
                             "ACCUSE")


def test_the_victims_listed_after_a_relative_clause_are_not_accused(ex):
    # (events/owners.py listed_members: names the parser hung in apposition to a noun of acts,
    # "the hostile actions of X", are no members of it)
    text = ("We denounce the unilateral actions of the United States, which damage our economies, as well "
            "as the naval and financial threats against Cuba, the Republic of Iran and the Republic of "
            "Venezuela.")
    named = _accused(ex, text)
    assert "USA" in named and not named & {"IRN", "VEN", "Iran", "Venezuela"}


def test_victims_read_as_a_second_object_of_the_condemnation_are_not_accused(ex):
    # (events/arguments.py _list_goes_on: a name after a comma that follows the name ending an
    # earlier object as the object of "against" goes on with that list)
    text = ("We denounce the imperial aggressions of Britain, which damage regional trade, as well as the naval "
            "and trade threats against Argentina, the People’s Republic of Bangladesh and the Lao People’s "
            "Democratic Republic.")
    targets = _targets(ex, text, "ACCUSE")
    assert "GBR" in targets and not targets & {"BGD", "LAO", "ARG"}


def test_victims_read_as_conjuncts_of_the_threats_are_not_accused(ex):
    # (events/phrase_bounds.py conjuncts: a name after a comma that follows the name ending an
    # earlier member as the object of "against" goes on with that list, not with the members)
    text = ("We condemn the provocative actions of Britain, which endanger peace in the region, as well as the "
            "repeated threats against Cuba, the Republic of Iran and the Republic of Venezuela.")
    named = _accused(ex, text)
    assert "GBR" in named and not named & {"IRN", "VEN", "Iran", "Venezuela"}

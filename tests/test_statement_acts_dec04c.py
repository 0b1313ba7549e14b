"""Statement acts, constructions fixed on 2026-12-04, third round (issue 14: statements speak
for their issuer).

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import statement_acts as _acts   # (ex, text, issuer="Ghana") -> (type, sources, targets)


# -- a state's domain violated or infiltrated, mass crimes carried out: the issuer accuses ------

@pytest.mark.parametrize("text, doer", [
    ("Burkina Faso has violated our airspace with military drones on four occasions.", "BFA"),
    ("Togolese patrol boats keep violating the territorial waters of Benin.", "TGO"),
    ("Units of the army of Mali infiltrated the territory of Niger near the river last May.", "MLI"),
    ("The junta of Myanmar carried out a genocide against the minorities of the hills.", "MMR"),
])
def test_a_violated_domain_or_a_mass_crime_told_is_an_accusation(ex, text, doer):
    acts = _acts(ex, text)
    assert ("ACCUSE", ["GHA"], [doer]) in acts, acts


@pytest.mark.parametrize("text", [
    # a norm defied with no victim named: no one accused of a hostile act
    "Togo violated the rules of the tournament.",
    # the issuer's own act
    "Our aircraft violated no one's airspace.",
])
def test_no_accusation_for_a_violation_of_no_one(ex, text):
    acts = _acts(ex, text)
    assert not [a for a in acts if a[0] == "ACCUSE" and a[1] == ["GHA"]], acts


# -- a description of a state, its name in apposition: the name says who ------------------------

@pytest.mark.parametrize("text, want", [
    ("We condemn the occupying Power, Morocco, for its raids on the camps.", ("ACCUSE", ["GHA"], ["MAR"])),
    ("We thank the host nation, Kenya, for its warm welcome.", ("SUPPORT", ["GHA"], ["KEN"])),
])
def test_a_description_with_a_state_in_apposition_is_that_state(ex, text, want):
    acts = _acts(ex, text)
    assert want in acts, acts


def test_a_list_of_names_is_no_apposition(ex):
    acts = _acts(ex, "We thank the Netherlands, Norway and Japan for their help.")
    assert ("SUPPORT", ["GHA"], ["NLD", "NOR", "JPN"]) in acts, acts


# -- a merit shown by someone: the one who showed it is praised --------------------------------

@pytest.mark.parametrize("text, want", [
    ("We welcome the leadership shown by Fiji on ocean protection.", ["FJI"]),
    ("I commend the leadership demonstrated by Chile and Peru on fisheries.", ["CHL", "PER"]),
])
def test_a_merit_shown_by_someone_praises_them(ex, text, want):
    acts = _acts(ex, text)
    assert ("SUPPORT", ["GHA"], want) in acts, acts


# -- saying to someone what to do: a request of them ------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("I say to the Government of France: return the bronzes to their owners.", "FRA"),
    ("We say to Belgium not to forget the lessons of its history.", "BEL"),
    ("Our call to Portugal is simple: open the archives of the colonial era.", "PRT"),
])
def test_saying_to_someone_what_to_do_is_a_request(ex, text, want):
    acts = _acts(ex, text)
    assert ("REQUEST", ["GHA"], [want]) in acts, acts


# -- the statement's act names its other party elsewhere in its clause -------------------------

@pytest.mark.parametrize("text, want", [
    ("We will continue the talks on the dam under the auspices of the African Union.", "African Union"),
    ("We have imposed sanctions that weigh heavily on the Belarusian economy.", "BLR"),
])
def test_an_act_without_a_target_takes_the_party_its_clause_names(ex, text, want):
    acts = _acts(ex, text)
    assert any(a[1] == ["GHA"] and want in a[2] for a in acts), acts


def test_the_clause_target_is_never_the_issuer_or_the_subject(ex):
    acts = _acts(ex, "Ghana and Togo will hold talks next year.")
    assert not any(a[1] == ["GHA"] and ("GHA" in a[2]) for a in acts), acts


@pytest.mark.parametrize("text", [
    "Ghana denounces that unjust decision, which shows that the Security Council ignores the voice of Africa.",
    "We deplore the paralysis that has prevented the Security Council from acting.",
])
def test_a_deplored_thing_whose_clause_names_its_author_accuses_it(ex, text):
    acts = _acts(ex, text)
    assert any(a[0] == "ACCUSE" and a[1] == ["GHA"] and any("Security Council" in t for t in a[2]) for a in acts), acts


# -- who answers for an act is its doer: "X is responsible for / bears responsibility for <act>" --

@pytest.mark.parametrize("text, doer", [
    ("Burkina Faso bears full responsibility for the attacks on our border posts.", "BFA"),
    ("The army of Togo is responsible for the shelling of the market in the north.", "TGO"),
    ("Mali carries the responsibility for the bombing of two of our clinics.", "MLI"),
])
def test_the_one_answerable_for_a_hostile_act_is_accused(ex, text, doer):
    acts = _acts(ex, text)
    assert ("ACCUSE", ["GHA"], [doer]) in acts, acts
    assert any(t == "ASSAULT" and s == [doer] for t, s, _ in acts), acts


@pytest.mark.parametrize("text", [
    "Burkina Faso is not responsible for the attacks on our border posts.",
    "We thank the unit that is responsible for the clearing of mines along the road.",
])
def test_denied_or_relative_answerability_accuses_no_one(ex, text):
    acts = _acts(ex, text)
    assert not any(t == "ACCUSE" and d == ["BFA"] for t, _, d in acts), acts
    assert not any(t == "ASSAULT" and s and s != [None] for t, s, _ in acts), acts


# -- the one spoken for ("on behalf of X") is the speaker's own side, never the act's target --

@pytest.mark.parametrize("text", [
    "On behalf of President Owusu and the Government and the people of Ghana, I extend our warm thanks to all who helped us.",
    "I am honoured to take part in this session on behalf of His Excellency Kofi Owusu, President of the Republic of Ghana.",
])
def test_the_one_spoken_for_is_no_target(ex, text):
    acts = _acts(ex, text)
    own = [a for a in acts if a[1] == ["GHA"]]
    assert own, acts   # the issuer's act is still coded
    assert not any(tgt in ("GHA", "Owusu", "Kofi Owusu") for _, _, targets in own for tgt in targets), own

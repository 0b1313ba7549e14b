"""A hostile act of another told in a statement's own voice is the issuer's accusation
(ACCUSE): an attack, an occupation, a violated airspace, war crimes committed, a threat,
the one "responsible for" an attack, the one "not prevented from" invading, "we hold X
responsible", an alliance attacking the issuer; and what is no accusation: an act someone
else tells (reported), the issuer's own forces, a fight with no one blamed, an act only
supposed or denied, "any attack by X", an alliance's act told by a member.

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from communique import contract
from coding_support import actors_by_id, statement, statement_acts as _acts
from sentence_support import has_act as _has, statement_events as _events


def _assaults(ex, text):
    from coding_support import acts, statement
    return [(a[1], a[2], bool(a[3].get("negated"))) for a in acts(statement(ex, text), event=True)
            if a[0] == "ASSAULT"]


def _statement(ex, issuer: str, text: str) -> tuple[dict, list[dict]]:
    out = contract.to_dict(ex.extract_text(text, title=f"Statement of the Ministry of Foreign Affairs of {issuer}",
                                           published="2024-03-24"))
    return actors_by_id(out), out["events"]


# -- a hostile act of another state told in the statement's own voice: the issuer accuses ------

@pytest.mark.parametrize("text, doer", [
    ("Azerbaijan has blockaded the Armenian villages of the valley for months.", "AZE"),
    ("For fifty years, Türkiye has occupied the northern part of our island.", "TUR"),
    ("Russian forces have bombed our cities, destroyed our schools and deported our children.", "RUS"),
    ("Last spring soldiers of Myanmar attacked the fishing villages along the coast.", "MMR"),
])
def test_a_hostile_act_the_issuer_tells_is_its_accusation(ex, text, doer):
    acts = _acts(ex, text)
    assert ("ACCUSE", ["GHA"], [doer]) in acts, acts


@pytest.mark.parametrize("text", [
    # someone else tells it: that speaker's allegation, not the issuer's
    "Nigeria said that Chadian troops had shelled the border post.",
    # the issuer's own forces, or state forces of no stated country
    "Our armed forces struck the camps of the traffickers in the north.",
    "Security forces arrested five smugglers at the port.",
    # a restriction done to no one: a policy told
    "Belarus has closed its border and imposed a curfew in the capital.",
    # a fight among its doers: no one blamed
    "Sudan and Chad have clashed along the border for months.",
    # negated, or only supposed
    "Togo has never attacked its neighbours.",
    "If Burkina Faso closes the border, the traders will suffer.",
    # supported, not alleged
    "We support the United States in striking the camps of the terrorists.",
])
def test_no_accusation_by_the_issuer_for_acts_it_does_not_allege(ex, text):
    acts = _acts(ex, text)
    assert not [a for a in acts if a[0] == "ACCUSE" and a[1] == ["GHA"]], acts


# -- "commit war crimes / atrocities": violence done, not a commitment -----------------------

@pytest.mark.parametrize("text, doer", [
    ("Russian forces are committing war crimes in the occupied regions.", "RUS"),
    ("The army of Myanmar has perpetrated atrocities against the Rohingya.", "MMR"),
])
def test_committing_crimes_is_violence_the_issuer_alleges(ex, text, doer):
    acts = _acts(ex, text)
    assert any(a[0] == "ASSAULT" and a[1] == [doer] for a in acts), acts
    assert not [a for a in acts if a[0] == "AGREE"], acts
    assert ("ACCUSE", ["GHA"], [doer]) in acts, acts


def test_committing_oneself_stays_a_commitment(ex):
    acts = _acts(ex, "We commit ourselves to the goals of the Paris Agreement.")
    assert any(a[0] == "AGREE" and a[1] == ["GHA"] for a in acts), acts


# -- threats and sanctions of another state, told by the issuer: also its accusation ----------

@pytest.mark.parametrize("text, doer", [
    ("Last year Russia threatened to use nuclear weapons against its neighbours.", "RUS"),
])
def test_a_threat_the_issuer_tells_is_its_accusation(ex, text, doer):
    acts = _acts(ex, text)
    assert ("ACCUSE", ["GHA"], [doer]) in acts, acts


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


# -- "X did not prevent Y from <act>": Y did it; "X prevented Y from <act>": not done ----------

@pytest.mark.parametrize("text, doer, victim", [
    ("The Security Council did not prevent Russia from invading Ukraine.", "RUS", "UKR"),
    ("The mediators failed to stop Eritrea from shelling Ethiopia.", "ERI", "ETH"),
    ("Nothing prevented Azerbaijan from attacking Armenia.", "AZE", "ARM"),
])
def test_the_one_not_kept_from_an_act_does_it(ex, text, doer, victim):
    got = _assaults(ex, text)
    assert ([doer], [victim], False) in got, got


def test_the_one_kept_from_an_act_does_not_do_it(ex):
    got = _assaults(ex, "The Security Council prevented Russia from invading Ukraine.")
    assert got and all(neg for _s, _t, neg in got), got


def test_a_state_not_kept_from_invading_is_accused_by_the_issuer(ex):
    acts = _acts(ex, "The Council did not prevent Russia from invading Ukraine.")
    assert ("ACCUSE", ["GHA"], ["RUS"]) in acts, acts


# -- "any attack by X": an act that may come, not one told as done ------------------------------

@pytest.mark.parametrize("text", [
    "Any aggression by Togo will be met with a decisive response.",
    "We will respond firmly to any incursion by Burkina Faso.",
])
def test_any_act_is_no_act_done_nor_an_accusation(ex, text):
    from coding_support import acts, statement
    got = acts(statement(ex, text), event=True)
    assert not [a for a in got if a[0] == "ACCUSE"], got
    assert not [a for a in got if a[0] == "ASSAULT" and a[3]["status"] in ("asserted", "reported")], got


# -- "hold X responsible": the parser may hang the adjective on the object ------------------

@pytest.mark.parametrize("text, want", [
    ("We hold the Turkish regime responsible for the crimes.", "TUR"),
    ("My Government holds the Malian junta fully accountable for these violations.", "MLI"),
])
def test_holding_a_described_actor_responsible_accuses_it(ex, text, want):
    acts = _acts(ex, text)
    assert _has(acts, "ACCUSE", want), acts


def test_holding_someone_in_custody_blames_no_one(ex):
    acts = _acts(ex, "The police hold the responsible officials in custody.")
    assert not any(a[0] == "ACCUSE" for a in acts), acts


# -- an allegation a statement tells of another speaker is reported, not the issuer's own ----
# ("in 2015 X declared that Y poses a threat" in Z's speech was counted as X ACCUSE Y asserted)

def test_another_speakers_allegation_told_in_a_statement_is_reported(ex):
    evs = _events(ex, "In May 2016, the United States declared that Cuba poses a grave threat to "
                      "its security and imposed sanctions on that country.", issuer="Dominica")
    acc = [e for e in evs if e["type"] == "ACCUSE" and e["src"] == ["USA"]]
    assert acc, evs
    assert all(e["status"] == "reported" for e in acc), acc


def test_an_allegation_in_a_news_text_stays_asserted(ex):
    out = statement(ex, "The Red Crescent said that Ethiopian troops attacked a convoy near the border "
                        "on Monday.", issuer=None)
    acc = [e for e in out["events"] if e["type"] == "ACCUSE"]
    assert acc and all(e["status"] == "asserted" for e in acc), out["events"]


# -- a fight told with no target and no object is no act the statement blames -----------------
# ("Ukraine is fighting to keep us safe" in another state's speech became its accusation of
# Ukraine through the issuer's own allegation)

@pytest.mark.parametrize("text, issuer", [
    ("Ukraine is fighting today to protect the rest of Europe.", "Moldova"),
    ("Ukraine's soldiers are fighting for our security and for the respect of borders.", "Sweden"),
])
def test_a_struggle_told_is_no_accusation(ex, text, issuer):
    evs = _events(ex, text, issuer=issuer)
    assert not [e for e in evs if e["type"] == "ACCUSE"], evs


@pytest.mark.parametrize("text", [
    "Russia launched missiles at our cities last night.",
    "Russia launched dozens of missiles last night.",
])
def test_an_attack_told_by_the_victim_is_still_its_accusation(ex, text):
    evs = _events(ex, text, issuer="Ukraine")
    assert any(e["type"] == "ACCUSE" and e["tgt"] == ["RUS"] for e in evs), evs


# -- an alliance attacking the issuer is accused by it; told by a member, it is no allegation -----

@pytest.mark.parametrize("text", [
    "NATO warplanes struck our power stations and a hospital on Tuesday night.",
    "NATO shelled Serbian villages along the river for a second week.",
])
def test_an_alliance_attacking_the_issuer_is_accused_by_it(ex, text):
    actors, events = _statement(ex, "Serbia", text)
    accusations = [e for e in events if e["type"] == "ACCUSE" and e.get("mode") == "allege"]
    assert accusations, events
    assert all("NATO" in actors[t]["name"] for e in accusations for t in e["targets"]), accusations
    assert not [e for e in events if e.get("cameo") == "015"], events


def test_an_alliance_act_a_member_tells_is_no_allegation(ex):
    actors, events = _statement(ex, "France", "NATO warplanes struck the regime's tanks near the port.")
    assert not [e for e in events if e["type"] == "ACCUSE"], events

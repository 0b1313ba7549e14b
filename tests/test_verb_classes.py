"""Verb classes of events/data/patterns.tsv whose reading depends on who takes part
(issue 13 item 2: rules about language, not sentences).  Invented sentences.

* "clash": a riot (CAMEO 145) when a crowd clashes; security forces clashing with a crowd
  repress it (175); armed sides or states clashing fight (190, PETRARCH-2's code for the
  verb), which is no protest.
* directive verbs of object control ("told X to ...", "instructed X to ..."): a demand
  on X (REQUEST), whose content is not an act X did.
"""

from __future__ import annotations

import pytest


def _events(extractor, text):
    doc = extractor.extract_text(text, published="2019-03-05")
    by_id = {a.id: a for a in doc.actors}
    return [(e.type, e.cameo, sorted(by_id[x].country or "" for x in e.sources),
             sorted(by_id[x].country or "" for x in e.targets)) for e in doc.events]


@pytest.mark.parametrize("text", [
    "Bolivian and Paraguayan soldiers clashed along the disputed frontier on Sunday.",
    "Paraguay and Bolivia clashed near the river crossing last week.",
    "Rebel fighters clashed with Bolivian troops in the hills outside the capital.",
])
def test_armed_sides_that_clash_fight(extractor, text):
    got = _events(extractor, text)
    assert any(t == "ASSAULT" and c.startswith("19") for t, c, _, _ in got), got
    assert not any(t == "PROTEST" for t, _, _, _ in got), got


@pytest.mark.parametrize("text, type_, code", [
    ("Protesters clashed with riot police in La Paz over the fuel prices.", "PROTEST", "145"),
    ("Striking miners clashed with police outside the Bolivian parliament.", "PROTEST", "145"),
    ("Bolivian police clashed with protesters in La Paz on Tuesday.", "ASSAULT", "175"),
])
def test_a_crowd_that_clashes_riots_and_the_police_represses_it(extractor, text, type_, code):
    got = _events(extractor, text)
    assert any(t == type_ and c == code for t, c, _, _ in got), got


@pytest.mark.parametrize("text", [
    "The Bolivian president told Paraguay to withdraw its troops from the frontier.",
    "Bolivia told Paraguay to stop arming the rebel militias.",
    "Bolivia instructed Paraguay to hand over the detained smugglers.",
])
def test_told_to_is_a_demand_on_the_one_told(extractor, text):
    got = _events(extractor, text)
    req = [g for g in got if g[0] == "REQUEST"]
    assert req and req[0][2] == ["BOL"] and req[0][3] == ["PRY"], got
    # the act demanded is the demand's content, not an act Paraguay did
    assert not any(s == ["PRY"] for t, _, s, _ in got if t != "REQUEST"), got


def test_telling_that_is_no_demand(extractor):
    got = _events(extractor, "The Bolivian minister told reporters that talks with Paraguay went well.")
    assert not any(t == "REQUEST" for t, _, _, _ in got), got


@pytest.mark.parametrize("text, type_, doer, other", [
    ("Bolivia closed its border with Paraguay after the smuggling dispute.", "COERCE", "BOL", "PRY"),
    ("Bolivia reopened its border with Paraguay on Monday.", "RETREAT", "BOL", "PRY"),
    # (the parser hangs "with X" on the verb, not on "border" / "trade")
    ("Uganda closed its border with Rwanda last year.", "COERCE", "UGA", "RWA"),
    ("Kenya suspended trade with Somalia.", "COERCE", "KEN", "SOM"),
])
def test_the_other_side_of_a_shared_border_is_the_target(extractor, text, type_, doer, other):
    # what two sides share ("its border with X"): X is acted on, the owner "its" is the doer
    got = _events(extractor, text)
    assert any(t == type_ and s == [doer] and g == [other] for t, _, s, g in got), got


def test_ruling_out_talks_is_a_refusal(extractor):
    got = _events(extractor, "Bolivia ruled out any new talks with Paraguay over the river.")
    assert any(t == "REJECT" and s == ["BOL"] and g == ["PRY"] for t, _, s, g in got), got
    assert not any(t == "CONSULT" for t, _, _, _ in got), got


@pytest.mark.parametrize("text, code", [
    ("Bolivian gunners fired anti-aircraft batteries at Paraguayan aircraft.", "194"),
    ("Bolivia fired artillery at Paraguayan border posts on Friday.", "194"),
    ("Bolivian soldiers fired at Paraguayan smugglers near the river.", "193"),
])
def test_what_is_fired_sets_the_weapons_code(extractor, text, code):
    # heavy weapons fired at a target are 194; firing with no weapon named stays small arms
    got = _events(extractor, text)
    assert any(t == "ASSAULT" and c == code for t, c, _, _ in got), got


@pytest.mark.parametrize("text", [
    "Bolivia fought against Paraguay for three years over the lowlands.",
    "Bolivia fought a long war with Paraguay over the lowlands.",
])
def test_the_enemy_of_a_fight_in_a_prepositional_phrase_is_its_target(extractor, text):
    got = _events(extractor, text)
    assert any(t == "ASSAULT" and s == ["BOL"] and g == ["PRY"] for t, _, s, g in got), got


@pytest.mark.parametrize("text", [
    "Bolivia resumed diplomatic relations with Paraguay after a decade.",
    "Bolivia renewed its severed ties with Paraguay on Thursday.",
])
def test_relations_resumed_are_relations_restored(extractor, text):
    got = _events(extractor, text)
    assert any(t == "SUPPORT" and s == ["BOL"] and g == ["PRY"] for t, _, s, g in got), got


@pytest.mark.parametrize("text, type_", [
    ("Bolivia told Paraguay that it would impose new sanctions within a week.", "THREATEN"),
    ("Bolivia assured Paraguay that it would send emergency aid within days.", "AGREE"),
])
def test_a_threat_or_promise_told_to_a_named_side_is_aimed_at_it(extractor, text, type_):
    got = _events(extractor, text)
    assert any(t == type_ and s == ["BOL"] and g == ["PRY"] for t, _, s, g in got), got


@pytest.mark.parametrize("text", [
    "The Bolivian minister told reporters that it would impose new sanctions soon.",
    "Bolivia told Paraguay that Chilean troops would attack soon.",
])
def test_an_audience_or_anothers_act_is_no_target_of_what_is_told(extractor, text):
    got = _events(extractor, text)
    assert not any(g == ["PRY"] for _, _, _, g in got), got


def test_withdrawing_from_talks_halts_them(extractor):
    # leaving negotiations is CAMEO 164 on the partner, not a military withdrawal (0874)
    got = _events(extractor, "Bolivia withdrew from the border negotiations with Paraguay on Monday.")
    assert any(t == "SANCTION" and c == "164" and s == ["BOL"] and g == ["PRY"] for t, c, s, g in got), got
    assert not any(t == "RETREAT" for t, _, _, _ in got), got

"""Actor and referent resolution (session of 5 December): capitals in coordination, backed
groups, pronouns, accusations and generic groups.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from communique import contract
from coding_support import actors_by_id, coded as _coded, sides as _sides


@pytest.mark.parametrize("text, kind, countries", [
    ("Ottawa and Canberra agreed to extend the fisheries accord.", "AGREE", {"CAN", "AUS"}),
    ("Lima and Quito traded accusations over the border incident.", "ACCUSE", {"PER", "ECU"}),
])
def test_every_capital_of_a_coordinated_subject_is_its_government(ex, text, kind, countries):
    found = _sides(ex, text, kind)
    assert found, _coded(ex, text)
    assert {c for src, _ in found for _, c in src} == countries, found


@pytest.mark.parametrize("text, group", [
    ("Belarusian-backed rebels attacked a Lithuanian border post on Monday.", "rebels"),
    ("A Ugandan-funded militia ambushed the convoy near the lake.", "militia"),
    ("Venezuelan-trained fighters shelled the village on Sunday.", "fighters"),
])
def test_a_backed_group_is_not_of_its_sponsor(ex, text, group):
    """The sponsor named before "-backed" is not the group's country (nor, alone in the
    sentence, the country the group is placed in)."""
    sponsor = {"Belarusian": "BLR", "Ugandan": "UGA", "Venezuelan": "VEN"}[text.split("-")[0].split()[-1]]
    actors, events = _coded(ex, text)
    named = [a for a in actors.values() if group in a["name"].lower()]
    assert named and all(a.get("country") != sponsor and a["kind"] != "country" for a in named), named
    doers = [actors[i] for e in events for i in e["sources"]]
    assert doers and all(a.get("country") != sponsor for a in doers), events


def test_a_capital_doing_a_passive_act_is_its_government(ex):
    found = _sides(ex, "The ceasefire plan was rejected by Ankara and Baghdad.", "REJECT")
    assert found and {c for src, _ in found for _, c in src} == {"TUR", "IRQ"}, found


@pytest.mark.parametrize("text, kind", [
    ("Chile launched an attack on Peru on Monday. It also warned Bolivia against interference.", "REQUEST"),
    ("Chile attacked Peru on Monday. Its troops also shelled Bolivia.", "ASSAULT"),
])
def test_a_pronoun_after_an_attack_is_the_attacker_not_the_victim(ex, text, kind):
    found = _sides(ex, text, kind)
    assert found and any(c == "CHL" for src, _ in found for _, c in src), found
    assert not any(c == "PER" for src, _ in found for _, c in src), found


@pytest.mark.parametrize("text, word", [
    ("Raiders killed nine people in Sokoto on Sunday. On Thursday, police arrested 25 people in Ilorin.",
     "people"),
    ("Troops shot two civilians near the dam. Militants later seized several civilians at the market.",
     "civilians"),
])
def test_groups_counted_afresh_are_not_one_actor(ex, text, word):
    actors, events = _coded(ex, text)
    victims = [i for e in events for i in e["targets"] if word in actors[i]["name"].lower()]
    assert len(victims) == 2 and len(set(victims)) == 2, (victims, events)


def test_a_definite_group_is_the_one_counted_before(ex):
    text = "Police detained 30 students on Monday. The students were released on Tuesday."
    actors, _ = _coded(ex, text)
    assert len([a for a in actors.values() if "students" in a["name"].lower()]) == 1, actors


def _statement(ex, issuer: str, text: str) -> tuple[dict, list[dict]]:
    from communique.document import Source

    doc = ex.extract_text(text, published="2023-09-20", title=f"Statement by {issuer}",
                          source=Source(issuer_hint=[issuer]))
    out = contract.to_dict(doc)
    return actors_by_id(out), out["events"]


@pytest.mark.parametrize("text", [
    "We reaffirm the commitment of the Mongolian Government to the climate goals.",
    "We welcome the support of the Government of Mongolia to the peace process.",
    "The Government of Mongolia remains committed to the goals. The Government of Mongolia is "
    "committed to protecting the rights of citizens.",
])
def test_a_state_does_not_act_on_its_own_government(ex, text):
    actors, events = _statement(ex, "Mongolia", text)
    assert events, text
    for e in events:
        src = {actors[i].get("country") for i in e["sources"]}
        tgt = {actors[i].get("country") for i in e["targets"]}
        assert not (src & tgt), (e["type"], [actors[i]["name"] for i in e["sources"] + e["targets"]])


def test_a_state_may_still_call_on_its_own_parliament(ex):
    actors, events = _statement(ex, "Mongolia", "We call on the Mongolian Parliament to adopt the law.")
    assert any(actors[i]["name"] == "Mongolian Parliament" for e in events for i in e["targets"]), events


@pytest.mark.parametrize("text", [
    "I wish to congratulate the President, His Excellency Mr. Pedro Almeida of Portugal, on his election.",
    "Prime Minister Batu Erdene opened our session. We thank the President, His Excellency "
    "Mr. Arvid Lund of Sweden, for his leadership.",
])
def test_a_bare_title_with_a_person_in_apposition_is_that_person(ex, text):
    actors, events = _statement(ex, "Mongolia", text)
    named = text.split("Mr. ")[-1].split(" of ")[0]
    targets = [actors[i]["name"] for e in events if e["type"] == "SUPPORT" for i in e["targets"]]
    assert targets == [named], (targets, events)


@pytest.mark.parametrize("text", [
    "Nepal has deployed thousands of its troops to Lebanon.",
    "Fiji has deployed hundreds of its peacekeepers to Lebanon.",
])
def test_forces_a_state_sends_are_not_whom_it_acts_on(ex, text):
    actors, events = _coded(ex, text)
    sent = [e for e in events if e["type"] in ("MOBILIZE", "AID")]
    assert sent, events
    for e in sent:
        src = {actors[i].get("country") for i in e["sources"]}
        tgt = {actors[i].get("country") for i in e["targets"]}
        assert src and not (src & tgt), (e["type"], [actors[i]["name"] for i in e["sources"] + e["targets"]])


@pytest.mark.parametrize("text, countries", [
    ("Officials in Ankara and Athens rejected the proposal.", {"TUR", "GRC"}),
    ("Diplomats from Lima and Quito signed the fisheries accord.", {"PER", "ECU"}),
])
def test_an_agent_placed_in_two_capitals_is_one_per_country(ex, text, countries):
    actors, events = _coded(ex, text)
    doers = [actors[i] for e in events for i in e["sources"]]
    assert {a.get("country") for a in doers} == countries, events


def test_an_attack_judged_with_another_victim_is_not_the_one_told_before(ex):
    text = ("We strongly condemn the shelling of Mosul by Turkish forces. Mongolia condemns the attacks "
            "against Nepal. We condemn the attacks on Iraqi cities.")
    actors, events = _statement(ex, "Mongolia", text)
    accused = [{actors[i].get("country") for i in e["targets"]} for e in events if e["type"] == "ACCUSE"]
    # the attacks on Iraqi cities are the shelling told before (one ASSAULT): their second
    # condemnation is that accusation told again, one ACCUSE of Turkey with both tellings
    assert accused == [{"TUR"}, set()], (accused, events)
    first = next(e for e in events if e["type"] == "ACCUSE")
    assert [x["text"] for x in first["evidence_more"]] == ["We condemn the attacks on Iraqi cities."]

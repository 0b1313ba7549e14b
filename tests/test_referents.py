"""What a pronoun, a short name or a definite phrase stands for: "its" and "it" after a
state, a thing or an act, "him" for the envoy met, "their release" for the detained, "they"
going on from a clause's subject, "the Brigades" for the organisation named before, "the
parties" for the group just named, a group counted afresh or named again by "the".

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from coding_support import coded as _coded, sides as _sides, statement
from sentence_support import country_or_name_acts as acts, ga79_statement as code, statement_events as _events


ACCORD = "Armenia and Azerbaijan signed a peace accord in Washington last year."


EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


# -- a possessive "its" stands for the subject of the sentence that named its antecedent, not
# for the place or victim that sentence names after it ("X invaded Y. We condemn its
# aggression" accused Y)

@pytest.mark.parametrize("text, accused", [
    ("Russia has invaded Ukraine. We condemn its aggression.", ("RUS", "country")),
    ("We are worried by the violence in the north. Hezbollah has long been a destabilising force "
     "in Lebanon and in the region. We have always condemned its attacks.", ("LBN", "armed_group")),
])
def test_its_is_the_subject_before_not_the_place_it_names(ex, text, accused):
    evs = _events(ex, text, issuer="Ireland")
    acc = [(t, k) for e in evs if e["type"] == "ACCUSE" for t, k in zip(e["tgt"], e["tgt_kinds"])]
    assert acc and set(acc) == {accused}, evs


def test_its_after_a_place_with_no_subject_actor_is_that_place(ex):
    evs = _events(ex, "We are worried by the situation in Lebanon. We support its people in these "
                      "hard times.", issuer="Ireland")
    assert any(e["type"] == "SUPPORT" and "LBN" in e["tgt"] for e in evs), evs


# -- "it" after a thing as the subject before stands for the thing, not for an actor ---------
# ("The war in X altered our agenda. It has threatened food security" accused X)

@pytest.mark.parametrize("text, issuer", [
    ("As we began to recover from the pandemic, the war in Ukraine altered our agenda. It has "
     "threatened food security across the world.", "Croatia"),
    ("The war against Ukraine is threatening the stability of the Balkans. It has also "
     "threatened food and energy security.", "Slovenia"),
])
def test_it_after_a_thing_subject_is_that_thing(ex, text, issuer):
    evs = _events(ex, text, issuer=issuer)
    assert all("UKR" not in e["tgt"] and "UKR" not in e["src"] for e in evs), evs


def test_it_after_a_state_subject_is_that_state(ex):
    evs = _events(ex, "Russia is trying to redraw borders with tanks. It has threatened its "
                      "neighbours with nuclear weapons.", issuer="Austria")
    assert any(e["type"] == "ACCUSE" and e["tgt"] == ["RUS"] for e in evs), evs


# -- the victim of an act noun is not what "it" stands for as its doer -----------------------
# ("the occupation of X's territories and the crimes it commits": X committed them)

@pytest.mark.parametrize("text, victim", [
    ("We condemn the Israeli occupation of Lebanese territories and the crimes it commits.", "LBN"),
    ("The occupation of Syrian territories and the killings it commits must end.", "SYR"),
    ("We condemn the aggression against Syrian territories and the crimes it commits.", "SYR"),
    ("We condemn the Israeli occupation of Arab lands, including the Lebanese hills, and the crimes it commits.",
     "LBN"),
])
def test_it_after_an_act_on_a_victim_is_not_the_victim(ex, text, victim):
    evs = _events(ex, text)
    assert evs, evs
    assert all(victim not in e["src"] for e in evs), evs


def test_it_after_an_act_stands_for_its_doer(ex):
    evs = _events(ex, "We condemn the Israeli occupation of Lebanese territories and the crimes it commits.")
    assert any(e["type"] == "ASSAULT" and e["src"] == ["ISR"] for e in evs), evs


# -- a pronoun after an attack; groups counted afresh or named again ---------------------------------

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


# -- an object pronoun for a person named by an office ---------------------------------

def test_him_is_the_envoy_met(extractor):
    out = statement(extractor, "The Ghanaian minister met the Togolese envoy and thanked him for his support.", None)
    names = {a["id"]: a["name"] for a in out["actors"]}
    (thanks,) = [e for e in out["events"] if e["type"] == "SUPPORT"]
    assert [names[i] for i in thanks["sources"]] == ["Ghanaian minister"]
    assert [names[i] for i in thanks["targets"]] == ["Togolese envoy"]


def test_him_in_the_next_sentence_is_the_envoy_named_before(extractor):
    out = statement(extractor, "The Togolese envoy praised Ghana. The minister thanked him.", None)
    names = {a["id"]: a["name"] for a in out["actors"]}
    (thanks,) = [e for e in out["events"] if e["type"] == "SUPPORT" and e["targets"] != []
                 and names[e["sources"][0]] == "minister"]
    assert [names[i] for i in thanks["targets"]] == ["Togolese envoy"]


# -- "the parties" stands for a group named just before it, not for one named paragraphs
#       earlier; "the parties to the conflict in X" is defined by its own complement.

@pytest.mark.parametrize("text", [
    ACCORD + " It was a courageous step. Norway continues to support the mediation of the African Union.\n\n"
             "We call on the parties to agree to a ceasefire in Sudan.",
    ACCORD + " We also call on the parties to the conflict in Sudan to agree to a ceasefire.",
])
def test_the_parties_are_not_an_old_or_other_group(ex, text):
    out = code(ex, "Norway", text)
    calls = [a for a in acts(out) if a[0] == "REQUEST"]
    assert calls and not any({"ARM", "AZE"} & set(g) for _, _, g in calls), acts(out)


def test_the_parties_just_named_are_the_parties(ex):
    out = code(ex, "Norway", ACCORD + " We call on the parties to implement it in good faith.")
    assert any(t == "REQUEST" and {"ARM", "AZE"} <= set(g) for t, _, g in acts(out)), acts(out)


def test_the_parties_to_the_accord_just_named_are_its_signatories(ex):
    out = code(ex, "Norway", ACCORD + " We urge the parties to the accord to implement it in good faith.")
    assert any(t == "REQUEST" and {"ARM", "AZE"} <= set(g) for t, _, g in acts(out)), acts(out)


# -- (commit 803c51e) A pronoun in the target of an act other than a condemnation is not
#       read through the thing-noun rule: "demanded their release" after "the detention of
#       students by the security forces" asks for the students, not of the forces.

def test_their_release_is_of_the_detained_not_of_the_detainers(ex):
    out = code(ex, None, "The two opposition parties condemned the detention of twelve students by the "
                         "security forces in the north last month and demanded their immediate release.")
    requests = [(s, g) for t, s, g in acts(out) if t == "REQUEST"]
    assert requests, acts(out)
    assert not any("forces" in n for _, g in requests for n in g), acts(out)
    assert any("students" in n for _, g in requests for n in g), acts(out)


# -- a short name, a town the tagger took for a person, "they" going on from a clause's subject -------

def test_a_short_name_is_the_organisation_named_before(extractor):
    doc = extractor.extract_text(
        "The Northern Salvation Brigades said their fighters attacked a convoy near Tarsa on "
        "Monday. The Brigades claim that six soldiers were killed.")
    full = next(a for a in doc.actors if a.name == "Northern Salvation Brigades")
    assert not any(a.name == "Brigades" for a in doc.actors), [a.name for a in doc.actors]
    short = [m for m in doc.mentions if m.text == "Brigades"]
    assert short and all(m.actor == full.id for m in short)


def test_a_short_name_two_organisations_end_with_is_neither(extractor):
    doc = extractor.extract_text(
        "The Western Salvation Brigades and the Southern Unity Brigades met in Tarsa. The "
        "Brigades agreed to a truce.")
    named = {a.id for a in doc.actors if a.name.endswith(" Brigades")}
    assert len(named) == 2
    assert not any(m.actor in named for m in doc.mentions if m.text == "Brigades")


def test_they_joined_to_a_clause_goes_on_from_its_subject(extractor):
    doc = extractor.extract_text(
        "The statement calls on all parties to respect the truce.\n\nThe Brigades say that the "
        "operation was a response to the arrest of ten men by the army, and they threaten "
        "further attacks if the detainees are not released.")
    [threat] = [e for e in doc.events if e.type == "THREATEN"]
    assert [doc.actor(a).name for a in threat.sources] == ["Brigades"], threat.evidence.text


def test_the_example_claim_names_its_group_one_way_and_its_town_as_a_place(extractor):
    doc = extractor.extract_path(EXAMPLES / "armed_group_claim.txt")
    brigades = next(a for a in doc.actors if a.name == "Northern Liberation Brigades")
    assert not any(a.name == "Brigades" for a in doc.actors)
    assert not any(a.kind == "person" and a.name == "Kessa" for a in doc.actors)
    [threat] = [e for e in doc.events if e.type == "THREATEN" and "threaten further" in e.evidence.text]
    assert threat.sources == [brigades.id]
    told = [e for e in doc.events if e.evidence.text.startswith("The Brigades claim")]
    assert told and all(e.claimed_by in ([], [brigades.id]) for e in told)

"""Trigger matching: which words start an event, and which do not (matcher + patterns)."""

from __future__ import annotations

import pytest

from communique.events.matcher import find_triggers
from communique.events.ontology import load_ontology
from communique.events.patterns import load_patterns, parse_pattern


@pytest.fixture(scope="module")
def patterns():
    return load_patterns(load_ontology())


def _triggers(nlp, patterns, text):
    doc = nlp(text)
    return [tr for s in doc.sents for tr in find_triggers(s, patterns, 150)]


def _codes(extractor, text):
    doc = extractor.extract_text(text)
    return doc, [(e.type, e.cameo) for e in doc.events]


def test_doer_constraint_is_read_and_adds_specificity():
    p = parse_pattern("torch @ [protester|mob] +to", pid="t:1", type_="PROTEST", mode="riot",
                      cameo="145", pos="V")
    plain = parse_pattern("torch", pid="t:2", type_="ASSAULT", mode=None, cameo="190", pos="V")
    assert p.subjects == frozenset({"protester", "mob"}) and p.target_preps == frozenset({"to"})
    assert p.specificity == plain.specificity + 1


def test_verbal_types_are_the_verbal_quads(patterns):
    assert {"AGREE", "CONSULT", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN"} == patterns.verbal_types
    assert "crash" in patterns.non_agents


def test_participle_describing_a_noun_is_no_event(nlp, patterns):
    trigs = _triggers(nlp, patterns, "The detained leader had planned the attack on the base.")
    assert [t.token.text for t in trigs] == ["attack"], [(t.token.text, t.cameo) for t in trigs]
    trigs = _triggers(nlp, patterns, "Police released the mayor, a party member jailed two years ago.")
    assert [t.cameo for t in trigs] == ["0841"], [(t.token.text, t.cameo) for t in trigs]
    # ... but an existential sentence reports the participle's act
    trigs = _triggers(nlp, patterns, "There were ten soldiers killed in the border town on Monday.")
    assert [(t.token.text, t.type) for t in trigs] == [("killed", "ASSAULT")]


def test_killing_by_an_accident_or_disaster_is_no_assault(nlp, patterns):
    assert not _triggers(nlp, patterns, "Twelve passengers were killed by the crash of a bus near the capital.")
    assert not _triggers(nlp, patterns, "Floods killed forty villagers in the northern province.")
    assert [t.type for t in _triggers(nlp, patterns, "Gunmen killed forty villagers in the north.")] == ["ASSAULT"]


def test_own_object_stops_the_object_scan(nlp, patterns):
    # "trip" belongs to another phrase, not to "made"
    trigs = _triggers(nlp, patterns, "The minister made brief comments in Muscat on the first day of her Gulf trip.")
    assert not any(t.type == "CONSULT" for t in trigs), [(t.token.text, t.cameo) for t in trigs]
    # inside the object's own phrase the scan still finds the pattern's word
    trigs = _triggers(nlp, patterns, "The cabinet has lifted the state of emergency across three western provinces.")
    assert [(t.type, t.cameo) for t in trigs] == [("CONCEDE", "081")]


def test_a_relative_clause_names_what_is_fired(nlp, patterns):
    trigs = _triggers(nlp, patterns, "The plane was brought down by a rocket believed to be fired by militants.")
    fired = [t for t in trigs if t.token.lemma_ == "fire"]
    assert fired and fired[0].cameo == "194" and fired[0].obj.text == "rocket"


def test_thing_said_as_object_is_what_the_act_is_about(extractor):
    doc, codes = _codes(extractor, "Ukrainian lawmakers endorsed a trade agreement with the European Union.")
    assert codes == [("SUPPORT", "051")], codes
    e = doc.events[0]
    assert any("European Union" in doc.actor(a).name for a in e.targets)
    # a material act as object is matched (its pattern codes it); the act a condemnation
    # is about is the condemnation's object, told in the background (events/judged_acts.py)
    doc, codes = _codes(extractor, "France condemned the attack on the embassy in Kabul.")
    assert [(e.type, e.cameo) for e in doc.events if "background" not in e.fields] == [("ACCUSE", "111")], codes
    assert [e.type for e in doc.events if "background" in e.fields] == ["ASSAULT"], codes
    _, codes = _codes(extractor, "Gunmen launched an attack on the embassy in Kabul.")
    assert [t for t, _ in codes] == ["ASSAULT"], codes


def test_rejecting_a_proposal_for_talks_keeps_its_content_code(extractor):
    _, codes = _codes(extractor, "Japan rejected the calls for talks with the rebels.")
    assert codes and all(t == "REJECT" for t, _ in codes), codes


def test_destruction_by_protesters_is_a_riot(extractor):
    _, codes = _codes(extractor, "Protesters torched the embassy of Norway in the capital on Sunday.")
    assert codes == [("PROTEST", "145")], codes
    _, codes = _codes(extractor, "Soldiers destroyed the bridge on Sunday.")
    assert codes == [("ASSAULT", "190")], codes


def test_presenting_evidence_against_is_an_accusation(extractor):
    doc, codes = _codes(extractor, "Evidence against Russia was presented by the United States.")
    # (the sub-code is the verb dictionary's: "- * EVIDENCE [1124] # PRESENT")
    assert [(t, c[:3]) for t, c in codes] == [("ACCUSE", "112")], codes
    e = doc.events[0]
    assert {doc.actor(a).country for a in e.sources} == {"USA"}
    assert {doc.actor(a).country for a in e.targets} == {"RUS"}


def test_travel_warning_reduces_relations(extractor):
    _, codes = _codes(extractor, "The Foreign Office has advised against all travel to Lebanon.")
    assert codes == [("SANCTION", "160")], codes


def test_kill_is_a_use_of_force_refined_by_the_weapon(extractor):
    _, codes = _codes(extractor, "Government soldiers killed three rebels in the north on Monday.")
    assert codes == [("ASSAULT", "190")], codes
    _, codes = _codes(extractor, "Warplanes killed three rebels in an air strike on Monday.")
    assert codes and codes[0] == ("ASSAULT", "195"), codes
    _, codes = _codes(extractor, "The gang murdered a judge in the capital on Monday.")
    assert codes == [("ASSAULT", "1823")], codes


def test_expelling_people_is_deportation(extractor):
    _, codes = _codes(extractor, "Qatar expelled seven leaders of the Muslim Brotherhood on Saturday.")
    assert codes == [("COERCE", "174")], codes


def test_security_forces_clashing_with_protesters_is_repression(extractor):
    _, codes = _codes(extractor, "Police clashed with protesters in the capital on Friday.")
    assert codes == [("ASSAULT", "175")], codes
    _, codes = _codes(extractor, "Students clashed with supporters of the ruling party on Friday.")
    assert codes == [("PROTEST", "145")], codes


def test_troops_pulling_back_is_a_military_retreat(extractor):
    doc, codes = _codes(extractor, "Russian troops withdrew from the Georgian town of Gori on Monday.")
    assert codes == [("RETREAT", "0874")], codes
    assert doc.events[0].mode == "withdraw"


def test_engaging_in_talks_is_a_consultation_not_a_fight(extractor):
    _, codes = _codes(extractor, "Indonesia engaged in talks with the separatist rebels on Monday.")
    assert codes and all(t == "CONSULT" for t, _ in codes), codes
    _, codes = _codes(extractor, "Somali militants engaged Kenyan troops in a firefight near the border.")
    assert codes and codes[0][0] == "ASSAULT", codes


def test_a_verb_the_lemmatizer_gets_wrong_is_still_found(nlp, patterns):
    # the small model lemmatizes "staged" as "stag"
    trigs = _triggers(nlp, patterns, "Angry activists have staged rallies in Gaza against the party leader.")
    assert [(t.token.text, t.type) for t in trigs] == [("staged", "PROTEST")]


def test_a_noun_mode_refines_only_a_verb_of_its_own_type(nlp, patterns):
    trigs = _triggers(nlp, patterns, "The president shortened the nightly curfew by one hour.")
    assert [(t.type, t.cameo) for t in trigs] == [("CONCEDE", "081")]
    trigs = _triggers(nlp, patterns, "The army imposed a curfew on the city.")
    assert [(t.type, t.cameo) for t in trigs] == [("COERCE", "1723")]


def test_undertaking_a_mediation_mission_is_mediation(extractor):
    _, codes = _codes(extractor, "The Arab League chief undertook a mediation mission between Syria and Jordan.")
    assert codes == [("CONSULT", "045")], codes


def test_a_missile_from_the_ground_is_not_an_air_attack(extractor):
    _, codes = _codes(extractor, "The airliner was blown up over Ukraine by a surface-to-air missile fired by rebels.")
    assert codes and {c for _, c in codes} == {"194"}, codes
    _, codes = _codes(extractor, "Rebels blew up three power lines leading into the capital.")
    assert codes == [("ASSAULT", "183")], codes


def test_object_flags_are_read():
    p = parse_pattern("recognize !dobj !actor", pid="t:3", type_="SUPPORT", mode=None, cameo="054", pos="V")
    assert p.needs_object and p.actor_object and not p.objects


@pytest.mark.parametrize("text, expected", [
    ("Russia recognized the new government of Kosovo on Monday.", [("recognized", "054")]),
    ("We recognize the need to save the planet.", []),
    ("We recognize that much work remains to be done.", []),
    ("Putin met Obama in Zurich on Monday.", [("met", "040")]),
    ("The country has met its obligations under the treaty.", []),
    ("Rebels engaged the enemy position near the village.", [("engaged", "190")]),
    ("Both sides engaged upon a credit scheme for farmers.", []),
    ("ASEAN has created a forum engaging important partners of the region.", []),
    ("The patrol was engaged by several insurgents near the village.", [("engaged", "190")]),
    ("Police held three suspects in the capital.", [("held", "173")]),
    ("No woman has held the post of secretary-general.", []),
    ("The government will pursue those policies.", []),
])
def test_verbs_that_need_an_actor_or_an_object(nlp, patterns, text, expected):
    trigs = _triggers(nlp, patterns, text)
    assert [(t.token.text, t.cameo) for t in trigs] == expected


def test_a_call_is_a_phone_call_only_when_it_is_one(nlp, patterns):
    assert not _triggers(nlp, patterns, "The report repeated the secretary-general's call for action on climate.")
    trigs = _triggers(nlp, patterns, "The two presidents held a phone call on Monday.")
    assert [t.cameo for t in trigs] == ["041"]
    trigs = _triggers(nlp, patterns, "They called out to the men inside the compound.")
    assert not [t for t in trigs if t.type == "REQUEST"]


def test_condemning_an_attack_stays_two_acts(nlp, patterns):
    trigs = _triggers(nlp, patterns, "We have condemned the terrorist attacks by Hamas on Israel.")
    assert sorted(t.type for t in trigs) == ["ACCUSE", "ASSAULT"], [(t.token.text, t.cameo) for t in trigs]


def test_object_filter_is_read_and_keeps_the_object_a_target():
    p = parse_pattern("engage !dobj [enemy|rebels]", pid="t:4", type_="ASSAULT", mode=None, cameo="190",
                      pos="V")
    assert p.needs_object and p.object_filter == frozenset({"enemy", "rebels"}) and not p.objects


@pytest.mark.parametrize("text, expected", [
    ("Tuvalu acceded to the Biological Weapons Convention in June.", [("SUPPORT", "057")]),
    ("The United States withdrew from the nuclear agreement in May.", [("REJECT", "120")]),
    ("Protesters obstructed the main road to the airport.", [("PROTEST", "144")]),
    ("The government obstructed our efforts at every turn.", []),
    ("Inaction by the council encourages the violence.", []),
    ("The cabinet received a mission of UN observers on Monday.", [("RETREAT", "0862")]),
    ("The rebels violated the ceasefire agreement signed in March.", [("ASSAULT", "196")]),
    ("The newspaper violated a ban by the general.", [("REJECT", "128")]),
    ("This General Assembly is being held virtually.", []),
    ("The army has been holding thousands of refugees in the camps.", [("COERCE", "173")]),
    ("I offer my sincere congratulations to the President.", [("SUPPORT", "051")]),
    ("Myanmar is mobilizing the strength of its people.", []),
    ("We paid tribute to the retiring commander at the ceremony.", [("SUPPORT", "051")]),
    ("They talk about indifference in the world.", []),
    ("The minister talked with his Turkish counterpart on Monday.", [("CONSULT", "040")]),
    ("The world is coping with a pandemic that killed millions of people.", []),
    ("Protesters who torched the embassy were arrested.", [("PROTEST", "145"), ("COERCE", "173")]),
    ("The army mobilized two divisions of troops on Monday.", [("MOBILIZE", "150")]),
])
def test_sub_codes_and_senses_from_the_object(nlp, patterns, text, expected):
    assert [(t.type, t.cameo) for t in _triggers(nlp, patterns, text)] == expected

"""The CAMEO / PLOVER code a news sentence's construction decides: a search for someone
(170) and not for something, a dictionary subject's modifiers ("air force" 195), acts traded
between two sides, joint exercises (062), any envoy recalled (161), a restriction ended
(085), a prisoner exchange (0841), a missile test (150), a named instrument signed (057),
the instrument's own name no party to it; a narrator's plain future of a meeting or visit is
the meeting (04x), told or promised it stays an intent (036); "X is expected to <act>" is the
act, intended (not an appeal); "hit" done by armed forces or their weapons is an attack; a
dialogue with X asked for aims at X (026), proposed it is an offer to meet (036); a ceasefire
signed, reached or concluded is the signers' (0871); troops "backed by tanks" get no support
from anyone (backed by a named side's warplanes, or fire from its warships, they do); recognising the independence of X
recognises X (054); aid distributed to X is given to X (070); monks or lawyers beaten are its target (182).  Made-up
sentences.
"""

from __future__ import annotations

import pytest

from coding_support import actors_by_id, coded, countries_of as _countries
from sentence_support import cameo_records as _cameo, cameo_sides as _coded, country_or_name_acts as acts
from sentence_support import event_summaries as _events, ga79_statement as code, news_2021 as _code


# --- a search for someone, not for something ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Navy divers from Chile searched for the wreckage of the trawler on Monday.",
    "Peruvian rescuers were searching for survivors of the landslide.",
    "Diplomats from Ghana and Togo are searching for a solution to the dispute.",
])
def test_a_search_for_a_thing_is_no_coercion(extractor, text):
    coded = _coded(extractor, text)
    assert not any(c.startswith("17") for c, _, _ in coded), coded


@pytest.mark.parametrize("text", [
    "Peruvian police searched for the kidnappers in Cusco.",
    "Peruvian police searched for two Chilean smugglers near Tacna.",
    # the parser hangs the noun sought as an apposition of the modifier before it
    "Peruvian police searched for a Shining Path explosives (IED) cell commander near Tacna.",
])
def test_a_search_for_someone_is_still_coercion(extractor, text):
    coded = _coded(extractor, text)
    assert any(c == "170" and "PER" in s for c, s, _ in coded), coded


# --- the verb dictionary: words before a pattern's subject -------------------------------

@pytest.mark.parametrize("text, cameo", [
    # "AIR FORCE * KILLED [195]": the subject must be an air force, not any force
    ("Kenyan forces killed two Somali herders near the border.", "190"),
    ("The Kenyan air force killed two Somali fighters near the border.", "195"),
    # "TANK FIRE *" [194]: not any fire
    ("Fire from Kenyan positions killed two Somali herders near the border.", "190"),
])
def test_a_dictionary_subject_keeps_its_modifiers(extractor, text, cameo):
    coded = _coded(extractor, text)
    assert [c for c, _, _ in coded] == [cameo], coded


# --- acts traded, joint exercises, envoys recalled, restrictions ended, prisoners swapped, missiles tested

@pytest.mark.parametrize("text, type_", [
    ("Serbia and Croatia traded accusations over the border incident.", "ACCUSE"),
    ("Guyana and Venezuela exchanged barbs at the summit.", "ACCUSE"),
    ("Iran and Israel traded threats after the drone attack.", "THREATEN"),
])
def test_acts_traded_between_two_sides_are_those_acts(extractor, text, type_):
    doc = _code(extractor, text)
    assert [e.type for e in doc.events] == [type_], _events(doc)
    assert len(doc.events[0].sources) == 2, _events(doc)


def test_trading_goods_stays_cooperation(extractor):
    doc = _code(extractor, "Kenya and Uganda trade heavily with each other.")
    assert [e.type for e in doc.events] == ["COOPERATE"], _events(doc)


@pytest.mark.parametrize("text, type_", [
    ("Vietnam and India held joint naval drills off Da Nang.", "COOPERATE"),
    ("Pakistani and Chinese troops began joint manoeuvres near the border.", "COOPERATE"),
    # one country alone: a show of force
    ("Iran staged war games near the Strait of Hormuz.", "MOBILIZE"),
])
def test_joint_exercises_of_any_name_are_cooperation(extractor, text, type_):
    doc = _code(extractor, text)
    assert [e.type for e in doc.events] == [type_], _events(doc)
    if type_ == "COOPERATE":
        assert doc.events[0].cameo == "062", _events(doc)


@pytest.mark.parametrize("text, target", [
    ("Namibia recalled its diplomats from Morocco for consultations.", "MAR"),
    ("Gabon recalled its consul in Cameroon.", "CMR"),
])
def test_recalling_any_envoy_withdraws_representation(extractor, text, target):
    doc = _code(extractor, text)
    assert [(e.type, e.cameo) for e in doc.events] == [("SANCTION", "161")], _events(doc)
    assert _countries(doc, doc.events[0].targets) == [target], _events(doc)


@pytest.mark.parametrize("text, type_, cameo, target", [
    ("Canada removed sanctions on Zambia.", "RETREAT", "085", "ZMB"),
    ("The Security Council scrapped the arms embargo on Liberia.", "RETREAT", "085", "LBR"),
    ("Ottawa repealed the tariffs on Chinese steel.", "RETREAT", "085", "CHN"),
])
def test_ending_a_restriction_eases_it(extractor, text, type_, cameo, target):
    doc = _code(extractor, text)
    assert [(e.type, e.cameo) for e in doc.events] == [(type_, cameo)], _events(doc)
    assert _countries(doc, doc.events[0].targets) == [target], _events(doc)
    assert doc.events[0].sources, _events(doc)


@pytest.mark.parametrize("text", [
    "Armenia and Azerbaijan swapped prisoners on Friday.",
    "Israel exchanged detainees with Hamas.",
])
def test_a_prisoner_exchange_releases_people(extractor, text):
    doc = _code(extractor, text)
    assert [(e.type, e.cameo) for e in doc.events] == [("RETREAT", "0841")], _events(doc)


@pytest.mark.parametrize("text, type_", [
    ("Pakistan test-fired a cruise missile on Monday.", "MOBILIZE"),
    ("Iran launched two missiles into the Gulf during the drill.", "MOBILIZE"),
    # fired at someone: an attack
    ("Houthi forces fired missiles at Saudi Arabia.", "ASSAULT"),
])
def test_a_missile_test_is_a_show_of_force(extractor, text, type_):
    doc = _code(extractor, text)
    assert [e.type for e in doc.events][:1] == [type_], _events(doc)


# -- Signing a named instrument ("the ... Initiative / Compact / Framework") is signing an
#       agreement (CAMEO 057), as signing "an agreement" is.

@pytest.mark.parametrize("text, signers", [
    ("On 14 May in Nairobi, Kenya and Ethiopia signed the Lake Turkana Water Initiative.", {"KEN", "ETH"}),
    ("Chile and Peru signed the Pacific Fisheries Compact in Lima.", {"CHL", "PER"}),
    ("Ghana and Togo signed the Volta Border Framework on Tuesday.", {"GHA", "TGO"}),
])
def test_signing_a_named_instrument_is_signing_an_agreement(ex, text, signers):
    out = code(ex, None, text)
    signed = [e for e in out["events"] if e["cameo"] == "057"]
    assert signed, acts(out)
    actors = actors_by_id(out)
    assert signers <= {actors[s].get("country") for e in signed for s in e["sources"]}, acts(out)


# --- a narrator's plain future of a meeting is the meeting; told or promised, an intent -----------

@pytest.mark.parametrize("text, record", [
    ("The Australian prime minister will visit Indonesia next month.", ("042", ["AUS"], ["IDN"])),
    ("The Chilean foreign minister will travel to Peru next week.", ("042", ["CHL"], ["PER"])),
    ("Brazil will host the Argentine president in March.", ("043", ["BRA"], ["ARG"])),
])
def test_a_narrated_future_meeting_is_the_meeting(extractor, text, record):
    actors, events = coded(extractor, text)
    assert _cameo(actors, events) == [record]


@pytest.mark.parametrize("text, record", [
    ("Chile said its foreign minister will visit Peru.", ("036", ["CHL"], ["PER"])),
    ("We will visit Peru next week.", ("036", [], ["PER"])),
    ("The Danish minister would visit Peru if invited.", ("036", ["DNK"], ["PER"])),
])
def test_a_told_or_promised_future_meeting_stays_an_intent(extractor, text, record):
    actors, events = coded(extractor, text)
    assert _cameo(actors, events) == [record]


# --- "X is expected to <act>" foretells the act (intended); expecting another to act is an appeal -

@pytest.mark.parametrize("text, record", [
    ("Thailand is expected to sign a trade deal with Cambodia.", ("057", ["THA"], ["KHM"])),
    ("The Thai king is expected to visit Cambodia in May.", ("042", ["THA"], ["KHM"])),
])
def test_a_forecast_act_is_the_act(extractor, text, record):
    actors, events = coded(extractor, text)
    assert _cameo(actors, events) == [record]
    assert all(e["status"] == "intended" for e in events)


def test_expecting_another_to_act_is_still_an_appeal(extractor):
    actors, events = coded(extractor, "Japan expects China to release the detained businessman.")
    assert [(c[:2], s, t) for c, s, t in _cameo(actors, events)] == [("02", ["JPN"], ["CHN"])]


# --- "hit" done by armed forces or their weapons is an attack; a crisis hitting is none ---------

@pytest.mark.parametrize("text, record", [
    ("Israeli drones hit a car in southern Lebanon.", ("195", ["ISR"], ["LBN"])),
    ("Turkish troops hit Kurdish positions in Syria.", ("190", ["TUR"], ["SYR"])),
])
def test_armed_forces_hitting_is_an_attack(extractor, text, record):
    actors, events = coded(extractor, text)
    assert _cameo(actors, events) == [record]


def test_a_crisis_hitting_is_no_attack(extractor):
    actors, events = coded(extractor, "The economic crisis hit Lebanon hard.")
    assert not [e for e in events if e["type"] == "ASSAULT"], events


# --- a dialogue with X: asked for, it aims at X (026); proposed, it is an offer to meet X (036) ----

def test_a_call_for_dialogue_with_a_side_targets_it(extractor):
    actors, events = coded(extractor, "Venezuela called for dialogue with Colombia.")
    assert _cameo(actors, events) == [("026", ["VEN"], ["COL"])]


@pytest.mark.parametrize("text", ["Japan proposed talks with China.", "Japan proposed a dialogue with China."])
def test_proposed_talks_are_an_offer_to_meet(extractor, text):
    actors, events = coded(extractor, text)
    assert _cameo(actors, events) == [("036", ["JPN"], ["CHN"])]


# -- (commit 803c51e) A pronoun in the target of an act other than a condemnation is not
#       read through the thing-noun rule: "demanded their release" after "the detention of
#       students by the security forces" asks for the students, not of the forces.

def test_a_signed_instruments_own_name_is_not_its_owner(ex):
    """ "the Global Compact for ...", tagged whole as a name: its first words name the
    instrument, they are no party to the signing."""
    out = code(ex, None, "Chile signed the Global Compact for Safe Fisheries in Lima on Monday.")
    signed = [e for e in out["events"] if e["cameo"] == "057"]
    assert signed and not any(e["targets"] for e in signed), acts(out)


# --- a truce signed, reached or concluded: the signers' act --------------------------------

@pytest.mark.parametrize("text, source", [
    ("The Malian government signed a ceasefire with Tuareg rebels on Friday.", "MLI"),
    ("Mali and the Tuareg rebels signed a ceasefire in Algiers on Friday.", "MLI"),
    ("Ethiopia and Eritrea reached a truce on Sunday.", "ETH"),
    ("The Angolan army concluded a ceasefire with UNITA in Lusaka.", "AGO"),
])
def test_a_ceasefire_signed_is_its_signers_act(extractor, text, source):
    # (the verb of concluding an accord is a light verb of the truce noun: the subject declares it)
    coded = _coded(extractor, text)
    assert any(c == "0871" and source in s for c, s, _ in coded), coded


# --- forces backed by their own weapons: no support given ----------------------------------

@pytest.mark.parametrize("text", [
    "Chadian troops backed by helicopter gunships attacked rebel positions near Abeche.",
    "Chadian troops, backed by tanks and artillery, attacked rebel positions near Abeche.",
])
def test_troops_backed_by_weapons_are_no_support(extractor, text):
    coded = _coded(extractor, text)
    assert [c[:2] for c, _, _ in coded] == ["19"], coded


def test_troops_backed_by_a_named_side_are_supported(extractor):
    coded = _coded(extractor, "Chadian troops, backed by French warplanes, attacked rebel positions near Abeche.")
    assert any(c.startswith("05") and "FRA" in s and "TCD" in t for c, s, t in coded), coded


@pytest.mark.parametrize("text", [
    # the side's name sits deeper in the means' phrase: "fire from X's warships", "cover from X"
    "Chadian troops backed by fire from French warships attacked rebel positions near Abeche.",
    "Chadian troops, backed by air cover from France, attacked rebel positions near Abeche.",
])
def test_means_of_a_named_side_are_its_support(extractor, text):
    coded = _coded(extractor, text)
    assert any(c.startswith("05") and "FRA" in s and "TCD" in t for c, s, t in coded), coded


# A force's own means ("fire from its own artillery") and means from a place ("helicopters from
# Maiduguri", "fire from Cameroonian territory") are no one's support: only a side named as the
# means' owner (a nation, organisation, country or actor noun) gives it.
@pytest.mark.parametrize("text", [
    "Nigerian troops, backed by fire from their own artillery, attacked rebel camps near Maiduguri.",
    "Nigerian troops backed by helicopters from Maiduguri attacked rebel camps near the lake.",
    "Nigerian troops backed by artillery fire from Cameroonian territory attacked rebel camps.",
])
def test_means_of_a_force_itself_or_from_a_place_are_no_support(extractor, text):
    coded = _coded(extractor, text)
    assert not any(c.startswith("05") for c, _, _ in coded), coded


# The "from" phrase of means names their giver only after a verb of backing, and only when it
# names a side: a place the means came from does nothing.
@pytest.mark.parametrize("text", [
    "Nigerian troops backed by Chadian artillery from Cameroonian territory attacked rebel camps.",
    "Rebel camps were shelled by artillery from Cameroonian territory.",
])
def test_the_place_means_come_from_is_no_doer(extractor, text):
    coded = _coded(extractor, text)
    assert not any("CMR" in s for _, s, _ in coded), coded

# --- recognising a state's independence is recognising the state ---------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Nicaragua recognised the independence of Kosovo on Friday.", "NIC", "XKX"),
    ("Costa Rica recognized the sovereignty of Palestine in 2008.", "CRI", "PSE"),
])
def test_recognising_a_states_independence_recognises_it(extractor, text, source, target):
    coded = _coded(extractor, text)
    assert ("054", [source], [target]) in coded, coded


def test_recognising_a_need_is_no_recognition(extractor):
    coded = _coded(extractor, "Nicaragua recognised the need for reform on Friday.")
    assert not any(c.startswith("05") for c, _, _ in coded), coded


# --- aid distributed is aid given ------------------------------------------------------------

def test_aid_distributed_to_someone_is_aid(extractor):
    coded = _coded(extractor, "Japan distributed 10 million dollars in aid to Haitian relief groups on Monday.")
    assert ("070", ["JPN"], ["HTI"]) in coded, coded


def test_leaflets_distributed_are_no_aid(extractor):
    coded = _coded(extractor, "Japanese activists distributed leaflets in central Tokyo on Monday.")
    assert not any(c.startswith("07") for c, _, _ in coded), coded


# --- people named by their calling are actors a beating is done to ------------------------

@pytest.mark.parametrize("text, target", [
    ("Burmese police beat Buddhist monks during a protest in Rangoon.", "MMR"),
    ("Egyptian police beat two lawyers outside a Cairo court on Monday.", "EGY"),
])
def test_a_beating_of_people_named_by_their_calling(extractor, text, target):
    coded = _coded(extractor, text)
    assert any(c == "182" and target in t for c, _, t in coded), coded


@pytest.mark.parametrize("text", [
    "Nurses in Lagos stopped work on Tuesday over unpaid salaries.",
    "The dock workers of Mombasa have shunned work since the port tax was raised.",
])
def test_staying_off_work_is_a_strike(extractor, text):
    # a verb of the work_leaving class with work as its object, not one verb only
    doc = _code(extractor, text)
    assert ("PROTEST", "143") in [(e.type, e.cameo) for e in doc.events], _events(doc)


@pytest.mark.parametrize("text", [
    "Thousands of farmers gathered on Friday for a rally in Abuja against the land law.",
    "Students converged on Thursday for a demonstration outside the parliament in Dhaka.",
])
def test_gathering_for_a_protest_is_a_demonstration(extractor, text):
    doc = _code(extractor, text)
    assert [(e.type, e.cameo) for e in doc.events] == [("PROTEST", "141")], _events(doc)


def test_gathering_for_a_summit_stays_a_meeting(extractor):
    doc = _code(extractor, "Leaders of ASEAN gathered in Jakarta for a summit.")
    assert [e.type for e in doc.events] == ["CONSULT"], _events(doc)


@pytest.mark.parametrize("text", [
    "The navy enforced a blockade of the port of Hodeidah.",
    "Syrian forces extended the siege to Madaya.",
    "Syrian forces reimposed a siege on Madaya.",
])
def test_a_blockade_put_again_kept_on_or_enforced_is_a_blockade(extractor, text):
    # the imposing class, not one verb per wording
    doc = _code(extractor, text)
    assert ("COERCE", "191") in [(e.type, e.cameo) for e in doc.events], _events(doc)


@pytest.mark.parametrize("text", [
    "Soldiers deserted their duties and fled across the border.",
    "Workers abandoned work on the dam after the floods.",
])
def test_leaving_ones_post_or_a_site_is_no_strike(extractor, text):
    doc = _code(extractor, text)
    assert ("PROTEST", "143") not in [(e.type, e.cameo) for e in doc.events], _events(doc)


@pytest.mark.parametrize("text", [
    "The city extended the closure of the bridge in Kyiv for repairs.",
    "The government extended the closure of schools in Beijing.",
])
def test_a_closure_kept_on_is_no_blockade(extractor, text):
    doc = _code(extractor, text)
    assert "191" not in [e.cameo for e in doc.events], _events(doc)

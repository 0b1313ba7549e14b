"""Words of a news sentence that mention an act without telling one (issue 13, one tuple per
act a sentence reports): the condition of a threat or offer, the aim of a protest or of a
summons, a press release, what people are suspected of or plotting, an act dated from the
news or in a relative clause dated in the past, a visit during which a pledge is made, a
trip for talks, a news outlet relaying an act (no allegation); and the acts that stay.
Made-up sentences.
"""

from __future__ import annotations

import pytest

from sentence_support import cameo_sides as _coded


ALLEGE = "cues.toml:reporting/allegation"


def _code(extractor, text):
    return extractor.extract_text(text, published="2022-03-08")


def _types(doc):
    return [(e.type, e.cameo, e.evidence.text[:40]) for e in doc.events]


# --- conditions -------------------------------------------------------------------------

@pytest.mark.parametrize("text, condition", [
    ("Tanzania threatened to close its border with Kenya unless Nairobi released the "
     "detained truck drivers.", "released"),
    ("The miners' union said it will boycott the talks unless the minister agrees to resign.",
     "agrees"),
    ("Chile offered to lift the embargo on Peru if Lima withdraws its troops from the valley.",
     "withdraws"),
])
def test_the_condition_of_a_threat_or_offer_is_no_event(extractor, text, condition):
    doc = _code(extractor, text)
    assert len(doc.events) == 1, _types(doc)
    assert doc.events[0].status != "hypothetical", _types(doc)
    words = {doc.text[s.start:s.end] for s in doc.events[0].fields["type"]}
    assert condition not in words, words


def test_a_condition_of_an_act_that_took_place_is_left_alone(extractor):
    # "after" is no condition: the kidnapping is an act told in its own right (background)
    doc = _code(extractor, "Soldiers shelled the village after rebels kidnapped two engineers.")
    assert {e.type for e in doc.events} == {"ASSAULT"} and len(doc.events) == 2, _types(doc)


# --- what a protest is held for ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Dockworkers in Mombasa began a hunger strike to demand the release of their union leader.",
    "A Kurdish lawmaker started a hunger strike on Monday to protest the governor's decisions.",
    "Nurses marched through the capital to demand higher pay from the health ministry.",
])
def test_the_aim_of_a_protest_is_its_content(extractor, text):
    doc = _code(extractor, text)
    assert [e.type for e in doc.events] == ["PROTEST"], _types(doc)


def test_a_demand_with_its_own_speaker_after_a_protest_stays(extractor):
    doc = _code(extractor, "Nurses marched through the capital, and the opposition leader "
                           "demanded that the health minister resign.")
    assert {"PROTEST", "REQUEST"} <= {e.type for e in doc.events}, _types(doc)


# --- a press release --------------------------------------------------------------------

def test_a_press_release_is_no_release(extractor):
    doc = _code(extractor, "Troops detained dozens of villagers near the border, according to "
                           "a press release by the rebel movement.")
    assert [e.type for e in doc.events] == ["COERCE"], _types(doc)


def test_a_release_of_prisoners_is_still_coded(extractor):
    doc = _code(extractor, "The junta announced the release of forty political prisoners.")
    assert any(e.cameo.startswith("084") for e in doc.events), _types(doc)


# --- news outlets relay ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Two smugglers were arrested in Ghana for trafficking arms, according to the Associated Press.",
    "Gunmen killed three farmers near Jos on Sunday, Nigerian state television reported.",
])
def test_a_news_outlet_relaying_an_act_does_not_allege_it(extractor, text):
    doc = _code(extractor, text)
    assert any(e.type in ("COERCE", "ASSAULT") for e in doc.events), _types(doc)
    assert not [e for e in doc.events if e.pattern == ALLEGE], _types(doc)


def test_a_named_rights_group_still_alleges(extractor):
    doc = _code(extractor, "Amnesty International said soldiers tortured detainees in Tigray.")
    assert [e for e in doc.events if e.pattern == ALLEGE], _types(doc)


# --- a diplomatic protest's stated aim ----------------------------------------------------

@pytest.mark.parametrize("text, kept, target", [
    ("Bolivia summoned the Chilean ambassador on Tuesday to protest statements by Chilean officials.",
     "ACCUSE", "CHL"),
    ("Morocco recalled its envoy from Algiers in protest over remarks by the Algerian president.",
     "SANCTION", "DZA"),
])
def test_the_protest_a_summons_or_recall_is_for_is_no_second_act(extractor, text, kept, target):
    doc = _code(extractor, text)
    assert [e.type for e in doc.events] == [kept], _types(doc)
    assert target in {doc.actor(a).country for a in doc.events[0].targets}, _types(doc)


# --- the act someone is suspected of ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Jordanian police arrested six men suspected of plotting attacks on tourists.",
    "Senegal deported 40 Gambian traders accused of attacking market guards.",
    "Tunisia detained two bloggers charged with inciting riots against the police.",
])
def test_what_a_person_is_suspected_of_is_no_act(extractor, text):
    doc = _code(extractor, text)
    assert [e.type for e in doc.events] == ["COERCE"], _types(doc)


def test_an_attack_told_as_done_beside_an_arrest_stays(extractor):
    doc = _code(extractor, "Jordanian police arrested six men after gunmen attacked a bus of tourists.")
    assert {"COERCE", "ASSAULT"} <= {e.type for e in doc.events}, _types(doc)


# --- an act dated from the news ----------------------------------------------------------

@pytest.mark.parametrize("text, kept", [
    ("Turkish jets bombed rebel positions near Dohuk, a day after militants killed two "
     "border guards.", "ASSAULT"),
    ("Armenia restored ties with Turkey almost five years after protesters stormed its embassy.",
     "SUPPORT"),
    ("The rebels freed two aid workers three weeks after the kidnapping of the convoy's drivers.",
     "RETREAT"),
])
def test_an_act_told_as_a_time_distance_from_the_news_is_no_event(extractor, text, kept):
    doc = _code(extractor, text)
    assert [e.type for e in doc.events] == [kept], _types(doc)


def test_an_act_right_before_the_news_stays_an_event(extractor):
    # no distance in time: the clause tells what led to the arrests, in the same news
    doc = _code(extractor, "Police arrested twenty people after protesters attacked a police station.")
    assert len(doc.events) == 2 and "COERCE" in {e.type for e in doc.events}, _types(doc)


# --- an act dated in the past that describes a noun ----------------------------------------

@pytest.mark.parametrize("text, kept", [
    ("Niger's army released a Malian journalist that soldiers arrested in Gao two years ago.",
     "RETREAT"),
    ("Hundreds of people rallied in Skopje, where six people were killed in riots three years ago.",
     "PROTEST"),
    ("Ghana expelled two Togolese men who attacked a police station in Accra in 2019.", "SANCTION"),
    ("Kenya deported a Somali cleric who had called for attacks on churches last year.", "COERCE"),
])
def test_a_relative_clause_dated_in_the_past_is_no_event(extractor, text, kept):
    doc = _code(extractor, text)
    assert [e.type for e in doc.events] == [kept], _types(doc)


def test_a_relative_clause_of_the_same_news_stays(extractor):
    doc = _code(extractor, "Police arrested the gunmen who attacked a bus in Kano on Sunday.")
    assert {"COERCE", "ASSAULT"} <= {e.type for e in doc.events}, _types(doc)


# --- the act plotted ----------------------------------------------------------------------

def test_a_foiled_plot_is_no_attack_by_those_who_foiled_it(extractor):
    doc = _code(extractor, "Belgian police foiled a plot to bomb a concert hall in Antwerp.")
    assert not [e for e in doc.events if e.type == "ASSAULT"], _types(doc)


@pytest.mark.parametrize("text", [
    "Kenyan police arrested four men planning attacks on hotels in Mombasa.",
    "Morocco arrested a cell plotting to assassinate a senior judge.",
])
def test_what_the_people_arrested_were_plotting_is_no_act(extractor, text):
    doc = _code(extractor, text)
    assert [e.type for e in doc.events] == ["COERCE"], _types(doc)


def test_an_infinitive_relative_dated_in_the_past_is_still_the_news(extractor):
    doc = _code(extractor, "Chile was the first country of the region to have recognised Palau last year.")
    assert doc.events, _types(doc)


# --- travelling for talks: one act ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Kenyan foreign minister flew to Geneva for talks with Ethiopian officials.",
    "The Kenyan foreign minister travelled to Geneva for a meeting with Ethiopian officials.",
])
def test_travel_for_talks_is_one_act_with_the_partner(extractor, text):
    coded = _coded(extractor, text)
    assert len(coded) == 1 and coded[0][1] == ["KEN"] and coded[0][2] == ["ETH"], coded


# --- an event noun after a preposition of time is no act's content ----------------------

def test_a_visit_during_which_a_pledge_is_made_is_not_what_is_pledged(extractor):
    coded = _coded(extractor, "Laos pledged to expand rice exports during a visit by the Thai foreign minister.")
    pledges = [c for c, s, _ in coded if s == ["LAO"]]
    assert pledges == ["030"], coded   # (was 036, intent to meet, from the visit)

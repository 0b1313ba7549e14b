"""Issue 13, a coder that generalizes (third set of the day): constructions of news
sentences read by their class, on made-up sentences.

* A search is a coercive act (CAMEO 170) only for a person or group sought (an actor, or a
  noun of the word class ``wanted``), not for a thing or an aim ("searched for the missing
  plane / survivors / a solution"), as PETRARCH-2's dictionary leaves "search for" uncoded;
  a preposition's object the parser hung as an apposition counts (events/matcher.py).
* "helped X do ...", "let X go": the one helped is the verb's object, though the parser makes
  it the subject of the bare infinitive (word class ``bare_infinitive_verbs``).
* "its ambassador to (in) X": an envoy's "to / in" phrase names the side it is sent to, as
  "of / from" names the side sending it (word class ``envoys``).
* "travelled to X for talks with Y": the event noun a verb's pattern needs after its
  preposition is the verb's own act, one event whose target is the noun's partner (it was a
  second event with no doer) (events/matcher.py).
* PETRARCH-2's verb patterns keep the words written before their subject's head ("AIR FORCE
  * KILLED" 195, "TANK FIRE *" 194) as modifiers the subject must have; the compiled subject
  cell keeps the head only, so "forces killed" was read as an air force's act
  (events/dictionary.py, dict_constraints.py).
* "X said his (its) country (government) would ...": a state noun owned by a third-person
  possessive pronoun in a speaker's clause is the speaker's state, as "X said he would" is the
  speaker (events/candidates.py); it had no source.
* An event noun after a preposition of time ("pledged to ... during a visit by X") situates
  the act above it and is not its content (events/triggers.py).
"""

from __future__ import annotations

import pytest


def _coded(extractor, text):
    doc = extractor.extract_text(text, published="2019-09-17")
    country = {a.id: a.country for a in doc.actors}
    return [(e.cameo, [country[a] for a in e.sources], [country[a] for a in e.targets])
            for e in doc.events]


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


# --- "help X do": the one helped ---------------------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Norway helped Malawi rebuild its grain stores after the floods.", "NOR", "MWI"),
    ("Canada offered to help Haiti repair the damaged port.", "CAN", "HTI"),
])
def test_the_one_helped_is_the_target(extractor, text, source, target):
    coded = _coded(extractor, text)
    assert any(source in s and target in t for _, s, t in coded), coded


# --- an envoy sent to a side -------------------------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Ghana recalled its ambassador to Togo on Friday.", "GHA", "TGO"),
    ("Ghana recalled its ambassador in Lome after the border incident.", "GHA", "TGO"),
])
def test_an_envoys_host_is_the_target(extractor, text, source, target):
    coded = _coded(extractor, text)
    assert any(source in s and target in t for _, s, t in coded), coded


def test_an_envoy_sent_by_the_other_side_keeps_its_sender(extractor):
    coded = _coded(extractor, "Togo expelled the Ghanaian ambassador in Lome.")
    assert any(s == ["TGO"] and t == ["GHA"] for _, s, t in coded), coded


# --- travelling for talks: one act ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Kenyan foreign minister flew to Geneva for talks with Ethiopian officials.",
    "The Kenyan foreign minister travelled to Geneva for a meeting with Ethiopian officials.",
])
def test_travel_for_talks_is_one_act_with_the_partner(extractor, text):
    coded = _coded(extractor, text)
    assert len(coded) == 1 and coded[0][1] == ["KEN"] and coded[0][2] == ["ETH"], coded


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


# --- "X said his country would ...": the speaker's own state -----------------------------

@pytest.mark.parametrize("text, source", [
    ("Benin's foreign minister said his country would not recognise the junta in Niamey.", "BEN"),
    ("The Beninese president told reporters that his government would send troops to Niger.", "BEN"),
])
def test_his_country_in_a_speakers_clause_is_the_speakers_state(extractor, text, source):
    coded = _coded(extractor, text)
    assert coded and all(s == [source] for _, s, _ in coded), coded


# --- an event noun after a preposition of time is no act's content ----------------------

def test_a_visit_during_which_a_pledge_is_made_is_not_what_is_pledged(extractor):
    coded = _coded(extractor, "Laos pledged to expand rice exports during a visit by the Thai foreign minister.")
    pledges = [c for c, s, _ in coded if s == ["LAO"]]
    assert pledges == ["030"], coded   # (was 036, intent to meet, from the visit)

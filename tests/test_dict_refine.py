"""The compiled verb dictionary refining the CAMEO code of a verb the project's own patterns
code ([events] petrarch_verbs = "refine", the default; events/dict_refine.py); a pattern's words
before the verb are its doer's, in the passive the "by" agent's.  Sentences are made up (Velmora,
Taravel, Orvel; one with real state names)."""

from __future__ import annotations

import pytest

from communique.config import load_config
from communique.extract import Extractor


@pytest.fixture(scope="module")
def extractors():
    return {m: Extractor(load_config(overrides={"events": {"petrarch_verbs": m}}))
            for m in ("off", "refine")}


def _coded(ex, text):
    return [(e.type, e.mode, e.cameo, e.pattern) for e in ex.extract_text(text).events]


def test_refine_is_the_default():
    assert load_config().events.petrarch_verbs == "refine"


@pytest.mark.parametrize("text, own, refined", [
    # a dictionary pattern with the verb's object: "seize" a weapon, "extend ... loan"
    ("The Taravel police seized rifles and ammunition from a warehouse in Orvel.", "171", "1711"),
    ("Velmora extended a loan of forty million dollars to Taravel.", "070", "071"),
    # the verb's own code in the dictionary, where the own pattern has a coarser one
    ("The Velmoran government demanded the immediate release of the detained fishermen.", "0253", "1053"),
])
def test_the_dictionary_gives_the_sub_code_the_type_stays(extractors, text, own, refined):
    off, on = _coded(extractors["off"], text), _coded(extractors["refine"], text)
    assert [c[2] for c in off] == [own]
    assert [c[2] for c in on] == [refined]
    # type, mode and the own pattern that found the event are unchanged
    assert [(c[0], c[1], c[3]) for c in on] == [(c[0], c[1], c[3]) for c in off]


def test_a_coarser_code_is_not_taken(extractors):
    # the dictionary's block defaults: "bombard" 190 (own 194), "release" 084 (own 0841), "murder" 190
    # (own 1823), "arrive" 040 (own 042: a visit)
    for text, own in (("Rebel artillery bombarded the outskirts of Orvel overnight.", "194"),
                      ("Velmora released the former mayor of Orvel after two years in prison.", "0841"),
                      ("The gang murdered a Taravel judge in Orvel on Monday.", "1823"),
                      ("The Velmoran foreign minister arrived in Taravel on Friday.", "042")):
        assert [c[2] for c in _coded(extractors["refine"], text)] == [own]


def test_a_code_read_from_the_object_noun_stays(extractors):
    # "open fire" is 193 in the dictionary; the tank fire noun made the own code 194
    text = "Velmoran troops opened tank fire on Taravel positions near the border."
    assert [c[2] for c in _coded(extractors["refine"], text)] == ["194"]


def test_an_own_pattern_with_more_constraints_keeps_its_code(extractors):
    # own "threaten" + an attack noun (138) against the dictionary's bare "threaten" (130)
    text = "The Orvel Brigades threatened further attacks on Velmoran towns."
    assert [c[2] for c in _coded(extractors["refine"], text)] == ["138"]
    # own "fire" + a missile noun (194) against the dictionary's bare "fire" (190)
    text = "The Velmoran navy fired missiles at a Taravel frigate on Monday."
    assert [c[2] for c in _coded(extractors["refine"], text)] == ["194"]


def test_a_code_of_another_type_does_not_change_the_event(extractors):
    # the dictionary reads "pressure" as coercion (170); the own pattern as a demand
    text = "The Velmoran president pressured Taravel to reopen the border crossing."
    off, on = _coded(extractors["off"], text), _coded(extractors["refine"], text)
    assert on and on == off and on[0][0] == "REQUEST"


def test_no_event_from_the_dictionary_alone(extractors):
    # "question the assertion" is the dictionary's (110), no own pattern names it
    text = "The Taravel foreign minister questioned the assertion by Velmora."
    assert _coded(extractors["refine"], text) == []


def test_the_dictionary_words_are_the_codes_evidence(extractors):
    text = "The Taravel police seized rifles and ammunition from a warehouse in Orvel."
    doc = extractors["refine"].extract_text(text)
    (e,) = doc.events
    assert e.cameo == "1711"
    assert [doc.text[s.start:s.end] for s in e.fields["cameo"]] == ["seized", "rifles"]
    # an own code the dictionary does not refine has no such evidence
    doc = extractors["refine"].extract_text("Rebel artillery bombarded the outskirts of Orvel overnight.")
    assert [e.cameo for e in doc.events] == ["194"] and "cameo" not in doc.events[0].fields


@pytest.mark.parametrize("active, passive", [
    # PETRARCH-2's "&AIRCRAFT * +" (195): the aircraft are the doers in either voice
    ("Turkish jets bombed Kurdish positions in northern Iraq on Sunday.",
     "Kurdish positions in northern Iraq were bombed by Turkish jets on Sunday."),
    ("Taravel warplanes bombed rebel camps near Orvel.",
     "Rebel camps near Orvel were bombed by Taravel warplanes."),
])
def test_a_pattern_s_doer_is_the_by_agent_of_a_passive(extractors, active, passive):
    on = extractors["refine"]
    assert [c[2] for c in _coded(on, active)] == ["195"]
    assert [c[2] for c in _coded(on, passive)] == ["195"]   # (was the own 183: the subject read)

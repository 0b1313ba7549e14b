"""An act told by a verb with a doer and no target named takes the actor of a prepositional
phrase of the verb, as PETRARCH-2 reads a verb phrase's target from its prepositional phrases
when no noun phrase names one; not an agent, an origin, a place, a time or a co-doer (word
class no_target_preps), nor a helper's phrase ("with the support of X"), a time, a companion
("with X" of an act not done together), the side a fight, a protest or a verb of serving or
lobbying is done for ("fought for X"), the partner of an accord acted on, or the holder of
what a warning says is at stake.  Made-up sentences."""

from __future__ import annotations

import pytest

from sentence_support import cameo_sides as _coded


@pytest.mark.parametrize("text, source, target", [
    ("Egypt offered mediation for Libya.", "EGY", "LBY"),
    ("Iran warned of consequences for Saudi Arabia.", "IRN", "SAU"),
])
def test_the_verbs_phrase_names_the_target(extractor, text, source, target):
    got = _coded(extractor, text)
    assert got and all(s == [source] and t == [target] for _, s, t in got), got


@pytest.mark.parametrize("text, country", [
    ("Ghana offered mediation after the elections in Togo.", "TGO"),           # a time, a place
    ("Ghana offered mediation with the support of Nigeria.", "NGA"),           # a helper
    ("Ghana offered mediation alongside Nigeria.", "NGA"),                     # a co-doer
    ("The king received the envoy on the third day of the festival of Chile.", "CHL"),  # a day
    ("Iran warned of consequences for Saudi Arabia's security.", "SAU"),       # a thing at stake
    ("Britain voted with France against the resolution.", "FRA"),              # a companion
    ("Rwanda condemned the killings together with Uganda.", "UGA"),            # a companion
])
def test_no_target_from_a_time_a_place_or_a_helper(extractor, text, country):
    got = _coded(extractor, text)
    assert got and all(country not in t for _, _, t in got), got


@pytest.mark.parametrize("text, country", [
    ("North Korean soldiers fought for Russia in Kursk.", "RUS"),              # the side fought for
    ("Volunteers from Georgia fought for Ukraine.", "UKR"),
    ("Colombian mercenaries fought for the Sudanese army.", "SDN"),
    ("Thousands of Chileans protested for Palestine.", "PSE"),                 # a crowd's cause
    ("Pakistan lobbied for China at the meeting.", "CHN"),                     # the one lobbied for
    ("The Houthis attacked ships off Yemen for Palestine.", "YEM"),            # a place ("off")
    ("The Houthis attacked ships off Yemen for Palestine.", "PSE"),
    ("Sudanese rebels attacked a convoy outside Chad.", "TCD"),                # a place ("outside")
    ("Turkish troops fought around Syria for weeks.", "SYR"),                  # a place ("around")
    ("Israel struck targets beyond Lebanon.", "LBN"),                          # a place ("beyond")
])
def test_no_target_from_the_side_acted_for_or_a_place(extractor, text, country):
    got = _coded(extractor, text)
    assert got and all(country not in t for _, _, t in got), got


@pytest.mark.parametrize("text, country", [
    ("Wars are being fought from Sudan to Chad.", "TCD"),
    ("Armed groups attacked villages from Mali to Niger last year.", "NER"),
])
def test_the_end_of_a_from_to_range_is_no_target(extractor, text, country):
    got = _coded(extractor, text)
    assert got and all(country not in t for _, _, t in got), got


def test_a_statement_telling_of_wars_across_a_range_accuses_no_one(extractor):
    from coding_support import statement
    out = statement(extractor, "Wars continue to be fought from Sudan to Chad.", "Norway")
    assert [e for e in out["events"] if e["type"] == "ASSAULT"], out["events"]
    assert not [e for e in out["events"] if e["type"] == "ACCUSE"], out["events"]

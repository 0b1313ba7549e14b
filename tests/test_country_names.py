"""Country names read right: the two Congos (in full, bare by the document's places or the
issuer), "Côte d'Ivoire" with either apostrophe, a town the gazetteer knows against a
misspelt country, "the Zionist regime", the Group of 20 in figures, the international
community (no one country's), a venue or a group of an unknown place (no other
country).

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from communique import contract
from coding_support import actors_by_id, statement as _out, statement, statement_acts as _acts
from sentence_support import country_or_name_acts as acts, ga79_statement as code, news_2022 as _news
from sentence_support import statement_events as _events


def _country_of_mention(out: dict, name: str) -> set:
    actors = actors_by_id(out)
    return {actors[m["actor"]].get("country") for m in out["mentions"] if m["text"] == name and m.get("actor")}


# -- the two Congos: named in full they say which; bare "Congo" by the document's places -------

@pytest.mark.parametrize("text, want", [
    ("We support the peace process in the Democratic Republic of the Congo.", "COD"),
    ("We support the peace process in the DRC.", "COD"),
    ("We support the peace process in the DR Congo.", "COD"),
    ("We support the reforms in the Republic of the Congo.", "COG"),
    ("We support the reforms in Congo-Brazzaville.", "COG"),
    # bare "Congo": the usual reading (ISO 3166's "Congo")
    ("We support the peace process in Congo.", "COG"),
    # ... unless the document's places point at one of the two
    ("We support the peace process in Congo, where the fighting near Kinshasa has displaced thousands.", "COD"),
    ("We support the peace process in Congo, where the mines near Lubumbashi have reopened.", "COD"),
    ("We support the reforms in Congo, where the port of Pointe-Noire has reopened.", "COG"),
    # places of both decide nothing
    ("We thank Congo for hosting the talks in Brazzaville and Kinshasa.", "COG"),
])
def test_which_congo(ex, text, want):
    acts = _acts(ex, text)
    assert ("SUPPORT", ["GHA"], [want]) in acts, acts


def test_congo_said_by_the_drc_is_itself(ex):
    out = statement(ex, "Congo will never accept the looting of its mines.", "the Democratic Republic of the Congo")
    assert {a.get("country") for a in out["actors"] if "Congo" in a["name"]} == {"COD"}, out["actors"]


# -- A short name two countries share ("Congo") is the issuer's own country when the issuer
#       is one of them; elsewhere it keeps its usual reading.

@pytest.mark.parametrize("issuer, country", [
    ("the Democratic Republic of the Congo", "COD"),
    ("the Republic of the Congo", "COG"),
    ("Norway", "COG"),
])
def test_a_shared_short_name_is_the_issuers_own_country(ex, issuer, country):
    out = code(ex, issuer, "Armed groups from across the border keep attacking villages in eastern Congo, "
                           "and Congo will defend its people.")
    assert _country_of_mention(out, "Congo") == {country}, [(m["text"], m.get("actor")) for m in out["mentions"]]


# -- "Côte d’Ivoire" with a typographic apostrophe (U+2019) is the same country as with a
#       straight one, its span the text's own.

@pytest.mark.parametrize("apostrophe", ["\u2019", "'"])
@pytest.mark.parametrize("text", [
    "We thank the Government of Côte d{}Ivoire for hosting the regional summit on fisheries.",
    "We thank Côte d{}Ivoire for hosting the regional summit on fisheries.",
    "Côte d{}Ivoire and Ghana signed a new agreement on cocoa prices last month.",
])
def test_an_elided_particle_stays_in_the_name(ex, text, apostrophe):
    text = text.format(apostrophe)
    out = code(ex, "Norway", text)
    civ = [a for a in out["actors"] if a.get("country") == "CIV"]
    assert civ, (acts(out), [a["name"] for a in out["actors"]])
    assert any(t in ("SUPPORT", "AGREE") and ("CIV" in g or "CIV" in s) for t, s, g in acts(out)), acts(out)
    name = "Côte d" + apostrophe + "Ivoire"
    body = out["document"]["text"]
    assert any(name in m["text"] and body[m["start"]:m["end"]] == m["text"] for m in out["mentions"]), out["mentions"]


# --- a town the gazetteer knows is no misspelt country ----------------------------------

def test_a_known_town_is_not_taken_for_a_country_its_name_resembles(extractor):
    out = _news(extractor, "Traders in Nakuru closed their shops on Tuesday after police "
                           "raided the main market.")
    assert not [a for a in out["actors"] if a.get("country") == "NRU"], out["actors"]
    assert {p["country"] for p in out["places"] if p["name"] == "Nakuru"} == {"KEN"}, out["places"]


def test_a_misspelt_country_the_gazetteer_lacks_still_matches(extractor):
    out = _news(extractor, "The government of Tanzana expelled two foreign reporters on Monday.")
    assert any(a.get("country") == "TZA" for a in out["actors"]), out["actors"]


# -- "the Zionist regime / entity / occupation": Israel, as statements that shun its name say ------

@pytest.mark.parametrize("text", [
    "We condemn the crimes of the Zionist regime in the occupied territories.",
    "We denounce the Zionist entity for its blockade.",
])
def test_the_zionist_regime_is_israel(ex, text):
    acts = _acts(ex, text)
    assert any(a[0] == "ACCUSE" and a[1] == ["GHA"] and "ISR" in a[2] for a in acts), acts


# -- goods and gear handed over are aid: equipment, grain, fuel, fertilizer, tents, kits ---------------

def test_the_group_of_20_in_figures_is_the_g20(ex):
    acts = _acts(ex, "We appeal to the Group of 20 to suspend the debt payments of Malawi.")
    assert any(a[0] == "REQUEST" and "G20" in a[2] for a in acts), acts


# -- the collective of all states is no one country's ----------------------------------------

@pytest.mark.parametrize("text", [
    "We call on the world community to stand with Haiti in these dark days.",
    "We call on the international community to help the people of Haiti rebuild their schools.",
])
def test_the_international_community_takes_no_country_from_the_sentence(ex, text):
    out = statement(ex, text)
    community = [a for a in out["actors"] if a["name"].endswith("community")]
    assert community and all(a["country"] is None for a in community), out["actors"]


def test_a_community_of_one_country_keeps_it(ex):
    acts = _acts(ex, "The Muslim community of Mali protested against the new decree on schools.")
    assert any(a[0] == "PROTEST" and a[1] == ["MLI"] for a in acts), acts


# -- where a meeting is held is not the nationality of those there --------------------------
# (an unknown state's minister meeting an envoy "at the session in Geneva" was Swiss)

def test_the_venue_of_a_session_is_nobodys_country(ex):
    out = _out(ex, "Foreign Minister Ada Korrin met on Monday with the envoy of the United Nations for "
                   "the Northern Region, Tom Berg, on the sidelines of the Human Rights Council session "
                   "in Geneva.", issuer=None)
    people = [a for a in out["actors"] if a["kind"] == "person"]
    assert people, out["actors"]
    assert all(a["country"] != "CHE" for a in people), people


def test_the_example_ministers_are_not_of_the_venue(ex):
    from pathlib import Path
    text = (Path(__file__).resolve().parents[1] / "examples" / "ministry_press_release.txt").read_text("utf-8")
    out = contract.to_dict(ex.extract_text(text))
    assert not any(a["country"] == "CHE" for a in out["actors"]), out["actors"]


def test_a_group_of_an_unknown_place_takes_no_other_country(ex):
    evs = _events(ex, "We support the people of Ruritania against the invasion by Russia.")
    support = [e for e in evs if e["type"] == "SUPPORT"]
    assert support and all("RUS" not in e["tgt"] for e in support), support

"""Older user-visible defects, fixed on 2026-12-04 (each sentence written for this file).

Each test names the construction or word class its rule reads; the sentences are invented
(real states so that they resolve, events made up).
"""

from __future__ import annotations

from coding_support import acts, statement

TITLE = "Statement by {} at the general debate of the United Nations General Assembly"


def _statement(extractor, issuer: str, text: str) -> dict:
    return statement(extractor, text, issuer, title=TITLE, published="2023-09-19")


def _news(extractor, text: str) -> dict:
    return statement(extractor, text, None, published="2022-03-08")


def _name_and_country(actor: dict) -> tuple:
    return actor["name"], actor.get("country")


def _events(out: dict) -> list[tuple]:
    """(type, source names and countries, target names and countries) per event."""
    return acts(out, source=_name_and_country, target=_name_and_country)


def _events_of(out: dict, type_: str) -> list[dict]:
    return [e for e in out["events"] if e["type"] == type_]


def _actor(out: dict, aid: str) -> dict:
    return next(a for a in out["actors"] if a["id"] == aid)


# --- 1. an act noun's victims ("on", "against") and its doers ("by") ----------------------

def test_victims_of_an_attack_noun_do_not_take_the_country_of_its_doers(extractor):
    for text in ("The raids on fishing villages by Eritrean soldiers must end now.",
                 "We deplore the assaults against journalists by Belarusian security forces.",
                 "We deplore the bombing of farmers by Eritrean aircraft."):
        out = _statement(extractor, "Sweden", text)
        acts = _events_of(out, "ASSAULT")
        assert acts, _events(out)
        for e in acts:
            doers = {_actor(out, i).get("country") for i in e["sources"]}
            assert doers & {"ERI", "BLR"}, _events(out)
            for i in e["targets"]:
                assert _actor(out, i).get("country") not in doers, _events(out)


# --- 2. the addressee of a request and the object of the act requested --------------------

def test_the_addressee_of_a_request_does_not_take_the_country_of_the_act_requested(extractor):
    for text in ("We appeal to the donor community to rebuild the hospitals of Honduras.",
                 "My delegation calls upon the international community to stand by Malawi."):
        out = _statement(extractor, "Belgium", text)
        reqs = _events_of(out, "REQUEST")
        assert reqs and all(e["targets"] for e in reqs), _events(out)
        for e in reqs:
            for i in e["targets"]:
                assert _actor(out, i).get("country") not in ("HND", "MWI"), _events(out)


def test_a_place_the_requested_act_is_done_in_still_places_the_addressee(extractor):
    out = _statement(extractor, "Kenya", "We urge the militias to hand over their weapons in Somalia.")
    reqs = _events_of(out, "REQUEST")
    assert reqs and {_actor(out, i).get("country") for e in reqs for i in e["targets"]} == {"SOM"}, \
        _events(out)


# --- 8. a town the gazetteer knows is no misspelt country ----------------------------------

def test_a_known_town_is_not_taken_for_a_country_its_name_resembles(extractor):
    out = _news(extractor, "Traders in Nakuru closed their shops on Tuesday after police "
                           "raided the main market.")
    assert not [a for a in out["actors"] if a.get("country") == "NRU"], out["actors"]
    assert {p["country"] for p in out["places"] if p["name"] == "Nakuru"} == {"KEN"}, out["places"]


def test_a_misspelt_country_the_gazetteer_lacks_still_matches(extractor):
    out = _news(extractor, "The government of Tanzana expelled two foreign reporters on Monday.")
    assert any(a.get("country") == "TZA" for a in out["actors"]), out["actors"]


# --- 3. countries coordinated in a "from" phrase --------------------------------------------

def test_each_country_of_a_coordinated_from_phrase_is_a_side(extractor):
    out = _news(extractor, "Negotiators from Ecuador and Bolivia met in Quito on Friday to discuss "
                           "river transport.")
    acts = _events_of(out, "CONSULT")
    assert acts, _events(out)
    sides = {_actor(out, i).get("country") for e in acts for i in e["sources"] + e["targets"]}
    assert {"ECU", "BOL"} <= sides, _events(out)


def test_one_country_in_a_from_phrase_still_places_the_group(extractor):
    out = _news(extractor, "Negotiators from Ecuador met the Bolivian trade minister on Friday.")
    srcs = {_actor(out, i).get("country") for e in out["events"] for i in e["sources"]}
    assert srcs == {"ECU"}, _events(out)


# --- 4. the right of reply is no warning; a response with force still is --------------------

def test_reserving_the_right_of_reply_is_no_threat(extractor):
    for text in ("The delegation of Chile reserves the right to reply at a later meeting.",
                 "Mr. President, my delegation reserves its right of reply.",
                 "Our Government reserves the right to answer in writing."):
        out = _statement(extractor, "Chile", text)
        assert not _events_of(out, "THREATEN"), (text, _events(out))


def test_reserving_a_response_with_force_or_at_someone_is_a_threat(extractor):
    for text in ("Our Government reserves the right to respond militarily.",
                 "Chile reserves the right to respond to any incursion by Bolivia.",
                 "Chile reserves the right to reply in a manner of its own choosing."):
        out = _statement(extractor, "Chile", text)
        assert _events_of(out, "THREATEN"), (text, _events(out))


# --- 5. lending support is a stance; lending money or goods is aid --------------------------

def test_lending_support_is_support_not_a_loan(extractor):
    out = _news(extractor, "Norway lent its full support to the peace talks in Colombia on Monday.")
    assert [e["type"] for e in out["events"]] == ["SUPPORT"], _events(out)


def test_lending_money_or_goods_is_still_aid(extractor):
    for text in ("Kuwait lent 400 million dollars to Jordan last year.",
                 "Spain lent three transport aircraft to Mauritania."):
        out = _news(extractor, text)
        assert [e["type"] for e in out["events"]] == ["AID"], (text, _events(out))


# --- 6. troops sent are one act: a deployment (PLOVER 2.0 MOBILIZE, troops) -------------------

def test_sending_troops_is_one_deployment(extractor):
    for text in ("Uganda sent two battalions of troops to South Sudan in July.",
                 "Turkey is sending soldiers to the border with Syria."):
        out = _news(extractor, text)
        assert [e["type"] for e in out["events"]] == ["MOBILIZE"], (text, _events(out))


def test_peacekeepers_or_weapons_sent_are_still_aid(extractor):
    for text in ("Uganda sent peacekeepers to South Sudan in July.",
                 "Iran sent weapons to the rebels in Yemen."):
        out = _news(extractor, text)
        assert [e["type"] for e in out["events"]] == ["AID"], (text, _events(out))

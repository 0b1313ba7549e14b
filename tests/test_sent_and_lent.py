"""What is sent or lent decides the act: tanks or weapons sent to a state are military aid
(072), sent to a place or into a state a deployment; troops sent are one deployment
(MOBILIZE), peacekeepers sent are aid; a promise to send tanks is an intent (0332), a threat
to send them a threat of force (138); support lent is a stance, money or goods lent are aid.
Made-up sentences.
"""

from __future__ import annotations

from coding_support import statement
from sentence_support import named_acts as _events, news_2022 as _news


def _coded(extractor, text):
    out = statement(extractor, text, None)
    names = {a["id"]: a.get("country") or a["name"] for a in out["actors"]}
    return [(e["type"], e["cameo"], [names[i] for i in e["sources"]], [names[i] for i in e["targets"]])
            for e in out["events"]]


# -- arms and troops sent to a state; a threat to send them ----------------------------

def test_tanks_sent_to_a_state_are_military_aid(extractor):
    assert _coded(extractor, "Ghana sent tanks to Togo.") == [("AID", "072", ["GHA"], ["TGO"])]


def test_tanks_or_troops_promised_to_a_state_are_no_threat(extractor):
    # the promise of military aid (CAMEO 0332), not THREATEN: no threat verb
    assert _coded(extractor, "Ghana will send tanks to Togo.") == [("AGREE", "0332", ["GHA"], ["TGO"])]
    # a deployment announced stays a deployment (troops sent are MOBILIZE, PLOVER's troops mode)
    assert _coded(extractor, "Ghana will send troops to Togo.") == [("MOBILIZE", "154", ["GHA"], ["TGO"])]


def test_tanks_sent_to_a_place_or_into_a_state_are_a_deployment(extractor):
    assert [k for k, *_ in _coded(extractor, "Ghana sent tanks to the border.")] == ["MOBILIZE"]
    assert [k for k, *_ in _coded(extractor, "Ghana sent tanks into Togo.")] == ["MOBILIZE"]


def test_a_threat_to_send_tanks_is_a_threat_of_military_force(extractor):
    assert _coded(extractor, "Ghana threatened to send tanks into Togo.") == [("THREATEN", "138", ["GHA"], ["TGO"])]
    assert _coded(extractor, "Ghana threatened to send troops to Togo.") == [("THREATEN", "138", ["GHA"], ["TGO"])]


# --- troops sent are one act: a deployment (PLOVER 2.0 MOBILIZE, troops) -------------------

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


# --- lending support is a stance; lending money or goods is aid --------------------------

def test_lending_support_is_support_not_a_loan(extractor):
    out = _news(extractor, "Norway lent its full support to the peace talks in Colombia on Monday.")
    assert [e["type"] for e in out["events"]] == ["SUPPORT"], _events(out)


def test_lending_money_or_goods_is_still_aid(extractor):
    for text in ("Kuwait lent 400 million dollars to Jordan last year.",
                 "Spain lent three transport aircraft to Mauritania."):
        out = _news(extractor, text)
        assert [e["type"] for e in out["events"]] == ["AID"], (text, _events(out))

"""Defects seen on realistic statements (session of 5 December), each with sentences written
for the test: an office named alone as the issuer, abstract nouns after "use of", weapons
sent to a state, object pronouns, and a judged act told twice."""

from coding_support import acts, statement

from communique.document import Source


def _issuers(doc):
    return [(doc.actor(a).name, doc.actor(a).country, [r.title for r in doc.actor(a).roles])
            for a in doc.issuers]


# -- 1. an office named alone in the title ------------------------------------------------

def test_an_office_named_alone_is_kept_unnamed_with_its_role(extractor):
    doc = extractor.extract_text("We condemn the shelling of the market in the border town.",
                                 title="Statement by the Spokesperson")
    assert _issuers(doc) == [("unnamed Spokesperson", None, ["Spokesperson"])]
    assert not any(a.name == "Spokesperson" for a in doc.actors)


def test_an_office_named_alone_in_title_and_signature_is_one_issuer(extractor):
    doc = extractor.extract_text(
        "Remarks by the Deputy Spokesperson on the floods\n\n"
        "Our thoughts are with the families of all those who died in the floods.\n\n"
        "Office of the Deputy Spokesperson\n")
    assert _issuers(doc) == [("unnamed Deputy Spokesperson", None, ["Deputy Spokesperson"])]


def test_the_letterhead_gives_the_office_its_owner(extractor):
    doc = extractor.extract_text(
        "Ministry of Foreign Affairs of Ghana\n\n"
        "Statement by the Spokesperson\n\n"
        "We condemn the shelling of the market in the border town.\n")
    (issuer,) = doc.issuers
    office = doc.actor(issuer)
    assert office.name == "Spokesperson of the Ministry of Foreign Affairs of Ghana"
    assert office.country == "GHA"
    assert [doc.actor(r.of).name for r in office.roles] == ["Ministry of Foreign Affairs of Ghana"]


def test_the_input_issuer_gives_the_office_its_owner(extractor):
    doc = extractor.extract_text("We condemn the shelling of the market in the border town.",
                                 title="Statement by the High Representative",
                                 source=Source(issuer_hint=["Ghana"]))
    assert _issuers(doc) == [("High Representative of Ghana", "GHA", ["High Representative"])]


def test_the_spokesperson_in_a_ministrys_release_is_its_own(extractor):
    doc = extractor.extract_text(
        "Ministry of Foreign Affairs of Ghana\n\nPress Release\n\n"
        "The Spokesperson condemned the shelling of the market in the border town.\n")
    (accuse,) = [e for e in doc.events if e.type == "ACCUSE"]
    (speaker,) = [doc.actor(a) for a in accuse.sources]
    assert speaker.name == "Spokesperson of the Ministry of Foreign Affairs of Ghana"
    assert speaker.country == "GHA" and [r.title for r in speaker.roles] == ["Spokesperson"]


# -- 2. the means after "use of", "threat of" ----------------------------------------------

def test_force_used_or_threatened_is_no_actor(extractor):
    for text in ("We reject the use of force against civilians.",
                 "We condemn any threat of force against our neighbours."):
        out = statement(extractor, text, "Ghana")
        assert not [a["name"] for a in out["actors"] if "force" in a["name"].lower()], text


def test_forces_named_as_a_body_are_still_actors(extractor):
    out = statement(extractor, "We condemn the use of force by the junta against protesters.", "Ghana")
    assert [t for k, _, t in acts(out) if k == "ACCUSE"] == [["junta"]]


# -- 3. arms and troops sent to a state; a threat to send them ----------------------------

def _coded(extractor, text):
    out = statement(extractor, text, None)
    names = {a["id"]: a.get("country") or a["name"] for a in out["actors"]}
    return [(e["type"], e["cameo"], [names[i] for i in e["sources"]], [names[i] for i in e["targets"]])
            for e in out["events"]]


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


# -- 4. an object pronoun for a person named by an office ---------------------------------

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


# -- 5. one accusation per happening judged ------------------------------------------------

def _accusations(extractor, text):
    out = statement(extractor, text, "Ghana")
    return [e for e in out["events"] if e["type"] == "ACCUSE"]


def test_an_attack_told_then_condemned_is_one_accusation(extractor):
    # the issuer's telling of the attack alleges it; the condemnation of "the attack by Sudan"
    # judges the same attack: one ACCUSE, the other telling as more evidence
    (acc,) = _accusations(extractor, "Sudan attacked the port on Monday, killing ten civilians. "
                                     "We condemn the attack by Sudan, calling it a crime.")
    assert acc["evidence_more"]


def test_an_attack_condemned_then_blamed_is_one_accusation(extractor):
    for text in ("We condemn the attack by Sudan on the port. We accuse Sudan of the attack.",
                 "We condemn the attack by Sudan on the port. We hold Sudan responsible for this attack."):
        (acc,) = _accusations(extractor, text)
        assert acc["evidence_more"], text


def test_two_acts_condemned_stay_two_accusations(extractor):
    assert len(_accusations(extractor, "We condemn the attack by Sudan on the port. "
                                       "We also condemn the arrest of journalists by Sudan.")) == 2


def test_an_act_told_then_condemned_without_its_doer_is_one_accusation(extractor):
    # "the shelling" re-mentions the shelling told before: its condemnation judges Sudan, and
    # the issuer's allegation of that shelling is the same accusation
    accusations = _accusations(extractor, "Sudan shelled the port on Monday. Sudan also arrested ten "
                                          "journalists. We condemn the shelling of the port.")
    assert len(accusations) == 2   # the shelling's, the arrests'
    assert [x["text"] for x in accusations[0]["evidence_more"]] == ["We condemn the shelling of the port."]


def test_calling_an_attack_a_crime_is_no_call_on_anyone(extractor):
    # V X Y ("called the attack ... a crime"): the "on" of the attack's phrase is no "call on"
    out = statement(extractor, "Ghana called the attack by Sudan on the port a crime.", None)
    assert "REQUEST" not in [e["type"] for e in out["events"]]
    out = statement(extractor, "We call on all parties to exercise restraint.", "Ghana")
    assert [e["type"] for e in out["events"]] == ["REQUEST"]

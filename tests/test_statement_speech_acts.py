"""A statement speaks for its issuer: self-reference, forum bodies and speech acts (issue 14).

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest
from coding_support import actors_by_id, statement
from coding_support import statement_acts as _acts

UN_TITLE = "Statement by {} at the general debate of the spring session of the United Nations General Assembly"


def _code(ex, text, issuer="Portugal", title=UN_TITLE):
    out = statement(ex, text, issuer, title=title)
    assert out["document"]["issuers"], "the title names the issuer"
    return out


def _events(out, type_):
    actors = actors_by_id(out)
    evs = [e for e in out["events"] if e["type"] == type_]
    assert evs, (type_, [(e["type"], e["evidence"]["text"]) for e in out["events"]])
    return [(e, [actors[i] for i in e["sources"]], [actors[i] for i in e["targets"]]) for e in evs]


@pytest.mark.parametrize("phrase", ["My delegation", "My Government", "My country", "Our nation"])
def test_my_delegation_and_its_kin_are_the_issuer(ex, phrase):
    out = _code(ex, f"{phrase} strongly condemns the shelling of the grain terminals of Moldova by militias.")
    (e, src, _), *_ = _events(out, "ACCUSE")
    assert [a["country"] for a in src] == ["PRT"]
    assert e["status"] == "asserted"


def test_the_kingdom_is_the_issuer_whose_formal_name_has_it(ex):
    out = _code(ex, "The Kingdom firmly rejects the new border claims made by Qatar.", issuer="Saudi Arabia")
    (_, src, tgt), *_ = _events(out, "REJECT")
    assert [a["country"] for a in src] == ["SAU"]
    # ... but not in a statement by a republic
    out = _code(ex, "The Kingdom firmly rejects the new border claims made by Qatar.", issuer="Portugal")
    assert not any(a["country"] == "PRT" for e in out["events"] for a in out["actors"] if a["id"] in e["sources"])


def test_the_government_of_the_issuer_in_the_third_person_is_the_issuer(ex):
    out = _code(ex, "The Government of Portugal welcomes the ceasefire agreed by the parties in Yemen.")
    (e, src, _), *_ = _events(out, "SUPPORT")
    assert [a["id"] for a in src] == out["document"]["issuers"]


def test_we_span_is_the_source_evidence_and_thanks_reach_both_partners(ex):
    out = _code(ex, "We thank our partner Japan and the Red Cross for their generous help to the flood victims.")
    (e, src, tgt), *_ = _events(out, "SUPPORT")
    text = out["document"]["text"]
    assert [text[s["start"]:s["end"]] for s in e["field_evidence"]["sources"]] == ["We"]
    assert {a["country"] for a in tgt} >= {"JPN"}
    assert any("red cross" in a["name"].lower() for a in tgt)


def test_performative_would_like_to_thank_is_support_not_a_promise(ex):
    out = _code(ex, "I would like to thank the Ghanaian Government for hosting the regional water summit.")
    (e, src, tgt), *_ = _events(out, "SUPPORT")
    assert [a["country"] for a in tgt] == ["GHA"] and e["status"] == "asserted"


def test_a_speech_act_with_no_doer_named_is_the_issuers(ex):
    out = _code(ex, "This is the moment to condemn the blockade of the ports of Yemen by the militias.")
    (_, src, _), *_ = _events(out, "ACCUSE")
    assert [a["country"] for a in src] == ["PRT"]
    out = _code(ex, "We take this opportunity to thank the people of Chile for their solidarity.")
    (_, src, _), *_ = _events(out, "SUPPORT")
    assert [a["country"] for a in src] == ["PRT"]


def test_condemning_a_states_act_targets_that_state(ex):
    out = _code(ex, "We condemn Russia's continued aggression against its neighbours.")
    (_, _, tgt), *_ = _events(out, "ACCUSE")
    assert "RUS" in {a["country"] for a in tgt}
    out = _code(ex, "We condemn the fact that Belarus keeps opposition leaders in prison.")
    (_, _, tgt), *_ = _events(out, "ACCUSE")
    assert "BLR" in {a["country"] for a in tgt}


@pytest.mark.parametrize("text, pattern", [
    ("We call on the Council to act without delay on the famine.", "security council"),
    ("I commend the Secretary-General for his tireless work on the famine.", "secretary-general"),
    ("We urge this Assembly to adopt the draft on ocean pollution.", "general assembly"),
    ("We thank the Organization for its steady help to the flood victims.", "united nations"),
])
def test_forum_bodies_at_the_un(ex, text, pattern):
    out = _code(ex, text)
    type_ = "REQUEST" if text.startswith(("We call", "We urge")) else "SUPPORT"
    (_, src, tgt), *_ = _events(out, type_)
    assert [a["country"] for a in src] == ["PRT"]
    assert any(pattern in n.lower() for a in tgt for n in [a["name"], *a["aliases"]]), tgt


def test_the_council_outside_a_forum_is_not_the_security_council(ex):
    out = statement(ex, "The city council condemned the closure of the river port.", None, published=None)
    assert not any("security council" in a["name"].lower() for a in out["actors"])


def test_collectives_and_the_forum_are_not_the_issuer(ex):
    out = _code(ex, "The international community must condemn the attack on the hospital in Aleppo.")
    issuers = set(out["document"]["issuers"])
    assert not any(set(e["sources"]) & issuers for e in out["events"] if e["type"] == "ACCUSE")


@pytest.mark.parametrize("text, type_", [
    ("We fully reserve the right to respond to any incursion into our airspace by Azerbaijan.", "THREATEN"),
    ("We have contributed two million dollars to the relief fund of the Red Cross.", "AID"),
    ("Our country is working closely with Kenya to build a new railway line.", "COOPERATE"),
    ("I would like to acknowledge President Ruto of Kenya for his mediation.", "SUPPORT"),
    ("We repeat our call on the junta in Myanmar to free all detainees.", "REQUEST"),
    ("Let me also say our sincere thanks to the people of Japan.", "SUPPORT"),
])
def test_statement_speech_acts(ex, text, type_):
    out = _code(ex, text)
    (_, src, _), *_ = _events(out, type_)
    assert "PRT" in {a["country"] for a in src}


@pytest.mark.parametrize("text, country", [
    ("We say our heartfelt congratulations to the people of Chile on their election.", "CHL"),
    ("I say our deepest condolences to the families of the victims in Morocco.", "MAR"),
    ("Let me say a word of thanks to the Government of Norway.", "NOR"),
])
def test_saying_a_speech_act_noun_to_someone_is_that_act(ex, text, country):
    # "say" conveys a speech-act noun as "express" or "extend" do, not thanks only
    out = _code(ex, text)
    (_, src, tgt), *_ = _events(out, "SUPPORT")
    assert [a["country"] for a in src] == ["PRT"]
    assert country in {a["country"] for a in tgt}


def test_the_one_spoken_to_is_no_doer_and_is_whom_your_means(ex):
    out = _code(ex, "In this spirit, Secretary-General, we salute your patience with the parties in Sudan.")
    (e, src, tgt), *_ = _events(out, "SUPPORT")
    assert [a["country"] for a in src] == ["PRT"]
    assert any("secretary-general" in a["name"].lower() for a in tgt)


def test_praise_of_work_done_by_someone_reaches_the_doer(ex):
    out = _code(ex, "We pay tribute to the patient work done over many months by the envoy of Norway, "
                    "Mr Lars Haugen.")
    (e, src, tgt), *_ = _events(out, "SUPPORT")
    assert tgt and all(a["kind"] != "country" or a["country"] == "NOR" for a in tgt)


def test_partner_of_a_signing_hung_on_another_phrase_is_the_target(ex):
    out = _code(ex, "Last spring we signed fishing agreements on our shared waters with Senegal.")
    (_, _, tgt), *_ = _events(out, "SUPPORT")
    assert "SEN" in {a["country"] for a in tgt}


def test_aid_given_to_support_someones_efforts_targets_them(ex):
    out = _code(ex, "My Government has contributed three million euros to support the relief work of Kenya.")
    (_, src, tgt), *_ = _events(out, "AID")
    assert [a["country"] for a in src] == ["PRT"] and "KEN" in {a["country"] for a in tgt}


def test_concern_regarding_a_states_act_accuses_that_state(ex):
    out = _code(ex, "Our nation voices grave concern regarding Serbia's troop build-up near the border.")
    (_, src, tgt), *_ = _events(out, "ACCUSE")
    assert [a["country"] for a in src] == ["PRT"] and "SRB" in {a["country"] for a in tgt}


def test_our_people_is_the_issuers_own_and_beating_a_target_is_no_assault(ex):
    out = _code(ex, "I salute our people in the flooded valleys. Last year we beat our emission goals by far.")
    issuers = set(out["document"]["issuers"])
    assert not [e for e in out["events"] if e["type"] == "ASSAULT"]
    for e in out["events"]:
        assert not (set(e["targets"]) - issuers), e   # no other party was saluted


def test_an_act_condemned_accuses_its_doer_not_the_one_it_was_done_to(ex):
    out = _code(ex, "We condemn the invasion of Moldova. We condemn the blockade imposed on Qatar by Bahrain.")
    accused = {a["country"] for e in out["events"] if e["type"] == "ACCUSE"
               for a in out["actors"] if a["id"] in e["targets"]}
    assert "BHR" in accused and not accused & {"MDA", "QAT"}


@pytest.mark.parametrize("text", [
    "We condemn the war in Georgia.",
    "We deplore the aggression against Armenia and the attacks on its border villages.",
    "My Government denounces the war of attrition waged on Somalia.",
])
def test_an_act_condemned_with_no_doer_named_accuses_no_one_of_its_victim(ex, text):
    # 'the war in X' names where (or whom) the war is done to: X is no one accused
    out = _code(ex, text)
    actors = actors_by_id(out)
    for e in out["events"]:
        if e["type"] == "ACCUSE":
            assert not [actors[i]["country"] for i in e["targets"]], e["evidence"]["text"]


def test_the_doer_of_an_act_condemned_is_accused(ex):
    for text, doer in (("We condemn Serbia's war against Kosovo.", "SRB"),
                       ("We condemn the war waged by Russia against Georgia.", "RUS")):
        (_, _, tgt), *_ = _events(_code(ex, text), "ACCUSE")
        assert [a["country"] for a in tgt] == [doer]


def test_at_the_hands_of_names_the_doer(ex):
    out = _code(ex, "I denounce the renewed aggression my people have suffered at the hands of "
                    "our neighbour, Eritrea, behind the mask of a rebel militia.", issuer="Ethiopia")
    (_, src, tgt), *_ = _events(out, "ACCUSE")
    assert [a["country"] for a in src] == ["ETH"]
    assert [a["country"] for a in tgt] == ["ERI"]


def test_on_the_part_of_names_the_doer_too(ex):
    # another complex preposition of agency than "at the hands of"
    out = _code(ex, "We condemn the repeated provocations on the part of Azerbaijan along our border.",
                issuer="Armenia")
    (_, src, tgt), *_ = _events(out, "ACCUSE")
    assert [a["country"] for a in src] == ["ARM"]
    assert [a["country"] for a in tgt] == ["AZE"]


def test_a_possessive_forum_office_owns_what_it_does(ex):
    out = _code(ex, "To that end, my Government has donated $30,000 to support the Secretary-General’s "
                    "initiative on ocean data.")
    (_, src, tgt), *_ = _events(out, "AID")
    assert [a["country"] for a in src] == ["PRT"]
    assert [a["name"] for a in tgt] == ["UN Secretary-General"]


def test_a_name_after_as_well_as_hung_on_the_verb_is_a_second_addressee(ex):
    out = _code(ex, "Let me commend Your Excellency as well as President Macron for convening "
                    "the coastal resilience forum in the spring.")
    (_, _, tgt), *_ = _events(out, "SUPPORT")
    assert "FRA" in {a["country"] for a in tgt}


def test_the_state_form_of_the_issuer_is_the_issuer(ex):
    out = _code(ex, "The Sultanate of Oman reserves the right to respond to any attack on its shipping.",
                issuer="Oman")
    (e, src, _), *_ = _events(out, "THREATEN")
    assert [a["id"] for a in src] == out["document"]["issuers"] and e["status"] == "asserted"


def test_agreeing_with_a_partner_to_do_something_targets_the_partner(ex):
    out = _code(ex, "To show our resolve, we have agreed with Spain to jointly send a medical unit to a mission.")
    (_, src, tgt), *_ = _events(out, "AGREE")
    assert [a["country"] for a in src] == ["PRT"] and [a["country"] for a in tgt] == ["ESP"]


@pytest.mark.parametrize("text", [
    "As President of Portugal, I am the first European leader ever to have visited Bhutan.",
    "Portugal was the only member of the group to have visited Bhutan last winter.",
])
def test_the_subject_of_the_first_or_only_one_to_have_done_it_did_it(ex, text):
    out = _code(ex, text)
    (_, src, tgt), *_ = _events(out, "CONSULT")
    assert [a["country"] for a in src] == ["PRT"] and [a["country"] for a in tgt] == ["BTN"]


def test_an_infinitive_relative_without_ordinal_names_no_doer_by_the_copula(ex):
    # "the plan to visit": no one singled out, so the copula's subject is not the visitor
    out = _code(ex, "Our main worry is the plan to visit Bhutan with a large delegation.", issuer="Nepal")
    assert not [e for e in _events(out, "CONSULT") if [a["country"] for a in e[1]] == ["NPL"]]


def test_an_occasion_to_act_is_no_doer(ex):
    # an occasion is no doer: the statement's own speech act stays the issuer's
    out = _code(ex, "This is the moment to denounce the arms sales openly pursued by the cartels.")
    (_, src, _), *_ = _events(out, "ACCUSE")
    assert [a["country"] for a in src] == ["PRT"]


@pytest.mark.parametrize("text, targets", [
    ("We thank the Governments of Japan and Norway for their help with the flood defences.", {"JPN", "NOR"}),
    ("We thank donor countries such as Ireland, Korea and Chile for their assistance.", {"IRL", "KOR", "CHL"}),
    ("We thank our partners, including Germany and Canada, for their loans.", {"DEU", "CAN"}),
])
def test_a_plural_noun_listing_names_targets_each_one(ex, text, targets):
    out = _code(ex, text)
    (_, _, tgt), *_ = _events(out, "SUPPORT")
    assert {a["country"] for a in tgt} >= targets
    assert "PRT" not in {a["country"] for a in tgt}   # "the Governments of ..." is no self-reference


def test_your_is_the_one_spoken_to_or_no_one(ex):
    out = _code(ex, "Secretary-General, we commend your leadership during the long drought.")
    (_, _, tgt), *_ = _events(out, "SUPPORT")
    assert [a["name"] for a in tgt] == ["UN Secretary-General"]
    out = _code(ex, "We commend your leadership during the long drought.")
    (_, _, tgt), *_ = _events(out, "SUPPORT")
    assert tgt == []   # no actor is made of "your leadership"


def test_support_received_from_a_state_is_owned_by_it(ex):
    out = _code(ex, "We appreciate the generous support received from the Government of India after the storm.")
    (_, _, tgt), *_ = _events(out, "SUPPORT")
    assert [a["country"] for a in tgt] == ["IND"]


# -- word classes of speech acts: felicitations, lamenting, challenging X to, cautioning X
#    against, recalling with gratitude ------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("We extend our warmest felicitations to Tuvalu on its anniversary.", ("SUPPORT", "TUV")),
    ("We lament the decision of Nauru to close its embassy.", ("ACCUSE", "NRU")),
    ("We challenge Andorra to match our pledge.", ("REQUEST", "AND")),
    ("We caution Kiribati against any hasty decision.", ("REQUEST", "KIR")),
    ("We recall with gratitude the assistance of Palau.", ("SUPPORT", "PLW")),
])
def test_speech_act_words_of_the_general_debate(ex, text, want):
    acts = _acts(ex, text)
    assert any(a[0] == want[0] and a[1] == ["GHA"] and want[1] in a[2] for a in acts), acts


def test_challenging_a_ruling_is_no_request(ex):
    acts = _acts(ex, "Nauru challenged the ruling of the court.")
    assert not any(a[0] == "REQUEST" for a in acts), acts

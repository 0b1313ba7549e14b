"""Stances a statement takes that no single pattern word carries (events/stances.py).

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest
from coding_support import statement_acts


def _acts(ex, text, issuer="Estonia"):
    return statement_acts(ex, text, issuer, event=True)


@pytest.mark.parametrize("text, target", [
    ("Estonia will not allow Belarus to station missiles on its border.", "BLR"),
    ("We shall never tolerate any interference in our elections.", None),
    ("We will not hesitate to defend our airspace against any intruder.", None),
])
def test_a_refusal_to_let_for_the_future_is_a_warning(ex, text, target):
    acts = [a for a in _acts(ex, text) if a[0] == "THREATEN"]
    assert acts, _acts(ex, text)
    typ, src, tgt, e = acts[0]
    assert src == ["EST"] and not e["negated"]
    assert (target in tgt) if target else True
    assert not [a for a in _acts(ex, text) if a[0] in ("CONCEDE", "AGREE")]


def test_a_refusal_told_in_the_past_stays_a_refusal(ex):
    types = [a[0] for a in _acts(ex, "The border guards did not allow the convoy to cross.")]
    assert "THREATEN" not in types


@pytest.mark.parametrize("text", ["We do not recognize the annexation of the islands.",
                                  "Estonia will never recognise the sham referendums in the occupied areas."])
def test_not_recognizing_is_a_rejection(ex, text):
    acts = [a for a in _acts(ex, text) if a[0] == "REJECT"]
    assert acts and acts[0][1] == ["EST"] and not acts[0][3]["negated"]


@pytest.mark.parametrize("text, named", [
    ("I cannot speak before this Assembly and not acknowledge our good friend the Republic of Kenya.", "KEN"),
    ("We can't talk about peace here and not recognize the efforts of Qatar.", "QAT"),
])
def test_cannot_do_one_thing_and_not_recognize_another_is_no_rejection(ex, text, named):
    # a double negation: the recognition must be done (word class ability_aux)
    assert not [a for a in _acts(ex, text) if a[0] == "REJECT" and named in a[2]]


@pytest.mark.parametrize("text", ["We do not recognize the annexation of Crimea and will not accept its results.",
                                  "We cannot accept the occupation of our islands by Iran."])
def test_a_refusal_with_its_own_auxiliary_stays_a_refusal(ex, text):
    assert [a for a in _acts(ex, text) if a[0] == "REJECT"]


@pytest.mark.parametrize("text, type_, target", [
    ("Estonia remains firmly opposed to any armed intervention by Belarus.", "REJECT", "BLR"),
    ("We are deeply concerned about the missile launches conducted by North Korea.", "ACCUSE", "PRK"),
    ("We are grateful to the Government of Finland for its hospitality.", "SUPPORT", "FIN"),
])
def test_a_stance_said_by_an_adjective(ex, text, type_, target):
    acts = [a for a in _acts(ex, text) if a[0] == type_]
    assert acts and acts[0][1] == ["EST"] and target in acts[0][2]


def test_the_it_of_a_judgment_stands_for_its_clause_not_for_a_state_told_before(ex):
    text = ("The people of Latvia deserve a lasting peace and Latvia’s borders must be respected.\n"
            "It is regrettable to see the fighting spread to the northern provinces this spring.")
    judged = [a for a in _acts(ex, text) if a[0] == "ACCUSE"]
    assert judged and judged[0][1] == ["EST"] and judged[0][2] == [], judged
    named = [a for a in _acts(ex, "It is regrettable that Belarus closed its border crossings.")
             if a[0] == "ACCUSE"]
    assert named and "BLR" in named[0][2]


def test_not_opposed_is_no_rejection(ex):
    acts = _acts(ex, "Estonia is not opposed to talks with Latvia.")
    assert all(a[3]["negated"] for a in acts if a[0] == "REJECT"), acts


@pytest.mark.parametrize("text, type_, target", [
    ("We reiterate our unwavering support for Moldova.", "SUPPORT", "MDA"),
    ("We reaffirm our solidarity with the people of Georgia.", "SUPPORT", "GEO"),
    ("We extend our deepest condolences to the people of Nepal.", "SUPPORT", "NPL"),
    ("We renew our call on Armenia to release the detainees.", "REQUEST", "ARM"),
    ("Our thanks also go to the Government of Ireland.", "SUPPORT", "IRL"),
    ("We hold Belarus fully responsible for the crisis on our border.", "ACCUSE", "BLR"),
])
def test_a_speech_act_noun_conveyed_by_a_verb(ex, text, type_, target):
    acts = _acts(ex, text)
    got = [a for a in acts if a[0] == type_]
    assert got and got[0][1] == ["EST"] and target in got[0][2], acts
    assert len([a for a in acts if a[0] == type_]) == 1   # the noun is no second act


@pytest.mark.parametrize("text", ["Allow me to congratulate Ambassador Kallas on her election.",
                                  "Permit me to thank the Government of Japan."])
def test_allow_me_to_is_a_formula_not_a_concession(ex, text):
    acts = _acts(ex, text)
    assert [a[0] for a in acts] == ["SUPPORT"] and acts[0][1] == ["EST"]


def test_the_president_of_a_state_is_of_that_state(ex):
    acts = _acts(ex, "We thank the President of Portugal for his leadership of the ocean conference.")
    assert [a for a in acts if a[0] == "SUPPORT" and "PRT" in a[2]]


@pytest.mark.parametrize("text, type_, target", [
    ("We are encouraged by the decision of Latvia to reopen the rail link.", "SUPPORT", "LVA"),
    ("We are appalled by Russia's shelling of the ferry port.", "ACCUSE", "RUS"),
    ("We note with satisfaction the decision of Finland to join the grid.", "SUPPORT", "FIN"),
    ("We note with concern the growing arsenal of Belarus.", "ACCUSE", "BLR"),
])
def test_a_feeling_of_the_speaker_judges_the_act_that_caused_it(ex, text, type_, target):
    acts = _acts(ex, text)
    got = [a for a in acts if a[0] == type_ and a[1] == ["EST"]]
    assert got and target in got[0][2], acts


def test_a_patterned_verb_takes_the_nouns_prepositions_too(ex):
    acts = _acts(ex, "We express our full support to the mediation efforts of Norway.")
    got = [a for a in acts if a[0] == "SUPPORT"]
    assert len(got) == 1 and "NOR" in got[0][2], acts


@pytest.mark.parametrize("text, types, target", [
    ("We will continue our support to the people of Moldova.", ("SUPPORT", "AGREE"), "MDA"),
    ("We wish to give our full support to the initiative of Finland.", ("SUPPORT",), "FIN"),
    ("We maintain our call on Armenia to open the border crossings.", ("REQUEST",), None),
])
def test_a_stance_noun_kept_up_or_given_is_the_nouns_act(ex, text, types, target):
    acts = _acts(ex, text)
    got = [a for a in acts if a[0] in types and a[1] == ["EST"]]
    assert got and (target is None or target in got[0][2]), acts
    assert not [a for a in acts if a[0] == "CONCEDE"]   # giving support concedes nothing


@pytest.mark.parametrize("text", [
    "I would like to welcome Mr. Aarne Tamm of Finland as the new President of the General Assembly.",
    "We welcome the Prime Minister of Latvia and her delegation.",
    "Let me welcome the new members of the Security Council.",
])
def test_the_speakers_greeting_now_is_support_not_a_visit(ex, text):
    acts = _acts(ex, text)
    assert [a for a in acts if a[0] == "SUPPORT" and a[1] == ["EST"] and a[2]], acts
    assert not [a for a in acts if a[0] == "CONSULT"]


@pytest.mark.parametrize("text", [
    "We welcomed the Prime Minister of Latvia to Tallinn last week.",
    "The President welcomed the Foreign Minister of Finland in Tallinn.",
])
def test_a_visitor_welcomed_in_the_past_or_to_a_place_is_hosted(ex, text):
    assert [a for a in _acts(ex, text) if a[0] == "CONSULT"], _acts(ex, text)


@pytest.mark.parametrize("text, target", [
    ("Estonia reserves the right to respond to any provocation by Belarus.", "BLR"),
    ("We reserve the right to take all necessary measures against Belarus.", "BLR"),
    ("We reserve the right to respond at a time of our choosing.", None),
])
def test_reserving_the_right_warns_the_one_it_answers(ex, text, target):
    acts = [a for a in _acts(ex, text) if a[0] == "THREATEN" and a[1] == ["EST"]]
    assert acts, _acts(ex, text)
    assert (target in acts[0][2]) if target else not acts[0][2]


def test_reserving_seats_is_no_warning(ex):
    assert not [a for a in _acts(ex, "We have reserved seats for the delegation of Finland.") if a[0] == "THREATEN"]


@pytest.mark.parametrize("text, target", [
    ("We wish to place on record our deep appreciation to the Government of Iceland.", "ISL"),
    ("I wish to put on record our gratitude to Japan.", "JPN"),
])
def test_a_stance_noun_put_on_record(ex, text, target):
    acts = [a for a in _acts(ex, text) if a[0] == "SUPPORT" and a[1] == ["EST"]]
    assert acts and target in acts[0][2], _acts(ex, text)


def test_minutes_placed_on_record_are_no_stance(ex):
    assert not _acts(ex, "The minutes were placed on record by the clerk.")


@pytest.mark.parametrize("text, target", [
    ("We join the Harbour Finance initiative proposed by Barbados.", "BRB"),
    ("Latvia joined the initiative of Finland on clean hydrogen.", "FIN"),
    ("On 3 March, we joined the Blue Seas Alliance.", None),
])
def test_joining_an_undertaking_is_like_signing_it(ex, text, target):
    acts = [a for a in _acts(ex, text) if a[0] == "SUPPORT" and a[3]["cameo"] == "057"]
    assert acts, _acts(ex, text)
    assert target is None or target in acts[0][2]


@pytest.mark.parametrize("text", ["We did not join the declaration.",
                                  "We join others in condemning the coup in the capital."])
def test_joining_no_undertaking_is_no_signing(ex, text):
    assert not [a for a in _acts(ex, text) if a[3]["cameo"] == "057"], _acts(ex, text)


@pytest.mark.parametrize("text", ["We encourage all stakeholders to cooperate in the review.",
                                  "We would like to encourage all participants to share their data."])
def test_those_named_by_their_part_in_an_effort_can_be_asked(ex, text):
    assert [a for a in _acts(ex, text) if a[0] == "REQUEST" and a[1] == ["EST"]], _acts(ex, text)


@pytest.mark.parametrize("text", ["We welcome the agreement between Armenia and Azerbaijan.",
                                  "We welcome the peace deal reached between Armenia and Azerbaijan."])
def test_a_thing_between_two_sides_is_theirs(ex, text):
    acts = [a for a in _acts(ex, text) if a[0] == "SUPPORT" and a[1] == ["EST"]]
    assert acts and {"ARM", "AZE"} <= set(acts[0][2]), _acts(ex, text)


def test_a_road_between_two_towns_names_no_parties(ex):
    # "between" names the parties of an agreement only, not the ends of a road
    acts = _acts(ex, "Armed men blocked the highway between Nairobi and Mombasa on Monday.")
    assert acts and not any("KEN" in a[2] for a in acts), acts


@pytest.mark.parametrize("text", ["Kenya may join the initiative of Ethiopia.",
                                  "Uganda could join the Lake Victoria coalition next year.",
                                  "Tanzania might join the grain compact of Zambia."])
def test_joining_that_only_may_happen_is_no_signing(ex, text):
    assert not [a for a in _acts(ex, text) if a[3]["cameo"] == "057"], _acts(ex, text)


def test_joining_under_a_condition_is_no_asserted_signing(ex):
    acts = [a for a in _acts(ex, "If Kenya joins the initiative of Ethiopia, we will be glad.")
            if a[3]["cameo"] == "057" and a[3]["status"] not in ("hypothetical", "intended")]
    assert not acts, acts


@pytest.mark.parametrize("text, target", [
    ("Kenya joined the Declaration of Paris on coastal fisheries.", "FRA"),
    ("Uganda joined the Treaty of Lisbon on river basins.", "PRT"),
])
def test_the_place_an_undertaking_is_named_after_is_no_proposer(ex, text, target):
    acts = [a for a in _acts(ex, text) if a[0] == "SUPPORT" and a[3]["cameo"] == "057"]
    assert acts, _acts(ex, text)
    assert target not in acts[0][2], acts


@pytest.mark.parametrize("text, target", [
    ("Kenya joined Ethiopia's initiative on coastal fisheries.", "ETH"),
    ("Kenya joined the initiative of the President of Ghana on river basins.", "GHA"),
])
def test_an_actor_owning_an_undertaking_is_its_proposer(ex, text, target):
    acts = [a for a in _acts(ex, text) if a[0] == "SUPPORT" and a[3]["cameo"] == "057"]
    assert acts and target in acts[0][2], _acts(ex, text)

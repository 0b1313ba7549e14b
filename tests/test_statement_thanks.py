"""Thanks, praise and congratulations a statement gives (SUPPORT): thanks owed, due or
deserved, a speech-act noun carried by another ("a debt of gratitude to X", "a word of
thanks goes to X"), a merit shown by someone, a thing done by someone, being a supporter of
X, pleasure at an act, a state welcomed into an organisation; and what is no thanks (a debt
of money, a payment due, "thanks to").

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import statement_acts as _acts
from sentence_support import has_act as _has


# -- an object after a phrase set off by commas ("express, on behalf of X, our thanks to Y") --

@pytest.mark.parametrize("text, type_, target", [
    ("I wish to express, on behalf of my Government and of the people of Ghana, our deep appreciation "
     "to Norway.", "SUPPORT", "NOR"),
    ("We extend, in the name of all Ghanaians, our warm congratulations to Chile.", "SUPPORT", "CHL"),
])
def test_the_object_after_a_parenthetical_is_the_verbs(ex, text, type_, target):
    acts = _acts(ex, text)
    assert (type_, ["GHA"], [target]) in acts, acts


# -- a noun of thanks owed to someone, or deserved by someone ---------------------------------

@pytest.mark.parametrize("text", [
    "Our deepest gratitude is owed to Norway for hosting the talks.",
    "Norway deserves our warmest thanks for hosting the talks.",
    "Norway, which hosted the talks at short notice, merits our gratitude.",
])
def test_thanks_owed_to_or_deserved_by_someone_are_given_to_them(ex, text):
    acts = _acts(ex, text)
    assert ("SUPPORT", ["GHA"], ["NOR"]) in acts, acts


# -- a merit shown by someone: the one who showed it is praised --------------------------------

@pytest.mark.parametrize("text, want", [
    ("We welcome the leadership shown by Fiji on ocean protection.", ["FJI"]),
    ("I commend the leadership demonstrated by Chile and Peru on fisheries.", ["CHL", "PER"]),
])
def test_a_merit_shown_by_someone_praises_them(ex, text, want):
    acts = _acts(ex, text)
    assert ("SUPPORT", ["GHA"], want) in acts, acts


# -- standing "shoulder to shoulder with" X: support ------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("We stand shoulder to shoulder with Ukraine.", "UKR"),
    ("Ghana will stand shoulder to shoulder with the people of Haiti.", "HTI"),
])
def test_standing_shoulder_to_shoulder_is_support(ex, text, want):
    acts = _acts(ex, text)
    assert [a for a in acts if a[0] in ("SUPPORT", "AGREE") and a[1] == ["GHA"] and a[2] == [want]], acts


# -- a thing done "by" someone: the doer is the one praised, not the one it is done to ----------

@pytest.mark.parametrize("text, want", [
    ("We welcome the lifting of the sanctions against Eritrea by the Security Council.", "UN Security Council"),
    ("We applaud the easing of the restrictions on Cuba by the United States.", "USA"),
])
def test_a_thing_done_by_someone_praises_the_doer(ex, text, want):
    acts = _acts(ex, text)
    assert [a for a in acts if a[0] == "SUPPORT" and a[1] == ["GHA"] and want in a[2]], acts
    assert not [a for a in acts if a[0] == "SUPPORT" and a[1] == ["GHA"] and set(a[2]) & {"ERI", "CUB"}], acts


# -- a speech-act noun carried by the noun of its vehicle: "a debt of gratitude to X" ------------

@pytest.mark.parametrize("text, want", [
    ("We owe a debt of gratitude to Benin for its hospitality.", ("SUPPORT", "BEN")),
    ("We owe our gratitude to the people of Latvia.", ("SUPPORT", "LVA")),
    ("I send a message of solidarity to the people of Nepal.", ("SUPPORT", "NPL")),
])
def test_a_carried_speech_act_noun_is_the_act(ex, text, want):
    acts = _acts(ex, text)
    assert any(a[0] == want[0] and a[1] == ["GHA"] and want[1] in a[2] for a in acts), acts


def test_a_debt_of_money_is_no_thanks(ex):
    acts = _acts(ex, "We owe a debt of three billion dollars to Japan.")
    assert not any(a[0] == "SUPPORT" for a in acts), acts


# -- a carried speech-act noun going to someone: "a special word of thanks goes to X" ------------

@pytest.mark.parametrize("text, want", [
    ("A special word of thanks goes to Oman.", "OMN"),
    ("Our message of solidarity goes to the people of Libya.", "LBY"),
])
def test_a_carried_noun_going_to_someone_is_the_act(ex, text, want):
    acts = _acts(ex, text)
    assert ("SUPPORT", ["GHA"], [want]) in acts, acts


# -- "<Issuer> thanks X" with "thanks" taken for a preposition after the name --------------------

def test_thanks_misread_as_a_preposition_after_the_name(ex):
    acts = _acts(ex, "Tuvalu thanks Australia and New Zealand for their support.", issuer="Tuvalu")
    assert ("SUPPORT", ["TUV"], ["AUS", "NZL"]) in acts, acts


def test_thanks_to_someone_is_no_thanking(ex):
    acts = _acts(ex, "Tuvalu thanks to Australia survived the storm.", issuer="Tuvalu")
    assert not any(a[0] == "SUPPORT" for a in acts), acts


# -- co-sponsoring a text is endorsing it; an invitation renewed is a request ----------------------

@pytest.mark.parametrize("text, want", [
    ("We co-sponsored the resolution presented by Moldova.", ("SUPPORT", ["GHA"], ["MDA"])),
    ("We renew our invitation to the Secretary-General to visit our country.",
     ("REQUEST", ["GHA"], ["UN Secretary-General"])),
])
def test_cosponsoring_and_inviting(ex, text, want):
    acts = _acts(ex, text)
    assert want in acts, acts


# -- "(our) thanks are due to X" -----------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Our special thanks are due to the Government of Norway.", "NOR"),
    ("Thanks are also due to Senegal.", "SEN"),
])
def test_thanks_due_to_someone_thank_them(ex, text, want):
    acts = _acts(ex, text)
    assert _has(acts, "SUPPORT", want), acts


def test_a_payment_due_thanks_no_one(ex):
    acts = _acts(ex, "The payment is due to Norway.")
    assert not any(a[0] == "SUPPORT" for a in acts), acts


# -- "we recognize / acknowledge with appreciation X" ------------------------------------------

@pytest.mark.parametrize("text, kind, want", [
    ("We acknowledge with satisfaction the decision of Togo.", "SUPPORT", "TGO"),
    ("We recognize with concern the build-up of forces by Mali.", "ACCUSE", "MLI"),
])
def test_acknowledging_with_a_feeling_is_the_feelings_act(ex, text, kind, want):
    acts = _acts(ex, text)
    assert _has(acts, kind, want), acts


# -- "X is / remains a steadfast supporter (a true friend) of Y" ----------------------------------

@pytest.mark.parametrize("text, want", [
    ("Ghana is a steadfast supporter of Ukraine.", "UKR"),
    ("Ghana has been, and will remain, a true friend of Liberia.", "LBR"),
])
def test_being_a_supporter_of_someone_supports_them(ex, text, want):
    acts = _acts(ex, text)
    assert _has(acts, "SUPPORT", want), acts


def test_not_being_a_friend_supports_no_one(ex):
    acts = _acts(ex, "Ghana is not a friend of the junta in Niger.")
    assert not any(a[0] == "SUPPORT" for a in acts), acts


# -- "we are pleased by X / pleased to note X" --------------------------------------------------

@pytest.mark.parametrize("text", [
    "We are pleased by the progress made by Gambia.",
    "We are pleased to note the progress made by Gambia.",
])
def test_pleasure_at_an_act_supports_its_doer(ex, text):
    acts = _acts(ex, text)
    assert _has(acts, "SUPPORT", "GMB"), acts


def test_pleasure_at_ones_own_announcement_supports_no_one(ex):
    acts = _acts(ex, "We are pleased to announce a new programme.")
    assert not any(a[0] == "SUPPORT" for a in acts), acts


# -- "we welcome X into / to <organisation>": a new member greeted, not a visitor hosted ------

@pytest.mark.parametrize("text, want", [
    ("We welcome Finland and Sweden to NATO.", {"FIN", "SWE"}),
    ("We warmly welcome Sweden into the North Atlantic Alliance.", {"SWE"}),
])
def test_a_state_welcomed_into_an_organisation_is_greeted(ex, text, want):
    acts = _acts(ex, text)
    assert any(a[0] == "SUPPORT" and a[1] == ["GHA"] and want <= set(a[2]) for a in acts), acts
    assert not any(a[0] == "CONSULT" for a in acts), acts


def test_a_visitor_welcomed_to_a_city_is_hosted(ex):
    acts = _acts(ex, "We welcome the President of Chile to Accra.")
    assert any(a[0] == "CONSULT" and a[1] == ["GHA"] for a in acts), acts

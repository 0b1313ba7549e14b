"""Who a statement's act is done to: a noun coordinated after the object, a member singled
out, each owner of "the support of X and Y", the state after "the Republic of X and", the
owner of "the membership of X in Y", the party the act's clause names (not the party of another
act told in a clause joined to it or hung on it as a participle), the object the parser
misread after the issuer's name; never the one spoken for, the doer's own side, its own
government, the giver of condolences, a capital naming a process, nor the doer of an act
the support is against.

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import statement_acts as _acts
from sentence_support import hinted_statement as _statement, statement_events as _events


# -- a noun coordinated after the object, hung by the parser on a verb above ----------------

@pytest.mark.parametrize("text, type_, target", [
    # the parser hangs "the new ... plan" on "is": it is the object's conjunct all the same
    ("Today is the moment to denounce the hostile actions and the new recolonisation plan openly "
     "claimed by Belarus.", "ACCUSE", "BLR"),
    ("This is also the moment to condemn the illegal actions and the new annexation strategy openly "
     "declared by Belarus.", "ACCUSE", "BLR"),
    # ... and "the progress of ..." on "welcomed"
    ("From that angle, my country welcomed and supported the peaceful changes that followed from the "
     "summit that was held in the Republic of Chile, and the progress of the mediation efforts led by "
     "the Kingdom of Norway.", "SUPPORT", "NOR"),
])
def test_a_noun_coordinated_after_the_object_is_part_of_it(ex, text, type_, target):
    acts = _acts(ex, text)
    assert any(a[0] == type_ and a[1] == ["GHA"] and target in a[2] for a in acts), acts


def test_a_clause_after_the_object_is_no_conjunct_of_it(ex):
    acts = _acts(ex, "We condemn the attacks on the ferries, and Belarus has closed its border.")
    assert not any(a[0] == "ACCUSE" and "BLR" in a[2] for a in acts), acts


# -- a member singled out later in the group's clause ----------------------------------------

@pytest.mark.parametrize("text, target", [
    # the parser hangs "particularly Norway" on "Ghana" (a name has no members)
    ("I want to commend those states that are our neighbours and allies, as well as several regional "
     "bodies, for their steady engagement with Ghana, particularly Norway, which has offered to lead "
     "a relief effort in the region.", "NOR"),
    # a fronted addressee: "To the <group>, in particular X, I express ..."
    ("To the regional bodies, in particular the African Union, which leads the mediation in the east, "
     "I express Ghana's gratitude.", "African Union"),
])
def test_a_member_singled_out_later_is_the_target(ex, text, target):
    acts = _acts(ex, text)
    assert any(a[0] == "SUPPORT" and a[1] == ["GHA"] and target in a[2] for a in acts), acts


@pytest.mark.parametrize("text", [
    # the name belongs to the nearer group ("many countries"), not to the donors thanked
    "We thank the donors for their aid to many countries, particularly Yemen, during the famine.",
    # a clause of its own
    "We thank the donors for their steady aid; Norway, in particular the Red Cross, was generous.",
])
def test_a_name_singled_out_of_another_group_is_not_the_target(ex, text):
    acts = _acts(ex, text)
    assert not any(a[0] == "SUPPORT" and a[1] == ["GHA"] and a[2] for a in acts), acts


# -- the statement's act names its other party elsewhere in its clause -------------------------

@pytest.mark.parametrize("text, want", [
    ("We will continue the talks on the dam under the auspices of the African Union.", "African Union"),
    ("We have imposed sanctions that weigh heavily on the Belarusian economy.", "BLR"),
])
def test_an_act_without_a_target_takes_the_party_its_clause_names(ex, text, want):
    acts = _acts(ex, text)
    assert any(a[1] == ["GHA"] and want in a[2] for a in acts), acts


@pytest.mark.parametrize("text, kind, other", [
    # a participle clause with an act of its own: its party is not the first act's
    ("We condemn the raids on our fishing ports, reaffirming our support for the measures taken by "
     "Senegal to protect its waters.", "ACCUSE", "SEN"),
    ("We condemn the attacks on the aid convoy, thanking Kenya for its swift help.", "ACCUSE", "KEN"),
    ("We welcome the new truce, urging Russia to withdraw its troops.", "SUPPORT", "RUS"),
])
def test_the_party_of_an_act_in_an_adverbial_clause_is_not_the_first_acts(ex, text, kind, other):
    acts = _acts(ex, text)
    assert any(a[1] == ["GHA"] and other in a[2] and a[0] != kind for a in acts), acts   # (its own act keeps it)
    assert not any(a[0] == kind and other in a[2] for a in acts), acts


def test_the_clause_target_is_never_the_issuer_or_the_subject(ex):
    acts = _acts(ex, "Ghana and Togo will hold talks next year.")
    assert not any(a[1] == ["GHA"] and ("GHA" in a[2]) for a in acts), acts


# -- the one spoken for ("on behalf of X") is the speaker's own side, never the act's target --

@pytest.mark.parametrize("text", [
    "On behalf of President Owusu and the Government and the people of Ghana, I extend our warm thanks to all who helped us.",
    "I am honoured to take part in this session on behalf of His Excellency Kofi Owusu, President of the Republic of Ghana.",
])
def test_the_one_spoken_for_is_no_target(ex, text):
    acts = _acts(ex, text)
    own = [a for a in acts if a[1] == ["GHA"]]
    assert own, acts   # the issuer's act is still coded
    assert not any(tgt in ("GHA", "Owusu", "Kofi Owusu") for _, _, targets in own for tgt in targets), own


# -- a thing of several owners named by "of X and Y": each one's --------------------------------

@pytest.mark.parametrize("text, want", [
    ("We are grateful for the support of Norway and Japan.", ("SUPPORT", ["GHA"], ["NOR", "JPN"])),
    ("We applaud the decision of Chile and Peru to open their markets.", ("SUPPORT", ["GHA"], ["CHL", "PER"])),
    ("We regret the decision of Mali and Niger to leave the community.", ("ACCUSE", ["GHA"], ["MLI", "NER"])),
])
def test_a_thing_of_several_owners_is_each_ones(ex, text, want):
    acts = _acts(ex, text)
    assert want in acts, acts


# -- "the Republic of X and Y": the parser hangs Y on the name's last word --------------------

@pytest.mark.parametrize("text, want", [
    ("We are indebted to the Republic of Korea and Japan for the loan of two ferries.", {"KOR", "JPN"}),
    ("We are grateful to the Kingdom of Saudi Arabia and Kuwait for their support.", {"SAU", "KWT"}),
])
def test_a_state_coordinated_after_an_of_name_is_thanked_too(ex, text, want):
    acts = _acts(ex, text)
    assert any(a[0] == "SUPPORT" and a[1] == ["GHA"] and want <= set(a[2]) for a in acts), acts


# -- "the membership of X in Y": the "of" phrase says whose; "in Y" is no owner ---------------

@pytest.mark.parametrize("text, want", [
    ("We support the membership of Palestine in the United Nations.", "PSE"),
    ("We support the accession of Timor-Leste to ASEAN.", "TLS"),
])
def test_a_thing_owned_by_of_is_not_its_placement(ex, text, want):
    acts = _acts(ex, text)
    assert any(a[0] == "SUPPORT" and a[1] == ["GHA"] and a[2] == [want] for a in acts), acts


def test_a_group_named_after_its_country_keeps_it(ex):
    acts = _acts(ex, "We condemn the arrest of opposition leaders in Zimbabwe.")
    assert any(a[0] == "COERCE" and a[2] == ["ZWE"] for a in acts), acts


# -- parser misreadings after a name: the object read as a second subject, or as an apposition ---

@pytest.mark.parametrize("issuer, code, text, kind, want", [
    ("Vanuatu", "VUT", "Vanuatu requests the International Court of Justice to render an advisory opinion.",
     "REQUEST", "International Court of Justice"),
    ("Chad", "TCD", "Chad denounces this unjust embargo imposed by the Council.", "ACCUSE", "Security Council"),
])
def test_the_object_misread_after_the_issuers_name_is_the_target(ex, issuer, code, text, kind, want):
    acts = _acts(ex, text, issuer)
    assert any(a[0] == kind and a[1] == [code] and any(want in x for x in a[2]) for a in acts), acts


# -- one happening: an act is never merged with another telling done to its own doer --------
# (the commonest self-dyad of the report: "X REQUEST X", "X SUPPORT X" from a later sentence
# whose act, of the same type, targets "us" / "our country")

@pytest.mark.parametrize("text", [
    "We invite all nations to sign the charter on clean oceans. "
    "Our farmers have reforms that are expected to give new markets to our country.",
])
def test_an_act_does_not_take_its_own_doer_as_target_from_another_telling(ex, text):
    evs = _events(ex, text)
    own = [e for e in evs if e["src"] == ["GHA"]]
    assert own, evs
    for e in own:
        assert "GHA" not in e["tgt"], e


# -- a pronoun target that stands for the doer's own side is no target ------------------------
# ("the Government of X expresses its support for Y" gave X SUPPORT X through "its")

@pytest.mark.parametrize("text, issuer, code", [
    ("The Government of Uruguay expresses its support for Chile in its bid to stage the "
     "regional games.", "Uruguay", "URY"),
    ("The Somali Government is committed to working with all its partners to train its armed "
     "forces.", "Somalia", "SOM"),
    ("The Yemeni Government stresses its commitment to the rights of its citizens.", "Yemen", "YEM"),
])
def test_a_pronoun_for_the_doer_is_not_its_target(ex, text, issuer, code):
    evs = _events(ex, text, issuer=issuer)
    own = [e for e in evs if e["src"] == [code]]
    assert own, evs
    assert all((t, k) != (code, "government") for e in own for t, k in zip(e["tgt"], e["tgt_kinds"])), own


# -- a capital that names a process or an initiative is not its government ------------------
# ("support the Bridgetown initiative" was support of Barbados's government)

@pytest.mark.parametrize("text, place_of", [
    ("We are happy to support the Bridgetown initiative on debt.", "BRB"),
    ("Ghana reaffirms its support for the Luanda and Nairobi peace processes.", "KEN"),
    ("We support the Belgrade-Pristina dialogue.", "SRB"),
])
def test_a_capital_naming_a_process_is_no_target(ex, text, place_of):
    evs = _events(ex, text)
    sup = [e for e in evs if e["type"] == "SUPPORT"]
    assert sup and all(place_of not in e["tgt"] for e in sup), sup


@pytest.mark.parametrize("text, owner", [
    ("We welcome the Kenyan initiative on the region.", "KEN"),
    ("We condemn Moscow's aggression against its neighbour.", "RUS"),
])
def test_a_people_word_or_a_possessive_capital_still_owns_it(ex, text, owner):
    evs = _events(ex, text)
    assert any(owner in e["tgt"] for e in evs if e["type"] in ("SUPPORT", "ACCUSE")), evs


# -- backing someone against an act: the act's doer is not backed ----------------------------
# ("we stood with X against the occupation by Y" coded SUPPORT of Y)

@pytest.mark.parametrize("text, doer", [
    ("We stood with the people of Kuwait against the occupation by Saddam Hussein.", "IRQ"),
    ("We stand in solidarity with Ukraine against Russian aggression.", "RUS"),
    ("We stand with Ukraine against the aggression by Russia.", "RUS"),
])
def test_support_against_an_act_does_not_back_its_doer(ex, text, doer):
    evs = _events(ex, text)
    support = [e for e in evs if e["type"] == "SUPPORT"]
    assert support, evs
    assert all(doer not in e["tgt"] for e in support), support


# -- condolences go to the bereaved, not back to their givers --------------------------------

@pytest.mark.parametrize("text", [
    "Allow me to convey the condolences of the people of Kenya to the families of the victims in Morocco.",
    "I convey Kenya's condolences to the people of Libya.",
    "We express the gratitude of the people of Kenya to Japan for its help.",
])
def test_the_giver_of_condolences_is_not_their_target(ex, text):
    evs = _events(ex, text, issuer="Kenya")
    support = [e for e in evs if e["type"] == "SUPPORT"]
    assert support, evs
    assert all("KEN" not in e["tgt"] and e["tgt"] for e in support), support


@pytest.mark.parametrize("text", [
    "On behalf of the people of Kenya, we convey our condolences to the families of the victims.",
    "I would like to extend the heartfelt condolences of the Kenyan people to all families who lost "
    "loved ones in the floods.",
])
def test_the_bereaved_are_not_of_the_givers_country(ex, text):
    evs = _events(ex, text, issuer="Kenya")
    support = [e for e in evs if e["type"] == "SUPPORT"]
    assert support, evs
    assert all(e["tgt"] and "KEN" not in e["tgt"] for e in support), support


# -- a state's own government or parliament: never the target of its own stance, still one it calls on

@pytest.mark.parametrize("text", [
    "We reaffirm the commitment of the Mongolian Government to the climate goals.",
    "We welcome the support of the Government of Mongolia to the peace process.",
    "The Government of Mongolia remains committed to the goals. The Government of Mongolia is "
    "committed to protecting the rights of citizens.",
])
def test_a_state_does_not_act_on_its_own_government(ex, text):
    actors, events = _statement(ex, "Mongolia", text)
    assert events, text
    for e in events:
        src = {actors[i].get("country") for i in e["sources"]}
        tgt = {actors[i].get("country") for i in e["targets"]}
        assert not (src & tgt), (e["type"], [actors[i]["name"] for i in e["sources"] + e["targets"]])


def test_a_state_may_still_call_on_its_own_parliament(ex):
    actors, events = _statement(ex, "Mongolia", "We call on the Mongolian Parliament to adopt the law.")
    assert any(actors[i]["name"] == "Mongolian Parliament" for e in events for i in e["targets"]), events

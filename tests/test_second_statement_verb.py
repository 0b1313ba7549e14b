"""Two statement verbs in one clause, the second taken by the parser for a plural noun
joined to the first verb's object ("welcomes X and thanks Y": "thanks" a conjunct of X):
the second is an act of its own, by the same subject, aimed at the one named after it."""

import pytest


def _acts(doc):
    names = {a.id: (a.name, a.country) for a in doc.actors}
    return [(e.type, [names[s] for s in e.sources], [names[t] for t in e.targets]) for e in doc.events]


@pytest.mark.parametrize("sentence, thanked", [
    ("The Ministry welcomes the release of the hostages and thanks the Government of Oman for its good offices.",
     "OMN"),
    ("The Government welcomes the release of the workers and thanks Qatar for its mediation.", "QAT"),
])
def test_the_second_verb_thanks_the_one_named_after_it(extractor, sentence, thanked):
    doc = extractor.extract_text("Statement by the Ministry of Foreign Affairs of Estovia\n\n" + sentence + "\n")
    acts = _acts(doc)
    thanks = [a for a in acts if a[0] == "SUPPORT" and any(c == thanked for _, c in a[2])]
    assert thanks, acts
    # said by the statement's issuer, as the welcome is
    assert thanks[0][1] == [("Ministry of Foreign Affairs of Estovia", None)]


def test_an_organisation_cut_after_of_takes_the_name_after_it(extractor):
    doc = extractor.extract_text(
        "Statement by the Ministry of Foreign Affairs of Estovia\n\nThe Ministry welcomes the agreement.\n")
    (issuer,) = [doc.actor(a) for a in doc.issuers]
    assert issuer.name == "Ministry of Foreign Affairs of Estovia"


def test_the_released_are_not_of_the_country_thanked_for_it(extractor):
    # A group with no country takes the one country its sentence names (PETRARCH's reading),
    # but not when that country is only the one thanked: the hostages are not Omani.
    doc = extractor.extract_text(
        "The Ministry welcomes the release of the hostages and thanks the Government of Oman for its good offices.")
    (hostages,) = [a for a in doc.actors if a.name == "hostages"]
    assert hostages.country is None
    assert any(doc.actor(t).country == "OMN" for e in doc.events for t in e.targets)


@pytest.mark.parametrize("sentence", [
    "We urge the parties to allow humanitarian access and thank the United Nations for its efforts.",
    "The Ministry urges the parties to allow humanitarian access and thanks the United Nations for its efforts.",
])
def test_a_finite_verb_after_a_requested_infinitive_is_the_speakers_act(extractor, sentence):
    # "thank" is said by the one who urges, not asked of the parties (the finite form says so)
    doc = extractor.extract_text("Statement by the Ministry of Foreign Affairs of Estovia\n\n" + sentence + "\n")
    acts = _acts(doc)
    issuer = [("Ministry of Foreign Affairs of Estovia", None)]
    assert ("SUPPORT", issuer, [("United Nations", None)]) in [(t, s, [(n, None) for n, _ in g]) for t, s, g in acts]
    assert any(t == "REQUEST" and s == issuer for t, s, _ in acts)


def test_an_infinitive_joined_to_an_infinitive_stays_asked(extractor):
    # "to halt ... and (to) withdraw": both asked of the same addressee, no act of the speaker's
    doc = extractor.extract_text(
        "Statement by the Ministry of Foreign Affairs of Estovia\n\n"
        "We call on the armed groups to halt their attacks and to withdraw from the town.\n")
    assert not [e for e in doc.events if e.type in ("ASSAULT", "RETREAT") and e.sources == doc.issuers]


def test_a_present_verb_joined_to_a_participle_of_the_object_is_the_speakers_second_act(extractor):
    # "held under occupation and urge ...": a present form cannot go on the participle; the
    # request is the speaker's own act, not part of what is rejected
    doc = extractor.extract_text(
        "Statement by the Ministry of Foreign Affairs of Japan\n\n"
        "We reject the so-called referendums held under occupation and urge all Member States not to recognise them.\n")
    acts = _acts(doc)
    issuer = [("Ministry of Foreign Affairs of Japan", "JPN")]
    assert ("REQUEST", issuer, [("Member States", None)]) in acts
    assert ("REJECT", issuer, []) in acts

"""Who an event is done to: targets behind things, nouns and prepositions.

Sentences are written for these tests (real countries, made-up situations); each
checks one argument-finding rule of events/arguments.py and events/referents.py.
"""

from __future__ import annotations

import pytest
from coding_support import countries


def _events(extractor, text, type_):
    doc = extractor.extract_text(text, published="2021-03-04")
    found = [e for e in doc.events if e.type == type_]
    assert found, f"no {type_} event in {[(e.type, e.sources, e.targets) for e in doc.events]}"
    return doc, found


@pytest.mark.parametrize("text, type_, source, target", [
    # a thing acted on leads to whom it concerns
    ("The government of Norway announced a suspension of trade links with Venezuela on Monday.",
     "SANCTION", "NOR", "VEN"),
    # the owner of the direct object when the pattern's object word sits deeper
    ("Ghana rejected proposed Nigerian changes to the border treaty.", "REJECT", "GHA", "NGA"),
    # a people's adjective on the thing threatened
    ("Chile threatened to impose new restrictions against Peruvian goods.", "THREATEN", "CHL", "PER"),
    # "in defiance of X" on the object of a protest verb
    ("Farmers blocked the main roads in defiance of Indian authorities.", "PROTEST", None, "IND"),
    # a demand's "from" names who demanded; conceding to it makes them the target
    ("The president conceded to demands from Uganda to release the prisoners.", "CONCEDE", None, "UGA"),
    # conjoined objects share the preposition; a country adjective the tagger missed
    ("Thai troops launched rocket, mortar and artillery fire against Kampuchean rebel camps.",
     "ASSAULT", "THA", "KHM"),
    # the place of an act done in it stands for its country (the doer is known)
    ("Bolivia's government lifted the curfew imposed in Cochabamba after a week of clashes.",
     None, "BOL", "BOL"),
    # a group is placed by the country its phrase locates it in
    ("The European Union will send emergency food aid to refugees fleeing the fighting in Mozambique.",
     "AGREE", None, "MOZ"),
    # the act complained of: its doers are the target
    ("Chad complained to the African Union over Sudanese cross-border raids.", "ACCUSE", "TCD", "SDN"),
    # a demand's content clause names who is to comply
    ("The opposition alliance insisted on its demands that Kenya's government release the detainees.",
     "REQUEST", None, "KEN"),
    # "allow X to ...": X is the one allowed
    ("The electoral commission decided to allow candidate Raila Odinga to run in the election.",
     "CONCEDE", None, "KEN"),
    # every conjunct of a partitive's inner phrase
    ("Armed men have beaten scores of Malian and Nigerien migrants near the border.", "ASSAULT", None, "MLI"),
    ("Armed men have beaten scores of Malian and Nigerien migrants near the border.", "ASSAULT", None, "NER"),
    # a part of a country named by its direction ("South Lebanon")
    ("Israel today mounted an invasion of South Lebanon.", "ASSAULT", "ISR", "LBN"),
    # a strike's purpose names whom it is against (the demand is the strike's own content,
    # no second act: tests/test_acts_mentioned_not_told.py)
    ("Hungarian farmers began a hunger strike to demand the resignation of the Romanian agriculture minister.",
     "PROTEST", "HUN", "ROU"),
    # "a state of X" counts as the light verb's object; the place is the target
    ("The military junta declared a state of emergency in Guinea on Monday.", "COERCE", None, "GIN"),
    # an object moved after an "as" phrase
    ("Estonia on Friday denounced as a grave crime Russia's bombardment of civilian areas in Ukraine.",
     "ACCUSE", "EST", "RUS"),
    # "in the capital X": the place named in an apposition
    ("Militants exploded several bombs in the capital Bamako on Sunday, police said.", "ASSAULT", None, "MLI"),
])
def test_target_country_found(extractor, text, type_, source, target):
    if type_ is None:   # any event type: the rule is about the target, not the wording
        doc = extractor.extract_text(text, published="2021-03-04")
        events = [e for e in doc.events if e.targets]
        assert events, [(e.type, e.sources, e.targets) for e in doc.events]
    else:
        doc, events = _events(extractor, text, type_)
    e = events[0]
    assert target in countries(doc, e.targets), (e.sources, e.targets, [(a.id, a.name) for a in doc.actors])
    if source:
        assert source in countries(doc, e.sources)
    # the source is never its own target
    assert not set(e.sources) & set(e.targets)


def test_possessor_of_a_refusal_is_its_source(extractor):
    doc, events = _events(extractor, "Kenya condemned the Ethiopian government's refusal to reopen the border.",
                          "REJECT")
    refusal = events[0]
    assert "ETH" in countries(doc, refusal.sources)
    assert "ETH" not in countries(doc, refusal.targets)


def test_place_standing_for_its_country_has_a_mention(extractor):
    doc, events = _events(extractor, "The Iraqi leader Saddam Hussein arrived in Amman "
                                     "late on Sunday.", "CONSULT")
    jordan = next(a for a in doc.actors if a.country == "JOR")
    assert jordan.id in events[0].targets
    # every actor has evidence in the text, and the place's words are Jordan's here
    assert all(a.mentions for a in doc.actors)
    assert [doc.text[m.start:m.end] for m in jordan.mentions] == ["Amman"]


def test_unplaced_group_takes_the_one_country_of_its_sentence(extractor):
    doc, events = _events(extractor, "Islamist militants demanded the resignation of the Tunisian prime minister.",
                          "REQUEST")
    militants = next(a for a in doc.actors if "militants" in a.name.lower())
    assert militants.country == "TUN"


def test_unplaced_group_stays_unplaced_among_two_countries(extractor):
    doc = extractor.extract_text("Rebel fighters crossed from Chad into Sudan and attacked a police post.",
                                 published="2021-03-04")
    fighters = [a for a in doc.actors if "fighters" in a.name.lower()]
    assert fighters and fighters[0].country is None


def test_a_place_inside_other_words_is_no_locative_target(extractor):
    # "in an operation planned by Syrian intelligence" names no place of the act
    doc = extractor.extract_text("Militants stormed the hotel in an operation planned by Syrian intelligence.",
                                 published="2021-03-04")
    for e in doc.events:
        assert "SYR" not in countries(doc, e.targets), (e.type, e.targets)


def test_a_crowd_protesting_in_a_place_is_of_that_place(extractor):
    doc, events = _events(extractor, "Hundreds of people blocked streets in Nairobi in defiance of "
                                     "Ugandan authorities.", "PROTEST")
    e = events[0]
    assert countries(doc, e.sources) == {"KEN"} and "UGA" in countries(doc, e.targets)


def test_who_a_passive_condition_acts_on_is_not_the_one_threatened(extractor):
    # "if the detainees are not released": the detainees are what is demanded, not threatened
    doc, (e,) = _events(extractor, "Sudanese rebels threatened new attacks if the detainees held in Kassala "
                                   "are not released.", "THREATEN")
    assert not any("detainees" in doc.actor(a).name for a in e.targets), [doc.actor(a).name for a in e.targets]
    # the agent of the passive condition must comply: the target
    doc, (e,) = _events(extractor, "Sudanese rebels threatened new attacks if the prisoners are not freed "
                                   "by the Chadian army.", "THREATEN")
    assert countries(doc, e.targets) == {"TCD"}


@pytest.mark.parametrize("text, type_, target", [
    # the infinitive an agreement's noun governs names whom the deal is for
    ("Norway reached a deal to sell three frigates to Ghana.", "AGREE", "GHA"),
    ("Spain reached a deal to sell two patrol boats to Senegal.", "AGREE", "SEN"),
    ("Belgium announced a plan to send military trainers to Benin.", "AGREE", "BEN"),
])
def test_the_undertaking_of_an_agreement_names_its_target(extractor, text, type_, target):
    doc, events = _events(extractor, text, type_)
    assert target in countries(doc, events[0].targets), [(e.type, e.sources, e.targets) for e in doc.events]


def test_the_of_phrase_of_a_visit_is_the_visitor(extractor):
    # "of" marks no one visited: a noun a people's name describes is the doer
    doc, events = _events(extractor, "The visit of the Indonesian president to Fiji was postponed.", "CONSULT")
    assert countries(doc, events[0].sources) == {"IDN"}
    assert countries(doc, events[0].targets) == {"FJI"}


def test_a_mobilisation_at_home_targets_no_one(extractor):
    # (exercises hosted abroad target no one either: tests/test_news_sides.py)
    doc, events = _events(extractor, "Egypt held military exercises in Egypt on Sunday.", "MOBILIZE")
    assert not events[0].targets

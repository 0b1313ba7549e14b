"""One act, one event: words of a news sentence that tell no act of their own.

Sentences written for these tests (real countries, made-up situations).  Each case is a
construction of the one-act rules (events/one_act.py, over unreported_acts.py and
act_tellings.py): coded without it, the sentence gives a second event (or a wrong doer);
with it, one event with the right sides.
"""

from __future__ import annotations

import pytest
from coding_support import countries


def _code(extractor, text):
    doc = extractor.extract_text(text, published="2022-05-10")
    return doc, [(e.type, e.cameo) for e in doc.events]


@pytest.mark.parametrize("text, type_", [
    # a participle adjunct of the same type: the consequence of the attack, not a second one
    ("Chadian rebels shelled the outskirts of the town on Tuesday, killing nine villagers, "
     "officials said.", "ASSAULT"),
    ("Kenyan police raided a market in the capital, wounding several traders.", "ASSAULT"),
    # two participles joined: both the same attack
    ("Malian soldiers attacked a camp near the border, killing four men and wounding two.", "ASSAULT"),
    # a purpose infinitive of the same type: one meeting
    ("Chile's fisheries minister is to meet her Peruvian counterpart in Lima next month to discuss "
     "the anchovy quota.", None),
    # an accusation elaborated by a participle: one accusation
    ("Armenia filed a complaint with Azerbaijan, accusing Baku of shelling border villages.", "ACCUSE"),
])
def test_the_same_act_told_twice_is_one_event(extractor, text, type_):
    doc, coded = _code(extractor, text)
    assert len(doc.events) == 1, coded
    if type_:
        assert doc.events[0].type == type_


def test_a_participle_of_another_type_stays_an_act(extractor):
    doc, coded = _code(extractor, "Nepalese police fired tear gas at protesters in Kathmandu, "
                                  "arresting fifteen of them.")
    assert {"COERCE"} <= {t for t, _ in coded}, coded


def test_the_consequence_gives_the_attack_its_victims(extractor):
    doc, _ = _code(extractor, "Somali militants shelled the outskirts of the town overnight, "
                              "killing eleven Ethiopian soldiers.")
    (e,) = doc.events
    assert countries(doc, e.targets) == {"ETH"}


@pytest.mark.parametrize("text, type_", [
    # the reason of an accusation is what the accuser says
    ("The Sudanese army accused the rebels of attacking a supply convoy near the border.", "ACCUSE"),
    # the reason of an arrest
    ("Iranian police arrested an Austrian engineer for helping Israeli agents.", "COERCE"),
    # "on charges of ..."
    ("Jordanian police detained a Syrian man on charges of helping Islamic State fighters.", "COERCE"),
])
def test_the_alleged_act_is_no_event(extractor, text, type_):
    doc, coded = _code(extractor, text)
    assert [t for t, _ in coded] == [type_], coded


def test_the_topic_of_talks_is_no_event(extractor):
    doc, coded = _code(extractor, "Ethiopia and Eritrea resumed negotiations on a withdrawal "
                                  "of Ethiopian troops from the disputed town.")
    assert [t for t, _ in coded] == ["CONSULT"], coded
    # the talks' sides are the two countries, not the troops the topic names
    assert countries(doc, doc.events[0].sources) == {"ETH", "ERI"}
    assert not doc.events[0].targets


@pytest.mark.parametrize("text, source", [
    ("Nigerian soldiers killed six gunmen in a raid on a village in Borno state, the army said.", "NGA"),
    ("Afghan soldiers killed five Taliban fighters during an assault on a checkpoint in Kunduz.", "AFG"),
])
def test_the_act_named_by_its_event_noun_is_one_event(extractor, text, source):
    doc, coded = _code(extractor, text)
    assert [t for t, _ in coded] == ["ASSAULT"], coded
    assert countries(doc, doc.events[0].sources) == {source}


def test_a_weapon_is_no_doer_and_its_firing_is_the_attack(extractor):
    doc, coded = _code(extractor, "A Yemeni cargo ship was struck in the Red Sea by an Iranian-made "
                                  "drone launched by Houthi fighters.")
    assert [t for t, _ in coded] == ["ASSAULT"], coded
    (e,) = doc.events
    names = {doc.actor(a).name for a in e.sources}
    assert names and all("Houthi" in n for n in names), names


@pytest.mark.parametrize("text, not_country", [
    ("Pro-Russian gunmen seized a police station in the town.", "RUS"),
    ("Anti-American protesters stormed the embassy compound.", "USA"),
])
def test_a_stance_prefix_gives_no_nationality(extractor, text, not_country):
    doc = extractor.extract_text(text, published="2022-05-10")
    assert doc.events, "no event"
    for e in doc.events:
        assert not_country not in countries(doc, e.sources), [(doc.actor(a).name, doc.actor(a).country)
                                                               for a in e.sources]


def test_what_an_agreed_act_serves_is_content_too(extractor):
    doc, coded = _code(extractor, "Poland and the Czech Republic agreed after two days of talks in "
                                  "Prague that their border police would cooperate to help stranded "
                                  "migrants.")
    assert [t for t, _ in coded] == ["AGREE"], coded


def test_troops_arriving_are_no_visit(extractor):
    doc, coded = _code(extractor, "According to the UN, four hundred Kenyan peacekeeping troops "
                                  "arrived in Haiti on Friday.")
    assert "CONSULT" not in {t for t, _ in coded}, coded
    (e,) = [e for e in doc.events if e.type == "AID"]
    assert countries(doc, e.sources) == {"KEN"} and countries(doc, e.targets) == {"HTI"}


def test_an_official_arriving_is_a_visit(extractor):
    doc, coded = _code(extractor, "The Kenyan foreign minister arrived in Haiti on Friday.")
    assert ("CONSULT", "042") in coded, coded


@pytest.mark.parametrize("text, source, target", [
    ("An Austrian engineer was arrested in Iran on Monday.", "IRN", "AUT"),
    ("A British hiker is being investigated in Greece over a forest fire near Athens.", "GRC", "GBR"),
    ("Two Somali nationals were deported from Kenya last week.", "KEN", "SOM"),
])
def test_a_state_act_in_the_passive_is_the_place_country_s(extractor, text, source, target):
    doc = extractor.extract_text(text, published="2022-05-10")
    (e,) = doc.events
    assert countries(doc, e.sources) == {source} and countries(doc, e.targets) == {target}


def test_a_passive_act_with_an_agent_keeps_it(extractor):
    doc = extractor.extract_text("An Austrian engineer was arrested in Iran by Revolutionary Guards "
                                 "intelligence officers.", published="2022-05-10")
    (e,) = doc.events
    assert "Iran" not in {doc.actor(a).name for a in e.sources}


def test_a_deployment_told_by_a_part_of_the_troops_is_no_visit(extractor):
    doc, coded = _code(extractor, "In South Sudan, another rotation of Indian peacekeeping troops has arrived.")
    assert "CONSULT" not in {t for t, _ in coded}, coded
    (e,) = [e for e in doc.events if e.type == "AID"]
    assert countries(doc, e.targets) == {"SSD"}


def test_a_background_act_under_the_content_stays_an_act(extractor):
    # what Jordan says it will do is content; the settlement forced on it by others is another act
    doc, coded = _code(extractor, "Jordan said it would hand over the wanted men, in keeping with a "
                                  "settlement forced on Amman by Saudi Arabia.")
    (forced,) = [e for e in doc.events if e.type == "COERCE" and e.cameo == "170"]
    assert countries(doc, forced.sources) == {"SAU"}


@pytest.mark.parametrize("text, type_, source", [
    # a reduced passive relative: its "by" agent is the doer, not the one acted on
    ("Kuwait welcomed a peace initiative backed by the Arab League and opposed by Iran.", "REJECT", "IRN"),
    ("The plan, backed by France, was rejected by Algeria.", "SUPPORT", "FRA"),
])
def test_a_reduced_passive_relative_has_its_agent_as_source(extractor, text, type_, source):
    doc = extractor.extract_text(text, published="2022-05-10")
    found = [e for e in doc.events if e.type == type_ and source in countries(doc, e.sources)]
    assert found, [(e.type, countries(doc, e.sources), countries(doc, e.targets)) for e in doc.events]
    assert source not in countries(doc, found[0].targets)


def test_an_act_deep_in_the_reason_phrase_is_alleged(extractor):
    doc, coded = _code(extractor, "Beijing's foreign ministry accused Canada of raising tensions by "
                                  "sending warships through the strait.")
    assert [t for t, _ in coded] == ["ACCUSE"], coded


@pytest.mark.parametrize("text, country", [
    ("On Tuesday the French president hosted ministers from the Armenian government at the Elysee.", "ARM"),
    ("Officials from the Jordanian foreign ministry met the visiting delegation.", "JOR"),
])
def test_members_from_a_body_take_its_country(extractor, text, country):
    doc = extractor.extract_text(text, published="2022-05-10")
    assert doc.events
    sides = {doc.actor(a).country for e in doc.events for a in e.sources + e.targets}
    assert country in sides, [(doc.actor(a).name, doc.actor(a).country)
                              for e in doc.events for a in e.sources + e.targets]


@pytest.mark.parametrize("text, source, target", [
    ("Ankara condemned the Syrian shelling of a border village, calling it a provocation.", "TUR", "SYR"),
    ("Jordan condemned Israel's bombardment of the refugee camp.", "JOR", "ISR"),
])
def test_the_act_condemned_is_the_condemnation_s_object(extractor, text, source, target):
    doc, _ = _code(extractor, text)
    e, act = _judge_and_act(doc, "ACCUSE", "ASSAULT")
    assert countries(doc, e.sources) == {source} and countries(doc, e.targets) == {target}
    assert countries(doc, act.sources) == {target}


def _judge_and_act(doc, judge_type, act_type):
    """The judging event and the act it judges: the act took place, told by the judge
    (a background event, ``reported``, claimed by the judge's doers)."""
    judges = [e for e in doc.events if e.type == judge_type]
    acts = [e for e in doc.events if e.type == act_type]
    assert len(judges) == 1 and len(acts) == 1, [(e.type, e.cameo) for e in doc.events]
    (judge,), (act,) = judges, acts
    assert "background" in act.fields and act.status == "reported" and not act.negated
    assert set(act.claimed_by) == set(judge.sources) and judge.sources
    assert judge.main
    return judge, act


def test_an_act_only_supposed_condemned_is_no_event(extractor):
    doc, coded = _code(extractor, "Ankara would condemn any Syrian shelling of its border villages.")
    assert [t for t, _ in coded] == ["ACCUSE"], coded


@pytest.mark.parametrize("text", [
    "Thousands of Peruvians marched through Lima on Monday demanding the resignation of the president.",
    "Angry students from the ruling party staged rallies in Dhaka against the prime minister, "
    "saying she must resign.",
])
def test_what_a_protest_says_is_its_message(extractor, text):
    doc, coded = _code(extractor, text)
    assert [t for t, _ in coded] == ["PROTEST"], coded


@pytest.mark.parametrize("text", [
    "The Moldovan president thanked Romania for its military aid.",
    "Lebanon praised Qatar for helping to free the kidnapped soldiers.",
])
def test_what_thanks_are_for_is_no_new_act(extractor, text):
    doc, coded = _code(extractor, text)
    assert [t for t, _ in coded] == ["SUPPORT"], coded


@pytest.mark.parametrize("text, target", [
    ("Kenya's president ordered an investigation into the killing of students by police officers.", None),
    ("Bosnia is investigating the killings of Roma villagers by Bosnian soldiers.", "BIH"),
])
def test_the_act_investigated_is_the_investigation_s_object(extractor, text, target):
    doc, _ = _code(extractor, text)
    e, act = _judge_and_act(doc, "ACCUSE", "ASSAULT")
    assert set(e.targets) == set(act.sources) and act.sources
    if target:
        assert target in countries(doc, e.targets)


@pytest.mark.parametrize("text, target", [
    ("The Pentagon accused Tehran of lying about its missile tests.", "IRN"),
    ("Japan criticised Beijing over its treatment of fishermen.", "CHN"),
    ("A State Department spokesman praised Caracas for freeing the prisoners.", "VEN"),
])
def test_a_capital_judged_stands_for_its_government(extractor, text, target):
    doc = extractor.extract_text(text, published="2022-05-10")
    main = next(e for e in doc.events if e.type in ("ACCUSE", "SUPPORT"))
    assert countries(doc, main.targets) == {target}


def test_a_town_judged_is_no_actor(extractor):
    doc = extractor.extract_text("The European Union condemned the violence in Aleppo.", published="2022-05-10")
    (e,) = doc.events
    assert not e.targets


@pytest.mark.parametrize("text, type_, target", [
    ("Gunmen attacked and killed three Afghan policemen in Herat.", "ASSAULT", "AFG"),
    ("Ugandan police arrested and detained two Kenyan journalists.", "COERCE", "KEN"),
    ("Jordan condemned and denounced the Israeli raid on Nablus.", "ACCUSE", "ISR"),
])
def test_two_verbs_sharing_one_object_are_one_act(extractor, text, type_, target):
    doc, coded = _code(extractor, text)
    # (the raid condemned is an event of its own, in the background)
    told = [e for e in doc.events if "background" not in e.fields]
    assert [e.type for e in told] == [type_], coded
    assert target in countries(doc, told[0].targets)


def test_two_verbs_of_two_types_are_two_acts(extractor):
    doc, coded = _code(extractor, "Rebels kidnapped and later released five Chinese engineers in Sudan.")
    assert {t for t, _ in coded} == {"ASSAULT", "RETREAT"}, coded


def test_military_craft_flying_over_is_no_visit(extractor):
    doc, coded = _code(extractor, "Attack helicopters flew over the Ethiopian capital on Monday.")
    assert "CONSULT" not in {t for t, _ in coded}, coded


def test_a_preposition_with_its_object_is_no_particle(extractor):
    # "give in" (yield) needs the particle; "gave a speech in Minsk" has a place phrase
    doc, coded = _code(extractor, "The exiled opposition leader gave a speech in Vilnius on Sunday.")
    assert "CONCEDE" not in {t for t, _ in coded}, coded
    doc, coded = _code(extractor, "The Kenyan government finally gave in to the demands of the striking doctors.")
    assert ("CONCEDE", "080") in coded, coded


@pytest.mark.parametrize("text, source, target", [
    # a relative clause on the event noun of its own type
    ("The attack, which killed ten Nigerian soldiers, was carried out by Boko Haram fighters.", "NGA", "NGA"),
    # an event noun of the verb's type as its subject
    ("An Israeli air strike killed four Hamas commanders in Rafah.", "ISR", "PSE"),
])
def test_an_act_named_and_told_is_one_event(extractor, text, source, target):
    doc, coded = _code(extractor, text)
    assert [t for t, _ in coded] == ["ASSAULT"], coded
    e = doc.events[0]
    assert target in countries(doc, e.targets)
    if source:
        assert countries(doc, e.sources) == {source}


@pytest.mark.parametrize("text, country", [
    ("Hezbollah fighters fired rockets at the Jewish state overnight.", "ISR"),
    ("Seoul warned the Hermit Kingdom against further missile tests.", "PRK"),
])
def test_a_state_s_epithet_names_it(extractor, text, country):
    doc = extractor.extract_text(text, published="2022-05-10")
    (e,) = doc.events
    assert country in countries(doc, e.targets)


def test_tariffs_imposed_are_a_sanction(extractor):
    doc = extractor.extract_text("The United States slapped tariffs on Chinese steel on Friday.",
                                 published="2022-05-10")
    (e,) = doc.events
    assert (e.type, e.cameo) == ("COERCE", "163")
    assert countries(doc, e.sources) == {"USA"} and countries(doc, e.targets) == {"CHN"}


@pytest.mark.parametrize("text, source, target", [
    ("Nigerian troops came under attack from Boko Haram fighters near Maiduguri.", "NGA", "NGA"),
    ("A Chadian patrol came under fire from Sudanese soldiers at the border.", "SDN", "TCD"),
])
def test_coming_under_attack_from_x_is_x_s_attack(extractor, text, source, target):
    doc = extractor.extract_text(text, published="2022-05-10")
    (e,) = doc.events
    assert e.type == "ASSAULT"
    assert countries(doc, e.sources) == {source} and target in countries(doc, e.targets)


@pytest.mark.parametrize("text", [
    "Cuba released 40 political prisoners as part of a deal with the United States.",
    "Israel freed 25 detainees under an agreement with Hamas.",
])
def test_the_agreement_an_act_is_done_under_is_no_new_act(extractor, text):
    doc, coded = _code(extractor, text)
    assert [t for t, _ in coded] == ["RETREAT"], coded


@pytest.mark.parametrize("text, doer", [
    ("Hundreds of Kurds staged a protest in Istanbul against the arrest of their leader by Turkish police.",
     "TUR"),
    ("Farmers protested over the seizure of their land by the Zimbabwean army.", "ZWE"),
])
def test_the_act_a_protest_is_against_is_its_grievance(extractor, text, doer):
    doc, _ = _code(extractor, text)
    e, act = _judge_and_act(doc, "PROTEST", "COERCE")
    assert countries(doc, e.targets) == countries(doc, act.sources) == {doer}


@pytest.mark.parametrize("text, doer", [
    ("The two parties discussed the latest Eritrean aggression against the border villages.", "ERI"),
    ("Envoys discussed the Eritrean offensive, which began in early May.", "ERI"),
])
def test_an_act_talked_about_as_having_happened_is_reported(extractor, text, doer):
    doc = extractor.extract_text(text, published="2022-05-10")
    assaults = [e for e in doc.events if e.type == "ASSAULT"]
    assert len(assaults) == 1 and doer in countries(doc, assaults[0].sources), doc.events


@pytest.mark.parametrize("text", [
    "The ministers discussed a withdrawal of troops from the valley.",
    "The envoys discussed a possible offensive in the spring.",
])
def test_an_act_talked_about_as_a_plan_is_a_topic(extractor, text):
    doc = extractor.extract_text(text, published="2022-05-10")
    assert [e.type for e in doc.events] == ["CONSULT"], doc.events


def test_the_one_who_imposed_a_ban_is_judged(extractor):
    # what a ban forbids is not done: no PROTEST; the one who imposed it is judged
    doc, _ = _code(extractor, "The unions denounced the ban on public meetings imposed by the Ugandan "
                              "interior ministry in March.")
    assert [e.type for e in doc.events] == ["ACCUSE"], [(e.type, e.cameo) for e in doc.events]
    assert countries(doc, doc.events[0].targets) == {"UGA"}


def test_the_same_one_re_mentioned_by_a_pronoun_is_one_act(extractor):
    doc, coded = _code(extractor, "Ugandan police arrested the opposition activist Sarah Nabukeera in Kampala "
                                  "on Monday and held her for two days.")
    assert [t for t, _ in coded] == ["COERCE"], coded
    # another type of act on them stays an act of its own
    doc, coded = _code(extractor, "Kenyan police arrested two students in Nakuru and beat them with batons.")
    assert {t for t, _ in coded} == {"COERCE", "ASSAULT"}, coded

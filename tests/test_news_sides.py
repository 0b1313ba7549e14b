"""Sources and targets of news sentences (issue 13): the one struck by a hostile act in a
"by" phrase, the giver of a passive verb of two objects, an event noun's preposition hung on
the verb, the leader of an "X-led" act, the one helped, an envoy's host, the speaker's own
state ("his country"), the forces deployed (no target), a show of force aimed at whom it
faces (not its host), projectiles fired toward a side, an act accepted (its doer), a threat by
one's own forces, a crowd that protests, a talk coordinated with a meeting, criticism met by
its target ("X faced criticism from Y": Y's, 111), the doer's own forces in its promise or
threat (no target), a demonstration outside an embassy (its state), a truce mediated between two
sides (both), "the X army and Y rebels" as two sides, those a force's act
is meant to disperse (its target), one hit with sanctions (its target; a "by" phrase on the
sanctions names who hit), "an amnesty" (no Amnesty International).  Made-up sentences.
"""

from __future__ import annotations

import pytest

from coding_support import coded, countries_of as _countries
from sentence_support import cameo_records as _cameo, cameo_sides as _coded, country_or_name_acts as acts
from sentence_support import event_summaries as _events, ga79_statement as code, news_2021 as _code


# --- passive clauses, an event noun's preposition, an "X-led" act, a meeting and its talk ----------

@pytest.mark.parametrize("text, source, target", [
    ("Yemen was hit by Saudi air strikes on Tuesday night.", "SAU", "YEM"),
    ("Armenia was targeted by Azerbaijani artillery fire near the border.", "AZE", "ARM"),
])
def test_a_hostile_act_as_passive_agent_strikes_the_subject(extractor, text, source, target):
    doc = _code(extractor, text)
    hits = [e for e in doc.events if e.type == "ASSAULT"]
    assert hits, _events(doc)
    assert _countries(doc, hits[0].sources) == [source], _events(doc)
    assert _countries(doc, hits[0].targets) == [target], _events(doc)


@pytest.mark.parametrize("text, source, target", [
    ("Haiti was given emergency fuel aid by Venezuela after the storm.", "VEN", "HTI"),
    ("Lebanon was granted emergency credit by France.", "FRA", "LBN"),
])
def test_the_giver_of_a_passive_verb_of_two_objects(extractor, text, source, target):
    doc = _code(extractor, text)
    aid = [e for e in doc.events if e.type == "AID"]
    assert aid, _events(doc)
    assert _countries(doc, aid[0].sources) == [source], _events(doc)
    assert _countries(doc, aid[0].targets) == [target], _events(doc)


@pytest.mark.parametrize("text, source, target", [
    ("Nigerian troops repelled a Boko Haram assault on Maiduguri.", None, "NGA"),
    ("Kurdish fighters beat back an Iranian attack on Sulaymaniyah.", "IRN", "IRQ"),
])
def test_an_event_nouns_preposition_hung_on_the_verb(extractor, text, source, target):
    doc = _code(extractor, text)
    hits = [e for e in doc.events if e.type == "ASSAULT"]
    assert hits, _events(doc)
    assert target in _countries(doc, hits[0].targets), _events(doc)
    if source:
        assert _countries(doc, hits[0].sources) == [source], _events(doc)


@pytest.mark.parametrize("text, n", [
    ("Ghana's finance minister met the Nigerian vice president in Abuja on Friday and "
     "discussed the gas pipeline.", 1),
    ("The presidents of Angola and Zambia met in Luanda and held talks on the railway.", 1),
    # the second verb names a partner of its own: two acts
    ("The Qatari envoy visited Kabul and met Taliban ministers.", 2),
])
def test_talk_coordinated_with_a_meeting_is_that_meeting(extractor, text, n):
    doc = _code(extractor, text)
    assert [e.type for e in doc.events] == ["CONSULT"] * n, _events(doc)


def test_the_leader_of_an_x_led_act_is_its_source(extractor):
    doc = _code(extractor, "A Nigerian-led coalition air strike killed nine fighters near Lake Chad.")
    hits = [e for e in doc.events if e.type == "ASSAULT"]
    assert hits and _countries(doc, hits[0].sources) == ["NGA"], _events(doc)


# --- "help X do": the one helped ---------------------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Norway helped Malawi rebuild its grain stores after the floods.", "NOR", "MWI"),
    ("Canada offered to help Haiti repair the damaged port.", "CAN", "HTI"),
])
def test_the_one_helped_is_the_target(extractor, text, source, target):
    coded = _coded(extractor, text)
    assert any(source in s and target in t for _, s, t in coded), coded


# --- an envoy sent to a side -------------------------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Ghana recalled its ambassador to Togo on Friday.", "GHA", "TGO"),
    ("Ghana recalled its ambassador in Lome after the border incident.", "GHA", "TGO"),
])
def test_an_envoys_host_is_the_target(extractor, text, source, target):
    coded = _coded(extractor, text)
    assert any(source in s and target in t for _, s, t in coded), coded


def test_an_envoy_sent_by_the_other_side_keeps_its_sender(extractor):
    coded = _coded(extractor, "Togo expelled the Ghanaian ambassador in Lome.")
    assert any(s == ["TGO"] and t == ["GHA"] for _, s, t in coded), coded


# --- "X said his country would ...": the speaker's own state -----------------------------

@pytest.mark.parametrize("text, source", [
    ("Benin's foreign minister said his country would not recognise the junta in Niamey.", "BEN"),
    ("The Beninese president told reporters that his government would send troops to Niger.", "BEN"),
])
def test_his_country_in_a_speakers_clause_is_the_speakers_state(extractor, text, source):
    coded = _coded(extractor, text)
    assert coded and all(s == [source] for _, s, _ in coded), coded


# --- forces deployed, an act accepted, a threat by one's own forces, a crowd that protests --------

@pytest.mark.parametrize("text, target", [
    ("Uganda has deployed extra soldiers to its western border, an army spokesman said.", []),
    ("Azerbaijan deployed troops along its border with Armenia on Friday.", ["ARM"]),
])
def test_the_forces_deployed_are_no_target(extractor, text, target):
    doc = _code(extractor, text)
    hits = [e for e in doc.events if e.type == "MOBILIZE"]
    assert hits, _events(doc)
    assert _countries(doc, hits[0].targets) == target, _events(doc)


@pytest.mark.parametrize("text, target", [
    ("Niger's junta accepted an Algerian offer to mediate with the ousted government.", ["DZA"]),
    ("The Malian president has accepted Senegalese mediation in the border dispute.", ["SEN"]),
])
def test_an_act_accepted_has_its_doer_as_target(extractor, text, target):
    doc = _code(extractor, text)
    hits = [e for e in doc.events if e.type == "AGREE"]
    assert hits, _events(doc)
    assert _countries(doc, hits[0].targets) == target, _events(doc)


@pytest.mark.parametrize("text, target", [
    ("Beijing warned that its forces would respond to any provocation by Taiwan.", ["TWN"]),
    ("Pakistan's army chief warned that troops would crush any incursion by Afghan militants.",
     ["AFG"]),
])
def test_a_threat_by_own_forces_is_aimed_at_the_other_side(extractor, text, target):
    doc = _code(extractor, text)
    hits = [e for e in doc.events if e.type == "THREATEN"]
    assert hits, _events(doc)
    assert _countries(doc, hits[0].targets) == target, _events(doc)


@pytest.mark.parametrize("text, type_, target", [
    ("Thousands of Peruvians protested in Lima against the handover of the oil fields to Chile.",
     "PROTEST", ["CHL"]),
    ("Thousands of Armenians protested in Yerevan against the handover of border villages to "
     "Azerbaijan.", "PROTEST", ["-", "AZE"]),
    ("China protested to the United States over the arms sale.", "ACCUSE", ["USA"]),
])
def test_a_crowd_that_protests_demonstrates(extractor, text, type_, target):
    doc = _code(extractor, text)
    hits = [e for e in doc.events if e.main]
    assert [e.type for e in hits] == [type_], _events(doc)
    assert _countries(doc, hits[0].targets) == target, _events(doc)


# -- A show of force is aimed at whom it faces ("against / near / towards X", "on / along the
#       border of / with X"), not at the country that hosts it ("in / at X").

@pytest.mark.parametrize("text", [
    "NATO held large military exercises in Norway last week.",
    "Russia staged naval drills in Syria in the spring.",
])
def test_a_show_of_force_is_not_aimed_at_its_host(ex, text):
    out = code(ex, None, text)
    mobilized = [a for a in acts(out) if a[0] == "MOBILIZE"]
    assert mobilized and not any(g for _, _, g in mobilized), acts(out)


@pytest.mark.parametrize("text, target", [
    ("Russia massed troops on the border of Ukraine in the winter.", "UKR"),
    ("Belarus conducted military drills along its frontier with Lithuania.", "LTU"),
    ("Belarus conducted military drills along the frontier of Lithuania.", "LTU"),
    ("Russia held large military exercises near Finland and Estonia.", "FIN"),
    ("China staged war games around Taiwan.", "TWN"),
])
def test_a_show_of_force_is_aimed_at_whom_it_faces(ex, text, target):
    out = code(ex, None, text)
    assert any(t == "MOBILIZE" and target in g for t, _, g in acts(out)), acts(out)


# --- projectiles fired toward a side take it as the target ------------------------------------

@pytest.mark.parametrize("text, record", [
    ("North Korea fired two missiles towards Japan.", ("194", ["PRK"], ["JPN"])),
    ("Syrian forces lobbed mortars toward Turkish border posts.", ("194", ["SYR"], ["TUR"])),
])
def test_projectiles_fired_toward_a_side_target_it(extractor, text, record):
    actors, events = coded(extractor, text)
    assert _cameo(actors, events) == [record]


# --- criticism met by its target is the critic's (111 Y>X); "came under fire" stays gunfire ------

@pytest.mark.parametrize("text, record", [
    ("Turkey faced criticism from Greece over the drilling.", ("111", ["GRC"], ["TUR"])),
    ("The Chinese test drew condemnation from Japan and South Korea.", ("111", ["JPN", "KOR"], ["CHN"])),
    ("Hungary came under criticism from Portugal.", ("111", ["PRT"], ["HUN"])),
])
def test_criticism_met_is_criticism_of_the_subject(extractor, text, record):
    actors, events = coded(extractor, text)
    assert _cameo(actors, events) == [record]


def test_coming_under_fire_is_no_criticism(extractor):
    actors, events = coded(extractor, "Afghan troops came under fire from insurgents near the village.")
    assert not [e for e in events if e["type"] == "ACCUSE"], events


# --- a promised or threatened act's own forces are no target of it ------------------------------

@pytest.mark.parametrize("text, record", [
    ("Kenya promised to withdraw its troops from Somalia.", ("0356", ["KEN"], ["SOM"])),
    ("Iran threatened to use its missiles against Israel.", ("138", ["IRN"], ["ISR"])),
])
def test_the_doers_own_forces_are_no_target_of_its_promise(extractor, text, record):
    actors, events = coded(extractor, text)
    assert _cameo(actors, events) == [record]


# --- a demonstration outside an embassy targets its state; a truce mediated between two, both ----

@pytest.mark.parametrize("text, record", [
    ("Hundreds of Armenians rallied outside the Russian embassy in Yerevan.", ("14", ["ARM"], ["RUS"])),
    ("Iranian students demonstrated outside the British embassy in Tehran.", ("14", ["IRN"], ["GBR"])),
])
def test_a_demonstration_outside_an_embassy_targets_its_state(extractor, text, record):
    actors, events = coded(extractor, text)
    assert [(c[:2], s, t) for c, s, t in _cameo(actors, events)] == [record]


def test_a_truce_mediated_between_two_sides_targets_both(extractor):
    actors, events = coded(extractor, "Egypt mediated a truce between Israel and Hamas.")
    assert _cameo(actors, events) == [("045", ["EGY"], ["ISR", "PSE"])]


# --- two sides named as one phrase: "the Ruritanian army and X rebels" ----------------------

@pytest.mark.parametrize("text, first, second", [
    ("The Colombian government and ELN rebels resumed peace talks in Quito.", "Colombian government",
     "ELN rebels"),
    # (here the parser makes the first phrase a subject of the head noun)
    ("The Nigerian army and MEND militants clashed in the Niger Delta.", "Nigerian army", "MEND militants"),
])
def test_an_agent_and_another_side_before_one_head_are_two_sides(extractor, text, first, second):
    # (the parser hangs both noun phrases on the last head as if they shared it, "US and
    # British forces"; the first is an agent noun with its own modifier: a side of its own)
    doc = _code(extractor, text)
    names = [doc.actor(a).name for e in doc.events for a in e.sources]
    assert first in names and second in names, names


def test_a_shared_head_stays_shared(extractor):
    doc = _code(extractor, "US and British forces attacked the town on Sunday.")
    assert sorted(doc.actor(a).country for e in doc.events for a in e.sources) == ["GBR", "USA"]


def test_an_agent_and_a_nameless_second_phrase_stay_one_side(extractor):
    # (the first phrase's modifier may cover both: "security forces" are Ruritania's too; only a
    # name of its own, "FARC rebels", makes the second phrase another side)
    doc = _code(extractor, "The Iraqi government and security forces launched an offensive against rebels in Mosul.")
    sources = [doc.actor(a) for e in doc.events for a in e.sources]
    assert sources and all(a.country == "IRQ" for a in sources), [(a.name, a.country) for a in sources]


# --- the ones a force's act is meant to drive off -------------------------------------------

@pytest.mark.parametrize("text, target", [
    ("Kenyan police fired tear gas to disperse opposition supporters in Kisumu.", "KEN"),
    ("Bolivian police fired rubber bullets to scatter Peruvian traders at the border.", "PER"),
])
def test_those_a_force_disperses_are_its_target(extractor, text, target):
    # (the purpose infinitive of a verb of the word class dispersing names whom the act is aimed at)
    coded = _coded(extractor, text)
    assert any(c.startswith("17") or c.startswith("19") for c, _, _ in coded), coded
    assert any(target in t for _, _, t in coded), coded


# --- one struck with a measure: "hit X with sanctions", "X was slapped with sanctions by Y" ----

@pytest.mark.parametrize("text, source, target", [
    ("The European Union hit Belarus with new sanctions on Monday.", [None], ["BLR"]),
    ("Belarus was slapped with fresh sanctions by the United States on Monday.", ["USA"], ["BLR"]),
    # (the parser hangs the "by" phrase on the thing the "with" phrase names)
    ("The opposition leader was charged with treason by Ugandan prosecutors.", ["UGA"], ["UGA"]),
])
def test_one_struck_with_a_measure_is_its_target(extractor, text, source, target):
    coded = _coded(extractor, text)
    assert any(s == source and t == target for _, s, t in coded), coded


# --- a common noun written in lower case names no body of the knowledge base ---------------

def test_an_amnesty_offered_is_no_amnesty_international(extractor):
    doc = _code(extractor, "The Malian government offered an amnesty to Tuareg fighters on Monday.")
    names = [doc.actor(a).name for e in doc.events for a in e.sources + e.targets]
    assert "Amnesty International" not in names, names


def test_amnesty_written_as_a_name_is_still_the_ngo(extractor):
    doc = _code(extractor, "Amnesty criticized the Malian government on Monday.")
    names = [doc.actor(a).name for e in doc.events for a in e.sources]
    assert names == ["Amnesty International"], names

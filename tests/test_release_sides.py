"""Sides in a ministry's press release: the constructions behind the bundled example's
regressions (examples/ministry_press_release.txt), in sentences written for these tests.

* an office named "for <a place>" is an envoy of others to that place: the place is no
  part of its name, and never the one met;
* "all parties" called on are everyone concerned, not the last group named;
* a meeting's venue says nothing of whose the ones meeting are;
* a date is no doer, even as the antecedent the parser gives a relative clause.
"""

from __future__ import annotations

RELEASE = (
    "Ministry of Foreign Affairs of the Republic of Moldova\n\n"
    "Press Release\n\n"
    "Chisinau, 4 May 2023\n\n"
    "The Minister condemned the shelling of the villages of Arvana and Belcova on 2 May, "
    "which wounded six civilians. She called on all parties to respect the ceasefire.\n\n"
    "Press Office of the Ministry of Foreign Affairs\n"
)


def _names(doc, ids):
    return {doc.actor(i).name for i in ids}


def test_an_envoy_for_a_region_is_met_not_the_region(extractor):
    doc = extractor.extract_text("The Kenyan foreign minister met on Tuesday with the United Nations "
                                 "Special Envoy for the Northern Region in Geneva.", published="2022-05-10")
    (e,) = [e for e in doc.events if e.type == "CONSULT"]
    assert e.targets and all("Envoy" in doc.actor(a).name for a in e.targets), _names(doc, e.targets)
    assert all(doc.actor(a).kind != "country" for a in e.targets)


def test_all_parties_called_on_are_not_the_last_group_named(extractor):
    doc = extractor.extract_text(RELEASE)
    assert doc.issuers
    (call,) = [e for e in doc.events if e.type == "REQUEST"]
    assert not _names(doc, call.targets) & {"Arvana", "Belcova"}, _names(doc, call.targets)


def test_a_date_is_no_doer_of_the_act_its_relative_clause_tells(extractor):
    doc = extractor.extract_text(RELEASE)
    assert not any("May" in doc.actor(a).name for e in doc.events for a in e.sources + e.targets)
    (shelling,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert any("civilians" in n for n in _names(doc, shelling.targets)), _names(doc, shelling.targets)


def test_a_meeting_s_venue_is_not_the_country_of_an_official_met(extractor):
    doc = extractor.extract_text("Foreign Minister Ana Petrescu met the UN envoy Tomas Lind in Geneva on Monday.",
                                 published="2022-05-10")
    (e,) = [e for e in doc.events if e.type == "CONSULT"]
    assert all(doc.actor(a).country != "CHE" for a in e.sources + e.targets), \
        [(doc.actor(a).name, doc.actor(a).country) for a in e.sources + e.targets]


def test_it_as_a_subject_is_the_last_subject_not_the_last_name(extractor):
    doc = extractor.extract_text("Amnesty International calls on the Malawian government to end the curfew and to "
                                 "invite the African Commission on Human Rights to visit the country. It urges "
                                 "the police to release the students.", published="2022-05-10")
    (e,) = [e for e in doc.events if e.evidence.text.startswith("It urges")]
    assert any("Amnesty" in n for n in _names(doc, e.sources)), _names(doc, e.sources)


def test_the_title_alone_is_the_one_person_named_with_it(extractor):
    text = ("Foreign Minister Ana Petrescu met the UN envoy Tomas Lind in Geneva on Monday. "
            "The Minister condemned the shelling of the border villages.")
    doc = extractor.extract_text(text, published="2022-05-10")
    (e,) = [e for e in doc.events if e.type == "ACCUSE"]
    assert _names(doc, e.sources) == {"Ana Petrescu"}, _names(doc, e.sources)


def test_a_title_two_people_bear_names_neither(extractor):
    text = ("Foreign Minister Ana Petrescu met Defence Minister Ion Rusu in Chisinau on Monday. "
            "The Minister condemned the shelling of the border villages.")
    doc = extractor.extract_text(text, published="2022-05-10")
    (e,) = [e for e in doc.events if e.type == "ACCUSE"]
    assert not _names(doc, e.sources) & {"Ana Petrescu", "Ion Rusu"}, _names(doc, e.sources)

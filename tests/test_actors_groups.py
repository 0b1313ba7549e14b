"""Actors that are groups of people, not states, and whom they act for (issue #3)."""

from __future__ import annotations

from communique.resolve.kb import load_kb


def test_ethnic_people_is_a_group_not_the_state(extractor):
    doc = extractor.extract_text("About 300 ethnic Albanians demonstrated in Serbia on Sunday.",
                                 published="2021-03-04")
    group = next(a for a in doc.actors if "Albanians" in a.name)
    assert group.kind == "group" and group.name == "ethnic Albanians"
    assert not any(a.country == "ALB" for a in doc.actors)
    # the protest is theirs, placed where they live
    protest = next(e for e in doc.events if e.type == "PROTEST")
    assert protest.sources == [group.id] and group.country == "SRB"


def test_plain_demonym_still_names_the_country(extractor):
    doc = extractor.extract_text("Albanian police arrested two smugglers on Monday.", published="2021-03-04")
    assert any(a.country == "ALB" for a in doc.actors)


def test_international_officials_act_for_their_organisation():
    kb = load_kb()
    for name in ("Kofi Annan", "Ban Ki-moon"):
        entry = kb.best(name).entry
        assert entry.kind == "person" and entry.country is None, entry
        assert kb.get(entry.affiliation).kind == "igo"
    # heads of state keep their country
    assert kb.best("Ronald Reagan").entry.country == "USA"
    assert kb.best("Laurent Gbagbo").entry.country == "CIV"


def test_office_holder_takes_the_one_country_of_the_sentence(extractor):
    doc = extractor.extract_text("President Adama Kouyate conceded to demands from Guinea's opposition "
                                 "to reopen the border.", published="2021-03-04")
    president = next(a for a in doc.actors if a.kind == "person")
    assert president.country == "GIN"


def test_cleric_is_not_placed_by_a_foreign_country(extractor):
    doc = extractor.extract_text("Archbishop Ignatius Mensah called for sanctions against Nigeria.",
                                 published="2021-03-04")
    request = next(e for e in doc.events if e.type == "REQUEST")
    assert request.sources and all(doc.actor(i).country is None for i in request.sources)


def test_name_cut_inside_its_parenthesis_is_named_without_it(extractor):
    doc = extractor.extract_text("The Homeland Union (Conservatives) began collecting signatures on Monday.",
                                 published="2021-03-04")
    names = [a.name for a in doc.actors]
    assert not any(n.count("(") > n.count(")") for n in names), names

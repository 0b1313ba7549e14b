"""Item 5 of issue 13: each event takes the place and date of its own words.

When one sentence tells two acts in two places or on two dates, a place or date
inside one act's phrase or clause is not the other's; an act with none of its own
takes the one of the act it is told with, then the document's."""

from __future__ import annotations

import pytest


def _code(extractor, text, published="2023-10-06"):
    return extractor.extract_text(text, published=published)


def _by_word(doc, word):
    for e in doc.events:
        if any(doc.text[s.start:s.end].lower() == word for s in e.fields.get("type", [])):
            return e
    raise AssertionError(f"no event on {word!r}: {[(e.type, e.evidence.text) for e in doc.events]}")


def _place_name(doc, e):
    p = doc.place(e.place) if e.place else None
    return p.name if p else None


def test_two_acts_in_two_places_on_two_dates_in_one_sentence(extractor):
    doc = _code(extractor, "Rebels attacked a police post in Goma on 3 October "
                           "and ambushed an army convoy near Beni on 5 October.")
    attack, ambush = _by_word(doc, "attacked"), _by_word(doc, "ambushed")
    assert (_place_name(doc, attack), attack.date) == ("Goma", "2023-10-03")
    assert (_place_name(doc, ambush), ambush.date) == ("Beni", "2023-10-05")


def test_a_place_inside_another_acts_phrase_is_not_this_acts(extractor):
    # "in Nairobi" hangs on the second killing (the attempt), not on the first one
    doc = _code(extractor, "The two movements discussed the latest Ethiopian offensive against Tigray, "
                           "which began with the killing of commander Abel Moro and the attempted "
                           "killing of Omar Dadi, a senior party official, in Nairobi.")
    kills = [e for e in doc.events if e.type == "ASSAULT"
             and doc.text[e.fields["type"][0].start:e.fields["type"][0].end].lower() == "killing"]
    assert len(kills) == 2, [(e.type, e.cameo, e.targets) for e in doc.events]
    first, second = sorted(kills, key=lambda e: e.fields["type"][0].start)
    assert _place_name(doc, second) == "Nairobi"
    assert _place_name(doc, first) != "Nairobi"


def test_an_attack_in_a_province_is_not_placed_at_the_date_line(extractor):
    doc = _code(extractor, "Agency statement\n\nKINSHASA, 6 October 2023 - The agency is shocked by the "
                           "attack on a health centre in North Kivu province on Tuesday, in which "
                           "gunmen killed two Congolese nurses.\n")
    for e in doc.events:   # the killing, and the attack it is told in
        assert e.type == "ASSAULT"
        p = doc.place(e.place)
        assert p is not None and p.admin1 and "Kivu" in p.admin1 and p.name != "Kinshasa", p
    assert _by_word(doc, "killed").date == "2023-10-03"


def test_examples_attack_in_ituri_is_placed_in_ituri(extractor):
    from pathlib import Path

    doc = extractor.extract_path(Path(__file__).resolve().parents[1] / "examples" / "un_agency_statement.txt")
    attacks = [e for e in doc.events if e.type == "ASSAULT" and doc.text[
        e.fields["type"][0].start:e.fields["type"][0].end].lower() == "attack"]
    assert attacks
    for e in attacks:
        assert doc.place(e.place).name == "Ituri", doc.place(e.place)


@pytest.mark.shared
def test_sample_assassination_is_not_placed_where_the_other_attempt_was(sample_doc):
    doc = sample_doc
    killing = [e for e in doc.events if e.type == "ASSAULT" and e.cameo == "186"]
    attempt = [e for e in doc.events if e.type == "ASSAULT" and e.cameo == "185"]
    assert killing and attempt, [(e.type, e.cameo) for e in doc.events]
    assert doc.place(attempt[0].place).name == "Damascus"
    assert doc.place(killing[0].place).name != "Damascus"
    assert doc.place(killing[0].place).country == "PSE"


def test_an_attack_on_villages_the_gazetteer_does_not_know_is_not_placed_at_the_date_line(extractor):
    doc = _code(extractor, "Ministry of Foreign Affairs of Norlandia\n\nPress Release\n\n"
                           "Vienna, 9 October 2023\n\n"
                           "The Minister condemned the shelling of the villages of Tarvessa and "
                           "Ubrilo on 7 October, which wounded six farmers. She thanked Austria "
                           "for hosting the talks.")
    shelling = _by_word(doc, "shelling")
    assert shelling.type == "ASSAULT"
    assert _place_name(doc, shelling) == "Tarvessa"
    place = doc.place(shelling.place)
    assert place.geonameid is None and place.lat is None   # named, not located
    assert doc.text[shelling.fields["place"][0].start:shelling.fields["place"][0].end] == "Tarvessa"
    assert {p.name for p in doc.places} >= {"Tarvessa", "Ubrilo", "Vienna"}
    # the speech acts are told where the statement was issued
    assert _place_name(doc, _by_word(doc, "condemned")) == "Vienna"
    assert _place_name(doc, _by_word(doc, "thanked")) == "Vienna"

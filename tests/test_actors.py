"""Actors: mentions -> canonical actors; the phrase helpers the event coder calls."""

from __future__ import annotations

import pytest

from communique.config import default_config
from communique.resolve.actors import actors_in_span, resolve_phrase

TEXT = ("The Egyptian foreign ministry condemned the raid. Israeli troops entered the camp, "
        "and Washington said the police had arrested rebels. Hamas rejected the plan.")


def _span(doc, phrase):
    i = doc.text.index(phrase)
    return i, i + len(phrase)


def test_resolve_phrase_agents_get_country_and_sector(extractor):
    doc = extractor.extract_text(TEXT)
    ministry = doc.actor(resolve_phrase(doc, *_span(doc, "The Egyptian foreign ministry")))
    assert (ministry.country, ministry.sector, ministry.kind) == ("EGY", "GOV", "government")
    troops = doc.actor(resolve_phrase(doc, *_span(doc, "Israeli troops")))
    assert (troops.country, troops.sector) == ("ISR", "MIL")
    police = doc.actor(resolve_phrase(doc, *_span(doc, "the police")))
    assert police.sector == "COP" and police.country is None
    rebels = doc.actor(resolve_phrase(doc, *_span(doc, "rebels")))
    assert rebels.sector == "REB"


def test_resolve_phrase_capital_metonym_and_known_org(extractor):
    doc = extractor.extract_text(TEXT)
    assert doc.actor(resolve_phrase(doc, *_span(doc, "Washington"))).country == "USA"
    hamas = resolve_phrase(doc, *_span(doc, "Hamas"))
    assert doc.actor(hamas).name == "Hamas"
    # Resolving again gives the same actor, not a new one.
    assert resolve_phrase(doc, *_span(doc, "Hamas")) == hamas


def test_resolve_phrase_without_create_does_not_add(extractor):
    from communique.pipeline import registered

    doc = extractor.extract_text(TEXT)
    # Back to what the actors stage alone made (later stages may resolve phrases too).
    registered()["actors"].factory(default_config().actors, default_config())(doc)
    n = len(doc.actors)
    assert resolve_phrase(doc, *_span(doc, "the police"), create=False) is None
    assert len(doc.actors) == n


def test_actors_in_span_in_text_order(extractor):
    doc = extractor.extract_text(TEXT)
    s, _ = _span(doc, "Israeli troops")
    _, e = _span(doc, "Hamas rejected")
    ids = actors_in_span(doc, s, e)
    names = [doc.actor(i).name for i in ids]
    assert names.index("Israel") < names.index("Hamas")
    assert len(ids) == len(set(ids))


# -- the real sample -------------------------------------------------------------
def _by_name(doc, suffix):
    hits = [a for a in doc.actors if a.name.endswith(suffix)]
    assert len(hits) == 1, (suffix, [a.name for a in doc.actors])
    return hits[0]


def test_sample_issuers_are_hamas_and_pij(sample_doc):
    if not sample_doc.workspace.issuer_spans:
        pytest.skip("the structure stage does not set issuer_spans yet")
    issuers = [sample_doc.actor(i) for i in sample_doc.issuers]
    assert [a.name for a in issuers] == ["Hamas", "Palestinian Islamic Jihad"]
    assert {"PIJ", "Islamic Jihad"} <= set(issuers[1].aliases)


def test_issuer_spans_resolve_and_deduplicate(extractor):
    doc = extractor.extract_text("Statement by Hamas and the PIJ.\n\nHamas and PIJ met in Cairo.")
    spans = []
    for name in ("Hamas", "PIJ", "Hamas"):
        i = doc.text.index(name, spans[-1][1] if spans else 0)
        spans.append((i, i + len(name)))
    doc.workspace.issuer_spans = spans
    doc.workspace.actor_state = None
    from communique.pipeline import registered

    stage = registered()["actors"].factory(default_config().actors, default_config())
    stage(doc)
    assert [doc.actor(i).name for i in doc.issuers] == ["Hamas", "Palestinian Islamic Jihad"]


def test_sample_one_actor_per_organisation(sample_doc):
    hamas = _by_name(sample_doc, "Hamas")
    pij = _by_name(sample_doc, "Palestinian Islamic Jihad")
    assert {"PIJ", "Islamic Jihad"} <= set(pij.aliases)
    assert len(hamas.mentions) >= 4 and len(pij.mentions) >= 4
    for m in sample_doc.mentions:
        if m.text in ("PIJ Political Bureau", "Islamic Jihad"):
            assert m.actor == pij.id
        if m.text.startswith("Hamas"):
            assert m.actor == hamas.id


def test_sample_persons_with_roles(sample_doc):
    persons = {a.name: a for a in sample_doc.actors if a.kind == "person"}
    for surname in ("Haniyeh", "al-Nakhala", "Salah", "al-Ata", "al-Ajouri"):
        assert sum(n.endswith(surname) for n in persons) == 1, (surname, list(persons))
    hamas = _by_name(sample_doc, "Hamas").id
    pij = _by_name(sample_doc, "Palestinian Islamic Jihad").id
    hani = _by_name(sample_doc, "Haniyeh")
    assert [(r.title, r.of) for r in hani.roles] == [("head of Hamas Political Bureau", hamas)]
    nakh = _by_name(sample_doc, "al-Nakhala")
    assert [(r.title, r.of) for r in nakh.roles] == [("secretary-general of Islamic Jihad", pij)]


def test_sample_countries(sample_doc):
    countries = {a.country for a in sample_doc.actors if a.kind == "country"}
    assert {"USA", "ISR", "EGY"} <= countries
    # Cities and regions are places, not actors.
    assert not any(a.name in ("Cairo", "Gaza", "West Bank", "Damascus") for a in sample_doc.actors)


def test_sample_mentions_link_to_actors_with_matching_spans(sample_doc):
    for a in sample_doc.actors:
        assert a.mentions
        for s in a.mentions:
            m = next((m for m in sample_doc.mentions if (m.start, m.end) == (s.start, s.end)), None)
            if m is not None:
                assert m.actor == a.id
    ids = [a.id for a in sample_doc.actors]
    assert len(ids) == len(set(ids))


def _coded(text, mentions):
    """A document with hand-made mentions run through the actors stage alone."""
    from communique.document import Document, Mention
    from communique.pipeline import registered

    doc = Document(raw=text, text=text)
    doc.mentions = [Mention(text.index(t), text.index(t) + len(t), label, t) for t, label in mentions]
    registered()["actors"].factory(default_config().actors, default_config())(doc)
    return doc


def test_jordan_tagged_person_is_the_country_with_less_confidence():
    as_person = _coded("Jordan said the talks would go on.", [("Jordan", "PERSON")])
    as_place = _coded("Jordan said the talks would go on.", [("Jordan", "GPE")])
    (p,), (g,) = as_person.actors, as_place.actors
    assert p.country == g.country == "JOR"
    assert p.confidence < g.confidence
    # A full person name containing it is a person, not the country.
    doc = _coded("Michael Jordan said so.", [("Michael Jordan", "PERSON")])
    assert [a.kind for a in doc.actors] == ["person"]


def test_unknown_names_are_kept_with_a_guessed_kind(extractor):
    doc = extractor.extract_text(
        "The Valley Farmers Movement and the Red Hills Brigades rejected the ruling of the "
        "Ministry of Water of Kenya.")
    kinds = {a.name: (a.kind, a.sector, a.country, a.known) for a in doc.actors}
    assert kinds["Valley Farmers Movement"][0] == "organization"
    assert kinds["Red Hills Brigades"][:2] == ("armed_group", "REB")
    assert kinds["Ministry of Water of Kenya"][0::2] == ("government", "KEN")
    assert all(not v[3] for k, v in kinds.items() if k != "Kenya")
    assert all(a.confidence < 0.9 for a in doc.actors if not a.known)


def test_leaders_of_an_organisation_are_the_organisation(extractor):
    doc = extractor.extract_text(
        "Hamas leaders met Afghan rebel leaders and five Panamanian army officers in Doha.")
    hamas = doc.actor(resolve_phrase(doc, *_span(doc, "Hamas leaders")))
    assert hamas.name == "Hamas" and hamas.known
    rebels = doc.actor(resolve_phrase(doc, *_span(doc, "Afghan rebel leaders")))
    assert (rebels.country, rebels.sector) == ("AFG", "REB")
    army = doc.actor(resolve_phrase(doc, *_span(doc, "five Panamanian army officers")))
    assert (army.country, army.sector) == ("PAN", "MIL")


def test_capital_as_subject_is_the_government(extractor):
    doc = extractor.extract_text("Moscow rejected the plan. The talks were held in Moscow.")
    gov = [a for a in doc.actors if a.country == "RUS"]
    assert [(a.kind, a.sector) for a in gov] == [("government", "GOV")]
    assert len(gov[0].mentions) == 1  # the place in "held in Moscow" is not the actor


def test_person_sector_and_country_from_role(extractor):
    doc = extractor.extract_text(
        "Israeli Prime Minister Dan Avital met Islamic Jihad commander Omar Saleh.")
    pm = _by_name(doc, "Dan Avital")
    assert (pm.country, pm.sector) == ("ISR", "GOV")
    cmd = _by_name(doc, "Omar Saleh")
    assert (cmd.country, cmd.sector) == ("PSE", "REB")


def test_coordinated_country_adjectives_give_one_actor_each(extractor):
    from communique.resolve.actors import resolve_phrases

    doc = extractor.extract_text("US and British forces must protect the water supply.")
    ids = resolve_phrases(doc, *_span(doc, "US and British forces"))
    got = [(doc.actor(i).country, doc.actor(i).sector) for i in ids]
    assert got == [("USA", "MIL"), ("GBR", "MIL")]


def test_coordinated_names_split(extractor):
    from communique.resolve.actors import resolve_phrases

    doc = extractor.extract_text("Hamas and Islamic Jihad condemned the raid.")
    ids = resolve_phrases(doc, *_span(doc, "Hamas and Islamic Jihad"))
    assert [doc.actor(i).name for i in ids] == ["Hamas", "Palestinian Islamic Jihad"]


def test_misspelt_country_and_place_country(extractor):
    doc = extractor.extract_text("Ethopia has agreed to reopen its borders. Rebels in Darfur "
                                 "attacked a convoy.")
    assert doc.actor(resolve_phrase(doc, *_span(doc, "Ethopia"))).country == "ETH"
    rebels = doc.actor(resolve_phrase(doc, *_span(doc, "Rebels in Darfur")))
    assert rebels.sector == "REB"
    darfur = [m for m in doc.mentions if m.text == "Darfur" and m.place]
    if darfur:  # the places stage resolved it: its country goes to the rebels
        assert rebels.country == doc.place(darfur[0].place).country


def test_phrase_naming_a_known_body_is_that_body(extractor):
    doc = extractor.extract_text("The Israeli army said the State Department was informed.")
    army = doc.actor(resolve_phrase(doc, *_span(doc, "The Israeli army")))
    assert army.known and (army.country, army.sector) == ("ISR", "MIL")
    assert "Israeli army" in army.aliases


def test_names_written_as_places_are_not_actors(extractor):
    doc = extractor.extract_text(
        "The patrol cleared a house in the village of Sar Kotal and west of Pir Dara, "
        "then Gul Mast district. For Immediate Release. HAMAS AND THE ISLAMIC JIHAD "
        "MOVEMENT CONDEMNED THE RAID.")
    names = {a.name for a in doc.actors}
    assert names, "the statement names actors"
    assert not names & {"Sar Kotal", "Pir Dara", "Gul Mast", "Immediate Release"}
    assert {"Hamas", "Palestinian Islamic Jihad"} <= names  # all capitals still found


def test_any_span_resolves_without_error_and_keeps_ids_unique(extractor):
    from hypothesis import given, settings, strategies as st

    doc = extractor.extract_text(TEXT)
    n = len(doc.text)

    @settings(max_examples=150, deadline=None)
    @given(st.integers(-5, n + 5), st.integers(0, 40), st.booleans())
    def check(start, length, create):
        aid = resolve_phrase(doc, start, start + length, create=create)
        assert aid is None or doc.actor(aid) is not None
        ids = [a.id for a in doc.actors]
        assert len(ids) == len(set(ids))
        for a in doc.actors:
            for s in a.mentions:
                assert 0 <= s.start < s.end <= n

    check()

"""An organ of a state named "<organ> [of <portfolio>] of [the] <state>" is one actor of that
state: the parser's entities often stop before "of the <state>", and the cut name alone
("Ministry of Foreign Affairs of", "Ministry of Defence") lost its state or took another's."""


def _issuer(doc):
    (aid,) = doc.issuers
    return doc.actor(aid)


def test_a_title_ministry_keeps_the_state_named_with_the_article(extractor):
    doc = extractor.extract_text(
        "Statement by the Ministry of Foreign Affairs of the Republic of Korea on the satellite launch\n\n"
        "The Ministry expresses deep concern over the launch and calls for restraint.\n")
    issuer = _issuer(doc)
    assert issuer.name == "Ministry of Foreign Affairs of the Republic of Korea"
    assert issuer.country == "KOR"


def test_a_ministry_of_a_portfolio_takes_the_state_after_it_not_another_states(extractor):
    # "Ministry of Defence" alone is a known name of one state's ministry; here it is Russia's.
    doc = extractor.extract_text(
        "Press release of the Ministry of Defence of the Russian Federation\n\n"
        "The Ministry denies reports that its aircraft struck a market in the region.\n")
    issuer = _issuer(doc)
    assert (issuer.name, issuer.country) == ("Ministry of Defence of the Russian Federation", "RUS")


def test_an_embassy_in_a_sentence_is_its_states(extractor):
    doc = extractor.extract_text(
        "The Embassy of the United States in Lusaka condemned the attack on the opposition offices.")
    (event,) = [e for e in doc.events if e.type == "ACCUSE"]
    (source,) = event.sources
    assert doc.actor(source).country == "USA"
    assert doc.actor(source).name.startswith("Embassy of the United States")


def test_the_short_name_in_the_signature_is_the_same_organ(extractor):
    doc = extractor.extract_text(
        "Ministry of Foreign Affairs of the Republic of Korea\n\nPress Release\n\n"
        "Seoul, 4 May 2025\n\n"
        "The Government of the Republic of Korea welcomes the release of the two detained aid "
        "workers and thanks the Government of Qatar for its mediation.\n\n"
        "Press Office of the Ministry of Foreign Affairs\n")
    issuers = [doc.actor(a) for a in doc.issuers]
    assert [(a.name, a.country) for a in issuers] == [
        ("Ministry of Foreign Affairs of the Republic of Korea", "KOR")]
    (organ,) = [a for a in doc.actors if a.name.startswith("Ministry of Foreign Affairs")]
    signature = doc.text.rindex("Ministry of Foreign Affairs")
    assert any(s.start == signature for s in organ.mentions)


def test_two_states_ministries_stay_two(extractor):
    doc = extractor.extract_text(
        "The Ministry of Foreign Affairs of Japan and the Ministry of Foreign Affairs of Viet Nam "
        "signed a memorandum on maritime cooperation in Hanoi.")
    countries = {a.country for a in doc.actors if a.name.startswith("Ministry of Foreign Affairs")}
    assert countries == {"JPN", "VNM"}


def test_a_bare_known_organ_name_is_the_issuers_organ_named_in_full(extractor):
    # "Ministry of Defence" alone is the United Kingdom's in the knowledge base; in a statement
    # of the Ministry of Defence of Ruritania it is Ruritania's, the issuer itself.
    doc = extractor.extract_text(
        "Statement of the Ministry of Defence of Ruritania\n\n"
        "The Ministry of Defence rejects the claims made by the neighbouring state's media.\n")
    (issuer,) = doc.issuers
    assert not [a for a in doc.actors if a.country == "GBR"]
    (reject,) = [e for e in doc.events if e.type == "REJECT"]
    assert reject.sources == [issuer]


def test_the_organ_named_with_another_state_stays_that_states(extractor):
    # only the bare short name is the issuer's organ; "the UK Ministry of Defence" is the
    # United Kingdom's, and no index of the document keeps an actor it has dropped
    from communique.resolve.actor_state import _state

    doc = extractor.extract_text(
        "Statement of the Ministry of Defence of Ruritania\n\n"
        "The Ministry of Defence rejects the claims made by the neighbouring state.\n\n"
        "The UK Ministry of Defence and the Ministry of Defence called for calm.\n")
    assert [a.country for a in doc.actors if a.name == "Ministry of Defence"] == ["GBR"]
    st = _state(doc)
    assert all(doc.actor(aid) is not None for aid in [*st.by_kb.values(), *st.by_key.values()])

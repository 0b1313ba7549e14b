"""A joint statement's title names its issuers: a plural organ before a list ("the
Governments of A and B") is each state's, and a name nothing knows is kept, never dropped."""


def _issuers(doc):
    return [(doc.actor(a).name, doc.actor(a).country) for a in doc.issuers]


def test_the_governments_of_two_states_are_both_states(extractor):
    doc = extractor.extract_text(
        "Joint statement by the Governments of Canada and Australia\n\n"
        "The two Governments call on all parties to the conflict to agree to an immediate ceasefire.\n")
    assert _issuers(doc) == [("Canada", "CAN"), ("Australia", "AUS")]
    (call,) = [e for e in doc.events if e.type == "REQUEST"]
    assert set(call.sources) == set(doc.issuers)


def test_unknown_issuers_of_a_joint_statement_are_kept_with_no_country(extractor):
    doc = extractor.extract_text(
        "Joint statement by the Governments of Arland and Belmark\n\n"
        "The two Governments call on all parties to the conflict to agree to an immediate ceasefire.\n")
    assert _issuers(doc) == [("Arland", None), ("Belmark", None)]


def test_heads_of_state_and_government_is_one_office_not_two_issuers(extractor):
    doc = extractor.extract_text(
        "Joint declaration of the Heads of State and Government of Chile, Peru and Ecuador\n\n"
        "The Heads of State reaffirm their commitment to regional cooperation.\n")
    assert _issuers(doc) == [("Chile", "CHL"), ("Peru", "PER"), ("Ecuador", "ECU")]


def test_a_title_that_names_no_one_invents_no_issuer(extractor):
    # "Joint" is a word of the title, not a name: no issuer (issue 14's bad input)
    doc = extractor.extract_text(
        "Joint statement on the elections\n\n"
        "The parties call on the electoral commission to publish the results without delay.\n")
    assert _issuers(doc) == []

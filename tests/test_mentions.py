"""The mentions stage: exact spans, span repairs, roles and acronyms."""

from __future__ import annotations

import pytest


def _m(doc, text, label=None):
    hits = [m for m in doc.mentions if m.text == text and (label is None or m.label == label)]
    assert hits, f"no mention {text!r} in {[m.text for m in doc.mentions]}"
    return hits[0]


def test_every_mention_span_selects_its_text(sample_doc):
    assert sample_doc.mentions
    for m in sample_doc.mentions:
        assert sample_doc.text[m.start:m.end] == m.text


def test_no_mention_crosses_a_line_or_starts_with_the(sample_doc):
    for m in sample_doc.mentions:
        assert "\n" not in m.text
        assert not m.text.lower().startswith("the ")
        assert not m.text.endswith(("'s", "’s", ",", "."))


def test_sample_roles_from_apposition_and_title(sample_doc):
    persons = {m.text: m for m in sample_doc.mentions if m.label == "PERSON"}
    hani = next(m for t, m in persons.items() if t.endswith("Haniyeh"))
    assert hani.role == "head of Hamas Political Bureau" and hani.role_of == "Hamas"
    nakh = next(m for t, m in persons.items() if t.endswith("Nakhala"))
    assert nakh.role == "secretary-general of Islamic Jihad" and nakh.role_of == "Islamic Jihad"
    ata = next(m for t, m in persons.items() if t.endswith("al-Ata"))
    assert ata.role.endswith("commander") and ata.role_of == "Islamic Jihad"
    ajouri = next(m for t, m in persons.items() if t.endswith("Ajouri"))
    assert ajouri.role.startswith("member of") and ajouri.role_of == "PIJ"


def test_sample_acronym_tied_to_long_form(sample_doc):
    plo = _m(sample_doc, "PLO")
    assert plo.long_form == "Palestine Liberation Organisation"
    assert _m(sample_doc, "Palestine Liberation Organisation").label == "ORG"


@pytest.fixture(scope="module")
def made_up(extractor):
    return extractor.extract_text(
        "Northland Deputy Secretary of Energy Peter Lindqvist met the Egyptian foreign minister, "
        "Sameh Rashidi, on Monday.\n\n"
        "The Valley Farmers Alliance (VFA) said the VFA would appeal. Hamas's spokesman "
        "Abu Karim Nasser, a member of the movement's political bureau, spoke too.\n\n"
        "THOSE WHO ATTACKED THE CAMP WILL PAY, SAID THE ISLAMIC JIHAD MOVEMENT.\n\n"
        "Sheikh Omar Haddad, secretary-general of the Coastal Unity Party, spoke to PIJ.")


def test_pre_nominal_title_role(made_up):
    m = _m(made_up, "Peter Lindqvist", "PERSON")
    assert m.role == "Northland Deputy Secretary of Energy"


def test_apposition_before_the_name(made_up):
    m = _m(made_up, "Sameh Rashidi", "PERSON")
    assert m.role == "Egyptian foreign minister" and m.role_of == "Egyptian"


def test_honorific_is_not_part_of_the_name_and_role_of_unknown_party(made_up):
    m = _m(made_up, "Omar Haddad", "PERSON")
    assert m.role == "secretary-general of the Coastal Unity Party"
    assert m.role_of == "Coastal Unity Party"


def test_acronym_defined_in_text_and_reused(made_up):
    uses = [m for m in made_up.mentions if m.text == "VFA"]
    assert len(uses) == 2
    assert all(m.long_form == "Valley Farmers Alliance" for m in uses)


def test_kb_acronym_missed_by_the_model_is_added(made_up):
    m = _m(made_up, "PIJ")
    assert m.label == "ORG"


def test_shouted_function_words_are_not_entities(made_up):
    assert not any(m.text in ("WHO", "THE", "THOSE") for m in made_up.mentions)


def test_acronym_definitions_both_orders_and_refusals():
    from communique.nlp.acronyms import find_definitions

    text = ("The Syrian Democratic Forces (SDF) met the WFP (World Food Programme) and "
            "Hay'at Tahrir al-Sham (HTS). The plan (ABC) failed; a talk (see below) ended.")
    pairs = [(text[a:b], text[c:d]) for a, b, c, d in find_definitions(text)]
    assert ("Syrian Democratic Forces", "SDF") in pairs
    assert ("World Food Programme", "WFP") in pairs
    assert ("Hay'at Tahrir al-Sham", "HTS") in pairs
    assert not any(acr == "ABC" for _, acr in pairs)  # no long form spells it


def test_known_names_in_a_run_are_remembered_until_the_kb_changes():
    from communique.nlp.mentions import _known_in_run
    from communique.resolve.kb import KBEntry, KnowledgeBase

    kb = KnowledgeBase()
    kb.add(KBEntry(id="o_orm", name="Ormsby Canal Authority", kind="organization"))
    run = "The Ormsby Canal Authority"

    def names(known):
        return [[(j, run[s:e]) for j, s, e, _ in at] for at in known]

    first = _known_in_run(kb, run)
    # (a leading "the" is trimmed: the name starting at the first word is the same name)
    assert names(first) == [[(4, "Ormsby Canal Authority")], [(4, "Ormsby Canal Authority")], [], []]
    assert _known_in_run(kb, run) is first   # read back from the memo
    # A name added later is found: adding an entry empties the memo.
    kb.add(KBEntry(id="o_orm_town", name="Ormsby", kind="organization"))
    assert names(_known_in_run(kb, run))[1] == [(4, "Ormsby Canal Authority"), (2, "Ormsby")]

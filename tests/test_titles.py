"""Titles of office in a text: a title spoken to ("Madam President, ...") is neither doer nor
target, "you" before it (or "Your Excellency" as an object) is the one spoken to; a qualified title ("the outgoing President")
is not the holder named before, a bare one is; a title with a person in apposition is that
person; a country named in a person's title is the person's.

Sentences written for these tests; the states are real (so they resolve), the events invented.
"""

from __future__ import annotations

import pytest

from coding_support import actors_by_id, statement_acts as _acts
from sentence_support import country_or_name_acts as acts, event_countries as _sides, ga79_statement as code
from sentence_support import hinted_statement as _statement, statement_events as _events


def _names(out: dict, ids) -> list[str]:
    actors = actors_by_id(out)
    return [actors[i]["name"].lower() for i in ids]


# -- A title spoken to, set off by a comma at the start or the end of a sentence ("Madam
#       President, ...", "..., Mr. Chairman."), is neither the doer nor the target of its act.

@pytest.mark.parametrize("text", [
    "Madam President, Norway condemns the attack on the relief convoy near Kismayo.",
    "Mr. Chairman, Norway welcomes the release of the detained journalists by Belarus.",
    "Excellencies, Norway supports the mission of the United Nations in Haiti.",
])
def test_a_title_spoken_to_is_not_the_doer(ex, text):
    out = code(ex, "Norway", text)
    speech = [e for e in out["events"] if e["type"] in ("ACCUSE", "SUPPORT")]
    assert speech, acts(out)
    for e in speech:
        names = _names(out, e["sources"] + e["targets"])
        assert not any(w in n for n in names for w in ("president", "chair", "excellenc")), acts(out)
        assert "NOR" in [a for t, s, g in acts(out) for a in s], acts(out)


def test_a_title_spoken_to_at_the_end_is_not_the_target(ex):
    out = code(ex, "Norway", "Norway stands firmly with the people of Sudan, Madam President.")
    support = [e for e in out["events"] if e["type"] == "SUPPORT"]
    assert support, acts(out)
    assert not any("president" in n for e in support for n in _names(out, e["targets"])), acts(out)


def test_you_before_a_closing_title_is_the_one_spoken_to(ex):
    out = code(ex, "Norway", "We sincerely thank you for your wise guidance, Madam President.")
    assert any(t == "SUPPORT" and any("president" in n.lower() for n in g) for t, _, g in acts(out)), acts(out)


# -- "Your Excellency" as an object: "you" --------------------------------------------------

def test_your_excellency_congratulated_is_the_one_spoken_to(ex):
    # (no one named as spoken to: "you" names no actor, and neither does the title)
    acts = _acts(ex, "Allow me to congratulate Your Excellency on your recent election to lead this body.")
    assert any(a[0] == "SUPPORT" and a[1] == ["GHA"] for a in acts), acts
    assert not any("Excellency" in t for a in acts for t in a[2]), acts


# -- a title that says it is another holder is not the one the document named with it ------
# ("I congratulate the President of the Assembly" coded as support of a head of state told
# before; "I thank the outgoing President" as the speaker's own president)

@pytest.mark.parametrize("text", [
    "President Biden spoke of democracy in his address yesterday. "
    "I wish to congratulate the President of the Assembly, Mr. Jan Novak, on his election.",
    "President Biden spoke of democracy in his address yesterday. "
    "I also thank the outgoing President, His Excellency Mr. Jan Novak, for his able leadership.",
    "President Biden spoke of democracy in his address yesterday. "
    "We commend the former President for his work on the ocean treaty.",
])
def test_a_qualified_title_is_not_the_holder_named_before(ex, text):
    evs = _events(ex, text, issuer="Palau")
    thanks = [e for e in evs if e["type"] == "SUPPORT"]
    assert thanks, evs
    assert all("USA" not in e["tgt"] for e in thanks), thanks


def test_a_bare_title_is_still_the_holder_named_before(ex):
    evs = _events(ex, "President Biden spoke of democracy in his address yesterday. "
                      "We thank the President for his words on the ocean treaty.", issuer="Palau")
    assert any(e["type"] == "SUPPORT" and "USA" in e["tgt"] for e in evs), evs


# -- a bare title with a person in apposition is that person ----------------------------------------

@pytest.mark.parametrize("text", [
    "I wish to congratulate the President, His Excellency Mr. Pedro Almeida of Portugal, on his election.",
    "Prime Minister Batu Erdene opened our session. We thank the President, His Excellency "
    "Mr. Arvid Lund of Sweden, for his leadership.",
])
def test_a_bare_title_with_a_person_in_apposition_is_that_person(ex, text):
    actors, events = _statement(ex, "Mongolia", text)
    named = text.split("Mr. ")[-1].split(" of ")[0]
    targets = [actors[i]["name"] for e in events if e["type"] == "SUPPORT" for i in e["targets"]]
    assert targets == [named], (targets, events)


# -- "the outgoing envoy, Mr. X,": the name the parser hung on the verb -------------------

@pytest.mark.parametrize("text, name", [
    ("We pay warm tribute to the outgoing envoy, Mr. Ravi Menon, for his patient guidance.", "Ravi Menon"),
    ("We pay tribute to the outgoing President, Mr. Pedro Alvarez, for his able stewardship.", "Pedro Alvarez"),
])
def test_a_name_set_off_after_a_title_is_the_one_meant(ex, text, name):
    acts = _acts(ex, text, target=lambda a: a["name"])
    assert any(a[0] == "SUPPORT" and a[1] == ["GHA"] and name in a[2] for a in acts), acts


# --- a country named in a person's title --------------------------------------------------

@pytest.mark.parametrize("text, country", [
    ("Tuvalu Prime Minister Tekori Malani met Fijian officials.", "TUV"),
    ("Tuvalu Prime Minister Tekori Malani signed a fisheries accord with Japan.", "TUV"),
])
def test_a_country_in_a_persons_title_is_the_persons_country(extractor, text, country):
    doc = extractor.extract_text(text, published="2022-03-08")
    person = next(a for a in doc.actors if a.name == "Tekori Malani")
    assert person.country == country, [(a.name, a.country) for a in doc.actors]
    assert any(country in _sides(doc, e)[0] for e in doc.events), [_sides(doc, e) for e in doc.events]


def test_a_title_without_a_country_gives_none_of_its_own(extractor):
    doc = extractor.extract_text("Prime Minister Tekori Malani resigned on Monday.", published="2022-03-08")
    person = next(a for a in doc.actors if a.name == "Tekori Malani")
    assert person.country is None

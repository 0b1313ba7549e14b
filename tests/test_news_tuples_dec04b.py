"""Issue 13, a coder that generalizes (second set of the day): constructions read the way
event coders read them, on made-up sentences.

* A person's title names a country the tagger did not mark as a place ("Tuvalu Prime
  Minister X"): the person is of that country (resolve/actor_linking.py).
"""

from __future__ import annotations

import pytest


def _sides(doc, e):
    names = {a.id: a.country for a in doc.actors}
    return [names[a] for a in e.sources], [names[a] for a in e.targets]


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

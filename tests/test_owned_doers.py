"""A doer named by a noun a pronoun owns ("X said its troops shelled ..."): of the country
the pronoun stands for (events/referents.py); not when the pronoun's only name is inside
the clause, nor for a target.  Invented sentences."""

from __future__ import annotations

import pytest


def _events(extractor, text):
    doc = extractor.extract_text(text, published="2019-03-05")
    by_id = {a.id: a for a in doc.actors}
    return [(e.type, e.cameo, sorted(by_id[x].country or "" for x in e.sources),
             sorted(by_id[x].country or "" for x in e.targets)) for e in doc.events]


@pytest.mark.parametrize("text, doer, victim", [
    ("Bolivia said its troops had shelled Paraguayan border posts overnight.", ["BOL"], ["PRY"]),
    ("Paraguayan villages were attacked by their forces, the Bolivian army admitted.", [""], ["PRY"]),
])
def test_a_doer_owned_by_a_pronoun_is_of_the_country_it_stands_for(extractor, text, doer, victim):
    # "its troops" after "Bolivia said": Bolivia's; a pronoun whose only name is inside the
    # clause itself (the villages' country) makes no owner
    got = _events(extractor, text)
    assert any(t == "ASSAULT" and s == doer and g == victim for t, _, s, g in got), got


def test_the_speakers_own_forces_are_no_target_of_its_warning(extractor):
    got = _events(extractor, "Bolivia warned that its forces would respond to any incursion.")
    assert not any(s and s == g for _, _, s, g in got), got

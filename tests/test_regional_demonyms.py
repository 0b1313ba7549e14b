"""A region's people named with a country's demonym as last word ("Latin American") gives no
country to the phrase (resolve/actor_phrases._country_in, kb/regional_demonyms.tsv).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from coding_support import statement_acts


@pytest.mark.parametrize("text", [
    "We express our solidarity with the peoples of the Central American region.",
    "We welcome the Latin American initiative on migration.",
    "We condemn the North American tariffs on our steel.",
])
def test_a_regions_people_is_no_country(ex, text):
    acts = statement_acts(ex, text, "Ghana")
    assert acts and not any("USA" in a[2] for a in acts), acts


@pytest.mark.parametrize("text, code", [
    ("We condemn the American tariffs on our steel.", "USA"),
    ("We thank the South African Government for its support.", "ZAF"),
])
def test_a_countrys_demonym_still_names_it(ex, text, code):
    acts = statement_acts(ex, text, "Ghana")
    assert any(code in a[2] for a in acts), acts

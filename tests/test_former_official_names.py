"""A country's former official name in running text ("the Republic of Turkey" before its
2022 rename to Türkiye, "the Kingdom of Swaziland", "the former Yugoslav Republic of
Macedonia") is that country: it was read as a country actor with no country code."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("name, iso3", [
    ("the Republic of Turkey", "TUR"),
    ("the Kingdom of Swaziland", "SWZ"),
    ("the former Yugoslav Republic of Macedonia", "MKD"),
    ("the Republic of Cape Verde", "CPV"),
])
def test_a_former_official_name_is_the_country(extractor, name, iso3):
    doc = extractor.extract_text(f"We congratulate Mr. Lars Holm of {name} on his election.",
                                 published="2019-09-17")
    countries = [a.country for a in doc.actors if a.kind == "country"]
    assert countries == [iso3], [(a.name, a.kind, a.country) for a in doc.actors]

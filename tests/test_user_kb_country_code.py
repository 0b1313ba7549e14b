"""A country from a user knowledge base has an id of its own ("toy:VEL") beside its code
("VEL"): organisations named with it take the code, not the id (made-up countries)."""

from __future__ import annotations

import json

import pytest

from communique.config import load_config
from communique.extract import Extractor


@pytest.fixture(scope="module")
def ex(tmp_path_factory):
    kb = tmp_path_factory.mktemp("kb") / "kb.jsonl"
    kb.write_text("\n".join(json.dumps({"id": f"toy:{c}", "name": n, "kind": "country", "country": c,
                                        "aliases": []})
                            for n, c in (("Velmora", "VEL"), ("Taravel", "TAR"))) + "\n")
    return Extractor(load_config(overrides={"actors": {"user_kb": str(kb)}}))


def test_an_organisation_named_with_a_user_kb_country_takes_its_code(ex):
    d = ex.extract_text("The Velmora Ministry of Fisheries condemned the blockade imposed by Taravel.")
    countries = {a.name: a.country for a in d.actors}
    assert countries.get("Velmora Ministry of Fisheries") == "VEL", countries
    assert not any((c or "").startswith("toy:") for c in countries.values()), countries


def test_means_from_a_user_kb_country_name_it_as_the_giver_of_support(ex):
    # whose the means are is read from the KB the document was resolved with (the user's),
    # so a country only the user's KB knows gives the support, and the force's attack stays
    d = ex.extract_text("Taravelan troops, backed by air cover from Velmora, attacked rebel camps "
                        "near the border on Monday.")
    names = {a.id: a.country for a in d.actors}
    coded = {(e.type, tuple(names[a] for a in e.sources), tuple(names[a] for a in e.targets))
             for e in d.events}
    assert any(t == "SUPPORT" and s == ("VEL",) for t, s, _ in coded), coded

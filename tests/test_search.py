"""Full-text search with event filters, on both backends, and the search command."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from test_store_support import border_doc, coded, db_url, pg_url, shelling_doc, statement  # noqa: F401

from communique.cli import main
from communique.config import load_config
from communique.store import Archive, StoreError
from communique.store.search import Filters, fts5_query, search
from communique.store.writer import Writer

PLAIN = ("Statement of the Ruritanian parliament. The parliament of Ruritania debated the budget "
         "for schools and hospitals and adopted it after a long session.")


@pytest.fixture
def archive(db_url):
    a = Archive.open(db_url, write=True, config=load_config())
    Writer(a, None, "v1").write([coded(border_doc()), coded(shelling_doc()),
                                 coded(statement(PLAIN, title="Budget adopted", published="2023-11-02",
                                                 path="budget.txt"))])
    yield a
    a.close()


def _titles(hits):
    return [h.title for h in hits]


def test_full_text_finds_the_document_and_its_evidence(archive):
    hits = search(archive, "shelling")
    assert _titles(hits) == ["Sylvania condemns shelling of Orvel"]
    assert hits[0].evidence.startswith("The Government of Sylvania condemns the shelling")
    assert [e.type for e in hits[0].events] == ["ACCUSE", "DEMAND"]
    assert hits[0].events[0].sources == ["Government of Sylvania"]
    assert hits[0].events[0].targets == ["Ruritania"]
    assert hits[0].events[0].place == "Orvel"


def test_the_event_whose_evidence_matches_comes_first(archive):
    hits = search(archive, "demands attacks")
    assert hits[0].events[0].type == "DEMAND"


def test_a_document_without_events_shows_a_snippet(archive):
    hits = search(archive, "hospitals")
    assert _titles(hits) == ["Budget adopted"]
    assert hits[0].events == [] and "hospitals" in hits[0].snippet


def test_stemming_phrases_or_and_exclusion(archive):
    assert _titles(search(archive, "condemned")) == ["Sylvania condemns shelling of Orvel"]
    assert _titles(search(archive, '"border crossing"')) == ["Freedonia welcomes border agreement"]
    assert _titles(search(archive, '"crossing border"')) == []
    assert sorted(_titles(search(archive, "budget OR shelling"))) == [
        "Budget adopted", "Sylvania condemns shelling of Orvel"]
    assert _titles(search(archive, "Ruritania -shelling")) == ["Budget adopted"]


@pytest.mark.parametrize("filters, expected", [
    (Filters(actor="freedonia"), ["Freedonia welcomes border agreement"]),
    (Filters(actor="RUR"), ["Sylvania condemns shelling of Orvel"]),
    (Filters(type="accuse"), ["Sylvania condemns shelling of Orvel"]),
    (Filters(type="05"), ["Freedonia welcomes border agreement"]),
    (Filters(place="port lumen"), ["Freedonia welcomes border agreement"]),
    (Filters(place="SYL"), ["Sylvania condemns shelling of Orvel"]),
    (Filters(since="2024-03-05"), []),
    (Filters(until="2024-03"), ["Freedonia welcomes border agreement", "Sylvania condemns shelling of Orvel"]),
    (Filters(actor="Sylvania", type="AGREE"), ["Freedonia welcomes border agreement"]),
    (Filters(actor="Ruritania", type="AGREE"), []),
])
def test_event_filters(archive, filters, expected):
    assert sorted(_titles(search(archive, None, filters))) == expected


def test_query_and_filters_combine(archive):
    assert _titles(search(archive, "Orvel", Filters(type="AGREE"))) == [
        "Freedonia welcomes border agreement"]
    assert _titles(search(archive, "Orvel", Filters(type="DEMAND"))) == [
        "Sylvania condemns shelling of Orvel"]
    only = search(archive, "Orvel", Filters(type="DEMAND"))[0]
    assert [e.type for e in only.events] == ["DEMAND"]


def test_bad_input_is_a_clear_error():
    with pytest.raises(StoreError, match="--since must be YYYY"):
        Filters(since="March 2024")
    with pytest.raises(StoreError, match="no words"):
        fts5_query('"" -')
    assert fts5_query('border "Port Lumen" OR crossing* -war') == \
        '"border" "Port Lumen" OR "crossing"* NOT "war"'


def test_search_command(db_url, archive):
    runner = CliRunner()
    result = runner.invoke(main, ["search", "shelling", "--db", db_url, "--json"])
    assert result.exit_code == 0, result.output
    hit = json.loads(result.output.splitlines()[0])
    assert hit["title"] == "Sylvania condemns shelling of Orvel"
    assert hit["events"][0]["evidence"].endswith("on 4 March 2024.")
    text = runner.invoke(main, ["search", "agreement", "--db", db_url, "--actor", "Freedonia"])
    assert text.exit_code == 0
    assert "AGREE/057 2024-03-04 Government of Freedonia, Government of Sylvania @ Port Lumen" in text.output
    bad = runner.invoke(main, ["search", "x", "--db", db_url, "--since", "yesterday"])
    assert bad.exit_code != 0 and "--since must be YYYY" in bad.output

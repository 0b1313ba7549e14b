"""Full-text search with event filters, on both backends, and the search command."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from sqlalchemy import inspect, text
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
        '("border" AND ("Port Lumen" OR "crossing"*)) NOT "war"'
    assert fts5_query("peace NOT war AND talks") == '("peace" AND "talks") NOT "war"'


def test_a_long_repeated_query_counts_each_term_once(archive):
    # 800 copies of one word took 15.7 s in FTS5; repeated terms now count once (the query
    # sent holds each term once; the time is benchmarks/' business, not a unit test's).
    assert fts5_query(" ".join(["shelling"] * 800)) == fts5_query("shelling")
    assert _titles(search(archive, " ".join(["shelling"] * 800))) == [
        "Sylvania condemns shelling of Orvel"]
    assert _titles(search(archive, " ".join(["condemns", "Orvel"] * 850))) == [
        "Sylvania condemns shelling of Orvel"]
    many = " ".join(f"word{n}" for n in range(40))
    with pytest.raises(StoreError, match="40 different terms; search with at most 32"):
        search(archive, many)


def test_not_and_leading_exclusion(archive):
    every = ["Budget adopted", "Freedonia welcomes border agreement",
             "Sylvania condemns shelling of Orvel"]
    assert sorted(_titles(search(archive, "shelling"))) == ["Sylvania condemns shelling of Orvel"]
    # NOT excludes (it used to be dropped, so `NOT shelling` found what `shelling` finds).
    assert sorted(_titles(search(archive, "NOT shelling"))) == every[:2]
    assert sorted(_titles(search(archive, "-shelling"))) == every[:2]
    assert sorted(_titles(search(archive, "-shelling -border"))) == every[:1]
    assert sorted(_titles(search(archive, "Orvel NOT shelling"))) == every[1:2]
    assert sorted(_titles(search(archive, "-shelling", Filters(type="AGREE")))) == every[1:2]
    # OR joins the terms beside it; prefixes; AND changes nothing.
    assert sorted(_titles(search(archive, "Sylvania budget OR agreement"))) == every[1:2]
    assert sorted(_titles(search(archive, "shell* AND Orvel"))) == every[2:]


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


def test_search_command_takes_a_query_starting_with_a_dash(db_url, archive):
    runner = CliRunner()
    result = runner.invoke(main, ["search", "-shelling", "--db", db_url, "--json"])
    assert result.exit_code == 0, result.output
    titles = sorted(json.loads(line)["title"] for line in result.output.splitlines())
    assert titles == ["Budget adopted", "Freedonia welcomes border agreement"]
    result = runner.invoke(main, ["search", "--db", db_url, "-shelling", "--type", "AGREE", "--json"])
    assert [json.loads(x)["title"] for x in result.output.splitlines()] == [
        "Freedonia welcomes border agreement"]
    typo = runner.invoke(main, ["search", "--limt", "5", "--db", db_url])
    assert typo.exit_code == 2 and "No such option '--limt'" in typo.output
    # The value of an option may start with a dash too.
    assert runner.invoke(main, ["search", "Orvel", "--actor", "-Sylvania", "--db", db_url]).exit_code == 0
    long = runner.invoke(main, ["search", " ".join(f"w{n}" for n in range(50)), "--db", db_url])
    assert long.exit_code == 1 and "at most 32" in long.output and "Traceback" not in long.output



def test_search_command_neutralises_control_characters_in_stored_names(db_url):
    """A stored actor name or title with an ANSI escape, a newline or a bidi override
    would repaint the terminal or forge a line of output; printed, they are inert."""
    doc = border_doc()
    doc.title = "Border\x1b[2J deal\nFAKE: 9. forged hit"
    doc.actors[0].name = "Government\x1b[31m of\r\nFreedonia\u202e"
    a = Archive.open(db_url, write=True, config=load_config())
    Writer(a, None, "v1").write([coded(doc)])
    a.close()
    result = CliRunner().invoke(main, ["search", "agreement", "--db", db_url])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "\x1b" not in out and "\r" not in out and "\u202e" not in out
    assert "1. Border\ufffd[2J deal FAKE: 9. forged hit" in out
    assert "AGREE/057 2024-03-04 Government\ufffd[31m of Freedonia, Government of Sylvania" in out
    assert not any(line.startswith("FAKE") for line in out.splitlines())


# -- plans, names table, migration ------------------------------------------------------
COUNTRIES = {"FRE": "Freedonia", "SYL": "Sylvania", "RUR": "Ruritania"}
ACTORS = ["Government of Freedonia", "Sylvania", "Ruritania", "Ministry of Defence of Ruritania",
          "Government of Sylvania"]
KINDS = [("AGREE", "057", "agrees to"), ("ACCUSE", "112", "accuses"), ("DEMAND", "10", "calls on"),
         ("SUPPORT", "05", "supports"), ("REJECT", "12", "rejects")]
TOPICS = ["water", "border", "grain", "fishing"]
PLACES = [("Orvel", "SYL"), ("Port Lumen", "FRE"), (None, None)]


def _varied_docs(n: int = 48):
    """Deterministic statements with varied actors, types, places, dates and topics,
    and the specs they were made from (for a reference answer)."""
    import random

    rng = random.Random(5)
    out = []
    for i in range(n):
        src, tgt = rng.sample(ACTORS, 2)
        etype, cameo, verb = rng.choice(KINDS)
        topic = rng.choice(TOPICS)
        place, place_country = rng.choice(PLACES)
        published = rng.choice([None, "2021-05-02", "2022-11-20", "2023-07-14", "2024-03-04"])
        date = rng.choice([None, "2022-01-09", "2024-02-29"])
        where = f" in {place}" if place else ""
        first = f"{src} {verb} {tgt} over the {topic} question{where}."
        text = f"{first} Statement {i} on {topic} was read to the press."
        spec = {"type": etype, "cameo": cameo, "source": src, "target": tgt, "evidence": first,
                "date": date, "place": place, "place_country": place_country}
        doc = statement(text, title=f"doc {i}", published=published, events=[spec],
                        path=f"varied/{i}.txt")
        out.append((doc, spec, topic, published))
    return out


def _reference(specs, filters: Filters, word: str | None = None) -> list[str]:
    """Titles a filter should find, newest first (published, then archive order)."""
    from communique.store.search import _end_of

    def passes(spec, published):
        f = filters
        if f.type:
            t = f.type.strip()
            if not (spec["cameo"].startswith(t) if t.isdigit() else spec["type"] == t.upper()):
                return False
        if f.actor:
            x = f.actor.strip()
            if not any(x.lower() in name.lower() or any(k == x.upper() and v in name
                                                        for k, v in COUNTRIES.items())
                       for name in (spec["source"], spec["target"])):
                return False
        if f.place:
            x = f.place.strip()
            if not spec["place"] or not (x.lower() in spec["place"].lower()
                                         or spec["place_country"] == x.upper()):
                return False
        when = spec["date"] or published
        if f.since and not (when and when >= f.since):
            return False
        if f.until and not (when and when <= _end_of(f.until)):
            return False
        return True

    found = [(published or "", i, doc.title) for i, (doc, spec, topic, published) in enumerate(specs)
             if passes(spec, published) and (word is None or word == topic)]
    return [title for _, _, title in sorted(found, reverse=True)]


VARIED_FILTERS = [
    Filters(actor="ruritania"), Filters(actor="RUR"), Filters(actor="of def"), Filters(actor="zzz"),
    Filters(type="support"), Filters(type="05"), Filters(type="1"), Filters(place="orv"),
    Filters(place="FRE"), Filters(since="2023"), Filters(until="2022-06"),
    Filters(actor="Sylvania", type="ACCUSE", since="2022"), Filters(place="Port", until="2023"),
    Filters(actor="government", type="10", place="SYL", since="2021", until="2024-02"),
]


@pytest.fixture
def varied(db_url):
    docs = _varied_docs()
    a = Archive.open(db_url, write=True, config=load_config())
    Writer(a, None, "v1").write([coded(doc) for doc, *_ in docs])
    yield a, docs
    a.close()


@pytest.mark.parametrize("filters", VARIED_FILTERS, ids=repr)
def test_filters_find_what_the_reference_finds_in_either_plan(varied, filters, monkeypatch):
    import communique.store.search as s

    archive, docs = varied
    expected = _reference(docs, filters)
    words = _reference(docs, filters, "water")
    results = {}
    for plan in ("auto", "check each document", "collect the documents"):
        if plan != "auto":
            chosen = None if plan == "check each document" else {"actor", "place"}
            monkeypatch.setattr(s, "_plan", lambda *a, chosen=chosen, **k: chosen)
        latest = search(archive, None, filters, limit=100)
        assert _titles(latest) == expected, plan
        ranked = search(archive, "water", filters, limit=100)
        assert sorted(_titles(ranked)) == sorted(words), plan
        results[plan] = ([h.as_dict() for h in latest], [h.as_dict() for h in ranked])
    # Same hits, same order, same events and scores whichever plan ran.
    assert len({repr(r) for r in results.values()}) == 1
    assert all(e.type for h in latest for e in h.events)


def _names_table(archive) -> set[tuple[str, str]]:
    with archive.reading() as conn:
        return set(conn.execute(text("SELECT kind, name FROM entity_names")).all())


def _distinct_names(archive) -> set[tuple[str, str]]:
    with archive.reading() as conn:
        return set(conn.execute(text("SELECT DISTINCT 'actor', name FROM actors UNION "
                                     "SELECT DISTINCT 'place', name FROM places")).all())


def test_the_names_table_follows_inserts_renames_and_deletes(varied):
    archive, _ = varied
    assert _names_table(archive) == _distinct_names(archive)
    assert ("actor", "Ministry of Defence of Ruritania") in _names_table(archive)
    with archive.transaction() as conn:
        conn.execute(text("UPDATE actors SET name = 'Ministry of Peace of Ruritania' "
                          "WHERE name = 'Ministry of Defence of Ruritania'"))
        conn.execute(text("UPDATE places SET name = 'Orvel-sur-Mer' WHERE name = 'Orvel'"))
    names = _names_table(archive)
    assert ("actor", "Ministry of Peace of Ruritania") in names
    assert ("actor", "Ministry of Defence of Ruritania") not in names
    assert names == _distinct_names(archive)
    assert _titles(search(archive, None, Filters(actor="of peace"), limit=100))
    assert search(archive, None, Filters(actor="of defence")) == []
    with archive.transaction() as conn:   # one document's actors go; names others use stay
        doc = conn.scalar(text("SELECT document_id FROM actors WHERE name = 'Sylvania' LIMIT 1"))
        conn.execute(text("DELETE FROM event_actors WHERE event_id IN "
                          "(SELECT id FROM events WHERE document_id = :d)"), {"d": doc})
        conn.execute(text("DELETE FROM actors WHERE document_id = :d"), {"d": doc})
        conn.execute(text("DELETE FROM event_actors WHERE actor_id IN "
                          "(SELECT id FROM actors WHERE name = 'Ruritania')"))
        conn.execute(text("DELETE FROM actors WHERE name = 'Ruritania'"))
    names = _names_table(archive)
    assert ("actor", "Sylvania") in names and ("actor", "Ruritania") not in names
    assert names == _distinct_names(archive)


@pytest.fixture
def fresh_url(db_url, tmp_path):
    """A second empty archive on the same backend."""
    if db_url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'fresh.db'}"
        return
    import uuid

    import psycopg
    from test_store_support import pg_base_url

    base = pg_base_url()
    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield f"{base.rpartition('/')[0]}/{name}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_an_archive_made_at_revision_0001_upgrades_and_searches_the_same(db_url, fresh_url):
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from communique.store import schema
    from communique.store.db import make_engine, normalise_url
    from communique.store.models import Base

    docs = [coded(doc) for doc, *_ in _varied_docs()]
    url = normalise_url(db_url)
    engine = make_engine(url, write=True)
    with engine.begin() as conn:      # the schema as the first release made it
        cfg = schema.alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    old = Archive(engine, url, write=True)
    Writer(old, None, "v1").write(docs)
    with old.reading() as conn:
        assert schema.current_revisions(conn) == ("0001",)
        assert "entity_names" not in inspect(conn).get_table_names()
    old.close()

    upgraded = Archive.open(db_url, write=True, config=load_config())
    fresh = Archive.open(fresh_url, write=True, config=load_config())
    Writer(fresh, None, "v1").write(docs)
    try:
        with upgraded.reading() as conn:
            assert schema.current_revisions(conn) == (schema.head_revision(),)
            ctx = MigrationContext.configure(conn, opts={"include_object": _not_fulltext})
            assert compare_metadata(ctx, Base.metadata) == []
        assert _names_table(upgraded) == _distinct_names(upgraded) == _names_table(fresh)
        for q in (None, "water", "border OR grain"):
            for f in [Filters(), *VARIED_FILTERS]:
                got = [h.as_dict() for h in search(upgraded, q, f, limit=100)]
                want = [h.as_dict() for h in search(fresh, q, f, limit=100)]
                assert got == want, (q, f)
        # New writes after the upgrade keep the names table exact.
        Writer(upgraded, None, "v1").write([coded(border_doc())])
        assert ("place", "Port Lumen") in _names_table(upgraded)
        assert _names_table(upgraded) == _distinct_names(upgraded)
    finally:
        upgraded.close()
        fresh.close()


def _not_fulltext(obj, name, type_, reflected, compare_to):
    return not (name or "").startswith("documents_fts") and name not in ("search", "ix_documents_search")


def test_migration_0002_downgrades_and_upgrades_again(db_url):
    from alembic import command

    from communique.store import schema

    archive = Archive.open(db_url, write=True, config=load_config())
    Writer(archive, None, "v1").write([coded(border_doc()), coded(shelling_doc())])
    before = [h.as_dict() for h in search(archive, "Orvel", Filters(actor="sylvania"))]
    cfg = schema.alembic_config()
    for target in ("0001", "archive@head"):
        with archive.transaction() as conn:
            cfg.attributes["connection"] = conn
            (command.downgrade if target == "0001" else command.upgrade)(cfg, target)
        with archive.reading() as conn:
            tables = inspect(conn).get_table_names()
            assert ("entity_names" in tables) == (target == "archive@head")
    assert _names_table(archive) == _distinct_names(archive)
    assert [h.as_dict() for h in search(archive, "Orvel", Filters(actor="sylvania"))] == before
    assert len(before) == 2
    archive.close()

"""`communique upgrade` on archives written before the archive and the review tables
shared one Alembic environment: the review revision moves into ``alembic_version``,
nothing stored changes, and an upgrade that fails half-way leaves the archive as it was.

``fixtures/previous_release/archive.sqlite`` was written by that release (see the README
beside it); on PostgreSQL the same layout is made here from a current archive.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import inspect, text

from communique.cli import main
from communique.config import load_config
from communique.review import schema as review_schema
from communique.review import users
from communique.store import Archive, schema
from communique.store.db import make_engine
from communique.store.reader import Reader
from communique.store.search import Filters, search
from communique.store.writer import Writer
from test_store_support import border_doc, coded, db_url, pg_url, shelling_doc  # noqa: F401

FIXTURE = Path(__file__).parent / "fixtures" / "previous_release" / "archive.sqlite"
LEGACY = "alembic_version_review"


def cli(*args: str):
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.output
    return result


def versions(url: str) -> tuple[list[str], list[str] | None]:
    """The rows of the shared version table and of the legacy review one (None: absent)."""
    engine = make_engine(url, write=False)
    try:
        with engine.connect() as conn:
            shared = sorted(r for (r,) in conn.execute(text("SELECT version_num FROM alembic_version")))
            legacy = (sorted(r for (r,) in conn.execute(text(f"SELECT version_num FROM {LEGACY}")))
                      if inspect(conn).has_table(LEGACY) else None)
    finally:
        engine.dispose()
    return shared, legacy


def exported(url: str, *extra: str) -> list[dict]:
    result = cli("export", "--format", "plover-jsonl", "--db", url, *extra)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def stored(url: str) -> dict[str, list[dict]]:
    """Every row of every table but the version tables and the full-text index's own."""
    engine = make_engine(url, write=False)
    try:
        with engine.connect() as conn:
            tables = [t for t in inspect(conn).get_table_names()
                      if not t.startswith(("alembic_version", "documents_fts"))]
            return {t: sorted((dict(r._mapping) for r in conn.execute(text(f'SELECT * FROM "{t}"'))),
                              key=lambda r: repr(sorted(r.items())))
                    for t in tables}
    finally:
        engine.dispose()


def previous_release(tmp_path) -> str:
    copy = tmp_path / "previous.sqlite"
    shutil.copyfile(FIXTURE, copy)
    return f"sqlite:///{copy}"


def test_the_previous_release_archive_upgrades_and_reads_the_same(tmp_path):
    url = previous_release(tmp_path)
    assert versions(url) == (["0003"], ["r0001"])
    before = stored(url)
    refused = cli("export", "--format", "plover-jsonl", "--db", url)
    assert refused.exit_code == 1 and "older schema (0003)" in refused.output
    assert "communique upgrade" in refused.output and "\n" not in refused.output.strip()

    result = cli("upgrade", "--db", url)
    assert result.exit_code == 0, result.output
    assert f"schema 0003 -> {schema.head_revision()}" in result.output
    assert "review tables r0001 -> r0001" in result.output
    assert "moved from alembic_version_review into alembic_version" in result.output
    assert versions(url) == (sorted([schema.head_revision(), review_schema.head()]), None)

    # Nothing stored changed, and the events read back as coded and as reviewed.
    assert stored(url) == before
    reviewed, coded_only = exported(url), exported(url, "--coded-only")
    by_id = {e["id"]: e for e in coded_only}
    assert len(by_id) == 8 and len(reviewed) == 7
    assert [e["event"] for e in reviewed if e["id"] == "doc_716aa090ea031966/e1"] == ["CONSULT"]
    assert by_id["doc_716aa090ea031966/e1"]["event"] == "ACCUSE"
    assert "doc_3286fc3699b0c5bf/e1" not in {e["id"] for e in reviewed}   # rejected
    listed = cli("user", "list", "--db", url)
    assert listed.exit_code == 0 and "ada\teditor\tactive" in listed.output
    found = cli("search", "fisheries", "--db", url, "--json")
    assert found.exit_code == 0 and "doc_3286fc3699b0c5bf" in found.output

    again = cli("upgrade", "--db", url)
    assert again.exit_code == 0 and "nothing to do" in again.output


def test_a_typeless_event_of_the_previous_release_reads_back_as_null(tmp_path):
    # That release stored an event with a CAMEO code and no PLOVER type (petrarch_verbs =
    # "only", a 01x statement) with type '' (the column was NOT NULL): made so here.
    url = previous_release(tmp_path)
    typeless = "doc_3286fc3699b0c5bf/e2"
    engine = make_engine(url, write=True)
    with engine.begin() as conn:
        conn.execute(text("UPDATE events SET type = '', mode = NULL, cameo = '013' WHERE id = :i"),
                     {"i": typeless})
    engine.dispose()
    before = stored(url)

    result = cli("upgrade", "--db", url)
    assert result.exit_code == 0, result.output
    after = stored(url)
    assert [r["type"] for r in before["events"] if r["id"] == typeless] == [""]
    for r in before["events"]:
        if r["id"] == typeless:
            r["type"] = None   # the one change
    assert after == before

    archive = Archive.open(url, write=False, config=load_config())
    try:
        with Reader.of(archive, coded_only=True) as reader:
            doc = reader.document("doc_3286fc3699b0c5bf")
    finally:
        archive.close()
    assert [(e["type"], e["cameo"]) for e in doc["events"] if e["id"] == "e2"] == [(None, "013")]
    coded_only = exported(url, "--coded-only")
    assert len(coded_only) == 7 and typeless not in {e["id"] for e in coded_only}
    cameo = cli("export", "--format", "cameo-tsv", "--db", url, "--coded-only")
    assert cameo.exit_code == 0 and "\t013\t" in cameo.stdout


def _previous_release_at_0001(url: str) -> None:
    """An archive at schema 0001 whose review revision sits in its own version table, as
    releases before the shared environment left it: made with today's migrations, then
    the review row moved out and the archive branch taken back to 0001."""
    from alembic import command

    archive = Archive.open(url, write=True, config=load_config())
    Writer(archive, None, "v1").write([coded(border_doc()), coded(shelling_doc())])
    with archive.transaction() as conn:
        review_schema.upgrade(conn)
    with archive.transaction() as conn:
        from sqlalchemy.orm import Session

        with Session(bind=conn) as session:
            users.add_user(session, "ada", "editor")
    with archive.transaction() as conn:
        conn.execute(text(f"CREATE TABLE {LEGACY} (version_num VARCHAR(32) NOT NULL PRIMARY KEY)"))
        conn.execute(text(f"INSERT INTO {LEGACY} VALUES (:r)"), {"r": review_schema.head()})
        conn.execute(text("DELETE FROM alembic_version WHERE version_num = :r"),
                     {"r": review_schema.head()})
        cfg = schema.alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    archive.close()


def test_an_upgrade_is_one_transaction_and_can_run_again(db_url):
    _previous_release_at_0001(db_url)
    assert versions(db_url) == (["0001"], [review_schema.head()])
    # Sabotage the last migration: 0003 adds runs.pid, which is there already.
    engine = make_engine(db_url, write=True)
    with engine.begin() as conn:
        conn.execute(text("ALTER TABLE runs ADD COLUMN pid INTEGER"))
    engine.dispose()

    failed = cli("upgrade", "--db", db_url)
    assert failed.exit_code == 1
    message = failed.output.strip()
    assert "\n" not in message
    assert f"upgrading the archive schema to {schema.head_revision()} failed" in message
    assert "pid" in message and "nothing was changed" in message
    # 0002 ran and was rolled back with 0003; the review row was not moved.
    assert versions(db_url) == (["0001"], [review_schema.head()])
    engine = make_engine(db_url, write=False)
    with engine.connect() as conn:
        assert "entity_names" not in inspect(conn).get_table_names()
        assert conn.scalar(text("SELECT name FROM review_users")) == "ada"
    engine.dispose()

    engine = make_engine(db_url, write=True)
    with engine.begin() as conn:
        conn.execute(text("ALTER TABLE runs DROP COLUMN pid"))
    engine.dispose()
    done = cli("upgrade", "--db", db_url)
    assert done.exit_code == 0, done.output
    assert f"schema 0001 -> {schema.head_revision()}" in done.output
    assert versions(db_url) == (sorted([schema.head_revision(), review_schema.head()]), None)
    archive = Archive.open(db_url, write=False, config=load_config())
    try:
        assert len(search(archive, "Orvel", Filters(actor="sylvania"))) == 2
    finally:
        archive.close()
    listed = cli("user", "list", "--db", db_url)
    assert "ada\teditor\tactive" in listed.output


def test_a_writer_moves_the_review_revision_too(db_url):
    _previous_release_at_0001(db_url)
    archive = Archive.open(db_url, write=True, config=load_config())   # an ingest opens so
    archive.close()
    assert versions(db_url) == (sorted([schema.head_revision(), review_schema.head()]), None)


def test_a_review_revision_from_a_newer_release_is_refused_untouched(tmp_path):
    copy = tmp_path / "newer.sqlite"
    shutil.copyfile(FIXTURE, copy)
    url = f"sqlite:///{copy}"
    engine = make_engine(url, write=True)
    with engine.begin() as conn:
        conn.execute(text(f"UPDATE {LEGACY} SET version_num = 'r0099_from_the_future'"))
    engine.dispose()
    result = cli("upgrade", "--db", url)
    assert result.exit_code != 0 and "r0099_from_the_future" in result.output
    assert "written by a newer version" in result.output
    assert versions(url) == (["0003"], ["r0099_from_the_future"])

"""`communique upgrade`: an archive written at an older schema is upgraded in place,
readers refuse it until then, and nothing is created or lost on the way."""

from __future__ import annotations

from click.testing import CliRunner
from sqlalchemy import func, select

from communique.cli import main
from communique.config import load_config
from communique.store import Archive, StoreError, schema
from communique.store.models import DocumentRow, EventRow
from communique.store.search import Filters, search
from communique.store.writer import Writer
from test_store_support import border_doc, coded, db_url, pg_url, shelling_doc  # noqa: F401

import pytest


def _archive_at_0001(url: str) -> tuple[int, int]:
    """An archive as communique wrote it before migration 0002, with two documents;
    its (documents, events) counts."""
    from alembic import command

    archive = Archive.open(url, write=True, config=load_config())
    Writer(archive, None, "v1").write([coded(border_doc()), coded(shelling_doc())])
    archive.close()
    counts = _counts(url)
    archive = Archive.open(url, write=True, config=load_config())
    with archive.transaction() as conn:
        cfg = schema.alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    archive.close()
    return counts


def _counts(url: str) -> tuple[int, int]:
    archive = Archive.open(url, write=False, config=load_config())
    with archive.reading() as conn:
        counts = (conn.scalar(select(func.count()).select_from(DocumentRow)),
                  conn.scalar(select(func.count()).select_from(EventRow)))
    archive.close()
    return counts


def test_readers_refuse_an_old_schema_and_upgrade_fixes_it(db_url):
    counts = _archive_at_0001(db_url)
    assert counts[0] == 2 and counts[1] >= 2
    with pytest.raises(StoreError, match=r"older schema \(0001\).*communique upgrade"):
        Archive.open(db_url, write=False, config=load_config())
    result = CliRunner().invoke(main, ["upgrade", "--db", db_url])
    assert result.exit_code == 0, result.output
    assert f"schema 0001 -> {schema.head_revision()}" in result.output
    assert _counts(db_url) == counts
    archive = Archive.open(db_url, write=False, config=load_config())
    hits = search(archive, "Orvel", Filters(actor="sylvania"))
    archive.close()
    assert len(hits) == 2

    again = CliRunner().invoke(main, ["upgrade", "--db", db_url])
    assert again.exit_code == 0 and "nothing to do" in again.output


def test_upgrade_never_creates_an_archive(tmp_path):
    target = tmp_path / "missing.db"
    result = CliRunner().invoke(main, ["upgrade", "--db", str(target)])
    assert result.exit_code != 0
    assert "no archive here" in result.output and str(target.name) in result.output
    assert not target.exists()


def test_upgrade_refuses_a_database_that_is_not_an_archive(tmp_path):
    import sqlite3

    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.execute("INSERT INTO notes VALUES ('kept')")
    result = CliRunner().invoke(main, ["upgrade", "--db", str(other)])
    assert result.exit_code != 0 and "not a communique archive" in result.output
    with sqlite3.connect(other) as conn:
        assert conn.execute("SELECT body FROM notes").fetchall() == [("kept",)]
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")] \
            == ["notes"]

"""Databases that are not sound archives are refused with one line, untouched.

A damaged (truncated, corrupted) SQLite archive, another application's
database, a file that is not SQLite at all, and a read-only archive: every
command gives one clear line naming the file and no traceback, and the file's
bytes are the same afterwards (no WAL switch, no tables added).  Archives are
filled with a short pipeline (no model); the statements are fictional.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess

import pytest
from click.testing import CliRunner
from test_store_support import pg_url  # noqa: F401

from communique.cli import main

TEXTS = {
    "freedonia.txt": "Statement of the Foreign Ministry of Freedonia\n\nThe Government of Freedonia "
                     "welcomes the reopening of the Orvel border crossing to grain lorries.\n",
    "sylvania.txt": "Statement of the Government of Sylvania\n\nSylvania condemns the shelling of "
                    "the river port at Brask and asks for observers to be sent.\n",
}
COMMANDS = {
    "ingest": ["ingest", "{statement}", "--db", "{db}", "--config", "{config}"],
    "search": ["search", "Sylvania", "--db", "{db}"],
    "export": ["export", "--format", "csv", "--db", "{db}", "-o", "{out}"],
    "user add": ["user", "add", "reviewer", "--db", "{db}"],
    "upgrade": ["upgrade", "--db", "{db}"],
    "serve": ["serve", "--db", "{db}", "--port", "1"],   # must refuse before listening
}


@pytest.fixture
def work(tmp_path):
    (tmp_path / "short.toml").write_text('[pipeline]\nstages = ["clean", "structure"]\n',
                                         encoding="utf-8")
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def invoke(work, command: str, db) -> object:
    args = [a.format(statement=work / "freedonia.txt", db=db, config=work / "short.toml",
                     out=work / "out.csv") for a in COMMANDS[command]]
    return CliRunner().invoke(main, args)


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_one_line_refusal(result, path, *words):
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert len(lines) == 1, result.output
    assert lines[0].startswith(f"Error: {path}: "), lines[0]
    for word in words:
        assert word in lines[0], lines[0]


def archive(work):
    """A real archive of the two statements, closed cleanly (no -wal left)."""
    db = work / "archive.db"
    result = CliRunner().invoke(main, ["ingest", str(work / "freedonia.txt"), str(work / "sylvania.txt"),
                                       "--db", str(db), "--config", str(work / "short.toml")])
    assert result.exit_code == 0, result.output
    assert not (work / "archive.db-wal").exists()
    return db


def assert_untouched(db, before: str):
    assert digest(db) == before
    assert not os.path.exists(f"{db}-wal") or os.path.getsize(f"{db}-wal") == 0


# -- another application's database --------------------------------------------------
@pytest.mark.parametrize("table", ["notes", "documents"])   # documents: a name we use too
def test_another_applications_database_is_refused_untouched(work, table):
    db = work / "other.db"
    con = sqlite3.connect(db)
    con.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, body TEXT)")
    con.execute(f"INSERT INTO {table} (body) VALUES ('shopping list')")
    con.commit()
    con.close()
    before = digest(db)
    for command in ("ingest", "user add", "upgrade", "search", "serve"):
        result = invoke(work, command, db)
        assert_one_line_refusal(result, db, "not a communique archive")
        assert_untouched(db, before)
    assert "it holds other tables" in invoke(work, "ingest", db).output
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA journal_mode").fetchone() == ("delete",)   # not switched to WAL
    assert [t for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")] == [table]
    con.close()


def test_another_application_using_alembic_is_not_taken_for_a_newer_archive(work):
    db = work / "inventory.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    con.execute("INSERT INTO alembic_version VALUES ('4f2a9c1b7d3e')")
    con.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT)")
    con.commit()
    con.close()
    before = digest(db)
    for command in ("ingest", "search", "export", "user add", "upgrade", "serve"):
        result = invoke(work, command, db)
        assert_one_line_refusal(result, db, "not a communique archive",
                                "schema-version table is another application's")
        assert_untouched(db, before)


def test_a_file_that_is_not_sqlite_is_refused_untouched(work):
    db = work / "notes.db"
    db.write_text("Meeting notes: call the Sylvanian embassy on Tuesday.\n" * 50, encoding="utf-8")
    before = digest(db)
    for command in COMMANDS:
        assert_one_line_refusal(invoke(work, command, db), db, "not an SQLite database")
        assert_untouched(db, before)


def test_a_postgresql_database_of_another_application_is_refused(work, pg_url):
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id serial PRIMARY KEY, total numeric)")
    result = CliRunner().invoke(main, ["ingest", str(work / "freedonia.txt"), "--db", pg_url,
                                       "--config", str(work / "short.toml")])
    assert result.exit_code == 1 and "not a communique archive: it holds other tables (invoices)" \
        in result.output, result.output
    with psycopg.connect(pg_url) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")]
    assert tables == ["invoices"]


# -- damaged archives ---------------------------------------------------------------
def test_a_truncated_archive_is_refused_by_every_command(work):
    db = archive(work)
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])
    before = digest(db)
    for command in COMMANDS:
        result = invoke(work, command, db)
        assert_one_line_refusal(result, db, "truncated")
        assert_untouched(db, before)


def test_a_corrupted_archive_is_refused_before_anything_is_written(work):
    db = archive(work)
    data = bytearray(db.read_bytes())
    page = 4096
    # Scribble over the cells of the last pages; the schema on page 1 stays readable.
    for start in range(len(data) - 3 * page, len(data), page):
        data[start + 8:start + 400] = bytes((start + i * 7) % 251 for i in range(392))
    db.write_bytes(bytes(data))
    before = digest(db)
    for command in ("ingest", "user add", "upgrade", "serve"):
        result = invoke(work, command, db)
        assert_one_line_refusal(result, db, "damaged")
        assert_untouched(db, before)
    # Readers do not check every page first; when they meet the damage it is one line too.
    for command in ("search", "export"):
        result = invoke(work, command, db)
        assert "Traceback" not in result.output
        if result.exit_code:
            assert_one_line_refusal(result, db, "damaged")
        assert_untouched(db, before)


# -- read-only ----------------------------------------------------------------------
@pytest.fixture
def read_only(work):
    """The archive made unwritable: chmod for a user; for root (whom chmod does not stop),
    the file system's immutable flag."""
    db = archive(work)
    if os.geteuid() != 0:
        db.chmod(0o444)
        yield db
        db.chmod(0o644)
        return
    if not shutil.which("chattr") or subprocess.run(["chattr", "+i", str(db)],
                                                    capture_output=True).returncode:
        pytest.skip("running as root on a file system without chattr +i: cannot make a "
                    "file read-only")
    try:
        yield db
    finally:
        subprocess.run(["chattr", "-i", str(db)], check=True)


def test_a_read_only_archive_is_refused_for_writing_and_still_read(work, read_only):
    before = digest(read_only)
    for command in ("ingest", "user add", "upgrade", "serve"):
        assert_one_line_refusal(invoke(work, command, read_only), read_only, "read-only")
        assert digest(read_only) == before
    found = invoke(work, "search", read_only)
    assert found.exit_code == 0, found.output
    assert "Sylvania" in found.output


def test_an_archive_in_a_read_only_folder_is_still_read(work):
    """SQLite's readers of a WAL archive need to create a file beside it; in a folder
    nobody may write to (a read-only mount, a shared copy) it is read as immutable."""
    db = archive(work)
    folder = work / "frozen"
    folder.mkdir()
    frozen = folder / "archive.db"
    db.rename(frozen)
    if os.geteuid() != 0:
        folder.chmod(0o555)
        undo = ["chmod", "755", str(folder)]
    elif shutil.which("chattr") and not subprocess.run(["chattr", "+i", str(folder)],
                                                         capture_output=True).returncode:
        undo = ["chattr", "-i", str(folder)]
    else:
        pytest.skip("running as root without chattr +i: cannot make a folder read-only")
    try:
        before = digest(frozen)
        found = invoke(work, "search", frozen)
        assert found.exit_code == 0 and "Sylvania" in found.output, found.output
        exported = invoke(work, "export", frozen)
        assert exported.exit_code == 0, exported.output
        assert_one_line_refusal(invoke(work, "ingest", frozen), frozen, "read-only")
        assert digest(frozen) == before and sorted(os.listdir(folder)) == ["archive.db"]
    finally:
        subprocess.run(undo, check=True)

"""`communique ingest` end to end with the real pipeline: repeatable, recodable, clear failures."""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, text
from test_ingest_sources import server  # noqa: F401
from test_store_support import db_url, pg_url  # noqa: F401

from communique.cli import main
from communique.store.db import normalise_url

STATEMENTS = {
    "freedonia.txt": "Ministry of Foreign Affairs of Freedonia\n\nPress release\n\nThe Government of "
                     "Freedonia welcomes the agreement signed in Port Lumen on 4 March 2024 with the "
                     "Government of Sylvania on the reopening of the border crossing.\n",
    "press/sylvania.md": "# Sylvania condemns shelling\n\nThe Government of Sylvania condemns the shelling "
                         "of the village of Orvel by Ruritanian forces on 3 March 2024 and calls on "
                         "Ruritania to stop the attacks.\n",
    "press/ruritania.html": "<html><head><title>Ruritania rejects accusations</title></head><body><article>"
                            "<h1>Ruritania rejects accusations</h1><p>The Foreign Ministry of Ruritania "
                            "rejects the accusations made by Sylvania on 4 March 2024 and invites "
                            "international observers to visit Orvel.</p></article></body></html>",
}


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "statements"
    for name, body in STATEMENTS.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(body, encoding="utf-8")
    (root / "press" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n....")
    (root / "batch.jsonl").write_text("\n".join(json.dumps(r) for r in [
        {"id": "b1", "text": "The Government of Borduria supports the talks between Freedonia and "
                             "Sylvania, its foreign minister said on 5 March 2024.",
         "published": "2024-03-05"},
        {"id": "b2", "text": "The Government of Borduria supports the talks between Freedonia and "
                             "Sylvania, its foreign minister said on 5 March 2024.",
         "published": "2024-03-05", "title": "same text again"},
        {"id": "b3"},
    ]) + "\n", encoding="utf-8")
    return root


def run(*args) -> tuple[int, dict | str]:
    # The HTML loader asks trafilatura to deduplicate, and trafilatura remembers
    # text across documents for the life of the process: start each run afresh,
    # as a new `communique ingest` process would.
    import trafilatura.meta

    trafilatura.meta.reset_caches()
    result = CliRunner().invoke(main, ["ingest", *args])
    # Exit status 1 with a summary: some inputs failed, the rest is stored.
    if "--json" in args and result.exit_code in (0, 1) and result.stdout.strip():
        return result.exit_code, json.loads(result.stdout.strip().splitlines()[-1])
    return result.exit_code, result.output


def count(url: str, sql: str):
    engine = create_engine(normalise_url(url))
    with engine.connect() as conn:
        value = conn.execute(text(sql)).scalar()
    engine.dispose()
    return value


def test_ingest_twice_adds_nothing(folder, db_url):
    code, first = run(str(folder), "--db", db_url, "--json")
    assert code == 1, first  # one JSONL record has no text
    assert (first["ingested"], first["known"], first["failed"]) == (4, 1, 1)
    assert first["failures"] == {"input.jsonl": 1} and first["ignored"] == {"extension .png": 1}
    docs = count(db_url, "SELECT count(*) FROM documents")
    events = count(db_url, "SELECT count(*) FROM events")
    assert docs == 4
    code, second = run(str(folder), "--db", db_url, "--json")
    assert code == 0  # the record that failed before is skipped, not failed again
    assert (second["ingested"], second["known"], second["failed_before"]) == (0, 5, 1)
    assert count(db_url, "SELECT count(*) FROM documents") == docs
    assert count(db_url, "SELECT count(*) FROM events") == events
    assert count(db_url, "SELECT count(*) FROM runs WHERE status = 'done'") == 2
    err = count(db_url, "SELECT message FROM errors WHERE code = 'input.jsonl'")
    assert "no string field 'text'" in err


def test_the_summary_names_failures(folder, tmp_path):
    code, out = run(str(folder), str(tmp_path / "nowhere"), "--db", str(tmp_path / "a.db"))
    assert code == 1
    assert "ingested 4, skipped as known 1, failed 2" in out
    assert "input.missing" in out and "nowhere: no such file or folder" in out


def test_recode_rewrites_with_the_new_version_and_keeps_the_old(folder, tmp_path):
    url = f"sqlite:///{tmp_path / 'a.db'}"
    assert run(str(folder / "freedonia.txt"), "--db", url)[0] == 0
    old = count(url, "SELECT coding_version FROM documents")
    changed = tmp_path / "changed.toml"
    changed.write_text("[events]\nmin_confidence = 0.01\n", encoding="utf-8")
    code, summary = run("--recode", "--db", url, "--config", str(changed), "--json")
    assert code == 0 and summary["recoded"] == 1
    new = count(url, "SELECT coding_version FROM documents")
    assert new != old and count(url, "SELECT previous_version FROM documents") == old
    # Nothing left to recode with the same configuration.
    assert run("--recode", "--db", url, "--config", str(changed), "--json")[1]["recoded"] == 0


def test_two_workers_give_what_one_gives(folder, tmp_path):
    one, two = f"sqlite:///{tmp_path / 'one.db'}", f"sqlite:///{tmp_path / 'two.db'}"
    assert run(str(folder), "--db", one)[0] == 1   # the record without text, in both
    assert run(str(folder), "--db", two, "--workers", "2")[0] == 1
    for sql in ("SELECT group_concat(id, ',') FROM (SELECT id FROM documents ORDER BY id)",
                "SELECT group_concat(id, ',') FROM (SELECT id FROM events ORDER BY id)",
                "SELECT group_concat(name, ',') FROM (SELECT name FROM actors ORDER BY id)"):
        assert count(one, sql) == count(two, sql)


def test_a_locked_archive_stops_the_run_with_nothing_written(folder, tmp_path):
    path = tmp_path / "locked.db"
    assert run(str(folder / "freedonia.txt"), "--db", str(path))[0] == 0
    config = tmp_path / "impatient.toml"
    config.write_text("[store]\nbusy_timeout_ms = 200\n", encoding="utf-8")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        code, out = run(str(folder), "--db", str(path), "--config", str(config))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 1 and "locked by another writer" in out and "nothing was written" in out
    assert count(f"sqlite:///{path}", "SELECT count(*) FROM documents") == 1
    assert count(f"sqlite:///{path}", "SELECT count(*) FROM runs") == 1


def test_a_newer_archive_is_refused(folder, tmp_path):
    path = tmp_path / "future.db"
    assert run(str(folder / "freedonia.txt"), "--db", str(path))[0] == 0
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    con.commit()
    con.close()
    code, out = run(str(folder), "--db", str(path))
    assert code == 1 and "0099_from_the_future" in out and "newer version" in out


def test_web_failures_are_recorded_and_the_run_goes_on(folder, tmp_path, server):
    from test_ingest_sources import _Handler  # noqa: F401  (the local server's routes)

    config = tmp_path / "web.toml"
    config.write_text("[store]\nfetch_timeout = 0.5\nper_host_interval = 0.05\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'web.db'}"
    code, summary = run(f"{server}/broken", f"{server}/slow", f"feed:{server}/html-feed/rss",
                        str(folder / "freedonia.txt"), f"{server}/page2.html",
                        "--db", url, "--config", str(config), "--json")
    assert code == 1
    assert summary["ingested"] == 2
    assert summary["failures"] == {"fetch.status": 1, "fetch.timeout": 1, "feed.not_a_feed": 1}
    assert count(url, "SELECT source_url FROM documents WHERE source_url IS NOT NULL") == f"{server}/page2.html"
    assert count(url, "SELECT message FROM errors WHERE code = 'fetch.status'") == \
        "the server answered 500 Internal Server Error"

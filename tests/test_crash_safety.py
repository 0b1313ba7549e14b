"""Kill -9 an ingest at random points, finish it, and compare with an uninterrupted run.

Each batch is one transaction, so a killed run loses at most the batch in flight
and the next run redoes it: the archive must end with exactly the documents,
events and links of an uninterrupted run, none lost, none doubled.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time

import pytest
from sqlalchemy import create_engine, text
from test_store_support import db_url, pg_url  # noqa: F401

from communique.store.db import normalise_url

COUNTRIES = ["Freedonia", "Sylvania", "Ruritania", "Borduria", "Syldavia", "Latveria",
             "Genovia", "Elbonia"]
VERBS = [("welcomes", "the agreement on"), ("condemns", "the attack on"),
         ("rejects", "the proposal on"), ("supports", "the talks on"), ("demands", "an inquiry into")]
TOPICS = ["water rights", "the border crossing", "fishing quotas", "the prisoner exchange",
          "grain exports", "the ceasefire", "river navigation"]


def corpus(n: int) -> list[dict]:
    """Short fictional statements, all different (and a few near-duplicates)."""
    rng = random.Random(7)
    out = []
    for i in range(n):
        a, b = rng.sample(COUNTRIES, 2)
        verb, obj = VERBS[i % len(VERBS)]
        topic = TOPICS[(i // len(VERBS)) % len(TOPICS)]
        day = 1 + i % 28
        text = (f"Ministry of Foreign Affairs of {a}\n\nStatement {i + 1}\n\n"
                f"The Government of {a} {verb} {obj} {topic} with {b}, the minister said on "
                f"{day} March 2024. Talks between {a} and {b} will continue in the capital.")
        out.append({"id": f"s{i + 1}", "text": text})
    return out


SCRIPT = ("import sys; from communique.cli import main; "
          "sys.exit(main(['ingest', *sys.argv[1:]]))")


ENV: dict[str, str] | None = None


def _ingest(args: list[str]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", SCRIPT, *args], env=ENV,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def frozen_code(dest) -> dict[str, str]:
    """Run the subprocesses on a copy of the package: in a checkout that is being
    edited, the reference and the killed runs must code with the same code."""
    import shutil

    import communique

    shutil.copytree(os.path.dirname(communique.__file__), dest / "communique",
                    ignore=shutil.ignore_patterns("__pycache__"))
    return {**os.environ, "PYTHONPATH": str(dest)}


def snapshot(url: str) -> dict[str, list]:
    engine = create_engine(normalise_url(url))
    queries = {
        "documents": "SELECT id, title, published, text, source_line, duplicate_of, cluster_id "
                     "FROM documents ORDER BY id",
        "events": "SELECT id, type, cameo, date, evidence_start, evidence_text, cluster_id "
                  "FROM events ORDER BY id",
        "event_actors": "SELECT event_id, actor_id, role FROM event_actors ORDER BY 1, 2, 3",
        "actors": "SELECT id, name, country FROM actors ORDER BY id",
        "places": "SELECT id, name FROM places ORDER BY id",
        "dates": "SELECT document_id, start, value FROM dates ORDER BY 1, 2",
        "clusters": "SELECT id, kind, size FROM clusters ORDER BY id",
        "inputs": "SELECT key, status, document_id FROM inputs ORDER BY key",
        "minhashes": "SELECT document_id FROM minhashes ORDER BY 1",
        "lsh_bands": "SELECT count(*) FROM lsh_bands",
    }
    if url.startswith("sqlite"):
        queries["fulltext"] = "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'minister'"
    with engine.connect() as conn:
        snap = {name: [tuple(r) for r in conn.execute(text(q))] for name, q in queries.items()}
    engine.dispose()
    return snap


def documents_in(url: str) -> int:
    engine = create_engine(normalise_url(url))
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT count(*) FROM documents")).scalar()
    except Exception:  # noqa: BLE001 - not created yet
        return 0
    finally:
        engine.dispose()


def kill_midway(args: list[str], url: str, target: int, delay: float,
                timeout: float = 180) -> tuple[int, bool]:
    """Start an ingest; SIGKILL it ``delay`` seconds after the archive holds ``target``
    documents, so the kill lands anywhere in the next batch (coding or writing).
    Returns the documents stored then, and whether the kill found the run alive."""
    proc = _ingest(args)
    deadline = time.monotonic() + timeout
    while proc.poll() is None and time.monotonic() < deadline and documents_in(url) < target:
        time.sleep(0.05)
    time.sleep(delay)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    return documents_in(url), proc.returncode == -signal.SIGKILL


def runs_in(url: str) -> list[tuple]:
    engine = create_engine(normalise_url(url))
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(
                "SELECT status, ingested FROM runs ORDER BY id"))]
    except Exception:  # noqa: BLE001 - not created yet
        return []
    finally:
        engine.dispose()


@pytest.mark.slow
def test_killed_runs_end_like_an_uninterrupted_one(tmp_path, db_url, monkeypatch):
    monkeypatch.setattr(sys.modules[__name__], "ENV", frozen_code(tmp_path / "code"))
    n = 120
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(json.dumps(r) for r in corpus(n)) + "\n", encoding="utf-8")
    config = tmp_path / "small-batches.toml"
    config.write_text("[store]\nbatch_size = 10\n", encoding="utf-8")

    reference = f"sqlite:///{tmp_path / 'reference.db'}"
    done = _ingest([str(batch), "--db", reference, "--config", str(config)])
    # The time of one batch, start-up (imports, model load) left out: the kills below land
    # a fraction of a batch after a count is reached (a faster parse shrinks the batches,
    # not the start-up, so the whole run's time divided by the batches would overshoot).
    first: list[float] = []

    def watch() -> None:   # (beside communicate(), which keeps reading the run's pipes)
        while done.poll() is None and not first:
            if documents_in(reference) > 0:
                first.append(time.monotonic())
            time.sleep(0.02)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    out, err = done.communicate(timeout=300)
    ended = time.monotonic()
    watcher.join()
    assert first, "the reference run was never seen holding a document while it ran"
    per_batch = (ended - first[0]) / (n / 10 - 1)
    assert done.returncode == 0, err.decode()
    expected = snapshot(reference)
    assert len(expected["documents"]) == n

    rng = random.Random(int(os.environ.get("COMMUNIQUE_CRASH_SEED", "11")))
    args = [str(batch), "--db", db_url, "--config", str(config)]
    kills = []
    cut_short = 0   # runs the kill left 'running'
    # First a kill at a random moment of start-up (imports, creating the schema, the
    # first batch): whatever the archive holds then must be sound.
    got, killed = kill_midway(args, db_url, 0, rng.uniform(0.5, 4.0))
    runs = runs_in(db_url)
    assert sum(count for _, count in runs) == got, runs
    cut_short += killed and bool(runs) and runs[-1][0] == "running"
    for _ in range(3):
        have = documents_in(db_url)
        if have >= n - 10:
            break  # a long delay let a run get to the end
        target = rng.randint(have + 1, max(have + 1, have + (n - have) // 2))
        kills.append((target, *kill_midway(args, db_url, target, rng.uniform(0, per_batch / 2))))
        # A killed run keeps the counts of the batches it committed, and stays 'running'
        # until a later run finds its process gone.
        runs = runs_in(db_url)
        assert sum(count for _, count in runs) == documents_in(db_url), runs
        if kills[-1][2]:   # killed mid-run (or, rarely, between its last commit and exit)
            assert runs[-1][0] in ("running", "done"), runs
            cut_short += runs[-1][0] == "running"
    assert sum(0 < got < n for _, got, _ in kills) >= 2, f"kills did not land mid-run: {kills}"
    finish = _ingest(args)
    out, err = finish.communicate(timeout=300)
    assert finish.returncode == 0, err.decode()
    got = snapshot(db_url)
    # Documents and inputs first: they do not depend on the coder's details.
    for table in [t for t in expected if t in got]:
        assert got[table] == expected[table], f"{table} differs after kills at {kills}"
    # And the finishing run reported only what was left.
    assert "ingested" in err.decode()
    runs = runs_in(db_url)
    assert sum(count for _, count in runs) == n
    assert runs[-1][0] == "done" and "running" not in {status for status, _ in runs}, runs
    assert sum(status == "interrupted" for status, _ in runs) == cut_short, (runs, kills)

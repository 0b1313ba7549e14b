"""The archive's storage on both backends: schema, writing, keys, clusters, failures."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.exc import OperationalError
from test_store_support import (border_doc, coded, db_url, pg_url, shelling_doc,  # noqa: F401
                                statement, BORDER)

from communique import contract
from communique.config import load_config
from communique.store import Archive, DatabaseLocked, DiskFull, SchemaTooNew, StoreError
from communique.store.db import normalise_url
from communique.store.schema import head_revision
from communique.store.models import (ActorRow, Base, Cluster, DocumentRow, ErrorRow, EventActorRow,
                                     EventRow, InputRow, LshBandRow, MinHashRow, PlaceRow)
from communique.store.writer import Failed, Recoded, Writer


def _open(url, **settings):
    config = load_config(overrides={"store": settings} if settings else None)
    return Archive.open(url, write=True, config=config)


def _count(archive, model) -> int:
    with archive.reading() as conn:
        return conn.scalar(select(func.count()).select_from(model))


def test_urls_are_normalised():
    assert normalise_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("archive.db") == "sqlite:///archive.db"
    assert normalise_url(None) == "sqlite:///communique.db"


def test_migrated_schema_matches_the_models(db_url):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    archive = _open(db_url)
    with archive.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_object": _not_fulltext})
        assert compare_metadata(ctx, Base.metadata) == []
        assert conn.scalar(text("SELECT version_num FROM alembic_version")) == head_revision()
    archive.close()


def _not_fulltext(obj, name, type_, reflected, compare_to):
    return not (name or "").startswith("documents_fts") and name not in ("search", "ix_documents_search")


def test_sqlite_archive_uses_wal(tmp_path):
    archive = _open(f"sqlite:///{tmp_path / 'a.db'}")
    with archive.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    archive.close()


def test_a_document_is_stored_with_its_annotations(db_url):
    archive = _open(db_url)
    doc = shelling_doc()
    result = Writer(archive, None, "v1").write([coded(doc)])
    assert (result.ingested, result.failed) == (1, 0)
    cid = doc.content_id()
    with archive.reading() as conn:
        row = conn.execute(select(DocumentRow).where(DocumentRow.id == cid)).one()
        assert row.title == "Sylvania condemns shelling of Orvel"
        assert row.text == doc.text and row.coding_version == "v1" and row.previous_version is None
        events = conn.execute(select(EventRow).where(EventRow.document_id == cid)
                              .order_by(EventRow.local_id)).all()
        assert [e.type for e in events] == ["ACCUSE", "DEMAND"]
        accuse = events[0]
        assert doc.text[accuse.evidence_start:accuse.evidence_end] == accuse.evidence_text
        assert accuse.field_evidence["event"][0]["start"] == doc.text.index("condemns")
        links = conn.execute(
            select(EventActorRow.role, ActorRow.name).join(ActorRow, ActorRow.id == EventActorRow.actor_id)
            .where(EventActorRow.event_id == accuse.id).order_by(EventActorRow.role)).all()
        assert links == [("source", "Government of Sylvania"), ("target", "Ruritania")]
        place = conn.execute(select(PlaceRow).where(PlaceRow.id == accuse.place_id)).one()
        assert (place.name, place.lat, place.lon) == ("Orvel", 44.0, 13.5)
        mention_actor = conn.scalar(text("SELECT actor_id FROM mentions WHERE text = 'Ruritania'"))
        assert mention_actor == f"{cid}/a2"
    archive.close()


def test_the_same_text_twice_adds_nothing(db_url):
    archive = _open(db_url)
    writer = Writer(archive, None, "v1")
    first = writer.write([coded(border_doc(), key="file:one")])
    again = writer.write([coded(border_doc(path="elsewhere/copy.txt"), key="file:two")])
    assert (first.ingested, again.ingested, again.known) == (1, 0, 1)
    assert _count(archive, DocumentRow) == 1 and _count(archive, EventRow) == 1
    with archive.reading() as conn:
        statuses = dict(conn.execute(select(InputRow.key, InputRow.status)).all())
    assert statuses == {"file:one": "coded", "file:two": "known"}
    assert archive.known_inputs(["file:two", "file:three"]) == {"file:two": "known"}
    archive.close()


def test_near_duplicates_are_grouped_not_dropped(db_url):
    archive = _open(db_url)
    writer = Writer(archive, None, "v1")
    original = border_doc()
    corrected = statement(BORDER.replace("next month", "next week"), title="Correction")
    other = shelling_doc()
    result = writer.write([coded(original), coded(other), coded(corrected)])
    assert result.ingested == 3 and result.duplicates == 1
    with archive.reading() as conn:
        rows = {r.id: r for r in conn.execute(select(DocumentRow))}
        dup = rows[corrected.content_id()]
        assert dup.duplicate_of == original.content_id() and dup.similarity >= 0.8
        assert rows[original.content_id()].cluster_id == dup.cluster_id
        assert rows[other.content_id()].cluster_id is None
        cluster = conn.execute(select(Cluster).where(Cluster.id == dup.cluster_id)).one()
        assert (cluster.kind, cluster.size) == ("duplicate", 2)
        # Signatures and LSH buckets persist, so a later run finds the pair by lookup.
        assert conn.scalar(select(func.count()).select_from(MinHashRow)) == 3
        assert conn.scalar(select(func.count()).select_from(LshBandRow)) >= 3 * 9
    # A later batch (a new writer, as in a new run) still finds the original.
    third = statement(BORDER.replace("next month", "in April"), path="c.txt")
    assert Writer(archive, None, "v1").write([coded(third)]).duplicates == 1
    archive.close()


def test_one_event_told_by_two_documents_is_one_event_cluster(db_url):
    archive = _open(db_url)
    writer = Writer(archive, None, "v1")
    retold = statement(
        "Sylvania statement. The Government of Sylvania condemns the shelling of the village of "
        "Orvel by the armed forces of Ruritania on 4 March 2024, the ministry said.",
        events=[{"type": "ACCUSE", "cameo": "112", "source": "Government of Sylvania",
                 "target": "Ruritania", "evidence": "The Government of Sylvania condemns the shelling",
                 "date": "2024-03-04", "place": "Orvel"}])
    writer.write([coded(shelling_doc())])
    writer.write([coded(retold)])
    with archive.reading() as conn:
        clusters = dict(conn.execute(
            select(EventRow.type, Cluster.size).join(Cluster, Cluster.id == EventRow.cluster_id)
            .where(EventRow.document_id == retold.content_id())).all())
        assert clusters == {"ACCUSE": 2}
        demand = conn.execute(select(Cluster.size, Cluster.key).join(
            EventRow, EventRow.cluster_id == Cluster.id).where(EventRow.type == "DEMAND")).one()
        assert demand.size == 1 and demand.key == "DEMAND|SYL|RUR|2024-03-04|"
    archive.close()


def test_a_document_the_database_refuses_is_recorded_and_the_batch_goes_on(db_url):
    archive = _open(db_url)
    bad = shelling_doc()
    data = contract.to_dict(bad)
    data["events"][0]["evidence"]["text"] = None   # NOT NULL in the events table
    from communique.store.writer import Coded

    broken = Coded("file:bad", "file", "bad.txt", bad.content_id(), data, bad.raw)
    result = Writer(archive, None, "v1").write([broken, coded(border_doc())])
    assert (result.ingested, result.failed) == (1, 1)
    with archive.reading() as conn:
        err = conn.execute(select(ErrorRow)).one()
        assert err.code == "store.invalid" and err.source == "bad.txt"
        # Nothing of the refused document is left half-written.
        assert conn.scalar(select(func.count()).where(DocumentRow.id == bad.content_id())) == 0
        assert conn.scalar(select(func.count()).select_from(ActorRow)
                           .where(ActorRow.document_id == bad.content_id())) == 0
    archive.close()


def test_recoding_keeps_the_previous_version(db_url):
    archive = _open(db_url)
    doc = shelling_doc()
    Writer(archive, None, "v1").write([coded(doc)])
    fewer = shelling_doc()
    fewer.events = fewer.events[:1]
    result = Writer(archive, None, "v2").write([Recoded(doc.content_id(), contract.to_dict(fewer), fewer.raw)])
    assert result.recoded == 1
    with archive.reading() as conn:
        row = conn.execute(select(DocumentRow).where(DocumentRow.id == doc.content_id())).one()
        assert (row.coding_version, row.previous_version) == ("v2", "v1")
        assert row.previous_coded_at is not None
        assert conn.scalar(select(func.count()).select_from(EventRow)) == 1
        # The dropped event's cluster went with it.
        assert conn.scalar(select(func.count()).select_from(Cluster)) == 1
    assert archive.stale_documents("v2") == [] and archive.stale_documents("v3") == [doc.content_id()]
    archive.close()


def test_a_newer_schema_is_refused_and_nothing_written(db_url):
    archive = _open(db_url)
    Writer(archive, None, "v1").write([coded(border_doc())])
    with archive.transaction() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    archive.close()
    with pytest.raises(SchemaTooNew, match="newer version"):
        _open(db_url)
    with pytest.raises(SchemaTooNew):
        Archive.open(db_url, write=False)
    engine = create_engine(normalise_url(db_url))
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM documents")) == 1
        assert conn.scalar(text("SELECT count(*) FROM runs")) == 0
    engine.dispose()


def test_a_locked_sqlite_database_is_a_clear_error(tmp_path):
    path = tmp_path / "locked.db"
    _open(f"sqlite:///{path}").close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseLocked, match="locked by another writer.*nothing was written"):
            _open(f"sqlite:///{path}", busy_timeout_ms=200)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    # Readers are not blocked by a writer (WAL).
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO runs (started_at, coding_version, sources, status, ingested, known,"
                   " failed, recoded) VALUES ('2024-01-01', 'v', '[]', 'running', 0, 0, 0, 0)")
    reader = Archive.open(f"sqlite:///{path}", write=False)
    assert reader.count_documents() == 0
    reader.close()
    writer.execute("COMMIT")
    writer.close()


def test_disk_full_rolls_the_batch_back_and_leaves_a_sound_database(tmp_path):
    """A real SQLITE_FULL: the database is capped with max_page_count."""
    from sqlalchemy import event

    path = tmp_path / "full.db"
    archive = _open(f"sqlite:///{path}")
    writer = Writer(archive, None, "v1")
    writer.write([coded(border_doc())])
    with archive.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

    @event.listens_for(archive.engine, "connect")
    def _cap(dbapi_conn, _):
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages + 2}")

    archive.engine.dispose()
    big = [coded(statement(f"Statement {i}. " + " ".join(f"word{i}x{j}" for j in range(3000)),
                           path=f"big{i}.txt")) for i in range(5)]
    with pytest.raises(DiskFull, match="disk is full.*rolled back"):
        writer.write(big)
    archive.close()
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'Lumen'").fetchone()[0] == 1
    con.close()


def test_a_storage_error_mid_batch_rolls_back_the_whole_batch(db_url, monkeypatch):
    """Simulated disk-full (OperationalError from the driver) on the third document."""
    archive = _open(db_url)
    writer = Writer(archive, None, "v1")
    writer.write([coded(border_doc())])
    calls = {"n": 0}
    original = Writer._insert_annotations

    def failing(self, conn, cid, d, touched):
        calls["n"] += 1
        if calls["n"] == 3:
            raise OperationalError("INSERT ...", {}, Exception("database or disk is full"))
        return original(self, conn, cid, d, touched)

    monkeypatch.setattr(Writer, "_insert_annotations", failing)
    docs = [shelling_doc(), statement("A third statement about Ruritania.", path="3.txt"),
            statement("A fourth statement about Sylvania.", path="4.txt")]
    with pytest.raises(DiskFull):
        writer.write([coded(d) for d in docs])
    assert _count(archive, DocumentRow) == 1 and _count(archive, EventRow) == 1
    assert _count(archive, InputRow) == 1
    archive.close()


def test_not_a_database_is_a_clear_error(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StoreError, match="not an SQLite database"):
        _open(f"sqlite:///{bogus}")
    with pytest.raises(StoreError, match="no archive here"):
        Archive.open(str(tmp_path / "missing.db"), write=False)


def test_failed_inputs_are_logged_and_remembered_only_when_final(db_url):
    archive = _open(db_url)
    writer = Writer(archive, None, "v1")
    writer.write([Failed("file:bin", "file", "x.png.txt", "input.binary", "this is a PNG image",
                         remember=True),
                  Failed("url:http://h/x", "url", "http://h/x", "fetch.status", "answered 500")])
    assert archive.known_inputs(["file:bin", "url:http://h/x"]) == {"file:bin": "failed"}
    assert archive.known_inputs(["file:bin"], include_failed=False) == {}
    assert _count(archive, ErrorRow) == 2
    archive.close()


def test_postgresql_allows_one_writer_at_a_time(pg_url):
    first = _open(pg_url)
    with pytest.raises(DatabaseLocked, match="another process is writing"):
        _open(pg_url)
    reader = Archive.open(pg_url, write=False)   # readers are never refused
    assert reader.count_documents() == 0
    reader.close()
    first.close()
    _open(pg_url).close()   # the lock went with the first writer

"""Workbench test archives: documents written by the store's own writer into a
temporary SQLite archive (or one on PostgreSQL), with the review tables, and a
test client over them for the modules that check pages the same way on every archive."""

from __future__ import annotations

import contextlib
import uuid

from fastapi.testclient import TestClient
from sqlalchemy.orm import sessionmaker

from communique import contract
from communique.config import load_config
from communique.store.archive import Archive, coding_version
from communique.store.db import make_engine
from communique.store.writer import Coded, Writer
from communique.web.server import prepare


def write_archive(url: str, docs) -> None:
    """Write ``docs`` (Documents, or ``communique.document/1`` dicts) into the archive
    at ``url`` through the store's writer, as `communique ingest` does; each keeps its
    own id as its archive id (the writer's content id), so tests can name it."""
    dicts = [d if isinstance(d, dict) else contract.to_dict(d) for d in docs]
    with Archive.open(url, write=True) as archive:
        store = load_config(overrides={"store": {"near_duplicates": False}}).store
        writer = Writer(archive, None, coding_version(None), store)
        result = writer.write(Coded(None, "test", d["document"]["id"], d["document"]["id"], d,
                                    d["document"]["text"]) for d in dicts)
        assert result.ingested == len(dicts)


def archive_sessions(path, docs) -> sessionmaker:
    """Sessions over a new SQLite archive file at ``path`` holding ``docs``, with the
    review tables: what `communique serve` opens."""
    url = f"sqlite:///{path}"
    write_archive(url, docs)
    prepare(url)
    return sessionmaker(bind=make_engine(url, write=False), expire_on_commit=False)


@contextlib.contextmanager
def workbench_client(kind: str, docs, tmp_path_factory, tag: str):
    """A TestClient over ``docs`` ("sqlite" or "postgresql": a database of its own
    named after ``tag``, dropped afterwards; skipped without a server)."""
    from communique.web.server import build_app

    drop = None
    if kind == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp(tag) / 'archive.db'}"
    else:
        import psycopg

        from test_store_support import pg_base_url

        base = pg_base_url()
        name = f"t_w{tag}_" + uuid.uuid4().hex[:10]
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        url, drop = f"{base.rpartition('/')[0]}/{name}", (base, name)
    write_archive(url, docs)
    try:
        with TestClient(build_app(url), base_url="http://127.0.0.1") as c:
            yield c
    finally:
        if drop:
            import psycopg

            with psycopg.connect(drop[0], autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{drop[1]}" WITH (FORCE)')

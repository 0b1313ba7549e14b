"""One workbench test client over the same documents in memory, on SQLite or on PostgreSQL,
for the test modules that check pages the same way on every archive."""

from __future__ import annotations

import contextlib
import uuid

from fastapi.testclient import TestClient
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import StaticPool

from communique import contract
from communique.review import schema as review_schema
from communique.web import demo
from communique.web.app import WebSettings, create_app
from communique.web.archive import MemoryArchive


@contextlib.contextmanager
def workbench_client(kind: str, docs, tmp_path_factory, tag: str):
    """A TestClient over ``docs`` ("memory", "sqlite" or "postgresql": a database of its
    own named after ``tag``, dropped afterwards; skipped without a server)."""
    if kind == "memory":
        engine = create_engine("sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool)
        with engine.begin() as conn:
            review_schema.upgrade(conn)
        app = create_app(sessionmaker(bind=engine, expire_on_commit=False),
                         MemoryArchive([contract.to_dict(d) for d in docs]).with_reviews, WebSettings())
        with TestClient(app, base_url="http://127.0.0.1") as c:
            yield c
        return
    from communique.store.archive import Archive
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
    with Archive.open(url, write=True) as archive:
        assert demo.load_into(archive, docs) == len(docs)
    try:
        with TestClient(build_app(url), base_url="http://127.0.0.1") as c:
            yield c
    finally:
        if drop:
            import psycopg

            with psycopg.connect(drop[0], autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{drop[1]}" WITH (FORCE)')

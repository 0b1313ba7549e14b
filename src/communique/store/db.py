"""Engines for the archive: SQLite (default) or PostgreSQL, set up the same way.

SQLite runs in WAL mode so readers never block the single writer, with a busy
timeout so a second writer waits instead of failing at once.  The driver's own
transaction handling is switched off and we emit BEGIN ourselves: that makes DDL
transactional (migrations roll back whole) and lets the writer take the write
lock up front with BEGIN IMMEDIATE, so a locked database fails before anything
is written.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from .errors import StoreError

DEFAULT_URL = "sqlite:///communique.db"


def normalise_url(url: str | os.PathLike | None) -> str:
    """A SQLAlchemy URL from what a user types: a URL, or a path to an SQLite file.

    ``postgresql://`` and ``postgres://`` use psycopg 3 (``postgresql+psycopg://``).
    """
    if not url:
        return DEFAULT_URL
    url = str(url)
    for plain in ("postgresql://", "postgres://"):
        if url.startswith(plain):
            return "postgresql+psycopg://" + url[len(plain):]
    if "://" not in url:
        return "sqlite:///" + str(Path(url).expanduser())
    return url


def describe(url: str) -> str:
    """The URL for messages: the file for SQLite, the password hidden otherwise."""
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        return u.database or ":memory:"
    return u.render_as_string(hide_password=True)


def make_engine(url: str, *, write: bool, busy_timeout_ms: int = 30_000) -> Engine:
    url = normalise_url(url)
    try:
        u = make_url(url)
    except ArgumentError:
        raise StoreError(f"{url}: not a database URL (give sqlite:///FILE, a file path, "
                         "or postgresql://USER@HOST/DB)") from None
    backend = u.get_backend_name()
    if backend == "sqlite":
        if u.database and u.database != ":memory:":
            parent = Path(u.database).expanduser().resolve().parent
            if not parent.is_dir():
                raise StoreError(f"{u.database}: folder {parent} does not exist")
        frozen = None if write else _frozen_file(u.database)
        if frozen is not None:
            engine = create_engine(url, creator=lambda: sqlite3.connect(
                f"file:{quote(str(frozen))}?mode=ro&immutable=1", uri=True,
                timeout=busy_timeout_ms / 1000, check_same_thread=False))
        else:
            engine = create_engine(url, connect_args={"timeout": busy_timeout_ms / 1000})
        _setup_sqlite(engine, write=write, busy_timeout_ms=busy_timeout_ms)
        return engine
    if backend == "postgresql":
        return create_engine(url, pool_pre_ping=True)
    raise StoreError(f"{describe(url)}: unsupported database {backend!r}; use SQLite or PostgreSQL")


def _frozen_file(database: str | None) -> Path | None:
    """An archive in a folder nobody here may write to, with no write-ahead log
    beside it: SQLite cannot make the shared-memory file its readers need, and
    no writer can be at work (it would need that folder), so it is read as an
    immutable file.  None otherwise."""
    if not database or database == ":memory:":
        return None
    path = Path(database).expanduser()
    folder = path.resolve().parent
    if not path.is_file() or os.access(folder, os.W_OK | os.X_OK) \
            or Path(f"{path}-wal").exists():
        return None
    return path.resolve()


def _setup_sqlite(engine: Engine, *, write: bool, busy_timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see module doc)
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        if write:
            cur.execute("PRAGMA journal_mode = WAL")
            # With WAL, NORMAL never corrupts; a killed process loses no committed batch
            # (only a power cut may lose the last ones).
            cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

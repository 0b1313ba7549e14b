"""The archive: an SQLite or PostgreSQL database of coded documents.

``Archive.open(url, write=True)`` creates or upgrades the schema (Alembic, one
transaction) and checks that the write lock can be had, so a locked database or
one from a newer communique fails before anything is written.  Readers open it
with ``write=False`` and never block the writer (SQLite WAL).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from sqlalchemy import Connection, Engine, func, insert, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from ..config import Config, default_config
from ..version import __version__
from . import health, owner, schema
from .db import describe, make_engine, normalise_url
from .errors import DatabaseLocked, DiskFull, StoreError
from .models import DocumentRow, InputRow, Run

# Advisory lock key of the archive's single writer on PostgreSQL ("cmnq" in ASCII).
_PG_WRITER_LOCK = 0x636D6E71

# Package data that changes what the pipeline codes (patterns, dictionaries, gazetteers).
_CODING_DATA = (".tsv", ".jsonl", ".json", ".txt", ".toml")
_NOT_CODING = {"store", "export", "evaluate", "web", "dedupe"}


def now() -> datetime:
    return datetime.now(UTC)


def coding_version(config: Config | None) -> str:
    """``<communique version>+<hash>``: the hash covers the configuration (less the
    [store] section) and the bundled data files, so changing a pattern or a setting
    that affects coding changes the version, and ``--recode`` picks the documents up.
    ``None``: documents not coded here (the demo's), only the data files count."""
    h = hashlib.sha256()
    settings = config.model_dump(exclude={"store"}) if config is not None else {}
    h.update(json.dumps(settings,
                        sort_keys=True, default=str).encode("utf-8"))
    root = resources.files("communique")
    for path in sorted(Path(str(root)).rglob("*")):
        rel = path.relative_to(Path(str(root)))
        if (path.suffix in _CODING_DATA and path.is_file() and rel.parts[0] not in _NOT_CODING
                and "__pycache__" not in rel.parts):
            h.update(str(rel).encode())
            h.update(path.read_bytes())
    return f"{__version__}+{h.hexdigest()[:10]}"


def classify(exc: BaseException, where: str) -> StoreError | None:
    """Turn a driver error into one of ours with a clear message, or None.

    The whole chain is looked at: SQLite ends the transaction itself on a full
    disk, so the error that surfaces may be the failed rollback of a savepoint."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        mine = _classify_one(exc, where)
        if mine is not None:
            return mine
        exc = exc.__cause__ or exc.__context__
    return None


def _classify_one(exc: BaseException, where: str) -> StoreError | None:
    text = str(getattr(exc, "orig", exc) or exc).lower()
    orig = getattr(exc, "orig", None)
    sqlstate = getattr(orig, "sqlstate", None) or ""
    if "database is locked" in text or "database table is locked" in text or sqlstate == "55P03":
        return DatabaseLocked(
            f"{where}: the database is locked by another writer (another `communique ingest`?); "
            "nothing was written. Wait for it to finish and run again.")
    if "database or disk is full" in text or "no space left" in text or sqlstate.startswith("53"):
        return DiskFull(
            f"{where}: the disk is full; the batch being written was rolled back and the "
            "archive holds every batch committed before it. Free space and run again: "
            "known documents are skipped.")
    if "file is not a database" in text or "not a database" in text:
        return StoreError(f"{where}: this file is not an SQLite database")
    if "malformed" in text or "database corruption" in text or sqlstate == "XX001":
        return StoreError(f"{where}: the archive file is damaged ({str(orig or exc).strip()}); "
                          "restore it from a backup, or try `sqlite3 FILE .recover`")
    if "readonly database" in text or "read-only" in text and "transaction" in text \
            or sqlstate == "25006":
        return StoreError(f"{where}: the archive is read-only here (no permission to write it); "
                          "nothing was written")
    if sqlstate == "42501":
        return StoreError(f"{where}: the database user may not do this: {str(orig or exc).strip()}")
    if "unable to open database file" in text:
        return StoreError(f"{where}: cannot open the database file (missing folder or no permission)")
    if "connection" in text and ("refused" in text or "failed" in text) or sqlstate.startswith("08"):
        return StoreError(f"{where}: cannot connect to the database: {str(orig or exc).strip()}")
    if "password authentication failed" in text or sqlstate == "28P01":
        return StoreError(f"{where}: the database refused the login")
    if 'database "' in text and "does not exist" in text:
        return StoreError(f"{where}: {str(orig or exc).strip()}")
    return None


@contextlib.contextmanager
def clear_db_errors(where: str):
    try:
        yield
    except (OperationalError, DBAPIError) as exc:
        mine = classify(exc, where)
        if mine is None:
            raise
        raise mine from exc
    except OSError as exc:
        mine = classify(exc, where)
        if mine is None:
            raise
        raise mine from exc


def require_existing(url: str, where: str) -> None:
    """Refuse a SQLite path with no file behind it (opening would create an empty one)."""
    u = make_url(url)
    if u.get_backend_name() == "sqlite" and (
            u.database in (None, "", ":memory:") or not Path(u.database).exists()):
        raise StoreError(f"{where}: no archive here; create one with `communique ingest`")


def probe(url: str, where: str, *, busy_timeout_ms: int = 30_000) -> bool:
    """Check the database through a connection that writes nothing: SQLite's
    integrity check, and that it is empty or an archive (see :mod:`.health`).
    True if it is an archive."""
    path = health.sqlite_path(url)
    if path is not None and (not path.exists() or path.stat().st_size == 0):
        return False  # a new archive: nothing to look at (and connecting would create it)
    engine = make_engine(url, write=False, busy_timeout_ms=busy_timeout_ms)
    try:
        with clear_db_errors(where), engine.connect() as conn:
            if engine.dialect.name == "sqlite":
                health.check_integrity(conn, where)
            return health.recognise(conn, where)
    finally:
        engine.dispose()


def verify(url: str | None, config: Config | None = None, *, write: bool = True) -> str:
    """Refuse, with one clear line, a database that is missing, damaged, not an
    archive or (``write``) read-only, before a command such as serve or user
    writes its own tables to it.  Returns the URL."""
    url, where, path = existing(url, config)
    if path is not None and write:
        health.check_writable(path, where)
    busy = (config or default_config()).store.busy_timeout_ms
    if not probe(url, where, busy_timeout_ms=busy):
        raise no_schema(where)
    return url


def existing(url: str | None, config: Config | None = None) -> tuple[str, str, Path | None]:
    """The archive's URL, its name for messages and its SQLite file (None for PostgreSQL),
    refusing a file that is missing, not SQLite or cut short, from its header alone."""
    url = normalise_url(url or (config or default_config()).store.url)
    where = describe(url)
    require_existing(url, where)
    path = health.sqlite_path(url)
    if path is not None:
        health.check_file(path, where)
    return url, where, path


def no_schema(where: str) -> StoreError:
    return StoreError(f"{where}: not a communique archive (no schema); "
                      "create one with `communique ingest`")


class Archive:
    def __init__(self, engine: Engine, url: str, *, write: bool):
        self._writer_lock: Connection | None = None
        self.engine = engine
        self.url = url
        self.where = describe(url)
        self.write = write
        self.dialect = engine.dialect.name

    @classmethod
    def open(cls, url: str | None = None, *, write: bool = False,
             config: Config | None = None) -> Archive:
        """Open (and for writers create or upgrade) the archive at ``url``."""
        settings = (config or default_config()).store
        url = normalise_url(url or settings.url)
        busy = settings.busy_timeout_ms
        where = describe(url)
        if not write:
            require_existing(url, where)
        path = health.sqlite_path(url)
        if path is not None and path.exists():
            health.check_file(path, where)
        if write:
            # Before the writing engine exists: it switches SQLite to WAL on connect.
            if path is not None:
                health.check_writable(path, where)
            probe(url, where, busy_timeout_ms=busy)
        engine = make_engine(url, write=write, busy_timeout_ms=busy)
        archive = cls(engine, url, write=write)
        try:
            with clear_db_errors(where):
                if write:
                    if archive.dialect == "postgresql":
                        archive._take_writer_lock()
                    with engine.begin() as conn:  # BEGIN IMMEDIATE on SQLite: fails here if locked
                        schema.upgrade(conn, where)
                else:
                    with engine.connect() as conn:
                        # Another application's tables (even its own alembic_version): say so.
                        health.recognise(conn, where, action="read")
                        current = schema.revision(schema.check_known(conn, where))
                    if current != schema.head_revision():
                        if not current:
                            raise no_schema(where)
                        raise StoreError(f"{where}: the archive has an older schema "
                                         f"({current}); run `communique upgrade --db ...` "
                                         "once to upgrade it")
        except BaseException:
            archive.close()   # a failed upgrade must not keep the writer lock (PostgreSQL)
            raise
        return archive

    def _take_writer_lock(self) -> None:
        """PostgreSQL: one writer per archive, like SQLite's write lock.  A
        session-level advisory lock, held on its own connection until close()."""
        conn = self.engine.connect()
        got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": _PG_WRITER_LOCK}).scalar()
        conn.commit()
        if not got:
            conn.close()
            raise DatabaseLocked(
                f"{self.where}: another process is writing to this archive (another "
                "`communique ingest`?); nothing was written. Wait for it to finish and run again.")
        self._writer_lock = conn

    def close(self) -> None:
        if self._writer_lock is not None:
            try:
                self._writer_lock.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _PG_WRITER_LOCK})
                self._writer_lock.close()
            except DBAPIError:
                pass
            self._writer_lock = None
        self.engine.dispose()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One transaction; driver errors become clear :class:`StoreError`s."""
        with clear_db_errors(self.where), self.engine.begin() as conn:
            yield conn

    @contextlib.contextmanager
    def reading(self) -> Iterator[Connection]:
        with clear_db_errors(self.where), self.engine.connect() as conn:
            yield conn

    # -- runs ---------------------------------------------------------------
    def start_run(self, version: str, sources: list[str]) -> int:
        """Record a new run; runs left 'running' by a killed process become 'interrupted'."""
        with self.transaction() as conn:
            self._close_dead_runs(conn)
            return conn.execute(insert(Run).values(
                started_at=now(), coding_version=version, sources=list(sources),
                status="running", ingested=0, known=0, failed=0, recoded=0,
                pid=os.getpid(), host=owner.this_host(),
            )).inserted_primary_key[0]

    def _close_dead_runs(self, conn: Connection) -> None:
        running = conn.execute(select(Run.id, Run.pid, Run.host, Run.started_at)
                               .where(Run.status == "running")).all()
        # PostgreSQL: this process holds the writer lock, so no other writer lives.
        dead = [r.id for r in running if self._writer_lock is not None
                or not owner.alive(r.pid, r.host, r.started_at)]
        if dead:
            conn.execute(update(Run).where(Run.id.in_(dead)).values(status="interrupted"))

    def finish_run(self, run_id: int, status: str, counts: dict[str, int]) -> None:
        with self.transaction() as conn:
            conn.execute(update(Run).where(Run.id == run_id).values(
                finished_at=now(), status=status, **counts))

    # -- look-ups -------------------------------------------------------------
    def known_inputs(self, keys: Iterable[str], *, include_failed: bool = True) -> dict[str, str]:
        """The keys already in the archive, with their status (coded, known, or
        failed; failed ones are left out when ``include_failed`` is False, to retry them)."""
        keys = list(dict.fromkeys(keys))
        found: dict[str, str] = {}
        with self.reading() as conn:
            for i in range(0, len(keys), 500):
                q = select(InputRow.key, InputRow.status).where(InputRow.key.in_(keys[i:i + 500]))
                if not include_failed:
                    q = q.where(InputRow.status != "failed")
                found.update((k, v) for k, v in conn.execute(q))
        return found

    def count_documents(self) -> int:
        with self.reading() as conn:
            return conn.scalar(select(func.count()).select_from(DocumentRow))

    def stale_documents(self, version: str) -> list[str]:
        """Ids of documents coded with another version than ``version``, in archive order."""
        with self.reading() as conn:
            return list(conn.scalars(select(DocumentRow.id)
                                     .where(DocumentRow.coding_version != version)
                                     .order_by(DocumentRow.num)))

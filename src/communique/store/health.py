"""Is this database a sound communique archive?  Asked before anything is written.

A writer that opened another application's SQLite file would switch it to WAL
and add its tables; one that opened a damaged file would write into it.  So the
database is first looked at through a connection that writes nothing: the SQLite
file's header (not SQLite at all, cut short), SQLite's own ``quick_check`` (pages
that do not hold together), and the tables it holds: none (a new archive), ours
(recognised by the schema-version table of our migrations beside our tables), or
someone else's, which are refused untouched.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Connection, inspect, text
from sqlalchemy.engine import make_url

from .errors import StoreError

SQLITE_MAGIC = b"SQLite format 3\x00"
VERSION_TABLE = "alembic_version"
# Tables every revision of the archive schema has had.
CORE_TABLES = {"documents", "runs", "inputs"}
_UNTOUCHED = "nothing was written to it"


def sqlite_path(url: str) -> Path | None:
    """The file of an SQLite URL, or None (PostgreSQL, in-memory)."""
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or u.database in (None, "", ":memory:"):
        return None
    database = u.database
    if database.startswith("file:"):   # sqlite:///file:PATH?mode=ro&uri=true
        database = database[len("file:"):].split("?", 1)[0]
    return Path(database).expanduser()


def check_file(path: Path, where: str) -> None:
    """Refuse a file that is not SQLite, or an SQLite file cut short, from its header alone."""
    try:
        size = path.stat().st_size
        if size == 0:
            return  # SQLite's empty database: a new archive may be made in it
        with open(path, "rb") as fh:
            head = fh.read(100)
    except PermissionError:
        raise StoreError(f"{where}: permission denied: cannot read the archive file") from None
    except IsADirectoryError:
        raise StoreError(f"{where}: is a folder, not an archive file") from None
    except OSError as exc:
        raise StoreError(f"{where}: cannot read the archive file: {exc.strerror or exc}") from None
    if not head.startswith(SQLITE_MAGIC):
        raise StoreError(f"{where}: not an SQLite database, so not a communique archive; "
                         f"{_UNTOUCHED}")
    if len(head) < 100:
        raise StoreError(f"{where}: the archive file is truncated ({size} bytes, less than "
                         f"SQLite's header); {_UNTOUCHED}. Restore it from a backup")
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    # The page count in the header is valid when the two change counters agree.
    if pages and head[24:28] == head[92:96] and size < pages * page_size:
        raise StoreError(f"{where}: the archive file is truncated ({size:,} bytes of "
                         f"{pages * page_size:,}); {_UNTOUCHED}. Restore it from a backup")


def check_writable(path: Path, where: str) -> None:
    """An SQLite writer needs to write the file and, for its journal, the folder."""
    if path.exists() and not os.access(path, os.W_OK):
        raise StoreError(f"{where}: the archive is read-only (no permission to write the file); "
                         f"{_UNTOUCHED}. Search and export can still read it")
    folder = path.resolve().parent
    if folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
        raise StoreError(f"{where}: the folder {folder} is read-only, and SQLite keeps its "
                         f"journal beside the archive; {_UNTOUCHED}")


def check_integrity(conn: Connection, where: str) -> None:
    """SQLite's ``quick_check``: every page reachable and well formed (no index
    comparison; about a second per gigabyte)."""
    rows = [r[0] for r in conn.execute(text("PRAGMA quick_check"))]
    if rows != ["ok"]:
        # SQLite's report spans lines ("*** in database main ***\nTree 12 page 64 ...").
        detail = " ".join(" ".join(rows).replace("*** in database main ***", "").split())
        detail = (detail[:150] + " ...") if len(detail) > 150 else detail or "no answer"
        raise StoreError(f"{where}: the archive file is damaged (SQLite: {detail}); {_UNTOUCHED}. "
                         "Restore it from a backup, or try `sqlite3 FILE .recover`")


def recognise(conn: Connection, where: str, action: str = "write") -> bool:
    """True for an archive, False for an empty database; refuses anything else."""
    tables = {t for t in inspect(conn).get_table_names() if not t.startswith("sqlite_")}
    if not tables:
        return False
    if VERSION_TABLE in tables and tables & CORE_TABLES:
        return True
    if VERSION_TABLE in tables:
        why = "its schema-version table is another application's"
    else:
        shown = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
        why = f"it holds other tables ({shown})"
    untouched = f"; {_UNTOUCHED}. Give --db a new file or an archive" if action == "write" else ""
    raise StoreError(f"{where}: not a communique archive: {why}{untouched}")

"""Create or upgrade the archive schema with Alembic, programmatically.

The migration scripts live inside the package (``store/migrations``), so an
installed communique can upgrade any archive without an ``alembic.ini``.  A
database stamped with a revision these scripts do not know was written by a
newer communique: it is refused, and nothing is written.
"""

from __future__ import annotations

from importlib import resources

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from ..version import __version__
from .errors import SchemaTooNew


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("communique.store") / "migrations"))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revisions(conn: Connection) -> tuple[str, ...]:
    return tuple(MigrationContext.configure(conn).get_current_heads())


def check_known(conn: Connection, where: str) -> tuple[str, ...]:
    """The database's revisions; :class:`SchemaTooNew` if any is unknown here."""
    script = ScriptDirectory.from_config(alembic_config())
    current = current_revisions(conn)
    for rev in current:
        try:
            known = script.get_revision(rev) is not None
        except Exception:
            known = False
        if not known:
            raise SchemaTooNew(
                f"{where}: the archive has schema revision {rev}, which this communique "
                f"({__version__}, schema {script.get_current_head()}) does not know; it was "
                "written by a newer version. Upgrade communique; nothing was written."
            )
    return current


def upgrade(conn: Connection, where: str) -> bool:
    """Bring the schema to head inside the caller's transaction.  True if it changed."""
    current = check_known(conn, where)
    if current == (head_revision(),):
        return False
    cfg = alembic_config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "head")
    return True

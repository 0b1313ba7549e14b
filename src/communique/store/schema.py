"""Create or upgrade the schema of an archive with Alembic, programmatically.

One Alembic environment (``store/migrations``) migrates every table of an
archive database, on two branches: ``archive`` (documents, events, runs ...)
and ``review`` (the workbench's users, sessions and reviewed events, made when
the workbench first opens the archive).  Their revisions share one version
table, ``alembic_version``, a row per branch.  The scripts live inside the
package, so an installed communique upgrades any archive without an
``alembic.ini``.  A database stamped with a revision these scripts do not know
was written by a newer communique: it is refused, and nothing is written.

Archives written before the two branches shared an environment keep the review
branch's revision in a table of its own (``alembic_version_review``); the first
upgrade moves it into ``alembic_version``, in the same transaction.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect, text
from sqlalchemy.exc import DBAPIError

from ..version import __version__
from .errors import SchemaTooNew, StoreError

ARCHIVE, REVIEW = "archive", "review"
# Where releases before the shared environment kept the review branch's revision.
LEGACY_REVIEW_TABLE = "alembic_version_review"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("communique.store") / "migrations"))
    return cfg


@lru_cache(maxsize=1)
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head(branch: str = ARCHIVE) -> str:
    """The newest revision of ``branch`` these scripts know."""
    return _script().get_revision(f"{branch}@head").revision


def head_revision() -> str:
    """The archive branch's head (the schema readers need)."""
    return head(ARCHIVE)


def branch_of(rev: str) -> str | None:
    """``archive`` or ``review`` for a revision these scripts know; None otherwise."""
    try:
        found = _script().get_revision(rev)
    except Exception:  # noqa: BLE001 - alembic raises several kinds for an unknown id
        return None
    labels = found.branch_labels if found is not None else set()
    return next((b for b in (ARCHIVE, REVIEW) if b in labels), None)


def current_revisions(conn: Connection) -> tuple[str, ...]:
    """Every revision the database is stamped with, sorted (the legacy review table's too)."""
    revs = set(MigrationContext.configure(conn).get_current_heads())
    if inspect(conn).has_table(LEGACY_REVIEW_TABLE):
        revs.update(r for (r,) in conn.execute(text(f"SELECT version_num FROM {LEGACY_REVIEW_TABLE}")))
    return tuple(sorted(revs))


def revision(current: tuple[str, ...], branch: str = ARCHIVE) -> str | None:
    """The revision of ``branch`` among ``current`` (from :func:`current_revisions`)."""
    return next((r for r in current if branch_of(r) == branch), None)


def check_known(conn: Connection, where: str) -> tuple[str, ...]:
    """The database's revisions; :class:`SchemaTooNew` if any is unknown here."""
    current = current_revisions(conn)
    for rev in current:
        if branch_of(rev) is None:
            raise SchemaTooNew(
                f"{where}: the archive has schema revision {rev}, which this communique "
                f"({__version__}, schema {head_revision()}) does not know; it was "
                "written by a newer version. Upgrade communique; nothing was written."
            )
    return current


def upgrade(conn: Connection, where: str, branches: tuple[str, ...] | None = None) -> bool:
    """Bring ``branches`` to their heads inside the caller's transaction: by default
    the archive's, and the review tables' when the database has them.  True if
    anything was written (a migration, or the review revision moved into
    ``alembic_version``)."""
    current = check_known(conn, where)
    if branches is None:
        branches = (ARCHIVE, REVIEW) if revision(current, REVIEW) else (ARCHIVE,)
    changed = _adopt_legacy_review_table(conn)
    cfg = alembic_config()
    cfg.attributes["connection"] = conn
    for branch in branches:
        if revision(current, branch) != head(branch):
            try:
                command.upgrade(cfg, f"{branch}@head")
            except DBAPIError as exc:   # the caller's transaction rolls back with it
                reason = " ".join(str(exc.orig).split()) or type(exc.orig).__name__
                raise StoreError(
                    f"{where}: upgrading the {branch} schema to {head(branch)} failed "
                    f"({reason}); the upgrade runs in one transaction, so nothing was "
                    "changed") from exc
            changed = True
    return changed


def _adopt_legacy_review_table(conn: Connection) -> bool:
    """Move the review branch's revision from its own version table into the shared one."""
    if not inspect(conn).has_table(LEGACY_REVIEW_TABLE):
        return False
    revs = [r for (r,) in conn.execute(text(f"SELECT version_num FROM {LEGACY_REVIEW_TABLE}"))]
    context = MigrationContext.configure(conn)
    for rev in revs:
        context.stamp(_script(), rev)
    conn.execute(text(f"DROP TABLE {LEGACY_REVIEW_TABLE}"))
    return True

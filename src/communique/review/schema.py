"""Create or upgrade the review tables: the ``review`` branch of the archive's one
Alembic environment (see :mod:`communique.store.schema`)."""

from __future__ import annotations

from sqlalchemy import Connection

from ..store import schema

BRANCH = schema.REVIEW


def head() -> str:
    return schema.head(BRANCH)


def current(conn: Connection) -> str | None:
    """The review tables' revision, or None when the database has none."""
    return schema.revision(schema.current_revisions(conn), BRANCH)


def upgrade(conn: Connection, where: str = "the archive") -> bool:
    """Bring the review tables to head inside the caller's transaction.  True if changed."""
    return schema.upgrade(conn, where, (BRANCH,))

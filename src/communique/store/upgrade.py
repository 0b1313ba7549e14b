"""Bring an existing archive's schema up to this communique's, explicitly.

Readers refuse an archive with an older schema (they never write); writers
upgrade it on open.  ``upgrade_archive`` does only the upgrade, for archives
that are read (search, export, the workbench) without being ingested into.
It never creates an archive, and the review tables are upgraded only when
the archive already has them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import inspect

from ..config import Config
from ..review import schema as review_schema
from . import health, schema
from .archive import Archive, clear_db_errors, existing, no_schema
from .db import make_engine


@dataclass
class Upgrade:
    where: str
    before: tuple[str, ...]
    after: str
    review_before: tuple[str, ...] | None = None   # None: the archive has no review tables
    review_after: str | None = None

    @property
    def changed(self) -> bool:
        return self.before != (self.after,) or (
            self.review_before is not None and self.review_before != (self.review_after,))


def upgrade_archive(url: str | None, config: Config | None = None) -> Upgrade:
    url, where, _ = existing(url, config)

    probe = make_engine(url, write=False)
    try:
        with clear_db_errors(where), probe.connect() as conn:
            health.recognise(conn, where, action="read")   # another application's tables
            before = schema.check_known(conn, where)   # refuses a newer schema, writes nothing
            if not before:
                raise no_schema(where)
            has_review = inspect(conn).has_table(review_schema.VERSION_TABLE)
            review_before = review_schema.current(conn) if has_review else None
    finally:
        probe.dispose()

    archive = Archive.open(url, write=True, config=config)   # upgrades in one transaction
    try:
        review_after = None
        if review_before is not None:
            with clear_db_errors(where), archive.engine.begin() as conn:
                review_schema.upgrade(conn)
            review_after = review_schema.head()
    finally:
        archive.close()
    return Upgrade(where, before, schema.head_revision(), review_before, review_after)

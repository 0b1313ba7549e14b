"""Bring an existing archive's schema up to this communique's, explicitly.

Readers refuse an archive with an older schema (they never write); writers
upgrade it on open.  ``upgrade_archive`` does only the upgrade, for archives
that are read (search, export, the workbench) without being ingested into.
It never creates an archive, and the review tables are upgraded only when
the archive already has them.  Every branch is upgraded in one transaction
(see :mod:`.schema`).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import inspect

from ..config import Config
from . import health, schema
from .archive import Archive, clear_db_errors, existing, no_schema
from .db import make_engine


@dataclass
class Upgrade:
    where: str
    before: str
    after: str
    review_before: str | None = None   # None: the archive has no review tables
    review_after: str | None = None
    # The review revision sat in the version table of an older release (moved now).
    legacy_review_table: bool = False

    @property
    def changed(self) -> bool:
        return (self.before != self.after or self.review_before != self.review_after
                or self.legacy_review_table)


def upgrade_archive(url: str | None, config: Config | None = None) -> Upgrade:
    url, where, _ = existing(url, config)

    probe = make_engine(url, write=False)
    try:
        with clear_db_errors(where), probe.connect() as conn:
            health.recognise(conn, where, action="read")   # another application's tables
            current = schema.check_known(conn, where)   # refuses a newer schema, writes nothing
            before = schema.revision(current, schema.ARCHIVE)
            if not before:
                raise no_schema(where)
            review_before = schema.revision(current, schema.REVIEW)
            legacy = inspect(conn).has_table(schema.LEGACY_REVIEW_TABLE)
    finally:
        probe.dispose()

    # Opening to write upgrades every branch the archive has, in one transaction.
    Archive.open(url, write=True, config=config).close()
    review_after = schema.head(schema.REVIEW) if review_before is not None else None
    return Upgrade(where, before, schema.head_revision(), review_before, review_after, legacy)

"""Alembic environment of the review tables.

The review tables have their own migration history and their own version table
(``alembic_version_review``), so the archive's migrations and these never
conflict: an archive opened by a communique without the workbench still sees
exactly its own revision.
"""

from alembic import context

from communique.review.models import ReviewBase

VERSION_TABLE = "alembic_version_review"

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run the review migrations through communique.review.schema.upgrade")
context.configure(connection=connection, target_metadata=ReviewBase.metadata,
                  version_table=VERSION_TABLE, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()

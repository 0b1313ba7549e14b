"""The Alembic environment of every table in an archive, run programmatically by
:mod:`communique.store.schema`.

Two branches share it and its version table (``alembic_version``, one row per
branch): ``archive`` (documents, events, runs ...) and ``review`` (the review
workbench's tables, made when the workbench first opens the archive).  The
caller hands over an open connection inside a transaction
(``config.attributes["connection"]``), so an upgrade applies whole or not at all.
"""

from alembic import context

from communique.review.models import ReviewBase
from communique.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("communique migrations run through communique.store.schema.upgrade()")


def include_object(obj, name, type_, reflected, compare_to):
    # The full-text index is dialect-specific and managed by the migrations.
    if type_ == "table" and name and name.startswith("documents_fts"):
        return False
    if type_ == "column" and name == "search":
        return False
    if type_ == "index" and name == "ix_documents_search":
        return False
    return True


context.configure(
    connection=connection,
    target_metadata=[Base.metadata, ReviewBase.metadata],
    render_as_batch=True,       # SQLite alters tables by copy
    include_object=include_object,
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()

"""search: indexes for filtered search, and the table of distinct actor and place names.

* ``entity_names`` (kind 'actor' | 'place', name): every distinct name in ``actors``
  and ``places``, kept exact by triggers (insert, delete, rename).  A substring
  filter (``--actor fiji``) scans these few thousand names instead of one actor row
  per document, then finds the rows by the name index.
* ``event_actors(actor_id, event_id)`` replaces ``(actor_id)``: actor -> events
  without reading the table.
* ``events(type, document_id)`` and ``events(cameo, document_id)`` replace the
  single-column ones: a type filter yields its documents from the index alone.
* ``documents(num, id, published)``: the full-text row number -> document id (and
  date) from a narrow index instead of the wide documents rows (text, raw).

Runs in the caller's transaction like every migration (see ``store/schema.py``).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 12:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

_KINDS = (("actor", "actors"), ("place", "places"))


def upgrade() -> None:
    op.create_table('entity_names',
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'name')
    )
    op.drop_index('ix_event_actors_actor_id', table_name='event_actors')
    op.create_index('ix_event_actors_actor_event', 'event_actors', ['actor_id', 'event_id'])
    op.drop_index('ix_events_type', table_name='events')
    op.create_index('ix_events_type_document', 'events', ['type', 'document_id'])
    op.drop_index('ix_events_cameo', table_name='events')
    op.create_index('ix_events_cameo_document', 'events', ['cameo', 'document_id'])
    op.create_index('ix_documents_num_id', 'documents', ['num', 'id', 'published'])
    for kind, table in _KINDS:
        op.execute(f"INSERT INTO entity_names (kind, name) SELECT DISTINCT '{kind}', name FROM {table}")
    if op.get_bind().dialect.name == "postgresql":
        _pg_triggers()
    else:
        _sqlite_triggers()


def _sqlite_triggers() -> None:
    for kind, table in _KINDS:
        add = f"INSERT OR IGNORE INTO entity_names (kind, name) VALUES ('{kind}', new.name);"
        drop = (f"DELETE FROM entity_names WHERE kind = '{kind}' AND name = old.name "
                f"AND NOT EXISTS (SELECT 1 FROM {table} WHERE name = old.name);")
        op.execute(f"CREATE TRIGGER {table}_names_insert AFTER INSERT ON {table} BEGIN {add} END")
        op.execute(f"CREATE TRIGGER {table}_names_delete AFTER DELETE ON {table} BEGIN {drop} END")
        op.execute(f"CREATE TRIGGER {table}_names_update AFTER UPDATE OF name ON {table} "
                   f"BEGIN {add} {drop} END")


def _pg_triggers() -> None:
    for kind, table in _KINDS:
        op.execute(f"""
CREATE FUNCTION {table}_names() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO entity_names (kind, name) VALUES ('{kind}', NEW.name) ON CONFLICT DO NOTHING;
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    DELETE FROM entity_names WHERE kind = '{kind}' AND name = OLD.name
      AND NOT EXISTS (SELECT 1 FROM {table} WHERE name = OLD.name);
  END IF;
  RETURN NULL;
END $$""")
        op.execute(f"CREATE TRIGGER {table}_names AFTER INSERT OR DELETE OR UPDATE OF name "
                   f"ON {table} FOR EACH ROW EXECUTE FUNCTION {table}_names()")


def downgrade() -> None:
    pg = op.get_bind().dialect.name == "postgresql"
    for _kind, table in _KINDS:
        if pg:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_names ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {table}_names()")
        else:
            for what in ("insert", "delete", "update"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_names_{what}")
    op.drop_index('ix_documents_num_id', table_name='documents')
    op.drop_index('ix_events_cameo_document', table_name='events')
    op.create_index('ix_events_cameo', 'events', ['cameo'])
    op.drop_index('ix_events_type_document', table_name='events')
    op.create_index('ix_events_type', 'events', ['type'])
    op.drop_index('ix_event_actors_actor_event', table_name='event_actors')
    op.create_index('ix_event_actors_actor_id', 'event_actors', ['actor_id'])
    op.drop_table('entity_names')

"""events.type may be NULL: an event coded with ``petrarch_verbs = "only"`` whose CAMEO
code has no PLOVER type is ``"type": null`` in the JSON contract, and was stored as ''
only because the column was NOT NULL.  Stored '' becomes NULL.

SQLite cannot change a column in place: batch mode copies ``events`` into a new table
and drops the old one.  Foreign keys are on and cannot be turned off inside the
upgrade's transaction, so the drop would fail while ``event_actors`` rows point at
``events``; those rows wait in a temporary table meanwhile.

Runs in the caller's transaction like every migration (see ``store/schema.py``).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 17:10:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def _set_type_nullable(nullable: bool) -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        op.execute("CREATE TEMP TABLE event_actors_0004 AS SELECT * FROM event_actors")
        op.execute("DELETE FROM event_actors")
    with op.batch_alter_table('events') as batch:
        batch.alter_column('type', existing_type=sa.String(length=24), nullable=nullable)
    if sqlite:
        op.execute("INSERT INTO event_actors SELECT * FROM event_actors_0004")
        op.execute("DROP TABLE event_actors_0004")


def upgrade() -> None:
    _set_type_nullable(True)
    op.execute("UPDATE events SET type = NULL WHERE type = ''")


def downgrade() -> None:
    op.execute("UPDATE events SET type = '' WHERE type IS NULL")
    _set_type_nullable(False)

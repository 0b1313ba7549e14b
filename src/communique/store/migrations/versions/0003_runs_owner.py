"""runs: the process that runs an ingest (pid, host), so a later run can tell a
run that was killed (still 'running', its process gone) and mark it 'interrupted'.

Runs in the caller's transaction like every migration (see ``store/schema.py``).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03 08:35:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('runs', sa.Column('pid', sa.Integer(), nullable=True))
    op.add_column('runs', sa.Column('host', sa.String(length=255), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('runs') as batch:
        batch.drop_column('host')
        batch.drop_column('pid')

"""When a lead's current delivery round began: the retry window is measured from here, so a manual
retry of a failed lead gets a fresh window without rewriting when it was captured.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("leads") as batch:
        batch.add_column(sa.Column("queued_at", sa.DateTime(timezone=True), nullable=True))
    op.execute("UPDATE leads SET queued_at = created_at")
    with op.batch_alter_table("leads") as batch:
        batch.alter_column("queued_at", existing_type=sa.DateTime(timezone=True), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("leads") as batch:
        batch.drop_column("queued_at")

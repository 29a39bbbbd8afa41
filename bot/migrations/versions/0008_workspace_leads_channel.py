"""Many workspaces: each workspace's own leads channel, set by its admins in App Home (LEADS_CHANNEL names
one channel of one workspace, so it serves a single workspace only).

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("workspaces") as batch:
        batch.add_column(sa.Column("leads_channel", sa.String(32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("workspaces") as batch:
        batch.drop_column("leads_channel")

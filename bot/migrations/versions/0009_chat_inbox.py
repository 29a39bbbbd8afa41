"""The chat inbox: each DM (or followed thread message) LeadBot acked, stored before the ack and kept
until its conversation turn is applied, so a message Slack got an answer for survives a crash.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "chat_inbox",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("team_id", sa.String(32), nullable=False),
        sa.Column("conversation", sa.String(200), nullable=False),
        sa.Column("item", sa.Text, nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_chat_inbox_received_at", "chat_inbox", ["received_at"])


def downgrade() -> None:
    op.drop_index("ix_chat_inbox_received_at", table_name="chat_inbox")
    op.drop_table("chat_inbox")

"""Remember which version of a lead the rep's status message shows, so a message Slack failed to
update is caught up later instead of holding up delivery; and who is posting a lead's first status
message, so two replicas catching up an orphaned lead post it once.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("leads") as batch:
        batch.add_column(sa.Column("status_shown_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("status_post_until", sa.DateTime(timezone=True), nullable=True))
        batch.create_index("ix_leads_updated_at", ["updated_at"])
    # Leads from before this revision were shown as well as LeadBot could then; don't re-post them.
    op.execute("UPDATE leads SET status_shown_at = updated_at")


def downgrade() -> None:
    with op.batch_alter_table("leads") as batch:
        batch.drop_index("ix_leads_updated_at")
        batch.drop_column("status_post_until")
        batch.drop_column("status_shown_at")

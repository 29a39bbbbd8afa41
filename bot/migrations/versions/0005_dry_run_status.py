"""Dry-run leads get their own status, ``dry_run``, instead of ``delivered``: they were never sent,
and ``outbox send-dry-run`` can now queue them once the CRM is configured. And an index on
(status, next_attempt_at) for the idle worker's poll, which now runs every second.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_leads = sa.table("leads", sa.column("status", sa.String), sa.column("dry_run", sa.Boolean))


def upgrade() -> None:
    op.execute(_leads.update()
               .where(_leads.c.status == "delivered", _leads.c.dry_run == sa.true())
               .values(status="dry_run"))
    op.create_index("ix_leads_status_next_attempt_at", "leads", ["status", "next_attempt_at"])


def downgrade() -> None:
    op.drop_index("ix_leads_status_next_attempt_at", table_name="leads")
    # LeadBot before 0005 showed a stored dry run as delivered.
    op.execute(_leads.update().where(_leads.c.status == "dry_run").values(status="delivered"))

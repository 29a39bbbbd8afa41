"""For sales teams: who owns each lead (``owner_id``), the keys a duplicate is found by (the email in
lower case, the E.164 phone, per workspace), when a delivered lead was posted to the team's leads
channel (``feed_posted_at``), and each Slack user's CRM agent (``owner_agents``: set by the rep in App
Home, or imported by an admin). Existing leads get their duplicate keys from their stored body.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_BATCH = 500
_leads = sa.table("leads", sa.column("id", sa.String), sa.column("body", sa.Text),
                  sa.column("email_key", sa.String), sa.column("phone_key", sa.String))


def upgrade() -> None:
    with op.batch_alter_table("leads") as batch:
        batch.add_column(sa.Column("owner_id", sa.String(32), nullable=True))
        batch.add_column(sa.Column("email_key", sa.String(320), nullable=True))
        batch.add_column(sa.Column("phone_key", sa.String(40), nullable=True))
        batch.add_column(sa.Column("feed_posted_at", sa.DateTime(timezone=True), nullable=True))
        batch.create_index("ix_leads_team_email_key", ["team_id", "email_key"])
        batch.create_index("ix_leads_team_phone_key", ["team_id", "phone_key"])
        batch.create_index("ix_leads_team_user_created", ["team_id", "user_id", "created_at"])
    op.create_table(
        "owner_agents",
        sa.Column("team_id", sa.String(32), primary_key=True),
        sa.Column("user_id", sa.String(32), primary_key=True),
        sa.Column("source", sa.String(16), primary_key=True),
        sa.Column("agent_id", sa.String(200), nullable=False),
        sa.Column("imported_as", sa.String(320), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    _backfill_duplicate_keys()


def _backfill_duplicate_keys() -> None:
    connection = op.get_bind()
    last = ""
    while True:
        rows = connection.execute(sa.select(_leads.c.id, _leads.c.body).where(_leads.c.id > last)
                                  .order_by(_leads.c.id).limit(_BATCH)).all()
        if not rows:
            return
        for lead_id, body in rows:
            email, phone = _keys(body)
            if email or phone:
                connection.execute(_leads.update().where(_leads.c.id == lead_id)
                                   .values(email_key=email, phone_key=phone))
        last = rows[-1][0]


def _keys(body: str) -> tuple[str | None, str | None]:
    """The same keys LeadRecord gives (bot/domain/outbox.py), frozen here as of this revision."""
    try:
        lead = json.loads(body).get("lead") or {}
    except (ValueError, AttributeError):
        return None, None
    email, phone = lead.get("email"), lead.get("phone")
    return (email.lower()[:320] if isinstance(email, str) and email else None,
            phone[:40] if isinstance(phone, str) and phone else None)


def downgrade() -> None:
    op.drop_table("owner_agents")
    with op.batch_alter_table("leads") as batch:
        batch.drop_index("ix_leads_team_user_created")
        batch.drop_index("ix_leads_team_phone_key")
        batch.drop_index("ix_leads_team_email_key")
        batch.drop_column("feed_posted_at")
        batch.drop_column("phone_key")
        batch.drop_column("email_key")
        batch.drop_column("owner_id")

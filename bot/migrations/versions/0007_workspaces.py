"""Many workspaces: Slack's own installation, bot and OAuth state tables (slack_sdk's SQLAlchemy stores,
created here from slack_sdk's table definitions so replicas share them and Alembic owns the schema), and
``workspaces``: each workspace's CRM connection (token sealed with LEADBOT_SECRET_KEY) and its state.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_SLACK_TABLES = ("slack_installations", "slack_bots", "slack_oauth_states")


def _slack_metadata() -> sa.MetaData:
    # Imported here: slack_sdk's stores import SQLAlchemy's asyncio support, which start-up does not need.
    from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
    from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore

    metadata = sa.MetaData()
    SQLAlchemyInstallationStore.build_installations_table(metadata, "slack_installations")
    SQLAlchemyInstallationStore.build_bots_table(metadata, "slack_bots")
    SQLAlchemyOAuthStateStore.build_oauth_states_table(metadata, "slack_oauth_states")
    return metadata


def upgrade() -> None:
    _slack_metadata().create_all(op.get_bind())
    op.create_table(
        "workspaces",
        sa.Column("team_key", sa.String(32), primary_key=True),  # team id, or enterprise id for an org install
        sa.Column("crm_base_url", sa.String(500), nullable=True),
        sa.Column("crm_token", sa.Text, nullable=True),  # sealed (bot/adapters/secrets.py)
        sa.Column("agent_id", sa.String(200), nullable=True),
        sa.Column("crm_state", sa.String(16), nullable=True),  # "ok", or "unauthorized" after a 401
        sa.Column("installer_id", sa.String(32), nullable=True),
        sa.Column("uninstalled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("workspaces")
    metadata = _slack_metadata()
    metadata.drop_all(op.get_bind(), tables=[metadata.tables[name] for name in _SLACK_TABLES])

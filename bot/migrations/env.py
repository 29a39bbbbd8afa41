"""Alembic's environment: LeadBot always passes an open connection (see bot/adapters/migrate.py)."""

from __future__ import annotations

from alembic import context

from bot.adapters.db import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True,
                  compare_type=True)
with context.begin_transaction():
    context.run_migrations()

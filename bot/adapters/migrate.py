"""Schema migrations with Alembic, run in-process at start-up (and checked by ``doctor``).

On PostgreSQL the upgrade holds an advisory lock, so replicas starting together migrate once. A
database made by LeadBot 0.1 (tables, no ``alembic_version``) is stamped at revision 0001 first, so
its queued leads are carried through every later migration.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text

import bot.migrations

MIGRATIONS = Path(bot.migrations.__file__).parent
_LOCK_KEY = 0x1EADB07  # any constant shared by every LeadBot process


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
        tables = set(inspect(conn).get_table_names())
        if "leads" in tables and "alembic_version" not in tables:
            command.stamp(_config(conn), "0001")
        command.upgrade(_config(conn), revision)

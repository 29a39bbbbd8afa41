"""Schema migrations with Alembic, run in-process at start-up (and checked by ``doctor``).

On PostgreSQL the upgrade holds an advisory lock, so replicas starting together migrate once. A
database made by LeadBot 0.1 (tables, no ``alembic_version``) is stamped at revision 0001 first, so
its queued leads are carried through every later migration. When the database is already at
``HEAD`` nothing of Alembic is imported, which keeps start-up quick.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import SQLAlchemyError

import bot.migrations

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(bot.migrations.__file__).parent
HEAD = "0009"  # the newest file in migrations/versions; a test keeps the two in step
_LOCK_KEY = 0x1EADB07  # any constant shared by every LeadBot process


def _config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one_or_none()
        except SQLAlchemyError:
            return None  # no migration history yet


def upgrade(engine: Engine, revision: str = "head") -> None:
    if revision == "head" and current_revision(engine) == HEAD:
        return
    from alembic import command

    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
        tables = set(inspect(conn).get_table_names())
        if "leads" in tables and "alembic_version" not in tables:
            command.stamp(_config(conn), "0001")
        command.upgrade(_config(conn), revision)


def downgrade(engine: Engine, revision: str) -> None:
    """Step the schema back to ``revision`` (a migration's way down; tests and a rollback by hand)."""
    from alembic import command

    with engine.begin() as conn:
        command.downgrade(_config(conn), revision)

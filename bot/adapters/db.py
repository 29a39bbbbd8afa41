"""The database: one SQLAlchemy metadata with every table, the engine factory, and a UTC datetime type.

SQLite is the default (a file, WAL mode, one process); PostgreSQL through ``DATABASE_URL`` serves
several replicas. Both are tested.
"""

from __future__ import annotations

import os
import threading
import weakref
from contextlib import AbstractContextManager, nullcontext
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Engine,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    create_engine,
    event,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import NoSuchModuleError, SQLAlchemyError

from bot import database_url as db_url
from bot.errors import StoreError

metadata = MetaData()
# slack_sdk's tables (migration 0007), under the names its stores use by default.
INSTALLATIONS_TABLE, BOTS_TABLE, OAUTH_STATES_TABLE = "slack_installations", "slack_bots", "slack_oauth_states"


class UtcDateTime(TypeDecorator[datetime]):
    """A timezone-aware moment, written and read as UTC. SQLite keeps no offset, so an aware value in
    another zone would otherwise be stored as its wall-clock time and read back shifted."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        return value.astimezone(UTC) if value is not None and value.tzinfo else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return value.astimezone(UTC) if value is not None and value.tzinfo else as_utc(value)


leads = Table(
    "leads",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("capture_key", String(200), nullable=False, unique=True),
    Column("status", String(16), nullable=False, index=True),
    Column("body", Text, nullable=False),
    Column("surface", String(16), nullable=False),
    Column("team_id", String(32)),
    Column("channel_id", String(32)),
    Column("thread_ts", String(32)),
    Column("user_id", String(32), nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("created_at", UtcDateTime(), nullable=False),
    Column("updated_at", UtcDateTime(), nullable=False, index=True),
    Column("next_attempt_at", UtcDateTime(), nullable=False, index=True),
    Column("queued_at", UtcDateTime(), nullable=False),  # start of the current delivery round
    Column("lease_until", UtcDateTime()),
    Column("crm_message", Text),
    Column("crm_response", Text),  # the CRM's "data" on success, as JSON
    Column("last_error", Text),
    Column("dry_run", Boolean, nullable=False, default=False),
    Column("status_channel", String(32)),
    Column("status_ts", String(32)),
    # The ``updated_at`` of the version the status message last showed; behind it: catch up.
    Column("status_shown_at", UtcDateTime()),
    # A process posting the first status message holds it until then; another may not post meanwhile.
    Column("status_post_until", UtcDateTime()),
    # The idle worker's poll (services/worker.py) asks for the earliest due lead of a status; without
    # this index PostgreSQL walks next_attempt_at past every delivered lead (migration 0005).
    Index("ix_leads_status_next_attempt_at", "status", "next_attempt_at"),
    # For sales teams (migration 0006): the owner's Slack user, the keys a duplicate is found by
    # within a workspace, and when the lead was posted to the team's leads channel.
    Column("owner_id", String(32)),
    Column("email_key", String(320)),
    Column("phone_key", String(40)),
    Column("feed_posted_at", UtcDateTime()),
    Index("ix_leads_team_email_key", "team_id", "email_key"),
    Index("ix_leads_team_phone_key", "team_id", "phone_key"),
    Index("ix_leads_team_user_created", "team_id", "user_id", "created_at"),
)

# Each workspace's CRM connection (migration 0007); slack_sdk's installation and OAuth state tables,
# created by the same migration, are defined by slack_sdk itself.
workspaces = Table(
    "workspaces",
    metadata,
    Column("team_key", String(32), primary_key=True),  # team id, or enterprise id for an org install
    Column("crm_base_url", String(500)),
    Column("crm_token", Text),  # sealed with LEADBOT_SECRET_KEY (bot/adapters/secrets.py)
    Column("agent_id", String(200)),
    Column("crm_state", String(16)),  # "ok", or "unauthorized" after a 401
    Column("installer_id", String(32)),
    Column("uninstalled_at", UtcDateTime()),
    Column("updated_at", UtcDateTime(), nullable=False),
    Column("leads_channel", String(32)),  # where its delivered leads are posted (migration 0008)
)

# Each Slack user's CRM agent, per workspace and source (OwnerSource: "self" from App Home, "imported"
# from an admin's CSV, where ``imported_as`` is the row's email when it named the user by email).
owner_agents = Table(
    "owner_agents",
    metadata,
    Column("team_id", String(32), primary_key=True),
    Column("user_id", String(32), primary_key=True),
    Column("source", String(16), primary_key=True),
    Column("agent_id", String(200), nullable=False),
    Column("imported_as", String(320)),
    Column("updated_at", UtcDateTime(), nullable=False),
)

def schema_metadata() -> MetaData:
    """The whole schema the migrations make: LeadBot's tables and slack_sdk's installation and OAuth state
    tables (imported only here and by the stores that use them: they pull in SQLAlchemy's asyncio)."""
    from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
    from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore

    whole = MetaData()
    for table in metadata.tables.values():
        table.to_metadata(whole)
    SQLAlchemyInstallationStore.build_installations_table(whole, INSTALLATIONS_TABLE)
    SQLAlchemyInstallationStore.build_bots_table(whole, BOTS_TABLE)
    SQLAlchemyOAuthStateStore.build_oauth_states_table(whole, OAUTH_STATES_TABLE)
    return whole


def as_utc(moment: datetime | None) -> datetime | None:
    # SQLite hands back naive datetimes; everything we write is UTC.
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


conversations = Table(
    "conversations",
    metadata,
    Column("key", String(200), primary_key=True),  # team:channel:thread:user
    Column("version", Integer, nullable=False),  # optimistic concurrency between replicas
    Column("state", Text, nullable=False),
    Column("active", Boolean, nullable=False, index=True),
    Column("team_id", String(32)),
    Column("channel_id", String(32), nullable=False),
    Column("thread_ts", String(32)),
    Column("user_id", String(32), nullable=False),
    Column("last_activity", UtcDateTime(), nullable=False, index=True),
)

seen_events = Table(
    "seen_events",
    metadata,
    Column("event_id", String(64), primary_key=True),
    Column("seen_at", UtcDateTime(), nullable=False, index=True),
)


chat_inbox = Table(
    "chat_inbox",
    metadata,
    Column("id", String(64), primary_key=True),  # Slack's event_id: a retried event is the same row
    Column("team_id", String(32), nullable=False),
    Column("conversation", String(200), nullable=False),  # team:channel:thread:user
    Column("item", Text, nullable=False),  # the message as JSON (text, where to reply, ...)
    Column("received_at", UtcDateTime(), nullable=False, index=True),
)


_WRITE_LOCKS: weakref.WeakKeyDictionary[Engine, threading.RLock] = weakref.WeakKeyDictionary()
_WRITE_LOCKS_GUARD = threading.Lock()


def write_lock(engine: Engine) -> AbstractContextManager[object]:
    """Hold this around a hot write transaction. SQLite takes one writer at a time, and a writer that
    finds the database locked sleeps in growing steps (up to 100 ms) before trying again: under load
    that, not the work, was most of a DM's ack time. Writers of one process queue on a lock instead and
    go the moment it is free. Other databases lock rows, not the file: nothing to hold there."""
    if engine.dialect.name != "sqlite":
        return nullcontext()
    with _WRITE_LOCKS_GUARD:
        lock = _WRITE_LOCKS.get(engine)
        if lock is None:
            lock = _WRITE_LOCKS[engine] = threading.RLock()
    return lock


def create_store_engine(url: str) -> Engine:
    """An engine for ``url``; creates a SQLite file's directory. Raises StoreError with the fix."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = db_url.sqlite_path(url)
        if path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"Cannot create the directory {path.parent} for the SQLite database "
                                 f"({exc.strerror}): make it writable, or set DATABASE_URL to a writable "
                                 "place") from None
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        # Plain postgresql:// means psycopg 3 here, the driver we install.
        parsed = parsed.set(drivername="postgresql+psycopg")
    try:
        return create_engine(parsed, pool_pre_ping=True, pool_size=10, max_overflow=10)
    except (ImportError, NoSuchModuleError):
        raise StoreError(f"DATABASE_URL needs the {parsed.drivername} driver, which is not installed: "
                         "pip install 'leadbot[postgres]' (psycopg 3), or use a sqlite:/// URL") from None


def not_writable(place: Path, reason: str) -> str:
    kind = "directory" if place.is_dir() else "file"
    return (f"The SQLite {kind} {place} is not writable by this user ({reason}): fix its permissions "
            "(chmod/chown), or set DATABASE_URL to a writable place")


def sqlite_unwritable(url: str) -> Path | None:
    """The SQLite file, or its directory (SQLite writes -wal and -shm files there), if not writable."""
    path = db_url.sqlite_path(url)
    if path is None:
        return None
    return next((p for p in (path, path.parent) if p.exists() and not os.access(p, os.W_OK)), None)


def explain_failure(url: str, exc: SQLAlchemyError) -> str:
    """One line on why the database could not be used, and what to do about it."""
    reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
    path = db_url.sqlite_path(url)
    if path is None:
        return (f"Cannot use the database {db_url.describe(url)}: {reason}. Check DATABASE_URL and that the "
                "server is up and accepts this user")
    place = sqlite_unwritable(url)
    if place is not None:
        return not_writable(place, reason)
    return f"Cannot use the SQLite file {path}: {reason}. Check that it is a LeadBot database and not damaged"

"""The chat inbox in the database: a rep's message is written here before Slack gets its ack, and
dropped in the transaction that applies its conversation turn (SqlConversationStore.turn).

With a turn worker process on SQLite (CHAT_TURNS=process), the inbox is a SQLite file of its own beside
the main one (``beside``). SQLite takes one writer at a time per file, and one that finds the file
locked by another process sleeps 1 ms, then 2, 5, 10 ms ... before trying again: an ack storing a message
behind a worker's turn waited far longer than either. In a file of its own, the serving process is its
only writer but for the worker's drops, which are gathered and made twice a second (``drop_later``).
A turn is then not dropped in its own transaction; the event id it records there makes a replay of it
change nothing, so a drop that comes late (or never, after a crash) only costs a repeat that is ignored.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, bindparam, delete, insert, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from bot.adapters.db import as_utc, chat_inbox, create_store_engine, write_lock
from bot.errors import StoreError
from bot.ports import ConversationKey, InboxItem

log = logging.getLogger(__name__)

ID_LENGTH = 64
# Built once: each put reuses its compiled form (a put sits before Slack's ack, so every 100 µs counts).
_PUT = insert(chat_inbox)
_COLUMNS = ("id", "team_id", "conversation", "item", "received_at")
# Drops gathered for at most this long, then made in one transaction (see the module's docstring).
DROP_EVERY = 0.5
_DROP_CHUNK = 500  # ids per DELETE: well under SQLite's limit of bound parameters


class SqlChatInbox:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._drops: list[str] = []
        self._drops_lock = threading.Lock()
        self._dropped_at = time.monotonic()
        # On SQLite a put goes straight to the driver: the statement SQLAlchemy compiles for this table,
        # the moment converted by the column's own type, on a pooled connection. SQLAlchemy's execution
        # around one insert (a Connection, a transaction object, an execution context, result handling)
        # cost more than the insert and its commit together.
        self._raw_sql: str | None = None
        self._moment: Callable[[Any], Any] = lambda value: value
        if engine.dialect.name == "sqlite":
            compiled = insert(chat_inbox).values({name: bindparam(name) for name in _COLUMNS}).compile(
                dialect=engine.dialect)
            if compiled.positiontup == list(_COLUMNS):
                self._raw_sql = str(compiled)
                moment_type = chat_inbox.c.received_at.type.dialect_impl(engine.dialect)
                self._moment = moment_type.bind_processor(engine.dialect) or self._moment

    def put(self, item: InboxItem) -> bool:
        fields = {"text": item.text, "reply_thread": item.reply_thread, "user_name": item.user_name}
        values = (item.id[:ID_LENGTH], item.key.team_id, str(item.key), json.dumps(fields),
                  item.received_at or datetime.now(UTC))
        if self._raw_sql is not None:
            return self._put_raw(values)
        try:
            with write_lock(self._engine), self._engine.begin() as conn:
                conn.execute(_PUT, dict(zip(_COLUMNS, values, strict=True)))
        except IntegrityError:
            return False  # Slack retried an event that is still waiting: it is applied once
        except SQLAlchemyError as exc:
            raise StoreError(f"Could not store a chat message: {type(exc).__name__}") from exc
        return True

    def _put_raw(self, values: tuple[Any, ...]) -> bool:
        dbapi = self._engine.dialect.dbapi
        assert self._raw_sql is not None and dbapi is not None
        params = (*values[:4], self._moment(values[4]))
        try:
            with write_lock(self._engine):
                raw = self._engine.raw_connection()
                try:
                    try:
                        raw.cursor().execute(self._raw_sql, params)
                        raw.commit()
                    except BaseException:
                        raw.rollback()
                        raise
                finally:
                    raw.close()  # back to the pool
        except dbapi.IntegrityError:
            return False  # Slack retried an event that is still waiting: it is applied once
        except (dbapi.Error, SQLAlchemyError) as exc:
            raise StoreError(f"Could not store a chat message: {type(exc).__name__}") from exc
        return True

    def drop(self, item_id: str) -> None:
        try:
            with self._engine.begin() as conn:
                conn.execute(delete(chat_inbox).where(chat_inbox.c.id == item_id[:ID_LENGTH]))
        except SQLAlchemyError as exc:
            raise StoreError(f"Could not drop a chat message: {type(exc).__name__}") from exc

    @classmethod
    def beside(cls, database: Path) -> SqlChatInbox:
        """The inbox in a SQLite file of its own next to ``database`` (``leads.sqlite3``:
        ``leads.chat-inbox.sqlite3``), created on first use. Raises StoreError."""
        path = inbox_path(database)
        engine = create_store_engine(f"sqlite:///{path}")
        try:
            chat_inbox.create(engine, checkfirst=True)
        except SQLAlchemyError as exc:
            raise StoreError(f"Could not open the chat inbox {path}: {type(exc).__name__}") from exc
        return cls(engine)

    @property
    def engine(self) -> Engine:
        return self._engine

    def drop_later(self, item_id: str) -> None:
        """Drop the item with the next batch (within DROP_EVERY, or at ``flush_drops``)."""
        with self._drops_lock:
            self._drops.append(item_id[:ID_LENGTH])
            due = time.monotonic() - self._dropped_at >= DROP_EVERY
        if due:
            self.flush_drops()

    def flush_drops(self) -> None:
        """Make the gathered drops now. Never raises: drops that fail are tried with the next batch."""
        with self._drops_lock:
            ids, self._drops = self._drops, []
            self._dropped_at = time.monotonic()
        if not ids:
            return
        try:
            with write_lock(self._engine), self._engine.begin() as conn:
                for start in range(0, len(ids), _DROP_CHUNK):
                    conn.execute(delete(chat_inbox).where(chat_inbox.c.id.in_(ids[start:start + _DROP_CHUNK])))
        except SQLAlchemyError as exc:
            log.warning("applied chat messages could not be dropped from the inbox yet",
                        extra={"count": len(ids), "error": type(exc).__name__})
            with self._drops_lock:
                self._drops[:0] = ids

    def get(self, item_id: str) -> InboxItem | None:
        try:
            with self._engine.connect() as conn:
                row = conn.execute(select(chat_inbox).where(chat_inbox.c.id == item_id[:ID_LENGTH])).mappings().first()
        except SQLAlchemyError as exc:
            raise StoreError(f"Could not read the chat inbox: {type(exc).__name__}") from exc
        return None if row is None else _from_row(row)

    def waiting(self, received_before: datetime, limit: int = 500) -> list[InboxItem]:
        try:
            with self._engine.connect() as conn:
                rows = conn.execute(select(chat_inbox).where(chat_inbox.c.received_at < received_before)
                                    .order_by(chat_inbox.c.received_at, chat_inbox.c.id).limit(limit)).mappings().all()
        except SQLAlchemyError as exc:
            raise StoreError(f"Could not read the chat inbox: {type(exc).__name__}") from exc
        return [item for item in map(_from_row, rows) if item is not None]


def inbox_path(database: Path) -> Path:
    return database.with_name(f"{database.stem}.chat-inbox{database.suffix or '.sqlite3'}")


def _from_row(row: Any) -> InboxItem | None:
    key = ConversationKey.parse(row["conversation"])
    if key is None:
        return None
    fields = json.loads(row["item"])
    return InboxItem(id=row["id"], key=key, text=str(fields["text"]), reply_thread=fields.get("reply_thread"),
                     user_name=str(fields.get("user_name") or ""), received_at=as_utc(row["received_at"]))

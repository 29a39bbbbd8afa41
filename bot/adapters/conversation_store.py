"""Conversation state and the record of Slack events already handled, in the same database as leads."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, delete, insert, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from bot.adapters.chat_inbox import ID_LENGTH, SqlChatInbox
from bot.adapters.db import as_utc, chat_inbox, conversations, leads, seen_events, write_lock
from bot.adapters.store import lead_row
from bot.domain.outbox import LeadRecord
from bot.errors import StoreError
from bot.ports import ConversationKey, ConversationWrite, SaveResult, StoredConversation

# A turn's statements, built once: each execution reuses their compiled form instead of building and
# coercing a statement per turn (a turn runs for every chat message).
_READ = select(conversations).where(conversations.c.key == bindparam("b_key"))
_SEEN = insert(seen_events)
_CREATE = insert(conversations)
_ADVANCE = (update(conversations)
            .where(conversations.c.key == bindparam("b_key"), conversations.c.version == bindparam("b_version"))
            .values(version=bindparam("b_next"), state=bindparam("b_state"), active=bindparam("b_active"),
                    last_activity=bindparam("b_last_activity")))
_ADD_LEAD = insert(leads)
_DROP_INBOX = delete(chat_inbox).where(chat_inbox.c.id == bindparam("b_id"))


class _Stale(Exception):
    """The conversation changed since it was read."""


class SqlConversationStore:
    def __init__(self, engine: Engine, inbox: SqlChatInbox | None = None) -> None:
        self._engine = engine
        self._inbox = inbox or SqlChatInbox(engine)
        # An inbox in another database (a file of its own: see chat_inbox.py) cannot be dropped from in
        # the turn's transaction: the turn's event id makes a late drop safe.
        self._inbox_apart = self._inbox.engine is not engine

    def load(self, key: ConversationKey) -> StoredConversation | None:
        try:
            with self._engine.connect() as conn:
                row = conn.execute(_READ, {"b_key": str(key)}).mappings().first()
        except SQLAlchemyError as exc:
            raise StoreError(f"Could not read a conversation: {type(exc).__name__}") from exc
        return _from_row(row) if row else None

    def save(self, key: ConversationKey, state: str, *, active: bool, last_activity: datetime,
             expected_version: int | None, lead: LeadRecord | None = None, event_id: str | None = None) -> SaveResult:
        write = ConversationWrite(state, active, last_activity, lead)
        return self._in_transaction(lambda _: lambda conn: self._write(conn, key, write, expected_version, event_id),
                                    event_id)

    def turn(self, key: ConversationKey, step: Callable[[StoredConversation | None], ConversationWrite], *,
             event_id: str | None = None, inbox_id: str | None = None) -> SaveResult:
        def read(conn: Connection) -> Callable[[Connection], None]:
            row = conn.execute(_READ, {"b_key": str(key)}).mappings().first()
            stored = _from_row(row) if row else None
            write = step(stored)

            def apply(conn: Connection) -> None:
                self._write(conn, key, write, stored.version if stored else None, event_id)
                if inbox_id and not self._inbox_apart:
                    conn.execute(_DROP_INBOX, {"b_id": inbox_id[:ID_LENGTH]})
            return apply

        result = self._in_transaction(read, event_id)
        if inbox_id and self._inbox_apart and result is not SaveResult.CONFLICT:
            self._inbox.drop_later(inbox_id)
        elif result is SaveResult.DUPLICATE and inbox_id:
            self._inbox.drop(inbox_id)  # the turn's transaction was rolled back
        return result

    def _in_transaction(self, read: Callable[[Connection], Callable[[Connection], None]],
                        event_id: str | None) -> SaveResult:
        """One transaction: ``read`` (and whatever it works out), then the writes it returns, committed.
        Only the writes hold the process's SQLite write lock, so an ack storing its message waits for a
        turn's writes, never for its engine or its reads. A version check in the writes catches a
        change made in between (CONFLICT)."""
        try:
            with self._engine.connect() as conn:
                write = read(conn)
                with write_lock(self._engine):
                    write(conn)
                    conn.commit()
        except _Stale:
            return SaveResult.CONFLICT
        except IntegrityError:
            # Everything was rolled back. Either the event was handled by someone else (a repeat),
            # or someone created this conversation (or its lead) first.
            return SaveResult.DUPLICATE if event_id and self._seen(event_id) else SaveResult.CONFLICT
        except SQLAlchemyError as exc:
            raise StoreError(f"Could not save a conversation: {type(exc).__name__}") from exc
        return SaveResult.SAVED

    @staticmethod
    def _write(conn: Connection, key: ConversationKey, write: ConversationWrite, expected_version: int | None,
               event_id: str | None) -> None:
        if event_id:
            conn.execute(_SEEN, {"event_id": event_id[:64], "seen_at": write.last_activity})
        if expected_version is None:
            conn.execute(_CREATE, {"key": str(key), "version": 1, "team_id": key.team_id, "channel_id": key.channel_id,
                                   "thread_ts": key.thread_ts, "user_id": key.user_id, "state": write.state,
                                   "active": write.active, "last_activity": write.last_activity})
        else:
            changed = conn.execute(_ADVANCE, {"b_key": str(key), "b_version": expected_version,
                                              "b_next": expected_version + 1, "b_state": write.state,
                                              "b_active": write.active, "b_last_activity": write.last_activity})
            if changed.rowcount != 1:
                raise _Stale  # roll back: the event is not handled yet, a retry must claim it
        if write.lead is not None:
            conn.execute(_ADD_LEAD, lead_row(write.lead))

    def _seen(self, event_id: str) -> bool:
        with self._engine.connect() as conn:
            found = conn.execute(select(seen_events.c.event_id).where(seen_events.c.event_id == event_id[:64]))
            return found.first() is not None

    def idle_since(self, before: datetime, limit: int = 100) -> list[StoredConversation]:
        with self._engine.connect() as conn:
            rows = conn.execute(
                select(conversations)
                .where(conversations.c.active.is_(True), conversations.c.last_activity < before)
                .order_by(conversations.c.last_activity)
                .limit(limit)
            ).mappings().all()
        return [_from_row(row) for row in rows]

    def forget_events(self, before: datetime) -> int:
        with self._engine.begin() as conn:
            return conn.execute(delete(seen_events).where(seen_events.c.seen_at < before)).rowcount


def _from_row(row: Any) -> StoredConversation:
    key = ConversationKey(row["team_id"] or "", row["channel_id"], row["thread_ts"] or "", row["user_id"])
    return StoredConversation(key=key, state=row["state"], version=row["version"], active=bool(row["active"]),
                              last_activity=as_utc(row["last_activity"]) or datetime.min)

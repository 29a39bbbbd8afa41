"""Conversation state and the record of Slack events already handled, in the same database as leads."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Engine, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from bot.adapters.db import as_utc, conversations, leads, seen_events
from bot.adapters.store import lead_row
from bot.domain.outbox import LeadRecord
from bot.ports import ConversationKey, StoredConversation


class SqlConversationStore:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def load(self, key: ConversationKey) -> StoredConversation | None:
        with self._engine.connect() as conn:
            row = conn.execute(select(conversations).where(conversations.c.key == str(key))).mappings().first()
        return _from_row(row) if row else None

    def save(self, key: ConversationKey, state: str, *, active: bool, last_activity: datetime,
             expected_version: int | None, lead: LeadRecord | None = None) -> bool:
        values: dict[str, Any] = {"state": state, "active": active, "last_activity": last_activity}
        try:
            with self._engine.begin() as conn:
                if expected_version is None:
                    conn.execute(insert(conversations).values(
                        key=str(key), version=1, team_id=key.team_id, channel_id=key.channel_id,
                        thread_ts=key.thread_ts, user_id=key.user_id, **values))
                else:
                    changed = conn.execute(
                        update(conversations)
                        .where(conversations.c.key == str(key), conversations.c.version == expected_version)
                        .values(version=expected_version + 1, **values)
                    )
                    if changed.rowcount != 1:
                        return False  # nothing was written
                if lead is not None:
                    conn.execute(insert(leads).values(**lead_row(lead)))
        except IntegrityError:
            return False  # someone created this conversation, or its lead, first
        return True

    def idle_since(self, before: datetime, limit: int = 100) -> list[StoredConversation]:
        with self._engine.connect() as conn:
            rows = conn.execute(
                select(conversations)
                .where(conversations.c.active.is_(True), conversations.c.last_activity < before)
                .order_by(conversations.c.last_activity)
                .limit(limit)
            ).mappings().all()
        return [_from_row(row) for row in rows]

    def remember_event(self, event_id: str, now: datetime) -> bool:
        try:
            with self._engine.begin() as conn:
                conn.execute(insert(seen_events).values(event_id=event_id[:64], seen_at=now))
        except IntegrityError:
            return False
        return True

    def forget_events(self, before: datetime) -> int:
        with self._engine.begin() as conn:
            return conn.execute(delete(seen_events).where(seen_events.c.seen_at < before)).rowcount


def _from_row(row: Any) -> StoredConversation:
    key = ConversationKey(row["team_id"] or "", row["channel_id"], row["thread_ts"] or "", row["user_id"])
    return StoredConversation(key=key, state=row["state"], version=row["version"], active=bool(row["active"]),
                              last_activity=as_utc(row["last_activity"]) or datetime.min)

"""The chat inbox in the database: a rep's message is written here before Slack gets its ack, and
dropped in the transaction that applies its conversation turn (SqlConversationStore.turn)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, delete, insert, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from bot.adapters.db import as_utc, chat_inbox, write_lock
from bot.errors import StoreError
from bot.ports import ConversationKey, InboxItem

ID_LENGTH = 64
# Built once: each put reuses its compiled form (a put sits before Slack's ack, so every 100 µs counts).
_PUT = insert(chat_inbox)


class SqlChatInbox:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def put(self, item: InboxItem) -> bool:
        fields = {"text": item.text, "reply_thread": item.reply_thread, "user_name": item.user_name}
        try:
            with write_lock(self._engine), self._engine.begin() as conn:
                conn.execute(_PUT, {"id": item.id[:ID_LENGTH], "team_id": item.key.team_id,
                                    "conversation": str(item.key), "item": json.dumps(fields),
                                    "received_at": item.received_at or datetime.now(UTC)})
        except IntegrityError:
            return False  # Slack retried an event that is still waiting: it is applied once
        except SQLAlchemyError as exc:
            raise StoreError(f"Could not store a chat message: {type(exc).__name__}") from exc
        return True

    def drop(self, item_id: str) -> None:
        try:
            with self._engine.begin() as conn:
                conn.execute(delete(chat_inbox).where(chat_inbox.c.id == item_id[:ID_LENGTH]))
        except SQLAlchemyError as exc:
            raise StoreError(f"Could not drop a chat message: {type(exc).__name__}") from exc

    def waiting(self, received_before: datetime, limit: int = 500) -> list[InboxItem]:
        try:
            with self._engine.connect() as conn:
                rows = conn.execute(select(chat_inbox).where(chat_inbox.c.received_at < received_before)
                                    .order_by(chat_inbox.c.received_at, chat_inbox.c.id).limit(limit)).mappings().all()
        except SQLAlchemyError as exc:
            raise StoreError(f"Could not read the chat inbox: {type(exc).__name__}") from exc
        return [item for item in map(_from_row, rows) if item is not None]


def _from_row(row: Any) -> InboxItem | None:
    key = ConversationKey.parse(row["conversation"])
    if key is None:
        return None
    fields = json.loads(row["item"])
    return InboxItem(id=row["id"], key=key, text=str(fields["text"]), reply_thread=fields.get("reply_thread"),
                     user_name=str(fields.get("user_name") or ""), received_at=as_utc(row["received_at"]))

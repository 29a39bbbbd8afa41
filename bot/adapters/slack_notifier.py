"""Shows the rep where a lead stands: one Slack message per lead, updated in place.

The first message is posted by the capture path (right after Slack was answered) and its place is
stored with the lead; delivery workers, possibly in another replica, then only update it. Every
update renders the lead as the store has it at that moment, under a per-lead lock, so a slower
update can never put an older status over a newer one within a process.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.domain.outbox import LeadRecord, SlackMessageRef
from bot.ports import LeadStore
from bot.slack.blocks import status_message, text_message

log = logging.getLogger(__name__)

_STRIPES = 64
# A lead older than this with no status message was orphaned by a crash; a worker may post it.
ORPHAN_AFTER = timedelta(seconds=30)


def status_destination(record: LeadRecord) -> tuple[str, str | None]:
    """Where a lead's status belongs: its chat thread or DM, else the rep's DM with LeadBot."""
    if record.thread_ts and record.channel_id:
        return record.channel_id, record.thread_ts
    if record.surface == "chat" and record.channel_id:
        return record.channel_id, None
    return record.user_id, None  # posting to a user id lands in their DM with the app


class SlackNotifier:
    def __init__(self, client: WebClient, store: LeadStore,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._client = client
        self._store = store
        self._clock = clock
        # Striped locks: per-lead ordering without a lock table that grows with every lead.
        self._locks = tuple(threading.Lock() for _ in range(_STRIPES))

    def _lock(self, lead_id: str) -> threading.Lock:
        return self._locks[hash(lead_id) % _STRIPES]

    def lead_captured(self, record: LeadRecord) -> None:
        """Post the first status message for a lead, where it was captured."""
        with self._lock(record.id):
            current = self._store.get(record.id) or record
            if current.status_message is not None:
                self._update(current)
            else:
                self._post_first(current)

    def lead_status_changed(self, record: LeadRecord) -> None:
        with self._lock(record.id):
            current = self._store.get(record.id) or record
            if current.status_message is not None:
                self._update(current)
            elif self._clock() - current.created_at > ORPHAN_AFTER:
                # The capture path never posted (the process died before answering Slack, say):
                # the rep still gets to see this lead's progress.
                self._post_first(current)

    def _post_first(self, current: LeadRecord) -> None:
        channel, thread_ts = status_destination(current)
        text, blocks = status_message(current)
        try:
            answer = self._client.chat_postMessage(
                channel=channel, thread_ts=thread_ts, text=text, blocks=blocks, unfurl_links=False
            )
        except (SlackApiError, SlackClientError) as exc:
            log.warning("could not post the lead status", extra={"lead_id": current.id, "error": _why(exc)})
            return
        ref = SlackMessageRef(channel=str(answer["channel"]), ts=str(answer["ts"]))
        self._store.set_status_message(current.id, ref)
        # The worker may have moved the lead on while we posted; show where it is now.
        latest = self._store.get(current.id)
        if latest is not None and latest.status != current.status:
            self._update(latest.evolve(status_message=ref))

    def post_text(self, channel: str, thread_ts: str | None, text: str) -> None:
        text, blocks = text_message(text)
        try:
            self._client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=text, blocks=blocks)
        except (SlackApiError, SlackClientError) as exc:
            log.warning("could not post a message", extra={"error": _why(exc)})

    def _update(self, record: LeadRecord) -> None:
        assert record.status_message is not None
        text, blocks = status_message(record)
        try:
            self._client.chat_update(
                channel=record.status_message.channel, ts=record.status_message.ts, text=text, blocks=blocks
            )
        except (SlackApiError, SlackClientError) as exc:
            log.warning("could not update the lead status", extra={"lead_id": record.id, "error": _why(exc)})


def _why(exc: Exception) -> str:
    if isinstance(exc, SlackApiError):
        return str(exc.response.get("error", "unknown_error"))
    return type(exc).__name__

"""Shows the rep where a lead stands: one Slack message per lead, updated in place, never waited for.

The capture path asks for the first message (``lead_stored``) right after Slack was answered;
delivery workers, possibly in another replica, ask for updates (``lead_status_changed``). Both only
queue the lead: a small pool of threads talks to Slack, so neither a listener nor a delivery to the
CRM ever waits on Slack. Every update renders the lead as the store has it at that moment, under a
per-lead lock, so a slower update can never put an older status over a newer one within a process,
and several requests for one lead still queued collapse into one.

A message that could not be posted or updated (Slack slow, down or rate limiting) is caught up
later: the store remembers which version of each lead its message shows (``status_shown_at``) and
:meth:`SlackNotifier.catch_up`, run periodically, queues every lead whose message is behind.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

from slack_sdk import WebClient

from bot.domain.outbox import LeadRecord, SlackMessageRef
from bot.domain.surface import Surface
from bot.errors import SlackError, SlackRefusedError
from bot.ports import LeadStore
from bot.slack import web_api
from bot.slack.blocks import status_message, text_message
from bot.slack.clients import SlackClients

log = logging.getLogger(__name__)

_STRIPES = 64
# How often the catch-up pass runs by default (STATUS_CATCH_UP_SECONDS). A change younger than one
# interval may still be on its way to Slack from the pool, so the pass leaves it be; a lead with no
# status message after two intervals was orphaned (a crash, or Slack down when it was captured) and
# a worker or the pass may post its first message.
CATCH_UP_INTERVAL = timedelta(seconds=15)
# Messages are caught up for leads that changed within this long; older news is not worth a ping.
CATCH_UP_HORIZON = timedelta(days=3)
_THREADS = 4  # Slack allows about one message update per second per channel; a few threads suffice
_MESSAGE_GONE = frozenset({"message_not_found", "cant_update_message"})
# How long a process may take to post a first status message before another may try, in Slack
# timeouts: the call, slack_sdk's one retry of a dropped connection, and a margin. A process killed
# mid-post leaves its claim to expire.
_POST_CLAIM_TIMEOUTS = 3


def status_destination(record: LeadRecord) -> tuple[str, str | None]:
    """Where a lead's status belongs: its chat thread or DM, else the rep's DM with LeadBot."""
    if record.thread_ts and record.channel_id:
        return record.channel_id, record.thread_ts
    if record.surface is Surface.CHAT and record.channel_id:
        return record.channel_id, None
    return record.user_id, None  # posting to a user id lands in their DM with the app


class SlackNotifier:
    def __init__(self, client: WebClient | SlackClients, store: LeadStore,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC), *, threads: int = _THREADS,
                 catch_up_interval: timedelta = CATCH_UP_INTERVAL) -> None:
        self._grace = catch_up_interval
        self._clients = SlackClients.of(client)
        self._post_claim = timedelta(seconds=_POST_CLAIM_TIMEOUTS * (self._clients.timeout or 30))
        self.orphan_after = 2 * catch_up_interval
        self._store = store
        self._clock = clock
        # Striped locks: per-lead ordering without a lock table that grows with every lead.
        self._locks = tuple(threading.Lock() for _ in range(_STRIPES))
        self._pool = ThreadPoolExecutor(threads, thread_name_prefix="leadbot-status")
        self._queued: dict[str, bool] = {}  # lead id -> may post the first message
        self._busy = 0  # queued or running jobs, for flush()
        self._idle = threading.Condition()

    # --- what the services call: queue and return -------------------------------------------------

    def lead_stored(self, record: LeadRecord) -> None:
        """Post the first status message for a lead, where it was captured (or update it)."""
        self._queue(record.id, may_post=True)

    def lead_status_changed(self, record: LeadRecord) -> None:
        self._queue(record.id, may_post=False)

    def post_text(self, channel: str, thread_ts: str | None, text: str, *, team_id: str | None = None) -> None:
        """Best effort, in the caller's thread (housekeeping): a failure is logged, not raised."""
        client = self._clients.for_team(team_id)
        if client is None:
            return  # LeadBot is no longer installed there: nobody to tell
        fallback, blocks = text_message(text)
        web_api.attempt("chat.postMessage", lambda: client.chat_postMessage(
            channel=channel, thread_ts=thread_ts, text=fallback, blocks=blocks, unfurl_links=False,
            unfurl_media=False),
            context="a note to the rep")

    def catch_up(self, limit: int = 100) -> int:
        """Queue every lead whose status message is behind its status; returns how many."""
        now = self._clock()
        behind = self._store.status_behind(since=now - CATCH_UP_HORIZON, before=now - self._grace, limit=limit)
        for record in behind:
            self._queue(record.id, may_post=False)
        return len(behind)

    def flush(self, timeout: float) -> bool:
        """Wait until every queued message was sent or given up on; False on timeout."""
        with self._idle:
            return self._idle.wait_for(lambda: self._busy == 0, timeout)

    def close(self) -> None:
        """Stop at once: messages still queued are caught up by the next process's catch-up pass."""
        self._pool.shutdown(wait=False, cancel_futures=True)

    # --- the pool's side ------------------------------------------------------------------------

    def _queue(self, lead_id: str, *, may_post: bool) -> None:
        with self._idle:
            if lead_id in self._queued:
                self._queued[lead_id] = self._queued[lead_id] or may_post
                return
            self._queued[lead_id] = may_post
            self._busy += 1
        try:
            self._pool.submit(self._show, lead_id)
        except RuntimeError:  # closed: the catch-up pass of the next start shows it
            self._done(lead_id)

    def _done(self, lead_id: str | None = None) -> None:
        with self._idle:
            if lead_id is not None:
                self._queued.pop(lead_id, None)
            self._busy -= 1
            self._idle.notify_all()

    def _show(self, lead_id: str) -> None:
        with self._idle:
            may_post = self._queued.pop(lead_id, False)
        try:
            with self._locks[hash(lead_id) % _STRIPES]:
                self._show_locked(lead_id, may_post)
        except Exception:
            # The store may be restarting, say; the catch-up pass will try this lead again.
            log.warning("could not show a lead's status", extra={"lead_id": lead_id}, exc_info=True)
        finally:
            self._done()

    def _show_locked(self, lead_id: str, may_post: bool) -> None:
        current = self._store.get(lead_id)
        if current is None or current.surface is Surface.SHELL or self._clients.for_team(current.team_id) is None:
            return  # nothing to show, or LeadBot is no longer installed in the lead's workspace
        if current.status_message is not None:
            self._update(current)
        elif may_post or self._clock() - current.created_at > self.orphan_after:
            # The capture path never posted (the process died before answering Slack, or Slack was
            # down): the rep still gets to see this lead's progress.
            self._post_first(current)

    def _post_first(self, current: LeadRecord, replacing: str | None = None) -> None:
        now = self._clock()
        # Another replica may be catching up the same orphaned lead: only the one holding the claim posts.
        if not self._store.claim_status_post(current.id, now, now + self._post_claim, replacing):
            return
        channel, thread_ts = status_destination(current)
        text, blocks = status_message(current)
        try:
            answer = web_api.call("chat.postMessage", lambda: self._client(current).chat_postMessage(
                channel=channel, thread_ts=thread_ts, text=text, blocks=blocks, unfurl_links=False,
                unfurl_media=False))
        except SlackError as exc:
            self._store.release_status_post(current.id)
            self._failed(current, exc)
            return
        ref = SlackMessageRef(channel=str(answer["channel"]), ts=str(answer["ts"]))
        self._store.set_status_message(current.id, ref)
        self._store.mark_status_shown(current.id, current.updated_at)
        # The worker may have moved the lead on while we posted; show where it is now.
        latest = self._store.get(current.id)
        if latest is not None and latest.updated_at != current.updated_at:
            self._update(latest.evolve(status_message=ref))

    def _update(self, record: LeadRecord) -> None:
        ref = record.status_message
        assert ref is not None
        text, blocks = status_message(record)
        try:
            web_api.call("chat.update", lambda: self._client(record).chat_update(
                channel=ref.channel, ts=ref.ts, text=text, blocks=blocks))
        except SlackRefusedError as exc:
            if exc.error in _MESSAGE_GONE:
                # The rep deleted the status message (or it can no longer be edited): post a new one.
                log.info("the lead's status message is gone; posting a new one", extra={"lead_id": record.id})
                self._post_first(record, replacing=ref.ts)
            else:
                self._failed(record, exc)
            return
        except SlackError as exc:
            self._failed(record, exc)
            return
        self._store.mark_status_shown(record.id, record.updated_at)

    def _client(self, record: LeadRecord) -> WebClient:
        client = self._clients.for_team(record.team_id)
        if client is None:  # uninstalled just now, between the check and the call
            raise SlackRefusedError("chat.postMessage", "not_installed")
        return client

    def _failed(self, record: LeadRecord, exc: SlackError) -> None:
        if isinstance(exc, SlackRefusedError):
            # Slack refused this very request (the channel or message is gone, we may not post there):
            # sending it again will not help. The next status change tries afresh.
            log.warning("Slack refused the lead's status message; not trying this version again",
                        extra={"lead_id": record.id, "method": exc.method, "error": exc.error})
            self._store.mark_status_shown(record.id, record.updated_at)
            return
        log.warning("could not show the lead's status; will catch up later",
                    extra={"lead_id": record.id, "method": exc.method, "error": exc.error})

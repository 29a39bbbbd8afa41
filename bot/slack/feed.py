"""The team's leads channel: each delivered lead is posted there once. One workspace's is LEADS_CHANNEL;
with many workspaces, each workspace's admins pick their own in App Home (``leads_channel_setting.py``).

A Notifier beside the rep's status message. The delivery worker tells it of every status change; it
only queues a delivered lead for a small pool of threads, so a delivery never waits on Slack. Only
one post per lead, whichever replica delivered it: the post is claimed in the database first
(``LeadHistory.claim_feed_post``). A claimed post that Slack then refuses is not tried again: the
feed is news, and a late or repeated post of an old lead would be noise.

A channel LeadBot cannot post to (not invited, archived, deleted) is said once, in one log line with
the fix, and then quietly until a post to it works again; ``doctor`` checks LEADS_CHANNEL too.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any

from slack_sdk import WebClient

from bot.domain.assembly import how_captured
from bot.domain.outbox import LeadRecord, LeadStatus
from bot.errors import SlackError, SlackRefusedError, StoreError
from bot.ports import LeadHistory
from bot.slack import web_api
from bot.slack.blocks import crm_id_of
from bot.slack.clients import SlackClients
from bot.slack.mrkdwn import FALLBACK_TEXT_MAX, FIELD_TEXT_MAX, fit, mrkdwn, shown

log = logging.getLogger(__name__)

_THREADS = 2  # one post per delivered lead: two threads keep up with any delivery rate Slack allows
# Slack's answers for a channel LeadBot cannot post to, whatever it retries.
CHANNEL_UNUSABLE = frozenset({"not_in_channel", "channel_not_found", "is_archived", "restricted_action"})
_SHOWN = 300  # a name, company or id as shown in a field


def feed_message(record: LeadRecord, *, show_contact: bool) -> tuple[str, list[dict[str, Any]]]:
    """The post for a delivered lead: who, for whom, by whom, how, and the CRM's id; the email and
    phone only when ``show_contact``."""
    contact = record.contact_fields()
    who = shown(record.who() or "a lead", _SHOWN)
    headline = fit(f":tada: New lead *{who}* is in the CRM.", FALLBACK_TEXT_MAX)
    owner = record.owner_id or record.user_id
    shown_fields = [
        ("Name", shown(contact.get("name", ""), _SHOWN)),
        ("Company", shown(contact.get("company", ""), _SHOWN)),
        ("Owner", _mention(owner)),
        ("Captured by", _mention(record.user_id)),
        ("Source", shown(how_captured(record.surface), _SHOWN)),
        ("CRM id", shown(crm_id_of(record.crm_response) or "", _SHOWN)),
    ]
    if show_contact:
        shown_fields += [("Email", shown(contact.get("email", ""), _SHOWN)),
                         ("Phone", shown(contact.get("phone", ""), _SHOWN))]
    fields = [mrkdwn(f"*{label}*\n{value}", FIELD_TEXT_MAX) for label, value in shown_fields if value]
    return headline, [{"type": "section", "text": mrkdwn(headline)}, {"type": "section", "fields": fields}]


def _mention(user_id: str) -> str:
    """A Slack user id as a mention; anything else (a terminal user's name) as plain text."""
    if user_id[:1] in ("U", "W") and user_id.isalnum() and user_id.isupper():
        return f"<@{user_id}>"
    return shown(user_id, _SHOWN)


class LeadsChannelFeed:
    def __init__(self, client: WebClient | SlackClients, history: LeadHistory,
                 channel_of: Callable[[str | None], str | None], *, show_contact: bool,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC), threads: int = _THREADS) -> None:
        """``channel_of(team_key)``: the channel a workspace's delivered leads go to; None: nowhere."""
        self._clients = SlackClients.of(client)
        self._history = history
        self._channel_of = channel_of
        self._show_contact = show_contact
        self._clock = clock
        self._pool = ThreadPoolExecutor(threads, thread_name_prefix="leadbot-feed")
        self._lock = threading.Lock()
        self._said_unusable: set[str] = set()  # channels whose loss was logged, until a post works again
        self._busy = 0  # posts queued or running, for flush()
        self._idle = threading.Condition()

    def lead_stored(self, record: LeadRecord) -> None:
        pass  # the feed shows delivered leads only

    def lead_status_changed(self, record: LeadRecord) -> None:
        if record.status is not LeadStatus.DELIVERED:
            return
        with self._idle:
            self._busy += 1
        try:
            self._pool.submit(self._post_and_count, record)
        except RuntimeError:  # closing: the lead is delivered all the same; the feed is news, not a record
            self._done()

    def flush(self, timeout: float) -> bool:
        """Wait until every queued post was made or given up on; False on timeout."""
        with self._idle:
            return self._idle.wait_for(lambda: self._busy == 0, timeout)

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    def _done(self) -> None:
        with self._idle:
            self._busy -= 1
            self._idle.notify_all()

    def _post_and_count(self, record: LeadRecord) -> None:
        try:
            self._post(record)
        except Exception:  # a notifier must not raise, and its pool thread must not die silently
            log.exception("could not post a lead to the leads channel", extra={"lead_id": record.id})
        finally:
            self._done()

    def _post(self, record: LeadRecord) -> None:
        try:
            channel = self._channel_of(record.team_id)
            if channel is None or not self._history.claim_feed_post(record.id, self._clock()):
                return  # posted already, here or by another replica
        except StoreError as exc:
            log.warning("could not look up or claim the leads channel post",
                        extra={"lead_id": record.id, "error": str(exc)})
            return
        client = self._clients.for_team(record.team_id)
        if client is None:
            return  # LeadBot is no longer installed in the lead's workspace
        text, blocks = feed_message(record, show_contact=self._show_contact)
        try:
            web_api.call("chat.postMessage", lambda: client.chat_postMessage(
                channel=channel, text=text, blocks=blocks, unfurl_links=False, unfurl_media=False))
        except SlackError as exc:
            self._failed(record, channel, exc)
            return
        with self._lock:
            self._said_unusable.discard(channel)  # a later loss of the channel is said again

    def _failed(self, record: LeadRecord, channel: str, exc: SlackError) -> None:
        if isinstance(exc, SlackRefusedError) and exc.error in CHANNEL_UNUSABLE:
            with self._lock:
                said = channel in self._said_unusable
                self._said_unusable.add(channel)
            if not said:
                log.warning("LeadBot cannot post to the leads channel %s (%s): invite @LeadBot to the channel, "
                            "or choose a channel it is in (LEADS_CHANNEL; with many workspaces, App Home); "
                            "delivered leads are not posted there until then", channel, exc.error,
                            extra={"team_id": record.team_id})
            return
        log.warning("could not post a delivered lead to the leads channel",
                    extra={"lead_id": record.id, "method": exc.method, "error": exc.error})

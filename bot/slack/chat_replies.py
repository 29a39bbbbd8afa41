"""Posting LeadBot's chat replies so a slow or failing Slack costs the rep a moment, not an answer.

The conversation has already moved on (its state is stored) when replies are posted, so a reply
that Slack did not take must not simply vanish: the rep would be left waiting for a question that
never comes. A reply that failed because Slack was unavailable is posted again a little later, with
the replies after it, in order; one Slack refused for its blocks goes out as plain text instead.
After the last try it is logged and dropped: the next message the rep sends is answered as usual.
(A call that timed out may have reached Slack after all; a rare repeated question is the price of
never leaving the rep without one.)
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from typing import Any

from slack_sdk import WebClient

from bot.domain.conversation import Reply, ReplyKind
from bot.errors import SlackError, SlackRefusedError, SlackUnavailableError
from bot.ports import ConversationKey
from bot.slack import web_api
from bot.slack.blocks import chat_reply_message, text_message

log = logging.getLogger(__name__)

RETRY_DELAYS = (2.0, 10.0, 30.0)  # seconds before each further try of replies Slack did not take
_TEXT_ONLY_HINT = {ReplyKind.SUMMARY: "\n(Type `yes` to confirm, or tell me what to change.)",
                   ReplyKind.OFFER_FORM: "\n(Type `/newlead` for the form.)",
                   ReplyKind.DUPLICATE: "\n(Type `create anyway`, or `cancel`.)"}


class ReplyPoster:
    def __init__(self) -> None:
        self._timers: set[threading.Timer] = set()
        self._lock = threading.Lock()
        self._closed = False

    @property
    def retries_waiting(self) -> int:
        """How many batches of replies are scheduled for another try."""
        with self._lock:
            return len(self._timers)

    def close(self) -> None:
        """Drop the replies still waiting for another try (the process is stopping)."""
        with self._lock:
            self._closed = True
            timers, self._timers = self._timers, set()
        for timer in timers:
            timer.cancel()

    def post(self, client: WebClient, key: ConversationKey, thread: str | None, replies: Sequence[Reply],
             attempt: int = 0) -> None:
        """Post ``replies`` in order into ``key``'s channel (in ``thread``); never raises."""
        for index, reply in enumerate(replies):
            try:
                self._post_one(client, key, thread, reply)
            except SlackUnavailableError as exc:
                if attempt >= len(RETRY_DELAYS):
                    log.warning("Slack did not take a chat reply; giving up on it",
                                extra={"error": exc.error, "kind": reply.kind.value, "attempts": attempt + 1})
                    return
                log.info("Slack did not take a chat reply; trying again shortly",
                         extra={"error": exc.error, "kind": reply.kind.value})
                self._later(max(RETRY_DELAYS[attempt], exc.retry_after or 0.0),
                            client, key, thread, list(replies[index:]), attempt + 1)
                return
            except SlackError as exc:
                log.warning("Slack refused a chat reply", extra={"error": exc.error, "kind": reply.kind.value})

    def _later(self, delay: float, client: WebClient, key: ConversationKey, thread: str | None,
               replies: list[Reply], attempt: int) -> None:
        def run() -> None:
            with self._lock:
                self._timers.discard(timer)
            self.post(client, key, thread, replies, attempt)

        timer = threading.Timer(delay, run)
        timer.daemon = True
        with self._lock:
            if self._closed:
                return
            self._timers.add(timer)
        timer.start()

    def _post_one(self, client: WebClient, key: ConversationKey, thread: str | None, reply: Reply) -> None:
        text, blocks = chat_reply_message(reply, str(key))
        try:
            self._send(client, key.channel_id, thread, text, blocks)
        except SlackRefusedError as exc:
            if exc.error != "invalid_blocks":
                raise
            # Better a plain answer than none: the rep can type what the buttons would do.
            self._send(client, key.channel_id, thread, *text_message(reply.text + _TEXT_ONLY_HINT.get(reply.kind, "")))

    @staticmethod
    def _send(client: WebClient, channel: str, thread: str | None, text: str,
              blocks: list[dict[str, Any]] | None) -> None:
        web_api.call("chat.postMessage", lambda: client.chat_postMessage(
            channel=channel, thread_ts=thread, text=text, blocks=blocks, unfurl_links=False, unfurl_media=False))

    def say(self, client: WebClient, channel: str, thread: str | None, text: str) -> None:
        """A plain note, best effort."""
        fallback, blocks = text_message(text)
        web_api.attempt("chat.postMessage", lambda: client.chat_postMessage(
            channel=channel, thread_ts=thread, text=fallback, blocks=blocks, unfurl_links=False, unfurl_media=False),
            context="a note to the rep")

    def update(self, client: WebClient, channel: str, ts: str, text: str, blocks: list[dict[str, Any]]) -> None:
        """Change a message LeadBot posted, best effort (closing a summary is a nicety)."""
        web_api.attempt("chat.update", lambda: client.chat_update(channel=channel, ts=ts, text=text, blocks=blocks),
                        context="closing a summary")

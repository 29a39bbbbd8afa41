"""Reps' display names from ``users.info``, cached so a busy team costs few API calls."""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.slack.payload import dig

log = logging.getLogger(__name__)


class UserDirectory:
    def __init__(self, client: WebClient, *, ttl_seconds: float = 3600, max_entries: int = 5000,
                 timeout: int = 1) -> None:
        # Its own client with a short timeout: a name lookup may sit in front of a 3-second ack.
        self._client = WebClient(token=client.token, base_url=client.base_url, timeout=timeout)
        self._ttl = ttl_seconds
        self._max = max_entries
        self._names: OrderedDict[str, tuple[float, str]] = OrderedDict()
        self._lock = threading.Lock()

    def cached(self, user_id: str) -> str | None:
        with self._lock:
            hit = self._names.get(user_id)
            if hit is None or hit[0] < time.monotonic():
                return None
            return hit[1]

    def name(self, user_id: str, fallback: str) -> str:
        """The rep's display name, asking Slack when the cache has none. Never raises."""
        hit = self.cached(user_id)
        if hit is not None:
            return hit
        try:
            answer = self._client.users_info(user=user_id)
        except (SlackApiError, SlackClientError) as exc:
            log.info("users.info failed; using the payload's name", extra={"error": type(exc).__name__})
            return fallback or user_id
        user = answer.data if isinstance(answer.data, dict) else {}
        name = (
            dig(user, "user", "profile", "display_name")
            or dig(user, "user", "profile", "real_name")
            or dig(user, "user", "real_name")
            or dig(user, "user", "name")
            or fallback
            or user_id
        )
        with self._lock:
            self._names[user_id] = (time.monotonic() + self._ttl, str(name))
            self._names.move_to_end(user_id)
            while len(self._names) > self._max:
                self._names.popitem(last=False)
        return str(name)

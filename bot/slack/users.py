"""Reps' display names from ``users.info``, cached, and never waited for.

A rep's name is a nicety (it labels the activity note), so no listener waits on Slack for it:
:meth:`UserDirectory.name` answers at once from the cache or from what the payload carried, and
asks ``users.info`` in the background so the next request finds the name cached. A slow or failing
Slack therefore costs a name, never a request.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from bot.errors import SlackError
from bot.slack import web_api
from bot.slack.clients import SlackClients
from bot.slack.payload import dig

log = logging.getLogger(__name__)

_LOOKUP_THREADS = 2  # names are few and cached for an hour; two lookups at once is plenty


def name_in_profile(data: Any) -> str:
    """The best name in a ``users.info`` answer or an event's ``user_profile``; "" when none."""
    for path in (("profile", "display_name"), ("profile", "real_name"), ("display_name",), ("real_name",),
                 ("name",)):
        value = dig(data, *path)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


class UserDirectory:
    """Names are cached by user id (Slack's user ids are unique across workspaces); a lookup asks Slack
    with the token of the workspace the person was seen in."""

    def __init__(self, clients: SlackClients, *, ttl_seconds: float = 3600, max_entries: int = 5000,
                 timeout: float = 1) -> None:
        self._clients = clients
        self._timeout = timeout  # a lookup should not hold a thread for long either
        self._ttl = ttl_seconds
        self._max = max_entries
        self._names: OrderedDict[str, tuple[float, str]] = OrderedDict()
        self._asking: set[str] = set()
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(_LOOKUP_THREADS, thread_name_prefix="leadbot-users")

    def cached(self, user_id: str) -> str | None:
        with self._lock:
            hit = self._names.get(user_id)
            if hit is None or hit[0] < time.monotonic():
                return None
            return hit[1]

    def name(self, user_id: str, fallback: str = "", *, team: str) -> str:
        """The rep's name now: cached, else ``fallback`` (from the payload), else the user id. Never
        blocks and never raises; a missing name is looked up in the background for next time."""
        hit = self.cached(user_id)
        if hit is not None:
            return hit
        self.warm(user_id, team=team)
        return fallback.strip() or user_id

    def warm(self, user_id: str, *, team: str) -> None:
        """Look the name up in the background unless it is cached or already being looked up."""
        if not user_id or self.cached(user_id) is not None:
            return
        with self._lock:
            if user_id in self._asking:
                return
            self._asking.add(user_id)
        try:
            self._pool.submit(self._look_up, user_id, team)
        except RuntimeError:  # shutting down
            with self._lock:
                self._asking.discard(user_id)

    def name_now(self, user_id: str, *, team: str) -> str:
        """The name, cached or looked up now (within this directory's short timeout); else the user id."""
        hit = self.cached(user_id)
        if hit is not None:
            return hit
        return self._look_up_now(user_id, team) or user_id

    def remember(self, user_id: str, name: str) -> None:
        with self._lock:
            self._names[user_id] = (time.monotonic() + self._ttl, name)
            self._names.move_to_end(user_id)
            while len(self._names) > self._max:
                self._names.popitem(last=False)

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    def _look_up(self, user_id: str, team: str) -> None:
        try:
            self._look_up_now(user_id, team)
        finally:
            with self._lock:
                self._asking.discard(user_id)

    def _look_up_now(self, user_id: str, team: str) -> str:
        client = self._clients.brief(team, self._timeout)
        if client is None:  # not installed there (any more): the name stays what is known
            return ""
        try:
            answer = web_api.call("users.info", lambda: client.users_info(user=user_id))
        except SlackError as exc:
            log.info("users.info failed; the name falls back to what is known", extra={"error": exc.error})
            return ""
        name = name_in_profile(dig(answer.data, "user"))
        if name:
            self.remember(user_id, name)
        return name

"""The one way to get a Web API client for a workspace, for everything that calls Slack outside a request
(status messages, App Home refreshes, the leads feed, chat replies, the idle-chat notes).

With SLACK_BOT_TOKEN there is one client for every lead, as always. In multi-workspace mode each
workspace's bot token comes from its installation (opened from the encrypted store), cached for a while;
an uninstalled workspace's client is dropped at once and an unknown one gets none."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Protocol

from slack_sdk import WebClient
from slack_sdk.oauth.installation_store import Bot

log = logging.getLogger(__name__)

CLIENT_TTL_SECONDS = 300.0  # a token revoked elsewhere (another replica's uninstall) stops being used by then


class WorkspaceBots(Protocol):
    def bot_for(self, team_key: str) -> Bot | None:
        """The workspace's newest bot, with its token in the clear; None when it is not installed."""
        ...


class SlackClients:
    def __init__(self, *, single: WebClient | None = None, bots: WorkspaceBots | None = None,
                 build: Callable[[str], WebClient] | None = None, ttl_seconds: float = CLIENT_TTL_SECONDS,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        """Either ``single`` (SLACK_BOT_TOKEN), or ``bots`` and ``build`` (a client for a bot token)."""
        if (single is None) == (bots is None or build is None):
            raise ValueError("SlackClients needs a single client, or the workspaces' bots and a builder")
        self._single = single
        self._bots = bots
        self._build = build
        self._ttl = ttl_seconds
        self._now = monotonic
        self._cache: dict[str, tuple[float, WebClient]] = {}
        self._brief: dict[tuple[str | None, float], WebClient] = {}  # (token, timeout): a client for lookups
        self._lock = threading.Lock()

    @classmethod
    def of(cls, client: WebClient | SlackClients) -> SlackClients:
        """``client`` as SlackClients: a single WebClient serves every workspace."""
        return client if isinstance(client, SlackClients) else cls(single=client)

    @property
    def timeout(self) -> float:
        """The clients' Web API timeout, in seconds."""
        return float(self._single.timeout if self._single is not None else 30)

    def brief(self, team_key: str | None, timeout: float) -> WebClient | None:
        """Like :meth:`for_team`, with a shorter ``timeout`` of its own: for lookups that are a nicety (a
        name, a profile), which should not hold a thread as long as a status message may."""
        client = self.for_team(team_key)
        if client is None:
            return None
        key = (client.token, timeout)
        with self._lock:
            found = self._brief.get(key)
            if found is None:
                # slack_sdk types the timeout as int, but urllib takes fractions of a second too.
                found = WebClient(token=client.token, base_url=client.base_url, timeout=timeout,  # type: ignore[arg-type]
                                  logger=client.logger)
                self._brief[key] = found
            return found

    def for_team(self, team_key: str | None) -> WebClient | None:
        """The client for the workspace ``team_key`` (team id, or enterprise id of an org install);
        None when LeadBot is not installed there (uninstalled, or never)."""
        if self._single is not None:
            return self._single
        if not team_key:
            return None
        with self._lock:
            hit = self._cache.get(team_key)
            if hit is not None and hit[0] > self._now():
                return hit[1]
        assert self._bots is not None and self._build is not None
        bot = self._bots.bot_for(team_key)
        if bot is None or not bot.bot_token:
            log.info("no Slack installation for this workspace", extra={"team_id": team_key})
            self.forget(team_key)
            return None
        client = self._build(bot.bot_token)
        with self._lock:
            self._cache[team_key] = (self._now() + self._ttl, client)
        return client

    def forget(self, team_key: str) -> None:
        """Drop the workspace's client (it was uninstalled): the next call looks it up again."""
        with self._lock:
            dropped = self._cache.pop(team_key, None)
            if dropped is not None:  # its lookups' clients hold the same token
                self._brief = {key: c for key, c in self._brief.items() if key[0] != dropped[1].token}

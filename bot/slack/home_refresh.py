"""Keeps reps' App Home tabs current: when one of a rep's leads is stored or changes status, their Home
is published again, never more than once per rep per ``interval``.

A Notifier: the delivery path only records who needs a refresh and returns. One timer thread hands
due refreshes to a small pool, which reads the page and calls ``views.publish``. A burst of changes
for one rep gives one publish at once and one trailing publish an interval later, which reads the
store then and so shows the last status. One rep's publishes never overlap, so an older page cannot
land over a newer one. Only reps who opened Home while this process ran are refreshed (see
``HomeService.opened``); everyone gets a fresh Home whenever they open it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

from slack_sdk import WebClient

from bot.domain.outbox import LeadRecord
from bot.errors import StoreError
from bot.services.home import HomePage, HomeService
from bot.slack import web_api
from bot.slack.clients import SlackClients
from bot.slack.home_view import home_view

log = logging.getLogger(__name__)

# Slack rate-limits views.publish per workspace; a few seconds per rep keeps a CRM recovering from an
# outage (every queued lead delivered at once) from spending that budget on one rep's tab.
REFRESH_INTERVAL = timedelta(seconds=3)
_THREADS = 2
_Reader = tuple[str, str]  # (team id, user id)


def publish_home(client: WebClient, user_id: str, page: HomePage | None, *, context: str) -> None:
    """Best effort: a Home that could not be published is published again on the next change or open."""
    view = home_view(page)
    web_api.attempt("views.publish", lambda: client.views_publish(user_id=user_id, view=view), context=context)


def republish_home(home: HomeService, client: WebClient, team_id: str, user_id: str, *, after: str) -> None:
    """The Home tab a setting's form was opened from shows the new setting (``after`` names the change, for
    the log); a database that cannot be read leaves the old tab, refreshed on the next change or open."""
    try:
        page = home.page(team_id, user_id)
    except StoreError:
        log.warning("could not read a Home after %s", after, exc_info=True)
        return
    publish_home(client, user_id, page, context=f"App Home after {after}")


class HomeRefresher:
    def __init__(self, client: WebClient | SlackClients, *, interval: timedelta = REFRESH_INTERVAL,
                 threads: int = _THREADS, monotonic: Callable[[], float] = time.monotonic) -> None:
        self._clients = SlackClients.of(client)
        self._interval = interval.total_seconds()
        self._now = monotonic
        self._home: HomeService | None = None
        self._wake = threading.Condition()
        self._due: dict[_Reader, float] = {}  # refreshes waiting, and when each may run
        self._last: dict[_Reader, float] = {}  # when each rep's latest publish started
        self._running: set[_Reader] = set()
        self._closed = False
        self._pool = ThreadPoolExecutor(threads, thread_name_prefix="leadbot-home")
        self._timer = threading.Thread(target=self._schedule, name="leadbot-home-timer", daemon=True)

    def attach(self, home: HomeService) -> None:
        """Start refreshing, with pages from ``home`` (built with the core this notifier is part of)."""
        self._home = home
        self._timer.start()

    # --- Notifier: record and return ------------------------------------------------------------

    def lead_stored(self, record: LeadRecord) -> None:
        self._changed(record)

    def lead_status_changed(self, record: LeadRecord) -> None:
        self._changed(record)

    def close(self) -> None:
        """Stop: refreshes still waiting are dropped (the rep's next open shows the latest)."""
        with self._wake:
            self._closed = True
            self._wake.notify_all()
        if self._timer.is_alive():
            self._timer.join(5)
        self._pool.shutdown(wait=False, cancel_futures=True)

    def _changed(self, record: LeadRecord) -> None:
        home = self._home
        if home is None:
            return
        readers = home.readers_of(record)
        if not readers:
            return
        with self._wake:
            now = self._now()
            for reader in readers:
                if reader not in self._due:  # else a refresh is waiting already, and will read this change
                    self._due[reader] = max(now, self._last.get(reader, now - self._interval) + self._interval)
            self._wake.notify_all()

    # --- the timer thread and the pool ----------------------------------------------------------

    def _schedule(self) -> None:
        with self._wake:
            while not self._closed:
                now = self._now()
                ready = [r for r, at in self._due.items() if at <= now and r not in self._running]
                for reader in ready:
                    del self._due[reader]
                    self._last[reader] = now
                    self._running.add(reader)
                    try:
                        self._pool.submit(self._publish, reader)
                    except RuntimeError:  # closed meanwhile
                        return
                # Forget publishes too old to hold back the next one: the map stays as small as a burst.
                for reader in [r for r, at in self._last.items() if at + self._interval <= now]:
                    del self._last[reader]
                waiting = [at for r, at in self._due.items() if r not in self._running]
                self._wake.wait(max(min(waiting) - now, 0.0) if waiting else None)

    def _publish(self, reader: _Reader) -> None:
        team_id, user_id = reader
        try:
            assert self._home is not None
            try:
                page: HomePage | None = self._home.page(team_id, user_id)
            except StoreError:
                log.warning("could not read a rep's leads for App Home; the next change tries again")
                return
            client = self._clients.for_team(team_id)
            if client is not None:  # else LeadBot is no longer installed in that workspace
                publish_home(client, user_id, page, context="App Home refresh")
        except Exception:
            log.exception("could not refresh a rep's App Home")
        finally:
            with self._wake:
                self._running.discard(reader)
                self._wake.notify_all()

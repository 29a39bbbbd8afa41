"""A background thread that runs the delivery service whenever work is due or has just arrived."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import timedelta

from bot.ports import Clock, LeadStore
from bot.services.delivery import LeadDelivery

log = logging.getLogger(__name__)

IDLE_POLL = timedelta(seconds=30)  # other replicas may queue leads we are not told about


class DeliveryWorker:
    def __init__(self, delivery: LeadDelivery, store: LeadStore, clock: Clock,
                 wake: threading.Event | None = None) -> None:
        self._delivery = delivery
        self._store = store
        self._clock = clock
        self._wake = wake or threading.Event()  # shared with whoever queues leads
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="leadbot-delivery", daemon=True)
            self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 30.0) -> None:
        self._stop.set()
        self._delivery.stop()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.clear()
            try:
                self._delivery.deliver_due()
            except Exception:
                # The worker must outlive a bad moment (database restarting, say); leads stay queued.
                log.exception("delivery pass failed; will try again")
            self._wake.wait(self._seconds_until_due())

    def _seconds_until_due(self) -> float:
        try:
            due = self._store.next_due_at()
        except Exception:
            log.exception("could not read the outbox")
            return 5.0
        idle = IDLE_POLL.total_seconds()
        if due is None:
            return idle
        return max(0.05, min(idle, (due - self._clock.now()).total_seconds()))


class PeriodicTask:
    """Runs ``task`` every ``interval`` on a daemon thread until stopped; a failing run is logged."""

    def __init__(self, name: str, interval: timedelta, task: Callable[[], object]) -> None:
        self._name = name
        self._interval = interval.total_seconds()
        self._task = task
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            try:
                self._task()
            except Exception:
                log.exception("%s failed; will run again", self._name)

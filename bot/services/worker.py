"""A background thread that runs the delivery service whenever work is due or has just arrived."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import timedelta

from bot.ports import Clock, LeadStore
from bot.services.delivery import LeadDelivery

log = logging.getLogger(__name__)

# How often an idle worker looks for work it was not told about: leads queued by another process
# (``outbox retry``, ``outbox send-dry-run``, another replica). Each look is one indexed read
# (``next_due_at``), not a claim: with 100,000 delivered leads it took 0.5 ms on SQLite and 1.2 ms
# on PostgreSQL over loopback, connection checkout included (bench/worker_poll.py), i.e. about 0.1 %
# of one core. We chose it over LISTEN/NOTIFY because it works the same on SQLite and PostgreSQL,
# needs no extra connection, and also sees leads queued by tools that do not notify.
WAKE_POLL = timedelta(seconds=1)


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
            self._idle()

    def _idle(self) -> None:
        """Wait until a lead is due, this process queues one, or another process did (seen by polling)."""
        while not self._stop.is_set():
            wait = self._seconds_until_due()
            # The floor keeps a lead that is due but not claimable yet (another replica's) from spinning.
            if self._wake.wait(max(0.05, min(wait, WAKE_POLL.total_seconds()))) or wait <= 0.05:
                return

    def _seconds_until_due(self) -> float:
        try:
            due = self._store.next_due_at()
        except Exception:
            log.exception("could not read the outbox")
            self._stop.wait(5.0)
            return 0.0
        if due is None:
            return WAKE_POLL.total_seconds()
        return (due - self._clock.now()).total_seconds()


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

    def stop(self, timeout: float = 10.0, *, run_last: bool = False) -> None:
        """Stop; with ``run_last``, run the task once more after the thread has ended (a last flush)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        if run_last:
            try:
                self._task()
            except Exception:
                log.exception("%s failed at the end", self._name)

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            try:
                self._task()
            except Exception:
                log.exception("%s failed; will run again", self._name)

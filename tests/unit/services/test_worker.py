"""The background threads outlive a failing pass: each test waits for the pass after the failure."""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Iterator
from datetime import timedelta

import pytest

from bot.domain.outbox import LeadStatus
from bot.services.delivery import LeadDelivery, OneCrm
from bot.services.worker import DeliveryWorker, PeriodicTask
from tests.support.fakes import FakeCrmClient, FixedClock, InMemoryLeadStore, RecordingNotifier
from tests.support.lead_records import lead_record


class Running:
    """A started delivery worker over the fakes."""

    def __init__(self) -> None:
        self.clock = FixedClock()
        self.store = InMemoryLeadStore()
        self.crm = FakeCrmClient()
        self.notifier = RecordingNotifier()
        self.delivery = LeadDelivery(self.store, OneCrm(self.crm), self.notifier, self.clock, rng=random.Random(7),
                                     concurrency=1)
        self.wake = threading.Event()  # what the capture path sets when it queues a lead
        self.worker = DeliveryWorker(self.delivery, self.store, self.clock, wake=self.wake)


@pytest.fixture
def running() -> Iterator[Running]:
    made = Running()
    yield made
    made.worker.stop()
    made.delivery.close()


def test_a_delivery_pass_that_fails_is_logged_and_the_next_pass_delivers(
        running: Running, caplog: pytest.LogCaptureFixture) -> None:
    lead = running.store.add(lead_record(running.clock.now()))
    running.store.failures.fail("claim_batch", times=1)  # the database restarting, say

    running.worker.start()

    assert running.notifier.wait_for(LeadStatus.DELIVERED)
    stored = running.store.get(lead.id)
    assert stored is not None and stored.status is LeadStatus.DELIVERED
    assert "delivery pass failed; will try again" in caplog.messages


def test_a_lead_queued_while_the_worker_idles_is_delivered_once_it_is_woken(running: Running) -> None:
    running.worker.start()
    lead = running.store.add(lead_record(running.clock.now()))

    running.wake.set()

    assert running.notifier.wait_for(LeadStatus.DELIVERED)
    assert running.crm.bodies == [lead.body]


def test_a_periodic_task_that_raises_runs_again(caplog: pytest.LogCaptureFixture) -> None:
    runs: list[int] = []
    ran_again = threading.Event()

    def flaky() -> None:
        runs.append(len(runs))
        if len(runs) == 1:
            raise RuntimeError("the database is restarting")
        ran_again.set()

    task = PeriodicTask("flaky-task", timedelta(milliseconds=10), flaky)
    task.start()
    try:
        assert ran_again.wait(10)
    finally:
        task.stop()
    failures = [r for r in caplog.records if r.getMessage() == "flaky-task failed; will run again"]
    assert len(failures) == 1 and failures[0].levelno == logging.ERROR

"""LeadDelivery over the in-memory fakes: each CRM answer becomes the right status, shown and counted."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import timedelta

import pytest

from bot.domain.outbox import LeadRecord, LeadStatus, RetryPolicy
from bot.errors import CrmRejectedError, CrmTransientError, CrmWaitingError, StoreError
from bot.ports import CrmReceipt
from bot.services.delivery import TOKEN_WAIT, LeadDelivery, OneCrm
from tests.support.fakes import FakeCrmClient, FixedClock, InMemoryLeadStore, RecordingMetrics, RecordingNotifier
from tests.support.lead_records import lead_record

POLICY = RetryPolicy(base=timedelta(seconds=2), cap=timedelta(hours=1), max_age=timedelta(hours=24))
LEASE = timedelta(minutes=5)


class Outbox:
    """A delivery service and the fakes it talks to."""

    def __init__(self, concurrency: int = 1) -> None:
        self.clock = FixedClock()
        self.store = InMemoryLeadStore()
        self.crm = FakeCrmClient()
        self.notifier = RecordingNotifier()
        self.metrics = RecordingMetrics()
        self.delivery = LeadDelivery(self.store, OneCrm(self.crm), self.notifier, self.clock, policy=POLICY,
                                     lease=LEASE, rng=random.Random(7), metrics=self.metrics,
                                     concurrency=concurrency)

    def queue(self, *, dry_run: bool = False) -> LeadRecord:
        return self.store.add(lead_record(self.clock.now(), dry_run=dry_run))

    def stored(self, record: LeadRecord) -> LeadRecord:
        found = self.store.get(record.id)
        assert found is not None
        return found


@pytest.fixture
def outbox() -> Iterator[Outbox]:
    made = Outbox()
    yield made
    made.delivery.close()


def test_a_delivered_lead_keeps_the_crm_answer_and_is_shown_and_counted(outbox: Outbox) -> None:
    lead = outbox.queue()
    outbox.clock.advance(timedelta(seconds=90))

    assert outbox.delivery.deliver_due() == 1

    done = outbox.stored(lead)
    assert (done.status, done.attempts, done.crm_message, done.last_error) == (
        LeadStatus.DELIVERED, 1, "Lead created", None)
    assert json.loads(done.crm_response or "null") == {"id": "crm-lead-1"}
    assert outbox.crm.bodies == [lead.body]
    assert outbox.notifier.statuses() == [("changed", "sending"), ("changed", "delivered")]
    assert outbox.metrics.attempts == [("delivered", 90.0)]
    assert outbox.delivery.deliver_due() == 0


def test_a_busy_crm_is_tried_again_no_sooner_than_its_retry_after(outbox: Outbox) -> None:
    lead = outbox.queue()
    outbox.crm.script(CrmTransientError("busy", status_code=503, retry_after=120))

    outbox.delivery.deliver_due()

    waiting = outbox.stored(lead)
    retry_at = outbox.clock.now() + timedelta(seconds=120)
    assert (waiting.status, waiting.attempts, waiting.last_error, waiting.next_attempt_at) == (
        LeadStatus.RETRYING, 1, "busy", retry_at)
    assert outbox.notifier.statuses() == [("changed", "sending"), ("changed", "retrying")]
    assert outbox.metrics.attempts == [("retrying", None)]
    outbox.clock.set(retry_at - timedelta(microseconds=1))
    assert outbox.delivery.deliver_due() == 0
    outbox.clock.set(retry_at)
    assert outbox.delivery.deliver_due() == 1
    assert (outbox.stored(lead).status, outbox.stored(lead).attempts) == (LeadStatus.DELIVERED, 2)


def test_without_retry_after_the_backoff_policy_decides(outbox: Outbox) -> None:
    lead = outbox.queue()
    outbox.crm.script(CrmTransientError("timed out"))

    outbox.delivery.deliver_due()

    delay = outbox.stored(lead).next_attempt_at - outbox.clock.now()
    assert timedelta(0) <= delay <= POLICY.base


def test_a_rejected_lead_fails_with_the_crms_reason_and_is_not_sent_again(outbox: Outbox) -> None:
    lead = outbox.queue()
    outbox.crm.script(CrmRejectedError("email is not valid", status_code=400))

    outbox.delivery.deliver_due()
    outbox.clock.advance(timedelta(days=1))

    failed = outbox.stored(lead)
    assert (failed.status, failed.attempts, failed.last_error) == (LeadStatus.FAILED, 1, "email is not valid")
    assert outbox.notifier.statuses()[-1] == ("changed", "failed")
    assert outbox.metrics.attempts == [("failed", None)]
    assert outbox.delivery.deliver_due() == 0


def test_a_lead_still_failing_after_the_retry_window_gives_up(outbox: Outbox) -> None:
    lead = outbox.queue()
    outbox.clock.advance(POLICY.max_age)
    outbox.crm.script(CrmTransientError("HTTP 503"))

    outbox.delivery.deliver_due()

    failed = outbox.stored(lead)
    assert failed.status is LeadStatus.FAILED
    assert failed.last_error == "Gave up after 1 attempts: HTTP 503"


def test_a_dry_run_answer_keeps_the_lead_as_a_dry_run(outbox: Outbox) -> None:
    lead = outbox.queue(dry_run=True)
    outbox.crm.script(CrmReceipt("Dry run: nothing was sent", dry_run=True))

    outbox.delivery.deliver_due()

    assert outbox.stored(lead).status is LeadStatus.DRY_RUN
    assert outbox.notifier.statuses()[-1] == ("changed", "dry_run")


def test_a_batch_goes_out_through_the_sender_pool_and_a_limit_is_kept() -> None:
    outbox = Outbox(concurrency=4)
    try:
        leads = [outbox.queue() for _ in range(5)]

        assert outbox.delivery.deliver_due(limit=3) == 3
        assert outbox.delivery.deliver_due() == 2
    finally:
        outbox.delivery.close()
    assert sorted(outbox.crm.bodies) == sorted(lead.body for lead in leads)
    assert {outbox.stored(lead).status for lead in leads} == {LeadStatus.DELIVERED}


def test_a_stopped_delivery_sends_nothing_new(outbox: Outbox) -> None:
    lead = outbox.queue()
    outbox.delivery.stop()

    assert outbox.delivery.deliver_due() == 0
    assert outbox.crm.bodies == []
    assert outbox.stored(lead).status is LeadStatus.PENDING


def test_an_outcome_the_store_could_not_take_is_sent_again_after_the_lease(outbox: Outbox) -> None:
    lead = outbox.queue()
    outbox.store.failures.fail("save_many", times=1)

    with pytest.raises(StoreError):
        outbox.delivery.deliver_due()
    assert outbox.stored(lead).status is LeadStatus.SENDING
    outbox.clock.advance(LEASE + timedelta(seconds=1))

    assert outbox.delivery.deliver_due() == 1
    assert outbox.stored(lead).status is LeadStatus.DELIVERED
    assert outbox.crm.bodies == [lead.body, lead.body]  # at least once, with the same activity id


def test_a_lead_waiting_for_a_new_crm_token_retries_past_the_policy_age_and_never_fails(outbox: Outbox) -> None:
    lead = outbox.queue()
    outbox.crm.script(*[CrmWaitingError("token refused", status_code=401)] * 3)
    for _ in range(3):
        outbox.clock.advance(POLICY.max_age)  # a day each time: any transient failure would have given up
        assert outbox.delivery.deliver_due() == 1
        waiting = outbox.stored(lead)
        assert (waiting.status, waiting.last_error) == (LeadStatus.RETRYING, "token refused")
        assert waiting.next_attempt_at == outbox.clock.now() + TOKEN_WAIT

    outbox.clock.advance(TOKEN_WAIT)
    assert outbox.delivery.deliver_due() == 1  # the token was fixed: the CRM answers with the default
    assert outbox.stored(lead).status is LeadStatus.DELIVERED

"""LeadDelivery with the real SQLite store and the real HTTP client against FakeCrm, on a hand-moved clock."""

from __future__ import annotations

import json
import random
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from bot.adapters.clock import SystemClock
from bot.adapters.crm_http import HttpCrmClient, build_http_client
from bot.adapters.store import SqlLeadStore
from bot.domain.outbox import LeadRecord, LeadStatus, RetryPolicy
from bot.domain.surface import Surface
from bot.services.delivery import MAX_CRM_RESPONSE, LeadDelivery, OneCrm
from tests.support.fake_crm import Answer, FakeCrm, rejected, success

T0 = datetime(2025, 6, 2, 8, 0, tzinfo=UTC)
BODY = '{"lead": {"agentId": "agent_7", "name": "Jane Roe", "metaData": {"source": "chat"}}}'
S, R, D, F = LeadStatus.SENDING, LeadStatus.RETRYING, LeadStatus.DELIVERED, LeadStatus.FAILED


class ManualClock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def now(self) -> datetime:
        return self.at


class RecordingNotifier:
    def __init__(self) -> None:
        self.seen: list[LeadRecord] = []

    def lead_stored(self, record: LeadRecord) -> None:
        pass

    def lead_status_changed(self, record: LeadRecord) -> None:
        self.seen.append(record)

    @property
    def statuses(self) -> list[LeadStatus]:
        return [r.status for r in self.seen]


@dataclass
class Rig:
    store: SqlLeadStore
    crm: FakeCrm
    notifier: RecordingNotifier
    clock: ManualClock
    delivery: LeadDelivery

    def queue(self) -> LeadRecord:
        now = self.clock.now()
        return self.store.add(LeadRecord(
            id=str(uuid.uuid4()), capture_key=uuid.uuid4().hex, status=LeadStatus.PENDING, body=BODY,
            surface=Surface.MODAL, user_id="U0REP", created_at=now, updated_at=now, next_attempt_at=now,
            queued_at=now,
        ))

    def deliver(self) -> LeadRecord | None:
        """One pass of the worker: the one queued lead's outcome, or None when nothing was due."""
        before = len(self.notifier.seen)
        if self.delivery.deliver_due() == 0:
            return None
        [outcome] = self.notifier.seen[before + 1:]  # after the lead was shown as sending
        return outcome

    def stored(self, lead_id: str) -> LeadRecord:
        record = self.store.get(lead_id)
        assert record is not None
        return record


def _rig(sqlite_url: str, fake_crm: FakeCrm, policy: RetryPolicy | None = None) -> Iterator[Rig]:
    store = SqlLeadStore.from_url(sqlite_url)
    client = HttpCrmClient(build_http_client(fake_crm.url, "tok-delivery", 2.0))
    notifier, clock = RecordingNotifier(), ManualClock(T0)
    delivery = LeadDelivery(store, OneCrm(client), notifier, clock, policy=policy, rng=random.Random(7))
    yield Rig(store, fake_crm, notifier, clock, delivery)
    client.close()
    store.close()


@pytest.fixture
def rig(sqlite_url: str, fake_crm: FakeCrm) -> Iterator[Rig]:
    yield from _rig(sqlite_url, fake_crm)


@pytest.fixture
def short_lived(sqlite_url: str, fake_crm: FakeCrm) -> Iterator[Rig]:
    yield from _rig(sqlite_url, fake_crm, RetryPolicy(max_age=timedelta(minutes=10)))


def test_two_503s_then_created_is_delivered_on_the_third_attempt(rig: Rig) -> None:
    rig.crm.then(rejected(503, "busy"), rejected(503, "still busy"), success("Lead created", {"id": "L9"}))
    lead = rig.queue()

    first = rig.deliver()
    assert first is not None and first.id == lead.id
    assert (first.status, first.attempts, first.last_error) == (R, 1, "busy")
    assert T0 < first.next_attempt_at <= T0 + timedelta(seconds=2)
    assert rig.stored(lead.id) == first
    assert rig.deliver() is None  # not due yet
    assert len(rig.crm.received) == 1

    rig.clock.at = first.next_attempt_at
    second = rig.deliver()
    assert second is not None
    assert (second.status, second.attempts, second.last_error) == (R, 2, "still busy")
    assert first.next_attempt_at < second.next_attempt_at <= first.next_attempt_at + timedelta(seconds=4)
    assert rig.stored(lead.id) == second

    rig.clock.at = second.next_attempt_at
    third = rig.deliver()
    assert third is not None
    assert (third.status, third.attempts, third.crm_message, third.last_error) == (D, 3, "Lead created", None)
    assert rig.stored(lead.id) == third
    assert rig.deliver() is None

    assert [r.body for r in rig.crm.received] == [BODY.encode()] * 3
    assert rig.notifier.statuses == [S, R, S, R, S, D]
    assert [r.attempts for r in rig.notifier.seen] == [0, 1, 1, 2, 2, 3]
    assert rig.notifier.seen[-1] == third


def test_429_with_retry_after_waits_at_least_that_long(rig: Rig) -> None:
    rig.crm.then(Answer(429, {"success": False, "message": "Slow down"}, headers={"Retry-After": "2"}))
    lead = rig.queue()
    outcome = rig.deliver()
    assert outcome is not None
    assert (outcome.status, outcome.attempts, outcome.last_error) == (R, 1, "Slow down")
    assert T0 + timedelta(seconds=2) <= outcome.next_attempt_at <= T0 + timedelta(seconds=4)
    assert rig.stored(lead.id).next_attempt_at == outcome.next_attempt_at
    assert rig.store.next_due_at() == outcome.next_attempt_at

    rig.clock.at = T0 + timedelta(seconds=1.9)
    assert rig.deliver() is None
    rig.clock.at = outcome.next_attempt_at
    done = rig.deliver()
    assert done is not None and done.status is D and done.attempts == 2
    assert rig.notifier.statuses == [S, R, S, D]


def test_400_fails_at_once_with_the_crm_message(rig: Rig) -> None:
    rig.crm.then(rejected(400, "lead.email must be a valid email"))
    lead = rig.queue()
    outcome = rig.deliver()
    assert outcome is not None
    assert (outcome.status, outcome.attempts) == (F, 1)
    assert outcome.last_error == "lead.email must be a valid email"
    assert rig.stored(lead.id) == outcome
    rig.clock.at = T0 + timedelta(days=3)
    assert rig.delivery.deliver_due() == 0
    assert len(rig.crm.received) == 1
    assert rig.notifier.statuses == [S, F]
    assert rig.notifier.seen[-1].last_error == "lead.email must be a valid email"


def test_success_false_on_200_fails_the_lead(rig: Rig) -> None:
    rig.crm.then(Answer(200, {"success": False, "message": "Duplicate lead", "data": None}))
    lead = rig.queue()
    assert rig.delivery.deliver_due() == 1
    stored = rig.stored(lead.id)
    assert (stored.status, stored.last_error) == (F, "Duplicate lead")


def test_a_transient_failure_past_max_age_fails_the_lead(short_lived: Rig) -> None:
    rig = short_lived
    rig.crm.then(rejected(503, "busy"), rejected(503, "down for maintenance"))
    lead = rig.queue()
    first = rig.deliver()
    assert first is not None and first.status is R

    rig.clock.at = T0 + timedelta(minutes=11)
    last = rig.deliver()
    assert last is not None
    assert (last.status, last.attempts) == (F, 2)
    assert last.last_error == "Gave up after 2 attempts: down for maintenance"
    assert rig.stored(lead.id) == last
    rig.clock.at = T0 + timedelta(days=1)
    assert rig.deliver() is None
    assert len(rig.crm.received) == 2
    assert rig.notifier.statuses == [S, R, S, F]
    assert rig.store.count_by_status() == {F: 1}


def test_deliver_due_sends_every_due_lead_oldest_first(rig: Rig) -> None:
    older = rig.queue()
    rig.clock.at = T0 + timedelta(seconds=1)
    newer = rig.queue()
    rig.clock.at = T0 + timedelta(seconds=5)
    assert rig.delivery.deliver_due() == 2
    assert [r.id for r in rig.notifier.seen if r.status is D] == [older.id, newer.id]
    assert rig.store.count_by_status() == {D: 2}


def _slow_harness(fake_crm: FakeCrm, sqlite_url: str, concurrency: int) -> tuple[SqlLeadStore, LeadDelivery]:
    fake_crm.default = Answer(201, {"success": True, "message": "ok"}, delay=0.2)
    store = SqlLeadStore.from_url(sqlite_url)
    crm = HttpCrmClient(build_http_client(fake_crm.url, "crm-token", 5))
    return store, LeadDelivery(store, OneCrm(crm), RecordingNotifier(), SystemClock(), concurrency=concurrency)


def _queue_now(store: SqlLeadStore, count: int) -> None:
    now = datetime.now(UTC)
    for _ in range(count):
        lead_id = str(uuid.uuid4())
        store.add(LeadRecord(id=lead_id, capture_key=lead_id, status=LeadStatus.PENDING, body=BODY,
                             surface=Surface.MODAL, user_id="U0REP", created_at=now, updated_at=now,
                             next_attempt_at=now, queued_at=now))


def test_a_slow_crm_gets_several_leads_at_once(fake_crm: FakeCrm, sqlite_url: str) -> None:
    store, delivery = _slow_harness(fake_crm, sqlite_url, concurrency=4)
    _queue_now(store, 8)
    assert delivery.deliver_due() == 8
    assert fake_crm.max_in_flight >= 2
    assert store.count_by_status() == {D: 8}
    delivery.close()


def test_concurrency_one_sends_strictly_one_at_a_time(fake_crm: FakeCrm, sqlite_url: str) -> None:
    store, delivery = _slow_harness(fake_crm, sqlite_url, concurrency=1)
    _queue_now(store, 4)
    assert delivery.deliver_due() == 4
    assert fake_crm.max_in_flight == 1
    delivery.close()


class StopOnClaim(RecordingNotifier):
    """Stops the delivery as soon as it reports a lead claimed: the stop catches a batch in hand."""

    delivery: LeadDelivery | None = None

    def lead_status_changed(self, record: LeadRecord) -> None:
        super().lead_status_changed(record)
        if record.status is LeadStatus.SENDING and self.delivery is not None:
            self.delivery.stop()


def test_stopping_sends_nothing_new_and_requeues_at_once(fake_crm: FakeCrm, sqlite_url: str) -> None:
    store, delivery = _slow_harness(fake_crm, sqlite_url, concurrency=1)
    _queue_now(store, 3)
    delivery.stop()
    assert delivery.deliver_due() == 0  # stopped: nothing is even claimed
    assert store.count_by_status() == {LeadStatus.PENDING: 3}

    notifier = StopOnClaim()
    crm = HttpCrmClient(build_http_client(fake_crm.url, "crm-token", 5))
    notifier.delivery = caught = LeadDelivery(store, OneCrm(crm), notifier, SystemClock(), concurrency=1)
    assert caught.deliver_due() == 3  # the whole batch was claimed before the stop...
    assert S in notifier.statuses
    assert fake_crm.received == []  # ...and none of it went out
    assert store.count_by_status() == {LeadStatus.PENDING: 3}
    assert len(store.claim_batch(datetime.now(UTC), timedelta(minutes=5), 10)) == 3  # due again, no lease wait


def test_stopping_mid_batch_finishes_the_request_on_the_wire_and_requeues_the_rest_at_once(
        fake_crm: FakeCrm, sqlite_url: str) -> None:
    store, delivery = _slow_harness(fake_crm, sqlite_url, concurrency=1)
    fake_crm.then(Answer(201, {"success": True, "message": "ok"}, delay=1.0))  # room to stop while it waits
    _queue_now(store, 3)
    passes = threading.Thread(target=delivery.deliver_due)
    passes.start()
    fake_crm.wait_for(1)
    delivery.stop()
    passes.join(10)
    assert not passes.is_alive()
    assert len(fake_crm.received) == 1
    assert store.count_by_status() == {D: 1, LeadStatus.PENDING: 2}
    # Due again at once, with no lease to wait out.
    assert len(store.claim_batch(datetime.now(UTC), timedelta(minutes=5), 10)) == 2
    delivery.close()


def test_a_long_crm_answer_is_kept_as_json_that_says_it_was_cut(rig: Rig) -> None:
    rig.crm.then(success("Lead created", {"id": "L9", "echo": "\"<&>\"\n" * MAX_CRM_RESPONSE}))
    lead = rig.queue()
    assert rig.delivery.deliver_due() == 1
    stored = rig.stored(lead.id)
    assert stored.status is D and stored.crm_response is not None
    assert len(stored.crm_response) <= MAX_CRM_RESPONSE
    kept = json.loads(stored.crm_response)
    assert kept["truncated"] is True
    assert kept["start"].startswith('{"id": "L9", "echo": "\\"<&>')


def test_a_short_crm_answer_is_kept_whole(rig: Rig) -> None:
    rig.crm.then(success("Lead created", {"id": "L9", "owner": "Zoë"}))
    lead = rig.queue()
    assert rig.delivery.deliver_due() == 1
    assert json.loads(rig.stored(lead.id).crm_response or "null") == {"id": "L9", "owner": "Zoë"}

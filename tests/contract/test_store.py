"""SqlLeadStore on SQLite and on PostgreSQL: the same contract, checked against both backends."""

from __future__ import annotations

import threading
import uuid
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone

import pytest

from bot.adapters.db import leads
from bot.adapters.store import SqlLeadStore, lead_row
from bot.domain.outbox import LeadRecord, LeadStatus, SlackMessageRef
from bot.domain.surface import Surface
from bot.errors import StoreError

T0 = datetime(2025, 3, 14, 9, 26, 53, 589793, tzinfo=UTC)
LEASE = timedelta(seconds=30)
BODY = '{"lead": {"agentId": "a1", "name": "Zoë  Müller 🚀", "metaData": {"notes": "tab\\there\\nnext"}}}  '


def _lead(at: datetime = T0, *, key: str | None = None, status: LeadStatus = LeadStatus.PENDING,
          body: str = BODY, **changes: object) -> LeadRecord:
    record = LeadRecord(
        id=str(uuid.uuid4()), capture_key=key or f"key-{uuid.uuid4().hex}", status=status, body=body,
        surface=Surface.MODAL, user_id="U0REP", created_at=at, updated_at=at, next_attempt_at=at, queued_at=at,
        team_id="T0001", channel_id="C0SALES1", thread_ts="1700000000.000100",
    )
    return record.evolve(**changes)


@pytest.fixture
def store(store_url: str) -> Iterator[SqlLeadStore]:
    opened = SqlLeadStore.from_url(store_url)
    yield opened
    opened.close()


def test_add_then_get_round_trips_every_field(store: SqlLeadStore) -> None:
    record = _lead(attempts=2, crm_message="ok", last_error="HTTP 503: busy", dry_run=True,
                   status_message=SlackMessageRef("D0DM", "1700000001.000200"),
                   next_attempt_at=T0 + timedelta(seconds=90, microseconds=7))
    assert store.add(record) == record
    got = store.get(record.id)
    assert got == record
    assert got.body == BODY
    assert got.surface is Surface.MODAL
    for moment in (got.created_at, got.updated_at, got.next_attempt_at):
        assert moment.utcoffset() == timedelta(0)
    assert got.next_attempt_at == T0 + timedelta(seconds=90, microseconds=7)
    assert store.get(str(uuid.uuid4())) is None


def test_a_surface_this_version_does_not_know_reads_as_the_forms(store: SqlLeadStore) -> None:
    record = _lead()
    with store.engine.begin() as conn:
        conn.execute(leads.insert().values({**lead_row(record), "surface": "workflow_step"}))
    got = store.get(record.id)
    assert got is not None and got.surface is Surface.MODAL
    assert [listed.surface for listed in store.list()] == [Surface.MODAL]


def test_an_aware_datetime_in_another_zone_keeps_its_instant(store: SqlLeadStore) -> None:
    plus_two = T0.astimezone(timezone(timedelta(hours=2)))
    record = store.add(_lead(plus_two))
    got = store.get(record.id)
    assert got is not None
    assert got.created_at == T0
    assert got.created_at.utcoffset() == timedelta(0)
    assert got.next_attempt_at == T0
    assert store.claim_batch(T0 - timedelta(minutes=1), LEASE, 1) == []
    assert [claimed.id for claimed in store.claim_batch(T0, LEASE, 1)] == [record.id]


def test_a_duplicate_capture_key_returns_the_first_lead(store: SqlLeadStore) -> None:
    first = store.add(_lead(key="view-123"))
    second = _lead(T0 + timedelta(seconds=1), key="view-123", body='{"lead": {"agentId": "other"}}')
    again = store.add(second)
    assert again.id == first.id
    assert again.body == BODY
    assert store.get(second.id) is None
    assert store.count_by_status() == {LeadStatus.PENDING: 1}


def test_a_claim_takes_the_oldest_due_leads_and_marks_them_sending(store: SqlLeadStore) -> None:
    middle = store.add(_lead(T0 - timedelta(minutes=2)))
    newest = store.add(_lead(T0 - timedelta(minutes=1), status=LeadStatus.RETRYING, attempts=1))
    oldest = store.add(_lead(T0 - timedelta(minutes=3)))
    first, rest = store.claim_batch(T0, LEASE, 1), store.claim_batch(T0, LEASE, 5)
    claimed = first + rest
    assert [c.id for c in claimed] == [oldest.id, middle.id, newest.id]
    assert all(c.status is LeadStatus.SENDING for c in claimed)
    assert claimed[2].attempts == 1
    assert store.claim_batch(T0, LEASE, 5) == []
    stored = store.get(oldest.id)
    assert stored is not None and stored.status is LeadStatus.SENDING
    assert stored.updated_at == T0


def test_a_claim_skips_leads_that_are_not_due_yet(store: SqlLeadStore) -> None:
    due = store.add(_lead(T0))
    later = store.add(_lead(T0 + timedelta(seconds=20)))  # due within the first claim's lease
    assert [c.id for c in store.claim_batch(T0, LEASE, 5)] == [due.id]
    assert store.get(later.id).status is LeadStatus.PENDING  # type: ignore[union-attr]
    assert [c.id for c in store.claim_batch(T0 + timedelta(seconds=20), LEASE, 5)] == [later.id]


def test_final_leads_are_never_claimed(store: SqlLeadStore) -> None:
    store.add(_lead(T0 - timedelta(hours=1), status=LeadStatus.DELIVERED))
    store.add(_lead(T0 - timedelta(hours=1), status=LeadStatus.FAILED))
    assert store.claim_batch(T0 + timedelta(days=2), LEASE, 5) == []


def test_a_sending_lead_is_claimable_again_only_after_its_lease(store: SqlLeadStore) -> None:
    record = store.add(_lead(T0))
    assert len(store.claim_batch(T0, LEASE, 1)) == 1
    assert store.claim_batch(T0 + timedelta(seconds=10), LEASE, 1) == []
    assert store.claim_batch(T0 + LEASE - timedelta(milliseconds=1), LEASE, 1) == []
    [again] = store.claim_batch(T0 + LEASE + timedelta(seconds=1), LEASE, 1)
    assert again.id == record.id
    assert again.status is LeadStatus.SENDING
    # the new lease starts from the second claim
    assert store.claim_batch(T0 + LEASE + timedelta(seconds=20), LEASE, 1) == []


@pytest.mark.parametrize("replicas", [False, True], ids=["one-store", "store-per-thread"])
def test_concurrent_claimers_never_get_the_same_lead(store: SqlLeadStore, store_url: str, replicas: bool) -> None:
    ids = {store.add(_lead(T0 - timedelta(seconds=n))).id for n in range(50)}
    stores = [SqlLeadStore.from_url(store_url) if replicas else store for _ in range(4)]
    claimed: list[str] = []
    errors: list[BaseException] = []
    start = threading.Barrier(len(stores))

    def claimer(own: SqlLeadStore) -> None:
        try:
            start.wait()
            while batch := own.claim_batch(T0, LEASE, 3):
                claimed.extend(record.id for record in batch)
        except BaseException as exc:  # noqa: B036 - reported to the main thread
            errors.append(exc)

    threads = [threading.Thread(target=claimer, args=(own,)) for own in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    for own in stores:
        if own is not store:
            own.close()
    assert errors == []
    assert [n for n in Counter(claimed).values() if n != 1] == []
    assert set(claimed) == ids
    assert store.count_by_status() == {LeadStatus.SENDING: 50}


def test_save_writes_the_status_fields_and_ends_the_lease(store: SqlLeadStore) -> None:
    record = store.add(_lead(T0))
    [claimed] = store.claim_batch(T0, LEASE, 1)
    later = T0 + timedelta(seconds=5)
    store.save(claimed.evolve(status=LeadStatus.RETRYING, attempts=1, updated_at=later,
                              next_attempt_at=later + timedelta(seconds=3), last_error="HTTP 503: busy"))
    got = store.get(record.id)
    assert got is not None
    assert (got.status, got.attempts, got.last_error) == (LeadStatus.RETRYING, 1, "HTTP 503: busy")
    assert got.updated_at == later
    assert got.next_attempt_at == later + timedelta(seconds=3)
    assert store.claim_batch(later + timedelta(seconds=2), LEASE, 1) == []
    [retried] = store.claim_batch(later + timedelta(seconds=3), LEASE, 1)
    assert retried.attempts == 1
    store.save(retried.evolve(status=LeadStatus.DELIVERED, attempts=2, crm_message="Lead created",
                              last_error=None))
    done = store.get(record.id)
    assert done is not None
    assert (done.status, done.attempts, done.crm_message, done.last_error) == (
        LeadStatus.DELIVERED, 2, "Lead created", None)
    assert done.body == BODY


def test_resubmit_requeues_only_a_failed_lead(store: SqlLeadStore) -> None:
    pending = store.add(_lead(T0))
    assert store.resubmit(pending.id, '{"lead": {}}', T0 + timedelta(minutes=1)) is None
    assert store.get(pending.id).body == BODY  # type: ignore[union-attr]
    failed = store.add(_lead(T0, status=LeadStatus.FAILED, attempts=3, last_error="lead.email is invalid",
                             crm_message="no"))
    new_body = '{"lead": {"agentId": "a1", "email": "jane@example.com"}}'
    later = T0 + timedelta(minutes=5)
    again = store.resubmit(failed.id, new_body, later)
    assert again is not None
    assert (again.id, again.status, again.attempts, again.body) == (failed.id, LeadStatus.PENDING, 0, new_body)
    assert (again.last_error, again.crm_message) == (None, None)
    assert again.next_attempt_at == later and again.queued_at == later and again.created_at == T0
    assert store.get(failed.id) == again
    assert store.resubmit(failed.id, BODY, later) is None  # pending again, so not twice
    assert store.resubmit(str(uuid.uuid4()), BODY, later) is None


def test_set_status_message_round_trips_and_survives_save(store: SqlLeadStore) -> None:
    record = store.add(_lead(T0))
    assert store.get(record.id).status_message is None  # type: ignore[union-attr]
    ref = SlackMessageRef("C0SALES1", "1700000002.000300")
    store.set_status_message(record.id, ref)
    assert store.get(record.id).status_message == ref  # type: ignore[union-attr]
    store.save(record.evolve(status=LeadStatus.FAILED, attempts=1))
    assert store.get(record.id).status_message == ref  # type: ignore[union-attr]


def test_next_due_at_is_the_earliest_retry_or_lease_end(store: SqlLeadStore) -> None:
    assert store.next_due_at() is None
    store.add(_lead(T0 - timedelta(minutes=10), status=LeadStatus.FAILED))
    store.add(_lead(T0 - timedelta(minutes=9), status=LeadStatus.DELIVERED))
    assert store.next_due_at() is None
    store.add(_lead(T0 + timedelta(minutes=5)))
    retrying = store.add(_lead(T0 + timedelta(minutes=2), status=LeadStatus.RETRYING))
    due = store.next_due_at()
    assert due == T0 + timedelta(minutes=2)
    assert due is not None and due.tzinfo is not None
    assert [c.id for c in store.claim_batch(T0 + timedelta(minutes=3), LEASE, 5)] == [retrying.id]
    assert store.next_due_at() == T0 + timedelta(minutes=3) + LEASE


def test_count_by_status(store: SqlLeadStore) -> None:
    assert store.count_by_status() == {}
    for status, n in ((LeadStatus.PENDING, 3), (LeadStatus.RETRYING, 1), (LeadStatus.FAILED, 2)):
        for _ in range(n):
            store.add(_lead(T0, status=status))
    store.claim_batch(T0, LEASE, 1)
    assert store.count_by_status() == {LeadStatus.PENDING: 2, LeadStatus.SENDING: 1, LeadStatus.RETRYING: 1,
                                       LeadStatus.FAILED: 2}


def test_an_unreachable_postgres_raises_store_error_without_the_password() -> None:
    url = "postgresql://leadbot:hunter2-S3cret@127.0.0.1:1/leadbot?connect_timeout=3"
    with pytest.raises(StoreError) as caught:
        SqlLeadStore.from_url(url)
    message = str(caught.value)
    assert "hunter2-S3cret" not in message
    assert "hunter2-S3cret" not in repr(caught.value)
    assert "127.0.0.1:1" in message
    assert caught.value.__cause__ is None


def test_fail_workspace_fails_only_that_workspaces_undelivered_leads(store: SqlLeadStore) -> None:
    mine = [store.add(_lead(status=status, team_id="T0GONE")) for status in
            (LeadStatus.PENDING, LeadStatus.RETRYING, LeadStatus.SENDING, LeadStatus.DELIVERED)]
    other = store.add(_lead(team_id="T0STAY"))
    later = T0 + timedelta(minutes=5)
    assert store.fail_workspace("T0GONE", "uninstalled", later) == 3
    after = [store.get(record.id) for record in mine]
    assert [r.status for r in after if r] == [LeadStatus.FAILED] * 3 + [LeadStatus.DELIVERED]
    assert {r.last_error for r in after[:3] if r} == {"uninstalled"}
    assert store.get(other.id).status is LeadStatus.PENDING  # type: ignore[union-attr]

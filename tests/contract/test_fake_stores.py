"""The in-memory stores (tests/support/fake_stores.py) keep the SQL stores' promises that the services
rely on: the same checks run against both, so a service test over the fakes means what it says."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta

import pytest
from sqlalchemy import text

from bot.adapters.conversation_store import SqlConversationStore
from bot.adapters.store import SqlLeadStore
from bot.domain.outbox import LeadStatus, SlackMessageRef
from bot.domain.surface import Surface
from bot.errors import StoreError
from bot.ports import ConversationKey, ConversationStore, LeadStore, SaveResult
from tests.support.fakes import T0, InMemoryConversationStore, InMemoryLeadStore
from tests.support.lead_records import lead_record

LEASE = timedelta(seconds=30)
KEY = ConversationKey("T0001", "D0DM", "", "U0REP")
OTHER_KEY = ConversationKey("T0001", "C0SALES1", "1700000000.000100", "U0REP")


@dataclass
class Stores:
    leads: LeadStore
    conversations: ConversationStore


@pytest.fixture(params=["memory", "sqlite"])
def stores(request: pytest.FixtureRequest) -> Iterator[Stores]:
    if request.param == "memory":
        memory = InMemoryLeadStore()
        yield Stores(memory, InMemoryConversationStore(memory))
        return
    sql = SqlLeadStore.from_url(request.getfixturevalue("sqlite_url"))
    yield Stores(sql, SqlConversationStore(sql.engine))
    sql.close()


def test_a_second_add_with_the_same_capture_key_gives_back_the_first(stores: Stores) -> None:
    first = lead_record(key="form:1")
    assert stores.leads.add(first) == first
    assert stores.leads.add(lead_record(key="form:1")) == first
    assert stores.leads.count_by_status() == {"pending": 1}


def test_claims_take_the_oldest_due_leads_for_a_lease(stores: Stores) -> None:
    older, old, newest = (lead_record(T0 + timedelta(seconds=s)) for s in (0, 1, 2))
    later = lead_record(next_attempt_at=T0 + timedelta(hours=1))
    for record in (newest, later, old, older):
        stores.leads.add(record)
    now = T0 + timedelta(seconds=5)

    claimed = stores.leads.claim_batch(now, LEASE, 2)

    assert [record.id for record in claimed] == [older.id, old.id]
    assert {(record.status, record.updated_at) for record in claimed} == {(LeadStatus.SENDING, now)}
    assert [record.id for record in stores.leads.claim_batch(now, LEASE, 5)] == [newest.id]
    assert stores.leads.claim_batch(now, LEASE, 5) == []
    assert stores.leads.next_due_at() == now + LEASE
    after_lease = now + LEASE + timedelta(microseconds=1)
    assert {record.id for record in stores.leads.claim_batch(after_lease, LEASE, 5)} == {older.id, old.id, newest.id}


def test_save_writes_the_status_fields_and_ends_the_lease(stores: Stores) -> None:
    stored = stores.leads.add(lead_record())
    claimed = stores.leads.claim_batch(T0, LEASE, 1)[0]
    retry_at = T0 + timedelta(minutes=1)

    stores.leads.save(claimed.evolve(status=LeadStatus.RETRYING, attempts=1, next_attempt_at=retry_at,
                                     last_error="HTTP 503: busy", body="{}", status_message=SlackMessageRef("C", "1")))

    saved = stores.leads.get(stored.id)
    assert saved == stored.evolve(status=LeadStatus.RETRYING, attempts=1, next_attempt_at=retry_at,
                                  last_error="HTTP 503: busy")
    assert stores.leads.next_due_at() == retry_at
    assert stores.leads.claim_batch(retry_at - timedelta(microseconds=1), LEASE, 1) == []


def test_only_a_failed_lead_is_resubmitted(stores: Stores) -> None:
    pending = stores.leads.add(lead_record())
    failed = stores.leads.add(lead_record(status=LeadStatus.FAILED, attempts=3, last_error="HTTP 400: bad email",
                                          crm_message="no"))
    now = T0 + timedelta(hours=2)

    assert stores.leads.resubmit(pending.id, '{"new": 1}', now) is None
    again = stores.leads.resubmit(failed.id, '{"new": 1}', now)

    assert again == failed.evolve(status=LeadStatus.PENDING, body='{"new": 1}', attempts=0, queued_at=now,
                                  updated_at=now, next_attempt_at=now, last_error=None, crm_message=None)
    assert stores.leads.get(failed.id) == again
    assert stores.leads.resubmit(failed.id, None, now) is None


def test_the_right_to_post_a_first_status_message_is_held_once(stores: Stores) -> None:
    lead = stores.leads.add(lead_record())
    until = T0 + timedelta(seconds=90)

    assert stores.leads.claim_status_post(lead.id, T0, until)
    assert not stores.leads.claim_status_post(lead.id, T0 + timedelta(seconds=1), until)
    stores.leads.release_status_post(lead.id)
    assert stores.leads.claim_status_post(lead.id, T0 + timedelta(seconds=2), until)
    assert stores.leads.claim_status_post(lead.id, until + timedelta(seconds=1), until + timedelta(seconds=90))
    stores.leads.set_status_message(lead.id, SlackMessageRef("D0DM", "1700000001.000200"))
    assert not stores.leads.claim_status_post(lead.id, T0 + timedelta(days=1), T0 + timedelta(days=2))
    assert stores.leads.claim_status_post(lead.id, T0, until, replacing="1700000001.000200")


def test_status_behind_lists_leads_whose_message_lags_oldest_change_first(stores: Stores) -> None:
    shown, shell, late, early = (lead_record(T0 + timedelta(seconds=s)) for s in (1, 2, 4, 3))
    for record in (shown, shell.evolve(surface=Surface.SHELL), late, early):
        stores.leads.add(record)
    stores.leads.mark_status_shown(shown.id, shown.updated_at)
    stores.leads.mark_status_shown(shown.id, T0)  # an older version does not win

    behind = stores.leads.status_behind(since=T0, before=T0 + timedelta(seconds=10), limit=5)

    assert [record.id for record in behind] == [early.id, late.id]
    assert stores.leads.status_behind(since=T0, before=T0 + timedelta(seconds=4), limit=5) == [early]
    assert stores.leads.status_behind(since=T0, before=T0 + timedelta(seconds=10), limit=1) == [early]


def test_conversation_versions_are_optimistic(stores: Stores) -> None:
    save = stores.conversations.save
    assert save(KEY, "{}", active=True, last_activity=T0, expected_version=None) is SaveResult.SAVED
    assert save(KEY, "{}", active=True, last_activity=T0, expected_version=None) is SaveResult.CONFLICT
    assert save(KEY, '{"n": 2}', active=False, last_activity=T0, expected_version=1) is SaveResult.SAVED
    assert save(KEY, '{"n": 3}', active=True, last_activity=T0, expected_version=1) is SaveResult.CONFLICT

    loaded = stores.conversations.load(KEY)
    assert loaded is not None
    assert (loaded.key, loaded.state, loaded.version, loaded.active) == (KEY, '{"n": 2}', 2, False)
    assert stores.conversations.load(OTHER_KEY) is None


def test_a_repeated_event_is_a_duplicate_and_a_conflict_leaves_it_unhandled(stores: Stores) -> None:
    save = stores.conversations.save
    assert save(KEY, "{}", active=True, last_activity=T0, expected_version=None, event_id="Ev1") is SaveResult.SAVED
    assert save(KEY, "{}", active=True, last_activity=T0, expected_version=1, event_id="Ev1") is SaveResult.DUPLICATE
    assert save(KEY, "{}", active=True, last_activity=T0, expected_version=7, event_id="Ev2") is SaveResult.CONFLICT
    assert save(KEY, "{}", active=True, last_activity=T0, expected_version=1, event_id="Ev2") is SaveResult.SAVED


def test_a_lead_is_written_with_the_state_or_not_at_all(stores: Stores) -> None:
    lead = lead_record(key="chat:1")
    assert stores.conversations.save(KEY, "{}", active=False, last_activity=T0, expected_version=None,
                                     lead=lead) is SaveResult.SAVED
    assert stores.leads.get(lead.id) == lead

    clash = lead_record(key="chat:1")
    assert stores.conversations.save(OTHER_KEY, "{}", active=False, last_activity=T0, expected_version=None,
                                     lead=clash) is SaveResult.CONFLICT
    assert stores.conversations.load(OTHER_KEY) is None
    assert stores.leads.get(clash.id) is None


def test_idle_conversations_and_old_events(stores: Stores) -> None:
    save = stores.conversations.save
    save(KEY, "{}", active=True, last_activity=T0, expected_version=None, event_id="Ev-old")
    save(OTHER_KEY, "{}", active=True, last_activity=T0 + timedelta(minutes=5), expected_version=None,
         event_id="Ev-new")

    assert [c.key for c in stores.conversations.idle_since(T0 + timedelta(minutes=10))] == [KEY, OTHER_KEY]
    assert [c.key for c in stores.conversations.idle_since(T0 + timedelta(minutes=1))] == [KEY]
    assert stores.conversations.forget_events(T0 + timedelta(minutes=1)) == 1
    assert save(KEY, "{}", active=False, last_activity=T0, expected_version=1, event_id="Ev-old") is SaveResult.SAVED
    assert save(KEY, "{}", active=False, last_activity=T0, expected_version=2,
                event_id="Ev-new") is SaveResult.DUPLICATE


def test_a_store_that_is_down_raises_store_error_where_the_surfaces_catch_it(
        request: pytest.FixtureRequest) -> None:
    """The lead form's resend and the Edit and Retry buttons catch StoreError (bot/services/form.py,
    bot/slack/newlead.py): the SQL store must raise that, not the driver's error."""
    failed = lead_record(status=LeadStatus.FAILED)
    memory = InMemoryLeadStore()
    memory.add(failed)
    for method in ("get", "resubmit"):
        memory.failures.fail(method)
    sql = SqlLeadStore.from_url(request.getfixturevalue("sqlite_url"))
    sql.add(failed)
    with sql.engine.begin() as conn:
        conn.execute(text("DROP TABLE leads"))

    for store in (memory, sql):
        with pytest.raises(StoreError):
            store.get(failed.id)
        with pytest.raises(StoreError):
            store.resubmit(failed.id, None, T0)
    sql.close()

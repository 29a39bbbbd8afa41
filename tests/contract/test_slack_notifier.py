"""The status message: one per lead, posted where the lead was captured, updated in place; a lead
orphaned by a crash before Slack was answered still gets one from the worker."""

from __future__ import annotations

import socket
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from bot.adapters.store import SqlLeadStore
from bot.domain.outbox import LeadRecord, LeadStatus
from bot.domain.surface import Surface
from bot.slack.app import build_web_client
from bot.slack.notifier import CATCH_UP_INTERVAL, SlackNotifier, status_destination
from tests.support.fake_slack import FakeSlack

T0 = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
BODY = '{"lead":{"agentId":"a","name":"Jane Roe"}}'


def _lead(**changes: object) -> LeadRecord:
    record = LeadRecord(id=str(uuid.uuid4()), capture_key=uuid.uuid4().hex, status=LeadStatus.PENDING, body=BODY,
                        surface=Surface.MODAL, user_id="U0REP001", created_at=T0, updated_at=T0, next_attempt_at=T0,
                        queued_at=T0, channel_id="C0SALES1")
    return record.evolve(**changes)


def unused_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _notifier(fake_slack: FakeSlack, store: SqlLeadStore) -> SlackNotifier:
    return SlackNotifier(build_web_client("xoxb-1", fake_slack.api_url), store, clock=lambda: T0)


def _delivered(store: SqlLeadStore, record: LeadRecord, at: datetime) -> None:
    store.save(record.evolve(status=LeadStatus.DELIVERED, attempts=1, crm_message="ok", updated_at=at))


Posted = tuple[SqlLeadStore, SlackNotifier, LeadRecord]


@pytest.fixture
def posted(fake_slack: FakeSlack, sqlite_url: str) -> Iterator[Posted]:
    """A stored lead whose first status message was posted."""
    store = SqlLeadStore.from_url(sqlite_url)
    notifier = _notifier(fake_slack, store)
    record = store.add(_lead())
    notifier.lead_stored(record)
    assert notifier.flush(10)
    yield store, notifier, record
    notifier.close()
    store.close()


def test_status_goes_to_the_thread_the_dm_or_the_reps_dm() -> None:
    assert status_destination(_lead(thread_ts="1700.1")) == ("C0SALES1", "1700.1")
    assert status_destination(_lead(surface=Surface.CHAT, channel_id="D0REP001")) == ("D0REP001", None)
    assert status_destination(_lead()) == ("U0REP001", None)


def test_posted_once_then_updated_in_place(fake_slack: FakeSlack, posted: Posted) -> None:
    store, notifier, record = posted
    notifier.lead_stored(record)  # a double submit: the same message, updated
    assert notifier.flush(10)
    _delivered(store, record, T0 + timedelta(seconds=1))
    notifier.lead_status_changed(record)
    assert notifier.flush(10)
    assert len(fake_slack.calls_to("chat.postMessage")) == 1
    updates = fake_slack.calls_to("chat.update")
    assert len(updates) == 2 and "was created in the CRM" in updates[-1].args["text"]
    assert updates[-1].args["channel"] == "D0REP001"


def test_an_orphaned_lead_gets_its_message_from_the_worker(fake_slack: FakeSlack, sqlite_url: str) -> None:
    store = SqlLeadStore.from_url(sqlite_url)
    now = [T0]
    notifier = SlackNotifier(build_web_client("xoxb-1", fake_slack.api_url), store, clock=lambda: now[0])
    record = store.add(_lead())
    notifier.lead_status_changed(record)  # young: the capture path may still be posting
    assert notifier.flush(10)
    assert fake_slack.calls_to("chat.postMessage") == []
    now[0] = T0 + 2 * CATCH_UP_INTERVAL + timedelta(seconds=1)
    notifier.lead_status_changed(record)
    assert notifier.flush(10)
    posted = fake_slack.calls_to("chat.postMessage")
    assert len(posted) == 1 and posted[0].args["channel"] == "U0REP001"
    stored = store.get(record.id)
    assert stored is not None and stored.status_message is not None
    store.close()


def test_a_message_slack_did_not_take_is_caught_up_later(fake_slack: FakeSlack, sqlite_url: str) -> None:
    store = SqlLeadStore.from_url(sqlite_url)
    now = [T0]
    # Nothing listens on this port: every call fails at once with a refused connection.
    down = SlackNotifier(build_web_client("xoxb-1", f"http://127.0.0.1:{unused_port()}/api/"), store,
                         clock=lambda: now[0])
    record = store.add(_lead())
    down.lead_stored(record)
    assert down.flush(10)
    assert store.get(record.id).status_message is None  # type: ignore[union-attr]
    now[0] = T0 + 2 * CATCH_UP_INTERVAL + timedelta(seconds=1)
    assert [r.id for r in store.status_behind(since=T0 - timedelta(days=1), before=now[0], limit=10)] == [record.id]

    up = SlackNotifier(build_web_client("xoxb-1", fake_slack.api_url), store, clock=lambda: now[0])
    assert up.catch_up() == 1
    assert up.flush(10)
    assert len(fake_slack.calls_to("chat.postMessage")) == 1
    assert store.status_behind(since=T0 - timedelta(days=1), before=now[0], limit=10) == []
    # A later change puts the message behind again; the next pass updates it in place.
    _delivered(store, record, now[0])
    assert up.catch_up() == 0  # it may still be on its way from the capture path or a worker
    now[0] += CATCH_UP_INTERVAL + timedelta(seconds=1)
    assert up.catch_up() == 1 and up.flush(10)
    assert "was created in the CRM" in fake_slack.wait_for("chat.update")[0].args["text"]
    assert up.catch_up() == 0
    for notifier in (down, up):
        notifier.close()
    store.close()


def test_a_refused_message_is_not_tried_again(fake_slack: FakeSlack, sqlite_url: str) -> None:
    store = SqlLeadStore.from_url(sqlite_url)
    fake_slack.failures["chat.postMessage"] = "channel_not_found"
    notifier = _notifier(fake_slack, store)
    record = store.add(_lead())
    notifier.lead_stored(record)
    assert notifier.flush(10)
    assert len(fake_slack.calls_to("chat.postMessage")) == 1
    assert store.status_behind(since=T0 - timedelta(days=1), before=T0 + timedelta(days=1), limit=10) == []
    notifier.close()
    store.close()


def test_terminal_leads_never_get_a_slack_message(fake_slack: FakeSlack, sqlite_url: str) -> None:
    store = SqlLeadStore.from_url(sqlite_url)
    notifier = _notifier(fake_slack, store)
    record = store.add(_lead(surface=Surface.SHELL, channel_id=None, user_id="root"))
    assert store.status_behind(since=T0 - timedelta(days=1), before=T0 + timedelta(days=1), limit=10) == []
    notifier.lead_stored(record)
    assert notifier.flush(10)
    assert fake_slack.calls_to("chat.postMessage") == []
    notifier.close()
    store.close()


def test_a_deleted_status_message_is_posted_again(fake_slack: FakeSlack, posted: Posted) -> None:
    store, notifier, record = posted
    fake_slack.failures["chat.update"] = "message_not_found"  # the rep deleted it
    _delivered(store, record, T0 + timedelta(seconds=1))
    notifier.lead_status_changed(record)
    assert notifier.flush(10)
    posts = fake_slack.calls_to("chat.postMessage")
    assert len(posts) == 2 and "was created in the CRM" in posts[-1].args["text"]
    stored = store.get(record.id)
    assert stored is not None and stored.status_message is not None
    assert stored.status_message.ts == "1700000000.000002"  # the new message is the one updated from now on


def test_two_replicas_catching_up_one_orphan_post_it_once(fake_slack: FakeSlack, sqlite_url: str) -> None:
    store = SqlLeadStore.from_url(sqlite_url)
    later = T0 + 3 * CATCH_UP_INTERVAL
    replicas = [SlackNotifier(build_web_client("xoxb-1", fake_slack.api_url), store, clock=lambda: later)
                for _ in range(2)]
    record = store.add(_lead())  # its capturing process died before posting: an orphan
    # (the first replica's post is slow, so the second replica's catch-up pass surely runs while it is on its way, as
    # on two machines; a quick post could be shown before the second pass looked, and that pass would find nothing)
    fake_slack.slow("chat.postMessage", 2.0, times=1)
    for replica in replicas:
        assert replica.catch_up() == 1
    for replica in replicas:
        assert replica.flush(10)
    assert len(fake_slack.calls_to("chat.postMessage")) == 1
    stored = store.get(record.id)
    assert stored is not None and stored.status_message is not None
    for replica in replicas:
        replica.close()
    store.close()

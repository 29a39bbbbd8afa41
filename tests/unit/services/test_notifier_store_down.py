"""SlackNotifier when its store fails: the services that call it never see an error, and the lead's
status is caught up once the store is back. (Slack failing is covered in tests/contract.)"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from bot.slack.app import build_web_client
from bot.slack.notifier import CATCH_UP_INTERVAL, SlackNotifier
from tests.support.fake_slack import FakeSlack
from tests.support.fakes import T0, FixedClock, InMemoryLeadStore
from tests.support.lead_records import lead_record


@pytest.fixture
def store() -> InMemoryLeadStore:
    return InMemoryLeadStore()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def notifier(fake_slack: FakeSlack, store: InMemoryLeadStore, clock: FixedClock) -> Iterator[SlackNotifier]:
    made = SlackNotifier(build_web_client("xoxb-1", fake_slack.api_url), store, clock.now)
    yield made
    made.close()


@pytest.mark.parametrize("method", ["get", "claim_status_post", "set_status_message"])
def test_a_store_failure_is_logged_not_raised_and_caught_up_later(
        method: str, fake_slack: FakeSlack, store: InMemoryLeadStore, clock: FixedClock, notifier: SlackNotifier,
        caplog: pytest.LogCaptureFixture) -> None:
    lead = store.add(lead_record(T0))
    store.failures.fail(method)

    notifier.lead_stored(lead)
    notifier.lead_status_changed(lead)

    assert notifier.flush(10)
    assert "could not show a lead's status" in caplog.messages
    store.failures.recover()
    assert store.get(lead.id) == lead  # no status message recorded
    clock.advance(2 * CATCH_UP_INTERVAL + timedelta(seconds=1))
    assert notifier.catch_up() == 1
    assert notifier.flush(10)
    shown = store.get(lead.id)
    assert shown is not None and shown.status_message is not None
    assert [call.args["channel"] for call in fake_slack.calls_to("chat.postMessage")][-1] == "C0SALES1"

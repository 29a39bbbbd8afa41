"""The CRM failing in the ways it can, seen through the real server: retries, Retry-After, rejection,
and what the rep's status message says at each step."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.domain.outbox import LeadStatus
from bot.slack.blocks import RETRY_ACTION_ID
from tests.support.fake_crm import Answer, FakeCrm, rejected, success
from tests.support.fake_slack import FakeSlack
from tests.support.harness import BotHarness, make_settings
from tests.support.newlead_form import VALID, open_modal
from tests.support.waiting import wait_until


@pytest.fixture
def quick_bot(fake_slack: FakeSlack, fake_crm: FakeCrm, tmp_path: Path) -> Iterator[BotHarness]:
    """Retries after tens of milliseconds instead of seconds, so a test sees several."""
    harness = BotHarness(make_settings(
        slack_api_base_url=fake_slack.api_url, crm_base_url=fake_crm.url, retry_base_seconds=0.05,
        database_url=f"sqlite:///{tmp_path / 'bot.sqlite3'}")).start()
    yield harness
    harness.close()


def _capture(bot: BotHarness, slack: FakeSlack) -> None:
    view = open_modal(bot, slack)
    assert bot.submit(VALID, private_metadata=view["private_metadata"]).status_code == 200


def _lead_status(bot: BotHarness) -> dict[str, int]:
    return bot.runtime.store.count_by_status()


def test_503_503_then_201_delivers_once_after_three_attempts(quick_bot: BotHarness, fake_slack: FakeSlack,
                                                              fake_crm: FakeCrm) -> None:
    unavailable = Answer(503, {"success": False, "message": "Service Unavailable"})
    fake_crm.then(unavailable, unavailable, success("Lead created", {"id": "crm-77"}))
    _capture(quick_bot, fake_slack)
    wait_until(lambda: _lead_status(quick_bot) == {"delivered": 1})
    sent = fake_crm.received
    assert len(sent) == 3
    assert len({r.body for r in sent}) == 1  # the same bytes, and so the same activity id, every time
    fake_slack.wait_for_message("was created in the CRM (CRM id crm-77)")
    # One message, updated in place. Changes that come faster than Slack is called are shown as one
    # update of the latest state, so how many intermediate states the rep saw is not fixed.
    assert len(fake_slack.calls_to("chat.postMessage")) == 1
    record = quick_bot.runtime.store.list()[0]
    assert record.attempts == 3 and record.status is LeadStatus.DELIVERED

    metrics = quick_bot.http.get("/metrics")
    assert metrics.status_code == 200 and metrics.headers["content-type"].startswith("text/plain")
    lines = set(metrics.text.splitlines())
    assert 'leadbot_leads_captured_total{surface="modal"} 1.0' in lines
    assert 'leadbot_delivery_attempts_total{outcome="retrying"} 2.0' in lines
    assert 'leadbot_delivery_attempts_total{outcome="delivered"} 1.0' in lines
    assert 'leadbot_outbox_leads{status="pending"} 0.0' in lines
    assert "leadbot_delivery_latency_seconds_count 1.0" in lines


def test_429_retry_after_is_honoured(quick_bot: BotHarness, fake_slack: FakeSlack, fake_crm: FakeCrm) -> None:
    fake_crm.then(Answer(429, {"success": False, "message": "Too many requests"}, headers={"Retry-After": "2"}))
    _capture(quick_bot, fake_slack)
    first, second = fake_crm.wait_for(2, timeout=15)[:2]
    assert second.at - first.at >= 2.0
    wait_until(lambda: _lead_status(quick_bot) == {"delivered": 1})


def test_a_400_fails_at_once_with_the_crms_reason_and_can_be_retried(
    quick_bot: BotHarness, fake_slack: FakeSlack, fake_crm: FakeCrm
) -> None:
    fake_crm.then(rejected(400, "agentId agent-42 does not exist"))
    _capture(quick_bot, fake_slack)
    wait_until(lambda: _lead_status(quick_bot) == {"failed": 1})
    assert len(fake_crm.received) == 1
    failed = fake_slack.wait_for_message("did not accept").args
    assert "agentId agent-42 does not exist" in failed["text"]
    buttons = {e["action_id"]: e["value"] for b in failed["blocks"] if b["type"] == "actions"
               for e in b["elements"]}
    assert set(buttons) == {"lead_edit", RETRY_ACTION_ID}

    quick_bot.action(RETRY_ACTION_ID, buttons[RETRY_ACTION_ID])
    wait_until(lambda: _lead_status(quick_bot) == {"delivered": 1})
    assert len(fake_crm.received) == 2 and fake_crm.received[0].body == fake_crm.received[1].body


def test_transient_failures_past_the_maximum_age_fail_the_lead(fake_slack: FakeSlack, fake_crm: FakeCrm,
                                                               tmp_path: Path) -> None:
    fake_crm.default = Answer(502, b"<html>Bad Gateway</html>")
    harness = BotHarness(make_settings(
        slack_api_base_url=fake_slack.api_url, crm_base_url=fake_crm.url, retry_base_seconds=0.05,
        retry_max_age_hours=0.5 / 3600, database_url=f"sqlite:///{tmp_path / 'bot.sqlite3'}")).start()
    try:
        _capture(harness, fake_slack)
        wait_until(lambda: _lead_status(harness) == {"failed": 1}, timeout=15)
        record: Any = harness.runtime.store.list()[0]
        assert record.last_error.startswith("Gave up after") and record.attempts >= 2
    finally:
        harness.close()

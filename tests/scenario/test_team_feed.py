"""The team's leads channel (LEADS_CHANNEL) end to end: a lead captured through the real server and
delivered to the fake CRM is posted there once, without contact details unless asked, and a channel
LeadBot is not in is said once in the log."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any

import pytest

from bot.domain.outbox import LeadStatus
from tests.support import slack_requests as sr
from tests.support.block_kit import assert_valid_call
from tests.support.fake_crm import FakeCrm, success
from tests.support.fake_slack import FakeSlack, SlackCall
from tests.support.harness import BotHarness, make_settings
from tests.support.log_scan import LogRecords
from tests.support.newlead_form import VALID, open_modal
from tests.support.processes import bot_env, run_bot
from tests.support.waiting import wait_until

LEADS = "C0LEADS01"


def _feed_bot(fake_slack: FakeSlack, fake_crm: FakeCrm, database_url: str, **settings: Any) -> BotHarness:
    return BotHarness(make_settings(slack_api_base_url=fake_slack.api_url, crm_base_url=fake_crm.url,
                                    database_url=database_url, leads_channel=LEADS, **settings)).start()


@pytest.fixture
def feed_bot(fake_slack: FakeSlack, fake_crm: FakeCrm, sqlite_url: str) -> Iterator[BotHarness]:
    harness = _feed_bot(fake_slack, fake_crm, sqlite_url)
    yield harness
    harness.close()


def _deliver(bot: BotHarness, slack: FakeSlack, crm: FakeCrm, values: dict[str, str], view_id: str) -> str:
    """Capture a lead with the form and wait until the CRM has it; returns its id."""
    crm.then(success("Lead created", {"id": f"crm-{view_id}"}))
    sent_before = len(crm.received)
    view = open_modal(bot, slack)
    assert bot.submit(values, private_metadata=view["private_metadata"], view_id=view_id).status_code == 200
    lead_id: str = json.loads(crm.wait_for(sent_before + 1)[-1].body)["lead"]["crmActivities"][0]["id"]
    wait_until(lambda: bot.runtime.store.get(lead_id).status is LeadStatus.DELIVERED,  # type: ignore[union-attr]
               expected="the lead delivered")
    return lead_id


def _feed_posts(slack: FakeSlack) -> list[SlackCall]:
    return [c for c in slack.calls_to("chat.postMessage") if c.args.get("channel") == LEADS]


def test_a_delivered_lead_is_posted_once_without_contact_details(
    feed_bot: BotHarness, fake_slack: FakeSlack, fake_crm: FakeCrm
) -> None:
    lead_id = _deliver(feed_bot, fake_slack, fake_crm, VALID, "V0FEED01")
    post = fake_slack.wait_for("chat.postMessage", channel=LEADS, answered=True)[0]
    assert_valid_call(post.method, post.args, allowed=[f"<@{sr.USER['id']}>"])
    shown = json.dumps(post.args)
    for expected in ("Jane Roe", "Acme Inc", f"<@{sr.USER['id']}>", "Owner", "Captured by",
                     "the /newlead form", "crm-V0FEED01"):
        assert expected in shown, expected
    assert "jane.roe" not in shown.lower() and "555" not in shown  # masked by default

    # Told again of the same delivered lead (a second replica, a catch-up): the claim holds, no second post.
    record = feed_bot.runtime.store.get(lead_id)
    assert record is not None and feed_bot.runtime.feed is not None
    feed_bot.runtime.feed.lead_status_changed(record)
    _deliver(feed_bot, fake_slack, fake_crm, {**VALID, "name": "Sam Lee", "email": "sam@example.com", "phone": ""},
             "V0FEED02")
    fake_slack.wait_for("chat.postMessage", 2, channel=LEADS, answered=True)
    feed_bot.runtime.feed.flush(5)
    assert [("Sam Lee" in json.dumps(p.args), "Jane Roe" in json.dumps(p.args)) for p in _feed_posts(fake_slack)] \
        == [(False, True), (True, False)]


def test_contact_details_are_shown_when_asked(fake_slack: FakeSlack, fake_crm: FakeCrm, sqlite_url: str) -> None:
    bot = _feed_bot(fake_slack, fake_crm, sqlite_url, leads_channel_show_contact=True)
    try:
        _deliver(bot, fake_slack, fake_crm, VALID, "V0FEED03")
        post = fake_slack.wait_for("chat.postMessage", channel=LEADS, answered=True)[0]
    finally:
        bot.close()
    assert_valid_call(post.method, post.args, allowed=[f"<@{sr.USER['id']}>"])
    shown = json.dumps(post.args)
    assert "jane.roe@example.com" in shown and "+14155550100" in shown


def test_a_channel_the_bot_is_not_in_is_said_once(
    feed_bot: BotHarness, fake_slack: FakeSlack, fake_crm: FakeCrm, log_records: LogRecords
) -> None:
    fake_slack.refuse("chat.postMessage", "not_in_channel")  # every post, the rep's status messages too
    for n, name in enumerate(("Jane Roe", "Sam Lee", "Ann Smith")):
        _deliver(feed_bot, fake_slack, fake_crm, {**VALID, "name": name, "email": f"x{n}@example.com", "phone": ""},
                 f"V0FEED1{n}")
    fake_slack.wait_for("chat.postMessage", 3, channel=LEADS)
    assert feed_bot.runtime.feed is not None and feed_bot.runtime.feed.flush(5)
    said = [r for r in log_records.records if r.name == "bot.slack.feed"]
    assert len(said) == 1
    assert said[0].levelno == logging.WARNING and LEADS in said[0].getMessage()
    assert "invite @LeadBot" in said[0].getMessage()


def test_doctor_checks_the_leads_channel(sqlite_url: str, fake_slack: FakeSlack, fake_crm: FakeCrm) -> None:
    env = bot_env(DATABASE_URL=sqlite_url, SLACK_BOT_TOKEN="xoxb-1-doctor-secret",
                  SLACK_API_BASE_URL=fake_slack.api_url, CRM_BASE_URL=fake_crm.url, LEADS_CHANNEL=LEADS)
    fake_slack.channels[LEADS] = {"id": LEADS, "name": "won-leads", "is_member": True, "is_archived": False}
    assert "✓ leads     LeadBot is in LEADS_CHANNEL #won-leads" in run_bot("doctor", env=env).stdout

    fake_slack.channels[LEADS] = {"id": LEADS, "name": "won-leads", "is_member": False, "is_archived": False}
    outside = run_bot("doctor", env=env)
    assert outside.returncode == 1
    assert "✗ leads     LeadBot is not in LEADS_CHANNEL #won-leads" in outside.stdout
    assert "/invite @LeadBot in #won-leads" in outside.stdout

    del fake_slack.channels[LEADS]
    assert "channel_not_found" in run_bot("doctor", env=env).stdout
    assert fake_slack.wait_for("conversations.info", 3, channel=LEADS)
    unset = run_bot("doctor", env={**env, "LEADS_CHANNEL": ""}).stdout.splitlines()
    assert not [line for line in unset if line[2:].startswith("leads ")]  # no channel check without a channel
    assert any("no team feed (LEADS_CHANNEL is not set)" in line for line in unset)

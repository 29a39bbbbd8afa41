"""Every kind of Slack payload LeadBot handles or subscribes to, replayed while every Web API method
is slow beyond its timeout or drops the connection: Slack always gets the answer it expects, nothing
is logged at ERROR, no traceback. And delivery to the CRM never waits on Slack."""

from __future__ import annotations

from typing import Any

import pytest

from bot.ports import ConversationKey
from bot.services.home import HomePage
from bot.slack.blocks import CHAT_OPEN_FORM_ACTION, EDIT_ACTION_ID, RETRY_ACTION_ID, lead_modal
from bot.slack.home_view import HOME_NEW_LEAD_ACTION, home_view
from bot.slack.manifest import SHORTCUT_CALLBACK_ID
from tests.support import real_payloads as rp
from tests.support.fake_crm import FakeCrm
from tests.support.fake_slack import BOT_USER_ID, TEAM_ID, FakeSlack
from tests.support.fault_replay import (
    FAULTS,
    WEB_METHODS,
    assert_acked,
    assert_submission_acked,
    finish,
    stored_lead,
    wait_delivered,
)
from tests.support.harness import BotHarness
from tests.support.log_scan import LogRecords

ADD_IDA = "Add Ida Li, <mailto:ida@li.io|ida@li.io>"
DM_KEY = str(ConversationKey(TEAM_ID, rp.DM_CHANNEL, "", rp.REP))
IN_CHANNEL = {"channel": rp.SALES_CHANNEL, "channel_type": "channel"}
THREAD = "1700000000.000100"

# What each payload file is filled with: a plausible message of its kind from the rep.
EVENTS: dict[str, dict[str, Any]] = {
    "event_message_im": {"text": ADD_IDA},
    "event_message_im_thread_reply": {"text": ADD_IDA, "thread_ts": THREAD},
    "event_message_channel_thread": {"text": ADD_IDA, "thread_ts": THREAD, **IN_CHANNEL},
    "event_message_group_thread": {"text": ADD_IDA, "thread_ts": THREAD, "channel": "G0PRIV01",
                                   "channel_type": "group"},
    "event_message_changed": {"text": ADD_IDA, "previous_text": "Add Ida Li"},
    "event_message_deleted": {"previous_text": ADD_IDA},
    "event_file_share": {"text": ADD_IDA},
    "event_file_share_no_text": {},
    "event_thread_broadcast": {"text": ADD_IDA, "thread_ts": THREAD, "root_text": "lead?", **IN_CHANNEL},
    "event_bot_message": {"text": "Deploy finished", **IN_CHANNEL},
    "event_message_from_other_app": {"text": "Reminder: pipeline review", **IN_CHANNEL},
    "event_message_from_self": {"text": "What's their email?"},
    "event_app_mention": {"text": f"<@{BOT_USER_ID}> {ADD_IDA}", **IN_CHANNEL},
    "event_app_mention_in_thread": {"text": f"<@{BOT_USER_ID}|leadbot> {ADD_IDA}", "thread_ts": THREAD,
                                    **IN_CHANNEL},
    "event_app_home_opened_home": {},
    "event_app_home_opened_messages": {},
}
BUTTONS = {  # action id -> the value LeadBot puts on that button
    "chat_confirm": DM_KEY, "chat_edit": DM_KEY, "chat_cancel": DM_KEY, CHAT_OPEN_FORM_ACTION: DM_KEY,
    EDIT_ACTION_ID: "lead-that-is-not-there", RETRY_ACTION_ID: "lead-that-is-not-there",
}
DOWN = ["slow", "drop"]


def test_every_payload_file_is_replayed_here() -> None:
    covered = set(EVENTS) | {"command_newlead", "view_submission", "block_actions_message", "block_actions_home",
                             "message_action", "event_function_executed"}
    assert covered == set(rp.KINDS)


def slack_down(slack: FakeSlack, fault: str) -> None:
    for method in WEB_METHODS:
        FAULTS[fault](slack, method)


@pytest.mark.parametrize("fault", DOWN)
@pytest.mark.parametrize("kind", sorted(EVENTS))
def test_event(short_timeout_bot: BotHarness, fake_slack: FakeSlack, log_records: LogRecords,
               kind: str, fault: str) -> None:
    slack_down(fake_slack, fault)
    assert_acked(short_timeout_bot.replay(kind, **EVENTS[kind]))
    finish(short_timeout_bot, fake_slack, log_records)


@pytest.mark.parametrize("fault", DOWN)
def test_newlead_command(short_timeout_bot: BotHarness, fake_slack: FakeSlack, log_records: LogRecords,
                         fault: str) -> None:
    slack_down(fake_slack, fault)
    assert_acked(short_timeout_bot.replay("command_newlead", text=ADD_IDA, response_url=fake_slack.hooks_url(),
                                          **IN_CHANNEL))
    fake_slack.wait_for("views.open")
    finish(short_timeout_bot, fake_slack, log_records)


@pytest.mark.parametrize("fault", DOWN)
def test_message_shortcut(short_timeout_bot: BotHarness, fake_slack: FakeSlack, log_records: LogRecords,
                          fault: str) -> None:
    slack_down(fake_slack, fault)
    assert_acked(short_timeout_bot.replay("message_action", callback_id=SHORTCUT_CALLBACK_ID, message_text=ADD_IDA,
                                          author="U0JANE001", response_url=fake_slack.hooks_url(), **IN_CHANNEL))
    fake_slack.wait_for("views.open")
    finish(short_timeout_bot, fake_slack, log_records)


@pytest.mark.parametrize("fault", DOWN)
def test_workflow_step(short_timeout_bot: BotHarness, fake_slack: FakeSlack, log_records: LogRecords,
                       fault: str) -> None:
    slack_down(fake_slack, fault)
    inputs = {"name": "Ida Li", "email": "ida@li.io", "submitted_by": rp.REP}
    assert_acked(short_timeout_bot.replay("event_function_executed", inputs=inputs))
    stored_lead(short_timeout_bot, "ida@li.io")  # stored, though Slack never heard the step complete
    fake_slack.wait_for("functions.completeSuccess")
    finish(short_timeout_bot, fake_slack, log_records)


@pytest.mark.parametrize("fault", DOWN)
def test_form_submission(short_timeout_bot: BotHarness, fake_slack: FakeSlack, log_records: LogRecords,
                         fault: str) -> None:
    slack_down(fake_slack, fault)
    view = lead_modal(private_metadata="")
    values = {"name": "Ida Li", "email": "ida@li.io", "phone": "", "company": "", "notes": ""}
    assert_submission_acked(short_timeout_bot.send(rp.submission(view, values)))
    stored_lead(short_timeout_bot, "ida@li.io")
    finish(short_timeout_bot, fake_slack, log_records)


@pytest.mark.parametrize("fault", DOWN)
@pytest.mark.parametrize("action_id", sorted(BUTTONS))
def test_message_button(short_timeout_bot: BotHarness, fake_slack: FakeSlack, log_records: LogRecords,
                        action_id: str, fault: str) -> None:
    slack_down(fake_slack, fault)
    assert_acked(short_timeout_bot.replay("block_actions_message", action_id=action_id,
                                          action_value=BUTTONS[action_id], response_url=fake_slack.hooks_url()))
    finish(short_timeout_bot, fake_slack, log_records)


@pytest.mark.parametrize("fault", DOWN)
def test_home_button(short_timeout_bot: BotHarness, fake_slack: FakeSlack, log_records: LogRecords,
                     fault: str) -> None:
    slack_down(fake_slack, fault)
    home = home_view(HomePage(rp.REP))
    pressed = rp.button(home, HOME_NEW_LEAD_ACTION)
    assert_acked(short_timeout_bot.replay("block_actions_home", action_id=HOME_NEW_LEAD_ACTION,
                                          block_id=pressed["block_id"], view_blocks=home["blocks"]))
    fake_slack.wait_for("views.open")
    finish(short_timeout_bot, fake_slack, log_records)


@pytest.mark.parametrize("fault", DOWN)
def test_delivery_does_not_wait_on_slack(short_timeout_bot: BotHarness, fake_slack: FakeSlack, fake_crm: FakeCrm,
                                         log_records: LogRecords, fault: str) -> None:
    """chat.postMessage and chat.update hang (or drop) for good: the CRM still gets the lead at once,
    not after a 5-minute lease runs out."""
    bot = short_timeout_bot
    assert_acked(bot.replay("command_newlead", text="", response_url=fake_slack.hooks_url(), **IN_CHANNEL))
    view = fake_slack.wait_for("views.open", answered=True)[0].args["view"]
    for method in ("chat.postMessage", "chat.update"):
        FAULTS[fault](fake_slack, method)
    values = {"name": "Ida Li", "email": "ida@li.io", "phone": "", "company": "Li Labs", "notes": ""}
    assert_submission_acked(bot.send(rp.submission(view, values)))
    lead_id = stored_lead(bot, "ida@li.io").id
    assert fake_crm.wait_for(1)[0].json()["lead"]["email"] == "ida@li.io"
    wait_delivered(bot, lead_id)
    finish(bot, fake_slack, log_records)

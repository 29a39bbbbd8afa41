"""Real Slack payloads replayed against LeadBot's real server while Slack's Web API misbehaves.

For each thing a rep does (run /newlead, submit the form, DM LeadBot, press Confirm, open the Home
tab, press its button, @mention it) and each Web API method that does calls, the method is made
slow beyond every timeout, drops the connection, answers 503, 429 or ok:false until Slack
"recovers". Then: Slack got the answer it expects (never >= 500); nothing the rep did was lost; once
Slack recovers the rep sees the reply or status; nothing was logged at ERROR and no traceback;
everything sent to Slack is valid Block Kit.
"""

from __future__ import annotations

import pytest

from bot.ports import ConversationKey
from bot.slack.home_view import HOME_NEW_LEAD_ACTION
from tests.support import real_payloads as rp
from tests.support.fake_crm import FakeCrm
from tests.support.fake_slack import BOT_USER_ID, TEAM_ID, FakeSlack
from tests.support.fault_replay import (
    FAULTS,
    assert_acked,
    assert_submission_acked,
    eventually,
    finish,
    settle_before_recovery,
    status_shown,
    stored_lead,
    told,
)
from tests.support.harness import BotHarness
from tests.support.log_scan import LogRecords

ADD_IDA = "Add Ida Li, <mailto:ida@li.io|ida@li.io>"  # as Slack sends "Add Ida Li, ida@li.io"
FULL_LEAD = "Add Ida Li, <mailto:ida@li.io|ida@li.io>, +44 20 7946 0958, Li Labs"
FORM = {"name": "Ida Li", "email": "ida@li.io", "phone": "", "company": "Li Labs", "notes": ""}
DM_KEY = ConversationKey(TEAM_ID, rp.DM_CHANNEL, "", rp.REP)


def matrix(*methods: str) -> pytest.MarkDecorator:
    """Each of ``methods`` (the Web API calls a kind makes) with each fault."""
    return pytest.mark.parametrize(("method", "fault"), [(m, f) for m in methods for f in FAULTS],
                                   ids=[f"{m}-{f}" for m in methods for f in FAULTS])


def fields_of(bot: BotHarness, key: ConversationKey) -> dict[str, str]:
    state = bot.runtime.core.chat.state_of(key)
    return dict(state.fields) if state else {}


@matrix("views.open", "users.info")
def test_newlead_command(short_timeout_bot: BotHarness, fake_slack: FakeSlack, log_records: LogRecords,
                         method: str, fault: str) -> None:
    bot = short_timeout_bot
    FAULTS[fault](fake_slack, method)
    command = {"text": "Ida Li ida@li.io", "channel": rp.SALES_CHANNEL, "response_url": fake_slack.hooks_url()}
    assert_acked(bot.replay("command_newlead", **command))
    fake_slack.wait_for(method)
    if method == "views.open":  # the form did not open: the rep is told so
        told(fake_slack, "form")
    else:  # a name lookup never keeps the form from opening
        fake_slack.wait_for("views.open", answered=True)
    fake_slack.reset()
    assert_acked(bot.replay("command_newlead", **command))
    fake_slack.wait_for("views.open", answered=True, count=2 if method == "users.info" else 1)
    finish(bot, fake_slack, log_records)


def _open_form(bot: BotHarness, slack: FakeSlack) -> dict[str, object]:
    assert_acked(bot.replay("command_newlead", text="", channel=rp.SALES_CHANNEL, response_url=slack.hooks_url()))
    view: dict[str, object] = slack.wait_for("views.open", answered=True)[0].args["view"]
    return view


@matrix("users.info", "chat.postMessage", "chat.update")
def test_form_submission(short_timeout_bot: BotHarness, fake_slack: FakeSlack, fake_crm: FakeCrm,
                         log_records: LogRecords, method: str, fault: str) -> None:
    bot = short_timeout_bot
    FAULTS[fault](fake_slack, method)  # before the command too: the name cache stays cold
    view = _open_form(bot, fake_slack)
    assert_submission_acked(bot.send(rp.submission(view, FORM, response_url=fake_slack.hooks_url())))
    lead = stored_lead(bot, "ida@li.io")
    assert lead.lead["name"] == "Ida Li"
    assert fake_crm.wait_for(1)[0].json()["lead"]["email"] == "ida@li.io"
    fake_slack.wait_for(method)
    settle_before_recovery(bot, fake_slack, lead.id, method)
    fake_slack.reset()
    status_shown(fake_slack)
    finish(bot, fake_slack, log_records)


@matrix("users.info", "chat.postMessage")
def test_dm_is_applied(short_timeout_bot: BotHarness, fake_slack: FakeSlack, log_records: LogRecords,
                       method: str, fault: str) -> None:
    bot = short_timeout_bot
    FAULTS[fault](fake_slack, method)
    assert_acked(bot.replay("event_message_im", text=ADD_IDA))
    fake_slack.wait_for(method)
    fields = eventually(lambda: fields_of(bot, DM_KEY).get("email") and fields_of(bot, DM_KEY), "the DM applied")
    assert (fields["name"], fields["email"]) == ("Ida Li", "ida@li.io")
    since = len(fake_slack.calls)
    fake_slack.reset()
    assert_acked(bot.replay("event_message_im", text="Li Labs"))
    fake_slack.wait_until(lambda calls: [c for c in calls[since:] if c.method == "chat.postMessage" and c.ok
                                         and c.args.get("channel") == rp.DM_CHANNEL], expected="a reply in the DM")
    finish(bot, fake_slack, log_records)


@matrix("users.info", "chat.update", "chat.postMessage")
def test_confirm_click(short_timeout_bot: BotHarness, fake_slack: FakeSlack, fake_crm: FakeCrm,
                       log_records: LogRecords, method: str, fault: str) -> None:
    bot = short_timeout_bot
    if method == "users.info":
        FAULTS[fault](fake_slack, method)  # from the start: no name is cached before the click
    assert_acked(bot.replay("event_message_im", text=FULL_LEAD))
    summary = fake_slack.wait_until(
        lambda calls: next((c for c in calls if c.method == "chat.postMessage" and c.ok
                            and "chat_confirm" in str(c.args.get("blocks"))), None), expected="the summary")
    if method != "users.info":
        FAULTS[fault](fake_slack, method)
    assert_acked(bot.send(rp.click(summary, "chat_confirm", response_url=fake_slack.hooks_url())))
    lead = stored_lead(bot, "ida@li.io")
    assert lead.lead["metaData"]["company"] == "Li Labs"
    fake_crm.wait_for(1)
    fake_slack.wait_for(method, count=2 if method == "chat.postMessage" else 1)
    settle_before_recovery(bot, fake_slack, lead.id, method)
    fake_slack.reset()
    status_shown(fake_slack)
    finish(bot, fake_slack, log_records)


@matrix("views.publish")
def test_home_tab_opened(short_timeout_bot: BotHarness, fake_slack: FakeSlack, log_records: LogRecords,
                         method: str, fault: str) -> None:
    bot = short_timeout_bot
    FAULTS[fault](fake_slack, method)
    assert_acked(bot.replay("event_app_home_opened_home", channel=rp.DM_CHANNEL))
    fake_slack.wait_for("views.publish")
    fake_slack.reset()
    assert_acked(bot.replay("event_app_home_opened_home", channel=rp.DM_CHANNEL))
    fake_slack.wait_for("views.publish", answered=True, user_id=rp.REP)
    finish(bot, fake_slack, log_records)


@matrix("views.open", "users.info")
def test_home_tab_button(short_timeout_bot: BotHarness, fake_slack: FakeSlack, log_records: LogRecords,
                         method: str, fault: str) -> None:
    bot = short_timeout_bot
    assert_acked(bot.replay("event_app_home_opened_home", channel=rp.DM_CHANNEL))
    home = fake_slack.wait_for("views.publish", answered=True)[0].args["view"]
    pressed = rp.button(home, HOME_NEW_LEAD_ACTION)
    click = {"action_id": HOME_NEW_LEAD_ACTION, "block_id": pressed["block_id"], "view_blocks": home["blocks"],
             "action_text": pressed["text"]["text"], "action_value": pressed.get("value", "")}
    FAULTS[fault](fake_slack, method)
    assert_acked(bot.replay("block_actions_home", **click))
    fake_slack.wait_for(method)
    fake_slack.reset()
    assert_acked(bot.replay("block_actions_home", **click))
    fake_slack.wait_for("views.open", answered=True)
    finish(bot, fake_slack, log_records)


@pytest.mark.parametrize("mention", [f"<@{BOT_USER_ID}>", f"<@{BOT_USER_ID}|leadbot>"], ids=["modern", "legacy"])
@matrix("users.info", "chat.postMessage")
def test_mention_in_a_channel(short_timeout_bot: BotHarness, fake_slack: FakeSlack, log_records: LogRecords,
                              method: str, fault: str, mention: str) -> None:
    bot = short_timeout_bot
    FAULTS[fault](fake_slack, method)
    ts = rp.new_ts()  # the mention's, and so its thread's
    assert_acked(bot.replay("event_app_mention", text=f"{mention} {ADD_IDA}", channel=rp.SALES_CHANNEL, ts=ts))
    fake_slack.wait_for(method)
    key = ConversationKey(TEAM_ID, rp.SALES_CHANNEL, ts, rp.REP)
    fields = eventually(lambda: fields_of(bot, key).get("email") and fields_of(bot, key), "the mention applied")
    assert (fields["name"], fields["email"]) == ("Ida Li", "ida@li.io")
    since = len(fake_slack.calls)
    fake_slack.reset()
    assert_acked(bot.replay("event_message_channel_thread", text="Li Labs", channel=rp.SALES_CHANNEL,
                            channel_type="channel", thread_ts=ts))
    fake_slack.wait_until(lambda calls: [c for c in calls[since:] if c.method == "chat.postMessage" and c.ok
                                         and c.args.get("thread_ts") == ts], expected="a reply in the thread")
    finish(bot, fake_slack, log_records)

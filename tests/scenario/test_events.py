"""Every event the manifest subscribes to is answered (no 404s), and only people get replies."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bot.slack.home_view import HOME_NEW_LEAD_ACTION
from bot.slack.manifest import BOT_EVENTS, WORKFLOW_STEP_CALLBACK_ID
from tests.support.fake_slack import BOT_USER_ID, FakeSlack
from tests.support.harness import BotHarness

DM = {"type": "message", "channel": "D0REP001", "channel_type": "im", "user": "U0REP001",
      "text": "hi", "ts": "1700000100.000100", "event_ts": "1700000100.000100"}

SAMPLES: dict[str, dict[str, Any]] = {
    "app_home_opened": {"type": "app_home_opened", "user": "U0REP001", "channel": "D0REP001", "tab": "home",
                        "event_ts": "1700000100.000200"},
    "app_mention": {"type": "app_mention", "user": "U0REP001", "text": f"<@{BOT_USER_ID}> hello",
                    "ts": "1700000100.000300", "channel": "C0SALES1", "event_ts": "1700000100.000300"},
    "function_executed": {"type": "function_executed", "function": {"callback_id": WORKFLOW_STEP_CALLBACK_ID},
                          "inputs": {}, "function_execution_id": "Fx0SAMPLE1", "event_ts": "1700000100.000400"},
    "message.channels": {**DM, "channel": "C0SALES1", "channel_type": "channel"},
    "message.groups": {**DM, "channel": "G0PRIV01", "channel_type": "group"},
    "message.im": DM,
}


@pytest.mark.parametrize("event_name", BOT_EVENTS)
def test_every_subscribed_event_has_a_listener(bot: BotHarness, event_name: str) -> None:
    response = bot.event(SAMPLES[event_name])
    assert response.status_code == 200, response.text


def test_url_verification_is_answered(bot: BotHarness) -> None:
    body = json.dumps({"token": "x", "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
                       "type": "url_verification"})
    response = bot.post(body, content_type="application/json")
    assert response.status_code == 200
    assert response.json()["challenge"].startswith("3eZbrw1a")


def test_hi_in_a_dm_gets_a_greeting_and_the_first_question(bot: BotHarness, fake_slack: FakeSlack) -> None:
    bot.event(DM)
    reply = fake_slack.wait_for("chat.postMessage")[0]
    assert reply.args["channel"] == "D0REP001"
    assert reply.args["text"].startswith("Hi!")
    assert reply.args["text"].endswith("What's the lead's name?")


def test_a_mention_is_answered_in_its_thread(bot: BotHarness, fake_slack: FakeSlack) -> None:
    bot.event(SAMPLES["app_mention"])
    reply = fake_slack.wait_for("chat.postMessage")[0]
    assert reply.args["channel"] == "C0SALES1"
    assert reply.args["thread_ts"] == "1700000100.000300"


@pytest.mark.parametrize("event", [
    {**DM, "bot_id": "B0OTHER1", "subtype": "bot_message"},
    {**DM, "user": BOT_USER_ID, "bot_id": "BBOT0001"},
    {**DM, "subtype": "message_changed", "message": {"text": "edited"}, "user": None},
    {**DM, "subtype": "message_deleted", "deleted_ts": "1700000000.000001", "user": None},
    {**DM, "subtype": "channel_join"},
    {**DM, "channel": "C0SALES1", "channel_type": "channel"},
])
def test_bots_edits_joins_and_channel_chatter_get_no_reply(bot: BotHarness, fake_slack: FakeSlack,
                                                           event: dict[str, Any]) -> None:
    assert bot.event({k: v for k, v in event.items() if v is not None}).status_code == 200
    bot.event({**DM, "ts": "1700000200.000100", "event_ts": "1700000200.000100"})
    fake_slack.wait_for("chat.postMessage")  # the DM after it is answered...
    bot.drain()
    assert len(fake_slack.calls_to("chat.postMessage")) == 1  # ...and, once every listener is done, only the DM


def test_app_home_is_published_and_its_button_opens_the_form(bot: BotHarness, fake_slack: FakeSlack) -> None:
    bot.event(SAMPLES["app_home_opened"])
    home = fake_slack.wait_for("views.publish")[0]
    assert home.args["user_id"] == "U0REP001"
    button = home.args["view"]["blocks"][2]["elements"][0]
    assert button["action_id"] == HOME_NEW_LEAD_ACTION
    assert bot.action(HOME_NEW_LEAD_ACTION, "").status_code == 200
    assert fake_slack.wait_for("views.open")[0].args["view"]["callback_id"] == "newlead_modal"


def test_messages_tab_opened_does_not_publish_home(bot: BotHarness, fake_slack: FakeSlack) -> None:
    bot.event({**SAMPLES["app_home_opened"], "tab": "messages"})
    bot.event(SAMPLES["app_home_opened"])
    fake_slack.wait_for("views.publish")  # the Home tab that followed is published...
    bot.drain()
    assert len(fake_slack.calls_to("views.publish")) == 1  # ...and, once every listener is done, only that one

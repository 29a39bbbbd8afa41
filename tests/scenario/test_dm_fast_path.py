"""A rep's plain DM takes the lean path before Bolt's dispatch (bot/slack/fast_path.py), through the real
server with signed requests: it is checked as Bolt checks a request (signature and timestamp, the bot's
own messages), stored in the chat inbox before the ack, stored once when Slack retries it, and applied;
every other request still goes through Bolt."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.adapters.db import chat_inbox
from bot.bootstrap import build_slack_app, open_chat_inbox
from bot.ports import ConversationKey
from tests.support import slack_requests as sr
from tests.support.chat_events import REP, dm, replies
from tests.support.fake_slack import BOT_USER_ID, FakeSlack
from tests.support.harness import BotHarness
from tests.support.waiting import wait_until

KEY = ConversationKey("T0001", "D0REP001", "", REP)


@pytest.fixture
def no_bolt(bot: BotHarness, monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Bolt's dispatch, counted: what reaches it is recorded (and still answered by it)."""
    seen: list[Any] = []
    dispatch = bot.app.dispatch

    def counted(request: Any) -> Any:
        seen.append(request.body)
        return dispatch(request)

    monkeypatch.setattr(bot.app, "dispatch", counted)
    return seen


def _inbox_rows(bot: BotHarness) -> int:
    # Where the runtime keeps it: a file of its own with CHAT_TURNS=process (the default) on SQLite.
    with open_chat_inbox(bot.settings, bot.runtime.store).engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(chat_inbox)).scalar_one())


def _hold_conversation(bot: BotHarness) -> threading.Event:
    """Keep the rep's conversation busy on the chat queue until the event returned is set."""
    release = threading.Event()

    def hold() -> None:
        release.wait(10)

    bot.runtime.turns.queue.submit(KEY, hold)
    return release


def test_a_dm_is_acked_and_answered_without_bolts_dispatch(bot: BotHarness, fake_slack: FakeSlack,
                                                           no_bolt: list[Any]) -> None:
    assert bot.app.pre_dispatch is not None
    response = bot.event(dm("Add Sam Lee, sam@lee.io, +44 20 7946 0958, Lee & Co"))
    assert response.status_code == 200 and response.text == ""
    assert "Here's the lead" in replies(fake_slack, 1)[0]["text"]
    assert no_bolt == []


def test_a_dm_is_in_the_inbox_when_it_is_acked(bot: BotHarness, fake_slack: FakeSlack) -> None:
    release = _hold_conversation(bot)
    try:
        assert bot.event(dm("Jane Roe")).status_code == 200
        assert _inbox_rows(bot) == 1  # stored before the ack, its turn not run yet
    finally:
        release.set()
    replies(fake_slack, 1)
    wait_until(lambda: _inbox_rows(bot) == 0)


@pytest.mark.parametrize("how", ["wrong secret", "stale timestamp", "no signature"])
def test_a_dm_without_a_good_signature_is_refused_and_not_stored(bot: BotHarness, fake_slack: FakeSlack,
                                                                 how: str, caplog: pytest.LogCaptureFixture) -> None:
    body = sr.event_envelope(dm("Add Sam Lee, sam@lee.io"))
    if how == "wrong secret":
        response = bot.post(body, content_type="application/json", secret="not-the-signing-secret")
    elif how == "stale timestamp":
        response = bot.post(body, content_type="application/json", timestamp=int(time.time()) - 6 * 60)
    else:
        response = bot.http.post("/slack/events", content=body.encode(), headers={"Content-Type": "application/json"})
    assert response.status_code == 401
    assert _inbox_rows(bot) == 0
    # Bolt's note of the refusal is kept, without the body (the rep's words, the payload's token).
    refused = [r.getMessage() for r in caplog.records if "Invalid request signature" in r.getMessage()]
    assert refused and not any("Sam Lee" in m or "verification-token" in m for m in refused)
    bot.runtime.turns.queue.wait_idle(5)
    assert fake_slack.calls_to("chat.postMessage") == []


def test_a_signed_body_changed_on_the_way_is_refused(bot: BotHarness, fake_slack: FakeSlack) -> None:
    body = sr.event_envelope(dm("Jane Roe"))
    headers = sr.signed_headers(body, "8f742231b10e8888abcd99yyyzzz85a5", content_type="application/json")
    forged = body.replace("Jane Roe", "Evil Eve")
    response = bot.http.post("/slack/events", content=forged.encode(), headers=headers)
    assert response.status_code == 401
    assert _inbox_rows(bot) == 0


def test_slacks_retries_of_a_waiting_dm_are_stored_once(bot: BotHarness, fake_slack: FakeSlack,
                                                        caplog: pytest.LogCaptureFixture) -> None:
    body = sr.event_envelope(dm("Add Sam Lee, sam@lee.io, +44 20 7946 0958, Lee & Co"), event_id="Ev0RETRIED1")
    release = _hold_conversation(bot)
    try:
        for retry in (None, "1", "2"):
            headers = {"X-Slack-Retry-Num": retry, "X-Slack-Retry-Reason": "http_timeout"} if retry else {}
            assert bot.post(body, content_type="application/json", extra_headers=headers).status_code == 200
        assert _inbox_rows(bot) == 1
        assert sum(r.getMessage() == "repeated Slack event ignored" for r in caplog.records) == 2
    finally:
        release.set()
    replies(fake_slack, 1)
    bot.runtime.turns.queue.wait_idle(5)
    assert sum("Here's the lead" in c.args["text"] for c in fake_slack.calls_to("chat.postMessage")) == 1
    wait_until(lambda: _inbox_rows(bot) == 0)  # dropped with the next batch (an inbox file of its own)


@pytest.mark.parametrize("own", [{"user": BOT_USER_ID}, {"bot_id": "B0LEADBOT", "user": BOT_USER_ID}])
def test_the_bots_own_message_in_a_dm_is_ignored(bot: BotHarness, fake_slack: FakeSlack,
                                                 own: dict[str, str]) -> None:
    assert bot.event({**dm("What's the lead's name?"), **own}).status_code == 200
    bot.runtime.turns.queue.wait_idle(5)
    assert _inbox_rows(bot) == 0 and fake_slack.calls_to("chat.postMessage") == []


@pytest.mark.parametrize("event", [
    {**dm("Jane Roe"), "subtype": "message_changed"},
    {**dm("Jane Roe"), "channel": "C0SALES1", "channel_type": "channel"},
    {"type": "app_home_opened", "user": REP, "channel": "D0REP001", "tab": "home", "event_ts": "1700000100.000200"},
], ids=["an edit", "a channel message", "another event"])
def test_every_other_event_goes_through_bolt(bot: BotHarness, no_bolt: list[Any], event: dict[str, Any]) -> None:
    assert bot.event(event).status_code == 200
    assert [body["event"]["type"] for body in no_bolt] == [event["type"]]


def test_a_command_goes_through_bolt(bot: BotHarness, fake_slack: FakeSlack, no_bolt: list[Any]) -> None:
    assert bot.command("Jane Roe").status_code == 200
    assert [body.get("command") for body in no_bolt] == ["/newlead"]


def test_socket_mode_has_no_lean_path(bot: BotHarness) -> None:
    """Socket Mode has no signatures for the path to check: every request goes through Bolt."""
    assert build_slack_app(bot.runtime, http_mode=False).pre_dispatch is None

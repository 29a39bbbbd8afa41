"""Chat where real use differs from the happy path: answers in a DM thread, a second Confirm, edited
messages, files without text, and the legacy mention form."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from sqlalchemy import text

from bot.domain.conversation import ALREADY_SAVED
from bot.ports import ConversationKey
from bot.slack.chat import COULD_NOT_SAVE
from tests.support.chat_events import dm, in_channel, press, replies
from tests.support.fake_slack import BOT_USER_ID, FakeSlack
from tests.support.harness import BotHarness

DM_KEY = ConversationKey("T0001", "D0REP001", "", "U0REP001")
FULL = "Add Ida Li, ida@li.io, +1 415 555 0100, Li Labs"


def _fields(bot: BotHarness, key: ConversationKey = DM_KEY) -> dict[str, str]:
    state = bot.runtime.core.chat.state_of(key)
    assert state is not None
    return dict(state.fields)


def edited(original: dict[str, Any], new_text: str) -> dict[str, Any]:
    """A ``message_changed`` event as Slack sends it when the rep edits ``original``."""
    message = {k: v for k, v in original.items() if k not in ("channel", "channel_type", "event_ts")}
    return {"type": "message", "subtype": "message_changed", "channel": original["channel"],
            "channel_type": original.get("channel_type", "channel"), "hidden": True,
            "ts": "1700009999.000100", "event_ts": "1700009999.000100",
            "message": {**message, "text": new_text, "edited": {"user": original["user"], "ts": "1700009999.000100"}},
            "previous_message": message}


def test_an_answer_in_a_dm_thread_continues_the_same_draft(bot: BotHarness, fake_slack: FakeSlack) -> None:
    bot.event(dm("Add Ida Li"))
    question = replies(fake_slack, 1)[0]
    assert "email" in question["text"]
    posted_ts = "1700000000.000001"  # the fake's first chat.postMessage ts: LeadBot's question
    bot.event(dm("ida@li.io", thread_ts=posted_ts))
    answer = replies(fake_slack, 2)[1]
    assert answer["thread_ts"] == posted_ts  # the reply goes where the rep wrote
    assert "Got it: email ida@li.io" in answer["text"]
    assert _fields(bot) == {"name": "Ida Li", "email": "ida@li.io"}


def test_a_second_confirm_or_yes_says_the_lead_is_already_saved(bot: BotHarness, fake_slack: FakeSlack) -> None:
    bot.event(dm(FULL))
    summary = replies(fake_slack, 1)[0]
    press(bot, summary, "chat_confirm")
    press(bot, summary, "chat_confirm")  # a double click, or a click on a summary that is still showing
    fake_slack.wait_for("chat.postMessage", text=ALREADY_SAVED)
    bot.event(dm("yes"))
    fake_slack.wait_for("chat.postMessage", count=2, text=ALREADY_SAVED)
    assert len(bot.runtime.store.list()) == 1
    assert not bot.runtime.core.chat.is_active(DM_KEY)  # no new draft that could later "time out"


def test_an_edited_message_in_an_active_draft_is_applied_as_a_correction(
        bot: BotHarness, fake_slack: FakeSlack) -> None:
    original = dm("Add Ida Li, ida@li.io")
    bot.event(original)
    replies(fake_slack, 1)
    bot.event(edited(original, "Add Ida Li, <mailto:ida@lilabs.io|ida@lilabs.io>"))
    correction = replies(fake_slack, 2)[1]
    assert "changed the email to ida@lilabs.io" in correction["text"]
    assert _fields(bot)["email"] == "ida@lilabs.io"


def test_an_edit_that_changes_no_text_and_a_file_without_words_get_no_reply(
        bot: BotHarness, fake_slack: FakeSlack) -> None:
    original = dm("Add Ida Li")
    bot.event(original)
    replies(fake_slack, 1)
    bot.event(edited(original, "Add Ida Li"))  # an unfurl or attachment change: same text
    bot.event({**dm(""), "subtype": "file_share", "files": [{"id": "F0FILE01", "name": "card.png"}]})
    bot.drain()  # every listener is done...
    assert len(fake_slack.calls_to("chat.postMessage")) == 1  # ...and neither event got a reply


def test_a_legacy_mention_in_a_followed_thread_is_handled_once(bot: BotHarness, fake_slack: FakeSlack) -> None:
    start = in_channel("Add Ida Li", thread_ts="", mention=True)
    bot.event(start)
    replies(fake_slack, 1)
    thread = start["ts"]
    legacy = f"<@{BOT_USER_ID}|leadbot> ida@li.io"
    # Slack sends both a message event and an app_mention for a mention in a thread.
    message = {**in_channel("", thread_ts=thread), "text": legacy}
    mention = {**in_channel("", thread_ts=thread, mention=True), "text": legacy, "ts": message["ts"]}
    bot.event(message)
    bot.event(mention)
    assert "email ida@li.io" in replies(fake_slack, 2)[1]["text"]
    bot.drain()  # every listener is done: the other copy of the mention had its chance to answer
    assert len(fake_slack.calls_to("chat.postMessage")) == 2


def test_editing_the_mention_that_started_a_thread_corrects_that_draft(
        bot: BotHarness, fake_slack: FakeSlack) -> None:
    start = in_channel("Add Ida Li, ida@li.io", thread_ts="", mention=True)
    bot.event(start)
    replies(fake_slack, 1)
    as_message = {**start, "type": "message", "channel_type": "channel"}
    bot.event(edited(as_message, f"<@{BOT_USER_ID}> Add Ida Li, ida@lilabs.io"))
    correction = replies(fake_slack, 2)[1]
    assert correction["thread_ts"] == start["ts"] and "changed the email to ida@lilabs.io" in correction["text"]
    key = ConversationKey("T0001", "C0SALES1", start["ts"], "U0REP001")
    assert _fields(bot, key)["email"] == "ida@lilabs.io"


def test_a_dm_the_database_cannot_take_is_answered_plainly(bot: BotHarness, fake_slack: FakeSlack,
                                                           caplog: pytest.LogCaptureFixture) -> None:
    with bot.runtime.store.engine.begin() as conn:  # the conversations table is gone: every read fails
        conn.execute(text("ALTER TABLE conversations RENAME TO conversations_gone"))
    bot.event(dm(FULL))
    fake_slack.wait_for("chat.postMessage", text=COULD_NOT_SAVE)
    bot.drain()
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]

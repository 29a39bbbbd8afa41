"""Chat capture through the real HTTP server: signed event envelopes and button payloads, a fake Slack
Web API and a fake CRM on loopback."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from bot.domain.outbox import LeadStatus
from bot.ports import ConversationKey
from tests.support import slack_requests as sr
from tests.support.chat_events import OTHER, REP, dm, in_channel, press, replies
from tests.support.fake_crm import FakeCrm
from tests.support.fake_slack import FakeSlack
from tests.support.harness import BotHarness, make_settings
from tests.support.waiting import wait_until


def test_one_message_and_confirm_captures_a_lead(bot: BotHarness, fake_slack: FakeSlack, fake_crm: FakeCrm,
                                                 lead_schema: dict[str, Any]) -> None:
    bot.event(dm("Add Sam Lee, <mailto:sam@lee.io|sam@lee.io>, +44 20 7946 0958, Lee &amp; Co"))
    summary = replies(fake_slack, 1)[0]
    assert "Here's the lead" in summary["text"] and "Lee &amp; Co" in summary["text"]  # escaped: data, not markup
    # The rep's name is looked up in the background after their first message; a rep reads the
    # summary for longer than that takes.
    wait_until(lambda: bot.runtime.users.cached(REP) is not None)
    press(bot, summary, "chat_confirm")

    body = fake_crm.wait_for(1)[0].json()
    jsonschema.validate(body, lead_schema)
    lead = body["lead"]
    assert (lead["name"], lead["email"], lead["phone"], lead["metaData"]["company"]) == (
        "Sam Lee", "sam@lee.io", "+442079460958", "Lee & Co")
    assert lead["metaData"]["source"] == "chat"
    activity = lead["crmActivities"][0]
    assert activity["title"] == "Lead captured in a Slack chat with LeadBot"
    assert activity["metadata"]["surface"] == "chat"
    assert "Collected in a chat of 2 messages" in activity["note"]
    assert [n["text"] for n in activity["notesHistory"]] == [
        "Add Sam Lee, sam@lee.io, +44 20 7946 0958, Lee & Co", "confirm"]
    assert {n["agentName"] for n in activity["notesHistory"]} == {"Jamie Doe"}

    closed = fake_slack.wait_for("chat.update")[0].args  # the summary lost its buttons
    assert all(b["type"] != "actions" for b in closed["blocks"])
    fake_slack.wait_for_message("was created in the CRM")
    status = [c.args for c in fake_slack.calls_to("chat.postMessage")][-1]
    assert status["channel"] == "D0REP001"


def test_multi_turn_capture_with_a_correction(bot: BotHarness, fake_slack: FakeSlack, fake_crm: FakeCrm) -> None:
    script = ["hi", "Jane Roe", "jane@", "jane@acme.io", "skip", "Acme Inc",
              "actually the phone is +1 415 555 0100", "yes"]
    for count, text in enumerate(script, start=1):
        bot.event(dm(text))
        replies(fake_slack, count)
    texts = [c.args["text"] for c in fake_slack.calls_to("chat.postMessage")]
    assert texts[0].endswith("What's the lead's name?")
    assert "That email has no domain." in texts[2]
    assert "phone +14155550100" in texts[6]
    lead = fake_crm.wait_for(1)[0].json()["lead"]
    assert lead["phone"] == "+14155550100" and lead["metaData"]["company"] == "Acme Inc"
    assert "Corrected" not in lead["crmActivities"][0]["note"]  # phone was skipped, then given: not a fix
    assert len(lead["crmActivities"][0]["notesHistory"]) == len(script)


def test_thread_capture_is_private_to_its_rep_and_thread(bot: BotHarness, fake_slack: FakeSlack,
                                                         fake_crm: FakeCrm) -> None:
    bot.event(in_channel("new lead Sam Lee sam@lee.io", thread_ts="", mention=True))
    first = replies(fake_slack, 1)[0]
    thread = first["thread_ts"]
    assert first["channel"] == "C0SALES1" and "phone" in first["text"]
    # Someone else talking in the thread is not this conversation; channel chatter is ignored.
    bot.event(in_channel("+44 20 7946 0958", thread_ts=thread, user=OTHER["id"]))
    bot.event(in_channel("lunch?", thread_ts=""))
    bot.drain()  # their listeners are done...
    assert len(fake_slack.calls_to("chat.postMessage")) == 1  # ...and neither got a reply
    # A second rep's own mention starts their own conversation in another thread.
    bot.event(in_channel("Ann Smith", thread_ts="", user=OTHER["id"], mention=True))
    other = replies(fake_slack, 2)[1]
    assert other["thread_ts"] != thread and "Ann Smith" in other["text"]

    bot.event(in_channel("+44 20 7946 0958", thread_ts=thread))
    replies(fake_slack, 3)  # a rep reads the question before answering it
    bot.event(in_channel("Lee & Co", thread_ts=thread))
    summary = replies(fake_slack, 4)[3]
    assert summary["thread_ts"] == thread
    press(bot, summary, "chat_confirm", user=OTHER, response_url=fake_slack.api_url + "actions.response")
    told = fake_slack.wait_for("actions.response")[0].args  # not theirs to confirm
    assert told["text"] == f"Only <@{REP}> can change this lead." and told["response_type"] == "ephemeral"
    assert fake_crm.received == []
    press(bot, summary, "chat_confirm")
    lead = fake_crm.wait_for(1)[0].json()["lead"]
    assert lead["name"] == "Sam Lee" and lead["crmActivities"][0]["metadata"]["slackThreadTs"] == thread
    status = fake_slack.wait_for("chat.postMessage", count=6)[-1].args
    assert status["channel"] == "C0SALES1" and status["thread_ts"] == thread


def test_cancel_sends_nothing(bot: BotHarness, fake_slack: FakeSlack, fake_crm: FakeCrm) -> None:
    bot.event(dm("Sam Lee sam@lee.io"))
    replies(fake_slack, 1)
    bot.event(dm("cancel"))
    assert replies(fake_slack, 2)[1]["text"] == "Cancelled. Nothing was sent to the CRM."
    # Nothing was stored, so there is nothing the worker could ever send.
    assert bot.runtime.store.count_by_status() == {} and fake_crm.received == []


def test_a_retried_event_is_handled_once(bot: BotHarness, fake_slack: FakeSlack, fake_crm: FakeCrm,
                                         caplog: pytest.LogCaptureFixture) -> None:
    first = sr.event_envelope(dm("Add Sam Lee, sam@lee.io, +44 20 7946 0958, Lee & Co"), event_id="Ev0FIRST01")
    for retry in (None, "1", "2"):
        headers = {"X-Slack-Retry-Num": retry, "X-Slack-Retry-Reason": "http_timeout"} if retry else {}
        assert bot.post(first, content_type="application/json", extra_headers=headers).status_code == 200
    confirm = sr.event_envelope(dm("yes"), event_id="Ev0CONFIRM1")
    for retry in (None, "1"):
        headers = {"X-Slack-Retry-Num": retry, "X-Slack-Retry-Reason": "http_timeout"} if retry else {}
        bot.post(confirm, content_type="application/json", extra_headers=headers)
    fake_crm.wait_for(1)
    # Every repeat was seen and set aside (the positive signal), then count what the rep got.
    wait_until(lambda: sum(r.getMessage() == "repeated Slack event ignored" for r in caplog.records) == 3)
    texts = [c.args["text"] for c in fake_slack.calls_to("chat.postMessage")]
    assert sum("Here's the lead" in t for t in texts) == 1
    assert sum("saving the lead" in t or "already saved" in t for t in texts) == 1
    assert len(fake_crm.received) == 1


def test_a_conversation_survives_a_restart(fake_slack: FakeSlack, fake_crm: FakeCrm, tmp_path: Path) -> None:
    settings = make_settings(slack_api_base_url=fake_slack.api_url, crm_base_url=fake_crm.url,
                             database_url=f"sqlite:///{tmp_path / 'bot.sqlite3'}")
    first = BotHarness(settings).start()
    try:
        first.event(dm("Jane Roe"))
        replies(fake_slack, 1)
    finally:
        first.close()
    second = BotHarness(settings).start()
    try:
        second.event(dm("jane@acme.io +1 415 555 0100 Acme Inc"))
        summary = replies(fake_slack, 2)[1]
        assert "Jane Roe" in summary["text"] and "Acme Inc" in summary["text"]
        second.event(dm("confirm"))
        assert fake_crm.wait_for(1)[0].json()["lead"]["name"] == "Jane Roe"
    finally:
        second.close()


def test_after_three_misses_the_form_takes_over(bot: BotHarness, fake_slack: FakeSlack, fake_crm: FakeCrm) -> None:
    bot.event(dm("Jane Roe"))
    for count, text in enumerate(["jane@", "jane at acme", "still no"], start=2):
        bot.event(dm(text))
        replies(fake_slack, count)
    offer = replies(fake_slack, 5)[-1]  # the third miss: the question again, then the offer
    assert "form" in offer["text"]
    press(bot, offer, "chat_open_form")
    view = fake_slack.wait_for("views.open")[0].args["view"]
    initial = {b["block_id"]: b["element"].get("initial_value") for b in view["blocks"] if b["type"] == "input"}
    assert initial["name"] == "Jane Roe"
    bot.submit({"name": "Jane Roe", "email": "jane@acme.io", "phone": "", "company": "", "notes": ""},
               private_metadata=view["private_metadata"])
    assert fake_crm.wait_for(1)[0].json()["lead"]["email"] == "jane@acme.io"
    wait_until(lambda: bot.runtime.store.count_by_status().get(LeadStatus.DELIVERED.value) == 1)
    # The status goes to the rep's DM with LeadBot, where this chat was (posted to the rep's user id).
    fake_slack.wait_for("chat.postMessage", channel=REP)
    bot.event(dm("hello"))  # the conversation ended with the form: a new one starts
    assert replies(fake_slack, 7)[-1]["text"].startswith("Hi!")


def test_idle_conversations_are_ended_and_the_rep_told(bot: BotHarness, fake_slack: FakeSlack) -> None:
    bot.event(dm("Jane Roe"))
    replies(fake_slack, 1)
    chat = bot.runtime.core.chat
    chat.engine.idle_timeout = chat.engine.idle_timeout * 0  # everything is idle now
    assert chat.expire_idle(bot.runtime.notifier) == 1
    told = replies(fake_slack, 2)[1]
    assert told["channel"] == "D0REP001" and "timed out" in told["text"]
    assert chat.expire_idle(bot.runtime.notifier) == 0


def test_state_is_stored_small(bot: BotHarness, fake_slack: FakeSlack) -> None:
    bot.event(dm("Add Sam Lee, sam@lee.io, +44 20 7946 0958, Lee & Co"))
    replies(fake_slack, 1)
    stored = bot.runtime.core.conversations.load(ConversationKey("T0001", "D0REP001", "", REP))
    assert stored is not None and stored.active
    assert len(stored.state) < 600, stored.state
    assert json.loads(stored.state)["stage"] == "confirming"

"""Chat events and button presses as Slack sends them, for the chat scenarios."""

from __future__ import annotations

from typing import Any

from tests.support.fake_slack import BOT_USER_ID, FakeSlack
from tests.support.harness import BotHarness

REP = "U0REP001"
OTHER = {"id": "U0OTHER1", "username": "alex", "name": "alex", "team_id": "T0001"}
_ts = iter(range(100, 10_000))  # every event gets its own ts, as in Slack


def dm(text: str, *, user: str = REP, thread_ts: str | None = None) -> dict[str, Any]:
    ts = f"1700000{next(_ts):03d}.000100"
    event = {"type": "message", "channel": "D0REP001", "channel_type": "im", "user": user, "text": text,
             "ts": ts, "event_ts": ts, "team": "T0001"}
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def in_channel(text: str, *, thread_ts: str, user: str = REP, mention: bool = False) -> dict[str, Any]:
    ts = f"1700001{next(_ts):03d}.000100"
    event = {"type": "app_mention" if mention else "message", "channel": "C0SALES1", "user": user,
             "text": f"<@{BOT_USER_ID}> {text}" if mention else text, "ts": ts, "event_ts": ts, "team": "T0001"}
    if not mention:
        event["channel_type"] = "channel"
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def replies(slack: FakeSlack, count: int) -> list[dict[str, Any]]:
    """The args of the first ``count`` chat.postMessage calls, waiting for them."""
    return [call.args for call in slack.wait_for("chat.postMessage", count=count)]


def press(bot: BotHarness, reply: dict[str, Any], action_id: str, **kwargs: Any) -> None:
    """Press the button ``action_id`` of a posted reply."""
    button = next(e for b in reply["blocks"] if b["type"] == "actions" for e in b["elements"]
                  if e["action_id"] == action_id)
    assert bot.action(action_id, button["value"], channel=reply["channel"], message_text=reply["text"],
                      **kwargs).status_code == 200

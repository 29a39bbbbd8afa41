"""Chat replies Slack did not take are posted again shortly, in order; a closed poster drops them."""

from __future__ import annotations

from slack_sdk import WebClient

from bot.domain.conversation import Reply, ReplyKind
from bot.ports import ConversationKey
from bot.slack.chat_replies import ReplyPoster
from tests.support.fake_slack import FakeSlack

KEY = ConversationKey("T0001", "D0REP001", "", "U0REP001")
REPLIES = [Reply(ReplyKind.SAY, "first"), Reply(ReplyKind.SAY, "second")]


def test_replies_slack_did_not_take_are_posted_again_in_order(fake_slack: FakeSlack) -> None:
    fake_slack.server_error("chat.postMessage", times=1)
    ReplyPoster().post(WebClient(token="xoxb-1", base_url=fake_slack.api_url), KEY, None, REPLIES)
    fake_slack.wait_for("chat.postMessage", count=2, timeout=15, answered=True)
    calls = fake_slack.calls_to("chat.postMessage")
    assert [(c.args["text"], c.ok) for c in calls] == [("first", False), ("first", True), ("second", True)]


def test_a_refused_reply_is_not_posted_again_but_the_next_one_is(fake_slack: FakeSlack) -> None:
    fake_slack.refuse("chat.postMessage", "not_in_channel", times=1)
    ReplyPoster().post(WebClient(token="xoxb-1", base_url=fake_slack.api_url), KEY, None, REPLIES)
    calls = fake_slack.wait_for("chat.postMessage", count=2)
    assert [c.args["text"] for c in calls] == ["first", "second"]


def test_closing_drops_the_replies_waiting_for_another_try(fake_slack: FakeSlack) -> None:
    fake_slack.server_error("chat.postMessage")
    poster = ReplyPoster()
    poster.post(WebClient(token="xoxb-1", base_url=fake_slack.api_url), KEY, None, REPLIES)
    assert poster.retries_waiting == 1  # the second try is scheduled...
    poster.close()
    assert poster.retries_waiting == 0  # ...and cancelled
    poster.post(WebClient(token="xoxb-1", base_url=fake_slack.api_url), KEY, None, REPLIES)
    assert poster.retries_waiting == 0  # a closed poster schedules nothing

"""The fake Slack Web API's faults, seen through slack_sdk's own WebClient: which exception each one
produces, that every call is still recorded, and that a slow answer neither blocks others nor stop()."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from http.client import RemoteDisconnected
from urllib.error import URLError

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler

from tests.support.fake_slack import FakeSlack

TIMEOUT = 0.5


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    fake = FakeSlack().start()
    yield fake
    fake.stop()


def client(slack: FakeSlack, timeout: float = TIMEOUT) -> WebClient:
    """Like LeadBot's own client: a short timeout and one retry after a 429."""
    web = WebClient(token="xoxb-1-2-fake", base_url=slack.api_url, timeout=timeout)  # type: ignore[arg-type]
    web.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=1))
    return web


def test_slow_beyond_the_timeout_is_a_timeout_error(slack: FakeSlack) -> None:
    slack.slow("users.info", TIMEOUT * 3)
    with pytest.raises(TimeoutError):
        client(slack).users_info(user="U0REP001")
    [call] = slack.calls_to("users.info")
    assert call.args["user"] == "U0REP001" and call.fault is not None and call.fault.kind == "slow"


def test_slow_within_the_timeout_answers(slack: FakeSlack) -> None:
    slack.slow("users.info", 0.05)
    assert client(slack, timeout=5).users_info(user="U0REP001")["user"]["id"] == "U0REP001"


def test_a_dropped_connection_is_remote_disconnected_after_slack_sdks_one_retry(slack: FakeSlack) -> None:
    slack.drop("chat.postMessage")
    with pytest.raises(RemoteDisconnected):  # a ConnectionResetError
        client(slack).chat_postMessage(channel="D0REP001", text="hello")
    calls = slack.calls_to("chat.postMessage")
    assert [c.args["text"] for c in calls] == ["hello", "hello"]  # ConnectionErrorRetryHandler retried once
    assert slack.calls_to("chat.postMessage", answered=True) == []


def test_a_fault_for_the_next_call_only(slack: FakeSlack) -> None:
    slack.drop("chat.postMessage", times=1)
    assert client(slack).chat_postMessage(channel="D0REP001", text="hello")["ok"] is True
    assert len(slack.calls_to("chat.postMessage")) == 2
    assert len(slack.wait_for("chat.postMessage", answered=True)) == 1


def test_a_5xx_is_a_slack_api_error_with_its_status(slack: FakeSlack) -> None:
    slack.server_error("views.open", 503)
    with pytest.raises(SlackApiError) as raised:
        client(slack).views_open(trigger_id="1.2.abc", view={"type": "modal", "title": {
            "type": "plain_text", "text": "New lead"}, "blocks": []})
    assert raised.value.response.status_code == 503
    assert slack.calls_to("views.open")[0].args["trigger_id"] == "1.2.abc"


def test_429_is_retried_after_retry_after_then_a_slack_api_error(slack: FakeSlack) -> None:
    slack.rate_limit("chat.update", retry_after=0)
    with pytest.raises(SlackApiError) as raised:
        client(slack).chat_update(channel="D0REP001", ts="1.2", text="sent")
    assert raised.value.response.status_code == 429
    assert raised.value.response.headers["Retry-After"] == "0"
    assert len(slack.calls_to("chat.update")) == 2


def test_429_once_then_answered(slack: FakeSlack) -> None:
    slack.rate_limit("chat.update", retry_after=0, times=1)
    assert client(slack).chat_update(channel="D0REP001", ts="1.2", text="sent")["ok"] is True


@pytest.mark.parametrize("arm", [
    lambda s: s.refuse("views.publish", "invalid_blocks"),
    lambda s: s.failures.__setitem__("views.publish", "invalid_blocks"),
], ids=["refuse", "failures-map"])
def test_ok_false_is_a_slack_api_error_with_the_code(slack: FakeSlack, arm: Callable[[FakeSlack], None]) -> None:
    arm(slack)
    with pytest.raises(SlackApiError) as raised:
        client(slack).views_publish(user_id="U0REP001", view={"type": "home", "blocks": []})
    assert raised.value.response["error"] == "invalid_blocks"
    assert slack.calls_to("views.publish")[0].args["user_id"] == "U0REP001"


def test_reset_ends_every_fault(slack: FakeSlack) -> None:
    slack.drop("chat.postMessage")
    slack.refuse("users.info", "user_not_found")
    slack.failures["views.open"] = "expired_trigger_id"
    slack.reset()
    web = client(slack)
    assert web.chat_postMessage(channel="D0REP001", text="hi")["ok"] is True
    assert web.users_info(user="U1")["ok"] is True
    assert web.views_open(trigger_id="t", view={"type": "modal"})["ok"] is True


def test_a_slow_answer_blocks_neither_other_requests_nor_stop() -> None:
    slack = FakeSlack().start()
    slack.slow("users.info", 60)
    outcome: list[BaseException] = []

    def slow_call() -> None:
        try:
            WebClient(base_url=slack.api_url, timeout=120).users_info(user="U0REP001")
        except BaseException as exc:  # noqa: BLE001 - the outcome is what this test looks at
            outcome.append(exc)

    caller = threading.Thread(target=slow_call, daemon=True)
    caller.start()
    slack.wait_for("users.info")
    # The slow handler is asleep; another request is answered meanwhile (a 2 s timeout, not 60).
    assert client(slack, timeout=2).auth_test()["user_id"] == "UBOT0001"
    stopper = threading.Thread(target=slack.stop, daemon=True)
    stopper.start()
    stopper.join(10)
    assert not stopper.is_alive(), "stop() waited on a sleeping handler"
    caller.join(10)
    # The sleeping handler closed without answering; slack_sdk retried against a stopped server.
    assert len(outcome) == 1 and isinstance(outcome[0], (RemoteDisconnected, URLError))

"""The pooled Web API client keeps connections open between calls, and fails exactly as slack_sdk's own
urllib client does, so ``web_api`` and slack_sdk's retry handlers see the same errors."""

from __future__ import annotations

import time
from collections.abc import Iterator
from urllib.parse import urlparse

import pytest
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler

from bot.errors import SlackRefusedError, SlackUnavailableError
from bot.slack import web_api
from bot.slack.app import build_web_client
from bot.slack.pooled_client import PooledWebClient
from tests.support.fake_slack import FakeSlack
from tests.support.tcp_proxy import TcpProxy


@pytest.fixture
def proxy(fake_slack: FakeSlack) -> Iterator[TcpProxy]:
    port = urlparse(fake_slack.api_url).port
    assert port is not None
    proxy = TcpProxy("127.0.0.1", port).start()
    yield proxy
    proxy.cut()


def _post(client: WebClient) -> None:
    web_api.call("chat.postMessage", lambda: client.chat_postMessage(channel="D0REP001", text="hello"))


def test_calls_reuse_one_connection_where_the_plain_client_opens_one_each(proxy: TcpProxy,
                                                                           fake_slack: FakeSlack) -> None:
    url = f"http://127.0.0.1:{proxy.port}/api/"
    pooled = build_web_client("xoxb-1", url, timeout=5)
    assert isinstance(pooled, PooledWebClient)
    for _ in range(5):
        _post(pooled)
    assert proxy.accepted == 1
    for _ in range(3):
        _post(WebClient(token="xoxb-1", base_url=url))
    assert proxy.accepted == 4
    assert len(fake_slack.wait_for("chat.postMessage", count=8, answered=True)) == 8


def test_a_client_with_another_token_shares_the_connections(proxy: TcpProxy) -> None:
    url = f"http://127.0.0.1:{proxy.port}/api/"
    _post(PooledWebClient(token="xoxb-1", base_url=url))
    _post(PooledWebClient(token="xoxb-2", base_url=url))
    assert proxy.accepted == 1


def test_a_dropped_connection_is_tried_once_more_then_reported_unavailable(fake_slack: FakeSlack) -> None:
    client = PooledWebClient(token="xoxb-1", base_url=fake_slack.api_url, timeout=5)
    fake_slack.drop("chat.postMessage", times=1)
    _post(client)  # slack_sdk's ConnectionErrorRetryHandler tries again, on a new connection
    fake_slack.drop("chat.postMessage")
    with pytest.raises(SlackUnavailableError) as caught:
        _post(client)
    assert caught.value.error == "RemoteDisconnected"
    assert [c.fault is None for c in fake_slack.calls_to("chat.postMessage")] == [False, True, False, False]


def test_a_slow_answer_is_a_timeout(fake_slack: FakeSlack) -> None:
    fake_slack.slow("chat.postMessage", 3, times=1)
    started = time.monotonic()
    with pytest.raises(SlackUnavailableError) as caught:
        _post(PooledWebClient(token="xoxb-1", base_url=fake_slack.api_url, timeout=0.3))  # type: ignore[arg-type]
    assert caught.value.error == "timeout"
    assert time.monotonic() - started < 2.5


def test_nobody_listening_is_unavailable() -> None:
    with pytest.raises(SlackUnavailableError):
        _post(PooledWebClient(token="xoxb-1", base_url="http://127.0.0.1:9/api/", timeout=2))


def test_rate_limits_are_waited_out_then_reported_with_retry_after(fake_slack: FakeSlack) -> None:
    client = build_web_client("xoxb-1", fake_slack.api_url)
    assert any(isinstance(h, RateLimitErrorRetryHandler) for h in client.retry_handlers)
    fake_slack.rate_limit("chat.postMessage", retry_after=0, times=1)
    _post(client)  # the 429 reached the rate limit handler, which tried again
    fake_slack.rate_limit("chat.postMessage", retry_after=7)
    slow = PooledWebClient(token="xoxb-1", base_url=fake_slack.api_url)
    with pytest.raises(SlackUnavailableError) as caught:
        _post(slow)
    assert (caught.value.error, caught.value.retry_after) == ("ratelimited", 7.0)


def test_server_errors_and_refusals_keep_their_meaning(fake_slack: FakeSlack) -> None:
    client = PooledWebClient(token="xoxb-1", base_url=fake_slack.api_url)
    fake_slack.server_error("chat.postMessage", status=503, times=1)
    with pytest.raises(SlackUnavailableError) as unavailable:
        _post(client)
    assert unavailable.value.error == "fatal_error"
    fake_slack.refuse("chat.postMessage", "channel_not_found", times=1)
    with pytest.raises(SlackRefusedError) as refused:
        _post(client)
    assert refused.value.error == "channel_not_found"
    _post(client)

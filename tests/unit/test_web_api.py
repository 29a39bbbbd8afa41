"""Every way a Slack Web API call can fail becomes one of LeadBot's SlackError types."""

from __future__ import annotations

import http.client
import logging
import socket
import threading
import urllib.error
from collections.abc import Callable, Iterator
from typing import Any, NoReturn

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackRequestError
from slack_sdk.web.slack_response import SlackResponse

from bot.errors import SlackRefusedError, SlackUnavailableError
from bot.slack import web_api


def _api_error(status: int, data: Any, headers: dict[str, Any] | None = None) -> SlackApiError:
    response = SlackResponse(client=None, http_verb="POST", api_url="https://slack.test/api/chat.postMessage",
                             req_args={}, data=data, headers=headers or {}, status_code=status)
    return SlackApiError("The request to the Slack API failed.", response)  # type: ignore[no-untyped-call]


def _raising(exc: BaseException) -> Callable[[], NoReturn]:
    def request() -> NoReturn:
        raise exc
    return request


def test_an_ok_false_answer_is_refused_with_slacks_code() -> None:
    with pytest.raises(SlackRefusedError) as caught:
        web_api.call("chat.postMessage", _raising(_api_error(200, {"ok": False, "error": "channel_not_found"})))
    assert (caught.value.method, caught.value.error) == ("chat.postMessage", "channel_not_found")


@pytest.mark.parametrize(("status", "data", "headers", "error", "retry_after"), [
    (429, {"ok": False, "error": "ratelimited"}, {"Retry-After": ["3"]}, "ratelimited", 3.0),
    (503, {"ok": False, "error": "Received a response in a non-JSON format: <html>…"}, {}, "HTTP 503", None),
    (200, {"ok": False, "error": "internal_error"}, {}, "internal_error", None),
    (200, {"ok": False, "error": "fatal_error"}, {"retry-after": "x"}, "fatal_error", None),
])
def test_rate_limits_5xx_and_slacks_own_trouble_are_unavailable(
        status: int, data: dict[str, Any], headers: dict[str, Any], error: str, retry_after: float | None) -> None:
    with pytest.raises(SlackUnavailableError) as caught:
        web_api.call("views.open", _raising(_api_error(status, data, headers)))
    assert (caught.value.error, caught.value.retry_after) == (error, retry_after)


@pytest.mark.parametrize(("exc", "error"), [
    (TimeoutError("timed out"), "timeout"),
    (TimeoutError("timed out"), "timeout"),
    (urllib.error.URLError(TimeoutError("timed out")), "timeout"),
    (urllib.error.URLError(ConnectionRefusedError(111, "refused")), "ConnectionRefusedError"),
    (http.client.RemoteDisconnected("Remote end closed connection"), "RemoteDisconnected"),
    (ConnectionResetError(104, "reset"), "ConnectionResetError"),
    (http.client.IncompleteRead(b"{"), "IncompleteRead"),
    (ValueError("not JSON"), "ValueError"),
    (SlackRequestError("bad proxy"), "SlackRequestError"),
])
def test_network_failures_of_every_kind_are_unavailable(exc: BaseException, error: str) -> None:
    with pytest.raises(SlackUnavailableError) as caught:
        web_api.call("users.info", _raising(exc))
    assert caught.value.error == error and caught.value.__cause__ is exc


def test_attempt_logs_a_warning_and_gives_none(caplog: pytest.LogCaptureFixture) -> None:
    assert web_api.attempt("chat.update", _raising(TimeoutError())) is None
    record = next(r for r in caplog.records if r.name == "bot.slack.web_api")
    assert record.levelno == logging.WARNING and record.__dict__["error"] == "timeout"


def test_slack_sdks_error_lines_are_recorded_as_warnings(caplog: pytest.LogCaptureFixture) -> None:
    logger = web_api.sdk_logger()
    try:
        raise OSError("boom")
    except OSError:
        logger.error("Failed to send a request to Slack API server", exc_info=True)
    record = next(r for r in caplog.records if r.name == "bot.slack.sdk")
    assert record.levelno == logging.WARNING and record.exc_info is None


@pytest.fixture
def silent_server() -> Iterator[tuple[int, threading.Event]]:
    """Accepts connections, reads, and never answers until released (a Slack slower than any timeout)."""
    server = socket.create_server(("127.0.0.1", 0))
    release = threading.Event()
    held: list[socket.socket] = []

    def serve() -> None:
        while not release.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                return
            held.append(conn)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server.getsockname()[1], release
    release.set()
    server.close()
    for conn in held:
        conn.close()


def test_a_real_client_against_a_silent_slack_times_out_as_unavailable(
        silent_server: tuple[int, threading.Event]) -> None:
    port, _ = silent_server
    client = WebClient(token="xoxb-1", base_url=f"http://127.0.0.1:{port}/api/", timeout=0.2,  # type: ignore[arg-type]
                       logger=web_api.sdk_logger())
    with pytest.raises(SlackUnavailableError) as caught:
        web_api.call("chat.update", lambda: client.chat_update(channel="C1", ts="1.1", text="x"))
    assert caught.value.error == "timeout"

"""HttpCrmClient against the loopback FakeCrm: what goes on the wire, and how every answer is read."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import pytest

from bot.adapters.crm_http import HttpCrmClient, build_http_client
from bot.errors import CrmError, CrmRejectedError, CrmTransientError
from tests.support.fake_crm import Answer, FakeCrm, rejected, success

TOKEN = "tok-SeCrEt-4f9a1c"
BODY = json.dumps({"lead": {"agentId": "agent_7", "name": "Zoë Müller", "email": "zoe@example.com",
                            "metaData": {"source": "chat", "notes": "line one\nline two"}}},
                  ensure_ascii=False, separators=(",", ":"))


def _client(base_url: str, timeout: float = 5.0) -> HttpCrmClient:
    return HttpCrmClient(build_http_client(base_url, TOKEN, timeout))


@pytest.fixture
def crm(fake_crm: FakeCrm) -> Iterator[HttpCrmClient]:
    client = _client(fake_crm.url)
    yield client
    client.close()


@pytest.fixture
def quick_crm(fake_crm: FakeCrm) -> Iterator[HttpCrmClient]:
    client = _client(fake_crm.url, timeout=0.5)
    yield client
    client.close()


def _fails(client: HttpCrmClient, kind: type[CrmError]) -> Any:
    with pytest.raises(kind) as caught:
        client.create_lead(BODY)
    error = caught.value
    for text in (str(error), repr(error), error.message):
        assert TOKEN not in text
        assert "Bearer" not in text
    return error


def test_success_returns_the_crm_message_and_data(fake_crm: FakeCrm, crm: HttpCrmClient) -> None:
    fake_crm.then(success("Lead created", {"id": "lead_987", "score": 3}))
    receipt = crm.create_lead(BODY)
    assert receipt.message == "Lead created"
    assert receipt.data == {"id": "lead_987", "score": 3}
    assert receipt.dry_run is False


def test_the_request_is_a_v3_post_with_the_token_and_exact_body(fake_crm: FakeCrm, crm: HttpCrmClient) -> None:
    crm.create_lead(BODY)
    [request] = fake_crm.received
    assert request.method == "POST"
    assert request.path == "/v3/leads"
    headers = {key.lower(): value for key, value in request.headers.items()}
    assert headers["authorization"] == f"Bearer {TOKEN}"
    assert headers["content-type"] == "application/json"
    assert request.body == BODY.encode("utf-8")
    assert int(headers["content-length"]) == len(BODY.encode("utf-8"))


def test_success_false_on_a_2xx_is_a_rejection_with_the_crm_message(fake_crm: FakeCrm, crm: HttpCrmClient) -> None:
    fake_crm.then(Answer(200, {"success": False, "message": "agentId is unknown", "data": None}))
    error = _fails(crm, CrmRejectedError)
    assert error.message == "agentId is unknown"
    assert error.status_code == 200


@pytest.mark.parametrize(("status", "message"), [(400, "lead.email is not an email"), (401, "Invalid token")])
def test_4xx_is_a_rejection_with_status_and_message(fake_crm: FakeCrm, crm: HttpCrmClient, status: int,
                                                    message: str) -> None:
    fake_crm.then(rejected(status, message))
    error = _fails(crm, CrmRejectedError)
    assert not isinstance(error, CrmTransientError)
    assert error.status_code == status
    assert error.message == message
    assert str(error) == f"HTTP {status}: {message}"


def test_429_with_retry_after_seconds_is_transient(fake_crm: FakeCrm, crm: HttpCrmClient) -> None:
    fake_crm.then(Answer(429, {"success": False, "message": "Slow down"}, headers={"Retry-After": "2"}))
    error = _fails(crm, CrmTransientError)
    assert error.status_code == 429
    assert error.retry_after == 2.0
    assert error.message == "Slow down"


def test_429_with_retry_after_http_date_is_transient(fake_crm: FakeCrm, crm: HttpCrmClient) -> None:
    when = datetime.now(UTC) + timedelta(seconds=30)
    fake_crm.then(Answer(429, {"success": False, "message": "Slow down"},
                         headers={"Retry-After": format_datetime(when, usegmt=True)}))
    error = _fails(crm, CrmTransientError)
    assert error.status_code == 429
    assert error.retry_after is not None
    assert 25.0 <= error.retry_after <= 30.0


def test_429_without_retry_after_has_none(fake_crm: FakeCrm, crm: HttpCrmClient) -> None:
    fake_crm.then(rejected(429, "Slow down"))
    error = _fails(crm, CrmTransientError)
    assert error.retry_after is None


@pytest.mark.parametrize("status", [408, 500, 503])
def test_408_and_5xx_are_transient(fake_crm: FakeCrm, crm: HttpCrmClient, status: int) -> None:
    fake_crm.then(rejected(status, "try later"))
    error = _fails(crm, CrmTransientError)
    assert error.status_code == status
    assert error.message == "try later"
    assert error.retry_after is None


def test_an_answer_slower_than_the_timeout_is_transient(fake_crm: FakeCrm, quick_crm: HttpCrmClient) -> None:
    fake_crm.then(Answer(hang=True))
    error = _fails(quick_crm, CrmTransientError)
    assert error.status_code is None
    assert "did not answer in time" in error.message
    assert len(fake_crm.received) == 1


def test_connection_refused_is_transient() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = _client(f"http://127.0.0.1:{port}", timeout=0.5)
    try:
        error = _fails(client, CrmTransientError)
    finally:
        client.close()
    assert error.status_code is None
    assert "Could not reach the CRM" in error.message
    assert "ConnectError" in error.message


def test_a_200_that_is_not_json_is_transient(fake_crm: FakeCrm, crm: HttpCrmClient) -> None:
    fake_crm.then(Answer(200, b"OK, thanks!"))
    error = _fails(crm, CrmTransientError)
    assert error.status_code == 200
    assert "not JSON" in error.message


def test_a_json_2xx_that_is_not_an_object_is_transient(fake_crm: FakeCrm, crm: HttpCrmClient) -> None:
    fake_crm.then(Answer(201, b'["created"]'))
    error = _fails(crm, CrmTransientError)
    assert error.status_code == 201


def test_an_html_502_page_gives_a_readable_message(fake_crm: FakeCrm, crm: HttpCrmClient) -> None:
    page = b"<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"
    fake_crm.then(Answer(502, page, headers={"X-Proxy": "nginx"}))
    error = _fails(crm, CrmTransientError)
    assert error.status_code == 502
    assert error.message == "HTTP 502 Bad Gateway"
    assert "<" not in str(error)


def test_a_long_crm_message_is_truncated(fake_crm: FakeCrm, crm: HttpCrmClient) -> None:
    fake_crm.then(rejected(422, "x" * 5000))
    error = _fails(crm, CrmRejectedError)
    assert error.status_code == 422
    assert error.message == "x" * 500


def test_one_connection_is_kept_alive_across_calls(fake_crm: FakeCrm, crm: HttpCrmClient,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    httpd = fake_crm.httpd
    accepted: list[Any] = []
    original = httpd.get_request

    def counting() -> Any:
        connection = original()
        accepted.append(connection[1])
        return connection

    monkeypatch.setattr(httpd, "get_request", counting)
    fake_crm.then(success(), rejected(503, "busy"), success())
    crm.create_lead(BODY)
    with pytest.raises(CrmTransientError):
        crm.create_lead(BODY)
    crm.create_lead(BODY)
    assert len(fake_crm.received) == 3
    assert len(accepted) == 1

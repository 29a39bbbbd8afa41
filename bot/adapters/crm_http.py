"""The CRM's Create Lead V3 endpoint over an injected ``httpx.Client``.

Outcomes map onto the error tree: 2xx with ``success: true`` is a receipt; timeouts, connection
errors, 408, 429 and 5xx are :class:`CrmTransientError` (with ``Retry-After`` when given); any other
4xx, or ``success: false``, is :class:`CrmRejectedError` carrying the CRM's own message.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from bot import __version__
from bot.domain.lead import LEADS_PATH
from bot.errors import CrmRejectedError, CrmTransientError
from bot.ports import CrmReceipt

log = logging.getLogger(__name__)

_MAX_MESSAGE = 500
_TRANSIENT_4XX = {408, 425, 429}


def build_http_client(base_url: str, token: str, timeout: float) -> httpx.Client:
    """One client per process: keep-alive connections, bounded timeouts, the bearer token set once."""
    return httpx.Client(
        base_url=base_url,
        headers={"Authorization": f"Bearer {token}", "User-Agent": f"LeadBot/{__version__}"},
        timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)),
        limits=httpx.Limits(max_connections=20, max_keepalive_connections=10),
    )


class HttpCrmClient:
    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def create_lead(self, body: str) -> CrmReceipt:
        try:
            response = self._client.post(
                LEADS_PATH, content=body.encode(), headers={"Content-Type": "application/json"}
            )
        except httpx.TimeoutException:
            raise CrmTransientError("The CRM did not answer in time.") from None
        except httpx.TransportError as exc:
            raise CrmTransientError(f"Could not reach the CRM ({type(exc).__name__}).") from None
        return _interpret(response)

    def close(self) -> None:
        self._client.close()


def _interpret(response: httpx.Response) -> CrmReceipt:
    status = response.status_code
    envelope = _envelope(response)
    message = _message(envelope, response)
    if status in _TRANSIENT_4XX or status >= 500:
        raise CrmTransientError(message, status_code=status, retry_after=_retry_after(response))
    if status >= 400:
        raise CrmRejectedError(message, status_code=status)
    if not 200 <= status < 300:
        raise CrmRejectedError(f"Unexpected answer from the CRM: {message}", status_code=status)
    if envelope is None:
        # A 2xx we cannot read might have created the lead; retrying may duplicate it, but dropping
        # it may lose it. We retry: the activity id lets the CRM recognise a repeat.
        raise CrmTransientError("The CRM answered with something that is not JSON.", status_code=status)
    if envelope.get("success") is not True:
        raise CrmRejectedError(message, status_code=status)
    return CrmReceipt(message=message, data=envelope.get("data"))


def _envelope(response: httpx.Response) -> dict[str, Any] | None:
    try:
        parsed = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None
    return parsed if isinstance(parsed, dict) else None


def _message(envelope: dict[str, Any] | None, response: httpx.Response) -> str:
    if envelope is not None:
        message = envelope.get("message")
        if isinstance(message, str) and message.strip():
            return message.strip()[:_MAX_MESSAGE]
    reason = response.reason_phrase or "no reason given"
    return f"HTTP {response.status_code} {reason}"


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


class DryRunCrmClient:
    """Used when ``CRM_API_TOKEN`` is not set: sends nothing, and says so."""

    def create_lead(self, body: str) -> CrmReceipt:
        log.info("dry run: lead not sent to the CRM")
        return CrmReceipt(message="Dry run: CRM_API_TOKEN is not set, so nothing was sent.", dry_run=True)

    def close(self) -> None:
        pass  # holds no connection

"""The one place where a Slack Web API failure becomes LeadBot's own error.

slack_sdk raises far more than ``SlackApiError``: a timeout surfaces as ``TimeoutError`` or
``urllib.error.URLError``, a dropped connection as ``http.client.RemoteDisconnected`` or
``ConnectionResetError``, a truncated answer as ``http.client.IncompleteRead``. Every Slack call in
LeadBot goes through :func:`call`, which turns all of them into :class:`~bot.errors.SlackError`:

- :class:`~bot.errors.SlackUnavailableError`: slow, unreachable, dropped, rate limited or 5xx. The
  same call may work later.
- :class:`~bot.errors.SlackRefusedError`: Slack answered ``ok: false`` with an error code.

Callers then decide what the rep should see; no listener ever lets a Slack failure reach Bolt.
"""

from __future__ import annotations

import http.client
import logging
import re
from collections.abc import Callable
from typing import TypeVar

from slack_sdk.errors import SlackApiError, SlackClientError

from bot.errors import SlackError, SlackRefusedError, SlackUnavailableError

log = logging.getLogger(__name__)

T = TypeVar("T")

# Error codes Slack answers (with ok: false) when the failure is on its side or momentary.
_TRANSIENT_CODES = frozenset({
    "ratelimited", "rate_limited", "internal_error", "fatal_error", "service_unavailable", "request_timeout",
    "team_added_to_org",
})
# Slack's error codes are short snake_case words; anything else is a body that was not Slack's JSON.
_SLACK_CODE = re.compile(r"[a-z0-9_.]{1,80}")


def call(method: str, request: Callable[[], T]) -> T:
    """Run one Web API ``request`` (a closure over a WebClient method), mapping every failure."""
    try:
        return request()
    except SlackError:
        raise
    except SlackApiError as exc:
        raise _from_api_error(method, exc) from exc
    except (SlackClientError, OSError, http.client.HTTPException, ValueError) as exc:
        # OSError covers TimeoutError, URLError and the ConnectionError family; HTTPException covers
        # RemoteDisconnected and IncompleteRead; ValueError a body that is not JSON.
        raise SlackUnavailableError(method, _network_reason(exc)) from exc


def error_name(exc: SlackApiError) -> str:
    """What Slack said went wrong: its error code (``channel_not_found``), or ``HTTP 503`` when the
    answer carried no code of Slack's (a proxy's HTML page, say)."""
    status = getattr(exc.response, "status_code", 200)
    data = getattr(exc.response, "data", None)
    code = str(data.get("error", "unknown_error")) if isinstance(data, dict) else "unknown_error"
    return code if _SLACK_CODE.fullmatch(code) else f"HTTP {status}"


def _from_api_error(method: str, exc: SlackApiError) -> SlackError:
    status = getattr(exc.response, "status_code", 200)
    error = error_name(exc)
    if status == 429 or status >= 500 or error in _TRANSIENT_CODES:
        headers = getattr(exc.response, "headers", None) or {}
        return SlackUnavailableError(method, error,
                                     retry_after=_seconds(headers.get("Retry-After") or headers.get("retry-after")))
    return SlackRefusedError(method, error)


def _network_reason(exc: BaseException) -> str:
    reason = getattr(exc, "reason", None)  # URLError wraps the real cause
    inner = reason if isinstance(reason, BaseException) else None
    name = type(inner or exc).__name__
    if isinstance(inner or exc, TimeoutError) or "timed out" in str(exc):
        return "timeout"
    return name


def _seconds(value: object) -> float | None:
    if isinstance(value, list):
        value = value[0] if value else None
    try:
        return float(value) if value is not None else None  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def attempt(method: str, request: Callable[[], T], *, context: str = "") -> T | None:
    """:func:`call` for best-effort calls: a failure is logged at WARNING and gives None."""
    try:
        return call(method, request)
    except SlackError as exc:
        log.warning("Slack call failed%s", f" ({context})" if context else "",
                    extra={"method": exc.method, "error": exc.error})
        return None


class DowngradeErrors(logging.Filter):
    """slack_sdk logs every failed request at ERROR before raising it. LeadBot handles each of those
    failures (and logs its own WARNING), so they are not errors of the service: record them lower."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.ERROR:
            record.levelno, record.levelname = logging.WARNING, "WARNING"
            record.exc_info = None
        return True


def sdk_logger() -> logging.Logger:
    """The logger to hand slack_sdk's clients (``WebClient(logger=…)``)."""
    logger = logging.getLogger("bot.slack.sdk")
    if not any(isinstance(f, DowngradeErrors) for f in logger.filters):
        logger.addFilter(DowngradeErrors())
    return logger

"""A slack_sdk ``WebClient`` whose requests reuse connections (HTTP keep-alive).

slack_sdk's sync client opens a new urllib connection (and, against real Slack, a new TLS handshake)
for every call. Its async client pools connections, but LeadBot's listeners and workers are threads.
So this subclass replaces the one method that performs a single HTTP exchange,
``_perform_urllib_http_request_internal``, with a request over a shared ``httpcore.ConnectionPool``
(httpx's transport, without httpx's cookies, auth and models: measured, a kept-alive call through
httpx.Client cost more CPU than urllib's new connection on loopback; through httpcore it costs less), and leaves
everything around it to slack_sdk: building the body and headers, the retry handlers, parsing, and
``SlackResponse``/``SlackApiError``. To keep those semantics, the answer and the failures are handed
back in urllib's shapes: a non-2xx answer raises ``urllib.error.HTTPError`` (so a 429 reaches the rate
limit handler with its ``Retry-After``), a connection refused or a connect timeout is a ``URLError``,
a server that closed the connection without answering is ``RemoteDisconnected`` (both retried once by
slack_sdk's ``ConnectionErrorRetryHandler``, which also covers a kept-alive connection the server had
closed meanwhile), a read timeout is ``TimeoutError``. ``bot/slack/web_api.py`` maps all of them.
"""

from __future__ import annotations

import http.client
import io
import ssl
import threading
import urllib.error
from typing import Any
from urllib.request import Request

import httpcore
from slack_sdk import WebClient

# Enough kept-alive connections for every listener and worker thread that may call Slack at once;
# idle ones are closed before Slack's own servers would drop them.
_LIMITS: dict[str, Any] = {"max_connections": 100, "max_keepalive_connections": 32, "keepalive_expiry": 20}


class _Pools:
    """One connection pool per TLS context (in practice one per process), made on first use."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_context: dict[int, tuple[ssl.SSLContext | None, httpcore.ConnectionPool]] = {}

    def get(self, context: ssl.SSLContext | None) -> httpcore.ConnectionPool:
        with self._lock:
            found = self._by_context.get(id(context))
            if found is None:
                # The system's trust store, as urllib uses (SSL_CERT_FILE is honoured), not certifi's.
                verify = context if context is not None else ssl.create_default_context()
                found = (context, httpcore.ConnectionPool(ssl_context=verify, **_LIMITS))
                self._by_context[id(context)] = found
            return found[1]

    def close(self) -> None:
        with self._lock:
            clients, self._by_context = list(self._by_context.values()), {}
        for _, client in clients:
            client.close()


POOLS = _Pools()


class PooledWebClient(WebClient):
    """A ``WebClient`` (same arguments) whose calls share kept-alive connections with every other
    ``PooledWebClient`` of the process. A client with a ``proxy`` falls back to slack_sdk's urllib."""

    def _perform_urllib_http_request_internal(self, url: str, req: Request) -> dict[str, Any]:
        if self.proxy is not None or not url.lower().startswith("http"):
            return super()._perform_urllib_http_request_internal(url, req)
        data = req.data if isinstance(req.data, bytes) else b""
        headers = [(k, str(v)) for k, v in req.header_items() if k.lower() != "content-length"]
        headers.append(("Content-Length", str(len(data))))
        timeout = self.timeout
        try:
            response = POOLS.get(self.ssl).request(
                req.get_method(), url, headers=headers, content=data,
                extensions={"timeout": {"connect": timeout, "read": timeout, "write": timeout, "pool": timeout}})
        except httpcore.TimeoutException as exc:
            raise (urllib.error.URLError(TimeoutError("timed out")) if isinstance(exc, httpcore.ConnectTimeout)
                   else TimeoutError("timed out")) from exc
        except (httpcore.NetworkError, httpcore.ProtocolError, httpcore.UnsupportedProtocol) as exc:
            raise _as_urllib_error(exc) from exc
        message = _header_message(response.headers)
        if not 200 <= response.status < 300:
            reason = response.extensions.get("reason_phrase", b"")
            raise urllib.error.HTTPError(url, response.status, reason.decode("ascii", "replace"), message,
                                         io.BytesIO(response.content))
        if message.get_content_type() == "application/gzip":
            return {"status": response.status, "headers": message, "body": response.content}
        charset = message.get_content_charset() or "utf-8"
        return {"status": response.status, "headers": message, "body": response.content.decode(charset)}


def _header_message(headers: list[tuple[bytes, bytes]]) -> http.client.HTTPMessage:
    message = http.client.HTTPMessage()
    for name, value in headers:
        message[name.decode("latin-1")] = value.decode("latin-1")
    return message


def _as_urllib_error(exc: Exception) -> OSError | http.client.HTTPException:
    """The error urllib would have raised for the same failure."""
    if isinstance(exc, httpcore.RemoteProtocolError):
        return http.client.RemoteDisconnected(str(exc) or "Remote end closed connection without response")
    if isinstance(exc, httpcore.ReadError | httpcore.WriteError):
        return ConnectionResetError(str(exc) or "connection reset")
    return urllib.error.URLError(ConnectionError(str(exc) or type(exc).__name__))

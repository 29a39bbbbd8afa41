"""A slack_sdk ``WebClient`` whose requests reuse connections (HTTP keep-alive).

slack_sdk's sync client opens a new urllib connection (and, against real Slack, a new TLS handshake)
for every call. Its async client pools connections, but LeadBot's listeners and workers are threads.
So this subclass replaces the one method that performs a single HTTP exchange,
``_perform_urllib_http_request_internal``, with a request over a kept-alive ``http.client`` connection
of the calling thread's own, and leaves everything around it to slack_sdk: building the body and
headers, the retry handlers, parsing, and ``SlackResponse``/``SlackApiError``.

Why per thread, and ``http.client``: every thread that calls Slack (a listener, a chat turn, the
notifier) makes one call at a time, so a connection of its own is never shared and needs no lock. A
shared ``httpcore`` pool (httpx's transport) cost twice the CPU of a kept-alive ``http.client`` call on
loopback (0.6 against 0.3 ms, most of it the pool's bookkeeping under one lock, which every concurrent
call waited for), and httpx.Client more still. A connection idle for longer than KEEPALIVE_EXPIRY is
closed and opened again before Slack's servers would drop it.

To keep slack_sdk's semantics, the answer and the failures are handed back in urllib's shapes: a
non-2xx answer raises ``urllib.error.HTTPError`` (so a 429 reaches the rate limit handler with its
``Retry-After``), a connection refused or a connect timeout is a ``URLError``, a server that closed the
connection without answering is ``RemoteDisconnected`` and a reset connection ``ConnectionResetError``
(both retried once by slack_sdk's ``ConnectionErrorRetryHandler``, which also covers a kept-alive
connection the server had closed meanwhile), a read timeout is ``TimeoutError``. ``bot/slack/web_api.py``
maps all of them.
"""

from __future__ import annotations

import functools
import http.client
import io
import ssl
import threading
import time
import urllib.error
from typing import Any
from urllib.parse import urlsplit
from urllib.request import Request

from slack_sdk import WebClient

# Idle connections are closed before Slack's own servers would drop them.
KEEPALIVE_EXPIRY = 20.0

_Origin = tuple[str, str, int, int]  # scheme, host, port, id of the TLS context


class _Connections(threading.local):
    """The calling thread's kept-alive connections, with when each was last used."""

    def __init__(self) -> None:
        self.idle: dict[_Origin, tuple[http.client.HTTPConnection, float]] = {}


_MINE = _Connections()


@functools.cache
def _default_context() -> ssl.SSLContext:
    """The system's trust store, as urllib uses (SSL_CERT_FILE is honoured), made on first use."""
    return ssl.create_default_context()


class PooledWebClient(WebClient):
    """A ``WebClient`` (same arguments) whose calls reuse the calling thread's kept-alive connection,
    whichever client makes them. A client with a ``proxy`` falls back to slack_sdk's urllib."""

    def _perform_urllib_http_request_internal(self, url: str, req: Request) -> dict[str, Any]:
        parts = urlsplit(url)
        if self.proxy is not None or parts.scheme not in ("http", "https") or not parts.hostname:
            return super()._perform_urllib_http_request_internal(url, req)
        data = req.data if isinstance(req.data, bytes) else b""
        headers = {k: str(v) for k, v in req.header_items() if k.lower() != "content-length"}
        origin: _Origin = (parts.scheme, parts.hostname, parts.port or (443 if parts.scheme == "https" else 80),
                           id(self.ssl))
        connection = self._connection(origin)
        try:
            response = _exchange(connection, req.get_method(), parts.path + (f"?{parts.query}" if parts.query else ""),
                                 data, headers)
            body = response.read()
        except BaseException:
            connection.close()
            raise
        if response.will_close:
            connection.close()
        else:
            _MINE.idle[origin] = (connection, time.monotonic())
        message = response.msg
        if not 200 <= response.status < 300:
            raise urllib.error.HTTPError(url, response.status, response.reason, message, io.BytesIO(body))
        if message.get_content_type() == "application/gzip":
            return {"status": response.status, "headers": message, "body": body}
        charset = message.get_content_charset() or "utf-8"
        return {"status": response.status, "headers": message, "body": body.decode(charset)}

    def _connection(self, origin: _Origin) -> http.client.HTTPConnection:
        """This thread's idle connection to ``origin`` (unless it idled too long), or a new one."""
        found = _MINE.idle.pop(origin, None)
        if found is not None:
            connection, last_used = found
            if time.monotonic() - last_used < KEEPALIVE_EXPIRY and connection.sock is not None:
                connection.sock.settimeout(self.timeout)
                connection.timeout = self.timeout
                return connection
            connection.close()
        scheme, host, port, _ = origin
        if scheme == "https":
            return http.client.HTTPSConnection(host, port, timeout=self.timeout,
                                               context=self.ssl or _default_context())
        return http.client.HTTPConnection(host, port, timeout=self.timeout)


def _exchange(connection: http.client.HTTPConnection, method: str, path: str, data: bytes,
              headers: dict[str, str]) -> http.client.HTTPResponse:
    """One request and its answer's head, failing as urllib would."""
    if connection.sock is None:
        try:
            connection.connect()
        except OSError as exc:  # refused, unreachable, a connect timeout, a TLS failure: urllib's URLError
            raise urllib.error.URLError(exc) from exc
    try:
        connection.request(method, path, body=data, headers=headers)
        return connection.getresponse()
    except TimeoutError:
        raise TimeoutError("timed out") from None
    except http.client.RemoteDisconnected:
        raise
    except http.client.HTTPException as exc:  # the server answered with something that is no HTTP
        raise http.client.RemoteDisconnected(str(exc) or "Remote end closed connection without response") from exc
    except OSError as exc:  # reset or broken on a connection the server had closed
        raise ConnectionResetError(str(exc) or "connection reset") from exc

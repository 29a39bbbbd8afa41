"""HTTP mode on waitress: Slack's requests at ``POST /slack/events``, ``GET /healthz``, ``GET /metrics``."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from waitress.server import create_server as waitress_server

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIEnvironment
    from waitress.server import BaseWSGIServer, MultiSocketServer

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
METRICS_PATH = "/metrics"
PROMETHEUS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


class LeadBotWsgi:
    def __init__(self, app: App, health: Callable[[], dict[str, object]], metrics: Callable[[], bytes]) -> None:
        self._slack = SlackRequestHandler(app, path=EVENTS_PATH)
        self._health = health
        self._metrics = metrics

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        method = environ.get("REQUEST_METHOD", "GET")
        if path == HEALTH_PATH and method in ("GET", "HEAD"):
            return self._healthz(start_response)
        if path == METRICS_PATH and method in ("GET", "HEAD"):
            body = self._metrics()
            start_response("200 OK", [("Content-Type", PROMETHEUS_CONTENT_TYPE), ("Content-Length", str(len(body)))])
            return [body]
        if path == EVENTS_PATH and method != "POST":
            return _plain(start_response, "405 Method Not Allowed", "Slack sends POST requests here.\n")
        try:
            return self._slack(environ, start_response)
        except Exception:
            # Bolt parses the body before it checks the signature, and some malformed bodies make
            # that parsing raise. Such a request is the sender's fault: 400, and nothing was run.
            log.warning("unreadable request to %s refused", EVENTS_PATH, exc_info=log.isEnabledFor(logging.DEBUG))
            return _plain(start_response, "400 Bad Request", "The request body could not be read.\n")

    def _healthz(self, start_response: StartResponse) -> Iterable[bytes]:
        report = self._health()
        status = "200 OK" if report.get("ok") else "503 Service Unavailable"
        body = json.dumps(report).encode()
        start_response(status, [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
        return [body]


def _plain(start_response: StartResponse, status: str, text: str) -> Iterable[bytes]:
    body = text.encode()
    start_response(status, [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(body)))])
    return [body]


def create_server(
    wsgi: LeadBotWsgi, *, host: str, port: int, threads: int, loop_timeout: float = 1.0
) -> BaseWSGIServer | MultiSocketServer:
    """A waitress server; ``port=0`` picks a free port (read it from ``server.effective_port``)."""
    return waitress_server(
        wsgi, host=host, port=port, threads=threads, ident="LeadBot", clear_untrusted_proxy_headers=True,
        channel_timeout=60, asyncore_loop_timeout=loop_timeout,
    )


def shutdown(server: BaseWSGIServer | MultiSocketServer, *, loop_running: bool = False) -> None:
    """Stop accepting, let running requests finish (waitress waits a few seconds), close connections.

    With ``loop_running`` (another thread is inside ``server.run()``), the sockets are closed by that
    thread, through waitress's trigger, because closing them under its ``select`` would break it."""
    trigger = getattr(server, "trigger", None)
    if loop_running and trigger is not None:
        trigger.pull_trigger(lambda: _close(server))
    else:
        _close(server)
    server.task_dispatcher.shutdown()


def _close(server: BaseWSGIServer | MultiSocketServer) -> None:
    from waitress import wasyncore

    socket_map = getattr(server, "_map", None) or getattr(server, "map", None)
    server.close()
    if socket_map:
        wasyncore.close_all(socket_map)

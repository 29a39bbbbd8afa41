"""HTTP mode on waitress: Slack's requests at ``POST /slack/events``, ``GET /healthz``, ``GET /metrics``, and,
with many workspaces, Bolt's OAuth flow at ``GET /slack/install`` and ``GET /slack/oauth_redirect``."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from slack_bolt import App, BoltRequest, BoltResponse
from slack_bolt.adapter.wsgi.http_request import WsgiHttpRequest
from slack_bolt.adapter.wsgi.http_response import WsgiHttpResponse
from waitress.server import create_server as waitress_server

from bot.services.conversation_queue import AckFirst

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIEnvironment
    from waitress.server import BaseWSGIServer, MultiSocketServer

    from bot.bootstrap import Runtime

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
METRICS_PATH = "/metrics"
PROMETHEUS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
# Said to the rep when LeadBot itself failed on their request (a bug, logged at ERROR).
INTERNAL_PROBLEM = "LeadBot hit a problem of its own and could not do that, so nothing was saved. Please try again."


def build_wsgi(runtime: Runtime, app: App) -> LeadBotWsgi:
    return LeadBotWsgi(app, runtime.health, runtime.core.exposition, runtime.acks)


class LeadBotWsgi:
    def __init__(self, app: App, health: Callable[[], dict[str, object]], metrics: Callable[[], bytes],
                 acks: AckFirst | None = None) -> None:
        self._app = app
        self._acks = acks
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
        if method == "GET" and (oauth := self._oauth_step(path)) is not None:
            return self._answer(start_response, oauth(BoltRequest(
                body="", query=environ.get("QUERY_STRING", ""), headers=WsgiHttpRequest(environ).get_headers())))
        if path == EVENTS_PATH and method != "POST":
            return _plain(start_response, "405 Method Not Allowed", "Slack sends POST requests here.\n")
        if path != EVENTS_PATH:
            return _plain(start_response, "404 Not Found", "Not Found\n")
        if self._acks is None:
            return self._slack(environ, start_response)
        self._acks.enter()  # the chat queue's turns step aside until Slack has its answer
        try:
            return self._slack(environ, start_response)
        finally:
            self._acks.leave()

    def _slack(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        http = WsgiHttpRequest(environ)
        try:
            request = BoltRequest(body=http.get_body(), query=http.query_string, headers=http.get_headers())
        except Exception:
            # Bolt parses the body before it checks the signature, and some malformed bodies make
            # that parsing raise. Such a request is the sender's fault: 400, and nothing was run.
            log.warning("unreadable request to %s refused", EVENTS_PATH, exc_info=log.isEnabledFor(logging.DEBUG))
            return _plain(start_response, "400 Bad Request", "The request body could not be read.\n")
        try:
            # A rep's plain DM takes the lean path when there is one (bot/slack/fast_path.py).
            pre_dispatch: Callable[[BoltRequest], BoltResponse | None] | None = getattr(self._app, "pre_dispatch", None)
            response = pre_dispatch(request) if pre_dispatch is not None else None
            if response is None:
                response = self._app.dispatch(request)
        except Exception:
            # A readable, possibly genuine request that LeadBot failed on: our fault, never the sender's.
            log.exception("LeadBot failed on a Slack request", extra={"request_type": _kind(request.body)})
            response = internal_error_response(request.body)
        return self._answer(start_response, response)

    def _oauth_step(self, path: str) -> Callable[[BoltRequest], BoltResponse] | None:
        """Bolt's install or redirect handler for ``path``, when LeadBot installs in many workspaces."""
        flow = self._app.oauth_flow
        if flow is None:
            return None
        return {flow.install_path: flow.handle_installation, flow.redirect_uri_path: flow.handle_callback}.get(path)

    @staticmethod
    def _answer(start_response: StartResponse, response: BoltResponse) -> Iterable[bytes]:
        answer = WsgiHttpResponse(status=response.status, headers=response.headers, body=response.body)
        start_response(answer.status, answer.get_headers())
        return answer.get_body()

    def _healthz(self, start_response: StartResponse) -> Iterable[bytes]:
        report = self._health()
        status = "200 OK" if report.get("ok") else "503 Service Unavailable"
        body = json.dumps(report).encode()
        start_response(status, [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
        return [body]


def _kind(body: dict[str, object]) -> str:
    kind = body.get("type") or ("slash_command" if body.get("command") else "unknown")
    return str(kind)[:40]


def internal_error_response(body: dict[str, object]) -> BoltResponse:
    """What Slack expects when LeadBot failed on a request, by its type:

    - an Events API callback: 500, so Slack sends it again (up to three times, minutes apart); the
      event id makes a repeat that did get through change nothing;
    - a form submission: the form stays open with the problem shown on its first input, so nothing
      the rep typed is lost;
    - a slash command: an ephemeral note to the rep;
    - anything else (buttons, shortcuts): 200, since Slack shows no text for those; the rep may press again.
    """
    kind = _kind(body)
    if kind == "event_callback":
        return BoltResponse(status=500, body="")
    if kind == "view_submission":
        view = body.get("view")
        blocks = view.get("blocks") if isinstance(view, dict) else None
        inputs = [b.get("block_id") for b in blocks or [] if isinstance(b, dict) and b.get("type") == "input"]
        if inputs and isinstance(inputs[0], str):
            return BoltResponse(status=200, body=json.dumps(
                {"response_action": "errors", "errors": {inputs[0]: INTERNAL_PROBLEM}}),
                headers={"content-type": "application/json;charset=utf-8"})
    if kind == "slash_command":
        return BoltResponse(status=200, body=json.dumps({"response_type": "ephemeral", "text": INTERNAL_PROBLEM}),
                            headers={"content-type": "application/json;charset=utf-8"})
    return BoltResponse(status=200, body="")


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
        try:
            trigger.pull_trigger(lambda: _close(server))
        except OSError:  # the trigger is already closed, so its loop is not running: close here
            _close(server)
    else:
        _close(server)
    server.task_dispatcher.shutdown()


def _close(server: BaseWSGIServer | MultiSocketServer) -> None:
    from waitress import wasyncore

    socket_map = getattr(server, "_map", None) or getattr(server, "map", None)
    server.close()
    if socket_map:
        wasyncore.close_all(socket_map)

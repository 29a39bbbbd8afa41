"""LeadBot's real HTTP server (waitress, as ``serve`` builds it) on 127.0.0.1 port 0, in-process, so a
test can send signed requests and then look into the store."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any

import httpx

from bot.bootstrap import Runtime, build_runtime, build_slack_app
from bot.config import Settings
from bot.entrypoints.web import build_wsgi, create_server, shutdown
from tests.support import real_payloads
from tests.support import slack_requests as sr
from tests.support.listeners import ListenerTracker

SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"


def make_settings(**overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "slack_bot_token": "xoxb-1111-2222-testtoken",
        "slack_signing_secret": SIGNING_SECRET,
        "crm_api_token": "crm-secret-token-123",
        "crm_agent_id": "agent-42",
        "web_threads": 8,
        "log_level": "INFO",
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)


class BotHarness:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.runtime: Runtime = build_runtime(settings)
        self.app = build_slack_app(self.runtime, http_mode=True)
        # Bolt's runner reads this attribute for every listener it starts, so wrapping it sees them all.
        runner = self.app.listener_runner
        self.listeners = ListenerTracker(runner.listener_executor)
        runner.listener_executor = self.listeners
        self.server = create_server(build_wsgi(self.runtime, self.app), host="127.0.0.1", port=0,
                                    threads=settings.web_threads, loop_timeout=0.05)
        self.url = f"http://127.0.0.1:{self.server.effective_port}"  # type: ignore[union-attr]
        self._thread = threading.Thread(target=self.server.run, daemon=True)
        self.http = httpx.Client(base_url=self.url, timeout=10)

    def start(self) -> BotHarness:
        self._thread.start()
        self.runtime.start()
        return self

    def close(self) -> None:
        self.http.close()
        shutdown(self.server, loop_running=True)
        self._thread.join(5)
        self.runtime.close()

    def post(self, body: str, *, content_type: str = "application/x-www-form-urlencoded",
             secret: str = SIGNING_SECRET, timestamp: int | None = None,
             extra_headers: dict[str, str] | None = None) -> httpx.Response:
        headers = sr.signed_headers(body, secret, timestamp=timestamp, content_type=content_type)
        headers.update(extra_headers or {})
        return self.http.post("/slack/events", content=body.encode(), headers=headers)

    def command(self, text: str = "", **kwargs: Any) -> httpx.Response:
        return self.post(sr.slash_command(text, **kwargs))

    def submit(self, values: Mapping[str, str | None], *, private_metadata: str, view_id: str = "V0MODAL1",
               owner: str | None = None) -> httpx.Response:
        return self.post(sr.view_submission(values, private_metadata=private_metadata, view_id=view_id,
                                            owner=owner))

    def action(self, action_id: str, value: str, **kwargs: Any) -> httpx.Response:
        return self.post(sr.block_action(action_id, value, **kwargs))

    def event(self, event: dict[str, Any], **kwargs: Any) -> httpx.Response:
        return self.post(sr.event_envelope(event, **kwargs), content_type="application/json")

    def send(self, request: tuple[str, str]) -> httpx.Response:
        """Post a (body, content type) pair, signed, as ``real_payloads`` builds them."""
        body, content_type = request
        return self.post(body, content_type=content_type)

    def replay(self, kind: str, **values: Any) -> httpx.Response:
        """Post the real Slack payload ``kind`` (tests/data/slack_payloads), filled with ``values``."""
        return self.send(real_payloads.request(kind, **values))

    def drain(self, timeout: float = 10.0) -> None:
        """Wait until every listener of the requests answered so far has finished (the positive
        signal before asserting that a request did NOT lead to something)."""
        self.listeners.wait_idle(timeout)

"""A loopback fake of Slack's Web API that records every call, for SLACK_API_BASE_URL."""

from __future__ import annotations

import itertools
import json
import threading
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlparse

from tests.support.loopback import LoopbackServer, QuietHandler

BOT_USER_ID = "UBOT0001"
TEAM_ID = "T0001"


@dataclass
class SlackCall:
    method: str
    args: dict[str, Any]
    headers: dict[str, str]
    at: float = field(default_factory=time.monotonic)


class _Handler(QuietHandler):
    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        self._handle(b"")

    def do_POST(self) -> None:  # noqa: N802
        self._handle(self.read_body())

    def _handle(self, body: bytes) -> None:
        if self.path == "/__stats":  # for benchmarks in another process
            self.send(200, json.dumps(self.owner.stats()).encode())
            return
        parsed = urlparse(self.path)
        method = parsed.path.rsplit("/", 1)[-1]
        args: dict[str, Any] = {k: v[0] for k, v in parse_qs(parsed.query).items()}
        content_type = self.headers.get("Content-Type", "")
        if body and "json" in content_type:
            args.update(json.loads(body))
        elif body:
            args.update({k: v[0] for k, v in parse_qs(body.decode()).items()})
        for key in ("view", "blocks"):
            if isinstance(args.get(key), str):
                args[key] = json.loads(args[key])
        answer = self.owner.answer(method, args, dict(self.headers))
        self.send(200, json.dumps(answer).encode())


class FakeSlack:
    def __init__(self) -> None:
        self.calls: list[SlackCall] = []
        self.failures: dict[str, str] = {}  # method -> Slack error code to answer with
        self.users: dict[str, dict[str, Any]] = {}
        self.socket_url = ""  # what apps.connections.open hands out, for Socket Mode tests
        self.keep_calls = True  # False for long runs: only the counters below are kept
        self.counts: dict[str, int] = {}  # method -> calls
        self.posts_by_channel: dict[str, int] = {}  # chat.postMessage per channel
        self._ts = itertools.count(1)
        self._lock = threading.Condition()
        self._server = LoopbackServer(_Handler, owner=self)

    @property
    def api_url(self) -> str:
        return f"{self._server.url}/api/"

    def start(self) -> FakeSlack:
        self._server.start()
        return self

    def stop(self) -> None:
        self._server.stop()

    def answer(self, method: str, args: dict[str, Any], headers: dict[str, str]) -> dict[str, Any]:
        with self._lock:
            self.counts[method] = self.counts.get(method, 0) + 1
            if method == "chat.postMessage":
                channel = str(args.get("channel", ""))
                self.posts_by_channel[channel] = self.posts_by_channel.get(channel, 0) + 1
            if self.keep_calls:
                self.calls.append(SlackCall(method, args, headers))
            self._lock.notify_all()
        if method in self.failures:
            return {"ok": False, "error": self.failures[method]}
        if method == "auth.test":
            return {"ok": True, "url": "https://acme.slack.com/", "team": "Acme", "user": "leadbot",
                    "team_id": TEAM_ID, "user_id": BOT_USER_ID, "bot_id": "BBOT0001"}
        if method == "apps.connections.open":
            return {"ok": True, "url": self.socket_url} if self.socket_url else {"ok": False, "error": "not_set"}
        if method == "chat.postMessage":
            channel = str(args.get("channel", ""))
            if channel.startswith("U"):
                channel = "D" + channel[1:]  # posting to a user id lands in the app's DM with them
            return {"ok": True, "channel": channel, "ts": f"1700000000.{next(self._ts):06d}",
                    "message": {"text": args.get("text")}}
        if method == "chat.update":
            return {"ok": True, "channel": args.get("channel"), "ts": args.get("ts")}
        if method == "users.info":
            user_id = str(args.get("user"))
            user = self.users.get(user_id) or {
                "id": user_id, "name": "jamie", "real_name": "Jamie Doe",
                "profile": {"display_name": "Jamie Doe", "real_name": "Jamie Doe"},
            }
            return {"ok": True, "user": user}
        if method == "views.open":
            return {"ok": True, "view": {"id": f"V{next(self._ts):08d}", **args.get("view", {})}}
        return {"ok": True}

    def stats(self) -> dict[str, Any]:
        with self._lock:
            return {"counts": dict(self.counts), "posts_by_channel": dict(self.posts_by_channel)}

    def calls_to(self, method: str) -> list[SlackCall]:
        with self._lock:
            return [call for call in self.calls if call.method == method]

    def wait_for(self, method: str, count: int = 1, timeout: float = 10.0, **match: Any) -> list[SlackCall]:
        """Wait until ``count`` calls of ``method`` (whose args include ``match``) have arrived."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                found = [c for c in self.calls if c.method == method
                         and all(c.args.get(k) == v for k, v in match.items())]
                if len(found) >= count:
                    return found
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    seen = [c.method for c in self.calls]
                    raise AssertionError(f"expected {count} {method} call(s) {match or ''}; saw {seen}")
                self._lock.wait(remaining)

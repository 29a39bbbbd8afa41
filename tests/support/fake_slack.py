"""A loopback fake of Slack's Web API that records every call, for SLACK_API_BASE_URL.

It can misbehave per method, for the next N calls or until ``reset``: answer slowly, drop the
connection without answering, answer an HTTP 5xx, answer 429 with Retry-After, or answer
``ok: false`` with an error code (also what the older ``failures`` map does). Every call is recorded
with its args before any fault applies, so a test can assert on what was attempted.
"""

from __future__ import annotations

import itertools
import json
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import parse_qs, urlparse

from tests.support.loopback import LoopbackServer, QuietHandler

BOT_USER_ID = "UBOT0001"
TEAM_ID = "T0001"


FaultKind = Literal["slow", "drop", "status", "rate_limited", "error"]


@dataclass
class Fault:
    """How the fake misbehaves for one method. ``times`` None: until reset."""

    kind: FaultKind
    times: int | None = None
    delay: float = 0.0  # slow: seconds before answering
    status: int = 503  # status: the HTTP status
    retry_after: int = 0  # rate_limited: the Retry-After header, seconds (slack_sdk retries after it)
    error: str = ""  # error: the Slack error code of the ok:false answer

    @property
    def label(self) -> str:
        return {"slow": f"slow {self.delay}s", "status": f"HTTP {self.status}", "error": f"error {self.error}",
                "rate_limited": f"429 Retry-After {self.retry_after}", "drop": "drop"}[self.kind]


@dataclass
class SlackCall:
    method: str
    args: dict[str, Any]
    headers: dict[str, str]
    at: float = field(default_factory=time.monotonic)
    fault: Fault | None = None  # what the fake did instead of answering normally, if anything
    answer: dict[str, Any] | None = None  # what the fake answered, when it answered normally

    @property
    def token(self) -> str:
        """The token the call was made with (its bearer header, else a ``token`` argument)."""
        bearer = next((v for k, v in self.headers.items() if k.lower() == "authorization"), "")
        return bearer.removeprefix("Bearer ") or str(self.args.get("token", ""))

    @property
    def ok(self) -> bool:
        """Answered normally: no fault, and the answer was written."""
        return self.fault is None and self.answer is not None


class _Handler(QuietHandler):
    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        self._handle(b"")

    def do_POST(self) -> None:  # noqa: N802
        self._handle(self.read_body())

    def _handle(self, body: bytes) -> None:
        if self.path == "/__stats":  # for benchmarks in another process
            self.send(200, json.dumps(self.owner.stats()).encode())
            return
        if self.path.startswith("/__first_post?"):  # a benchmark waits for a reply: when it arrived
            query = parse_qs(urlparse(self.path).query)
            arrived = self.owner.first_post_at(query["channel"][0], float(query.get("timeout", ["10"])[0]))
            self.send(200, json.dumps({"arrived": arrived}).encode())
            return
        parsed = urlparse(self.path)
        # A response_url (hooks_url) is recorded as the method "response_url".
        method = "response_url" if parsed.path.startswith("/hooks/") else parsed.path.rsplit("/", 1)[-1]
        args: dict[str, Any] = {k: v[0] for k, v in parse_qs(parsed.query).items()}
        content_type = self.headers.get("Content-Type", "")
        if body and "json" in content_type:
            args.update(json.loads(body))
        elif body:
            args.update({k: v[0] for k, v in parse_qs(body.decode()).items()})
        for key in ("view", "blocks", "outputs"):  # JSON inside a form field (outputs: functions.completeSuccess)
            if isinstance(args.get(key), str):
                args[key] = json.loads(args[key])
        owner: FakeSlack = self.owner
        call = owner.record(method, args, dict(self.headers))
        fault = call.fault
        if fault is not None and fault.kind == "slow":
            if not owner.sleep(fault.delay):
                self.close_connection = True  # the fake is stopping: no answer
                return
            fault = None  # slept it out: answer as usual (the client may have given up already)
        if fault is None:
            answer = owner.answer(method, args, call.token)
            self.send(200, json.dumps(answer).encode())
            owner.answered(call, answer)
        elif fault.kind == "drop":
            self.close_connection = True  # the request was read; close without a status line
        elif fault.kind == "status":
            self.send(fault.status, json.dumps({"ok": False, "error": "fatal_error"}).encode())
        elif fault.kind == "rate_limited":
            self.send(429, json.dumps({"ok": False, "error": "ratelimited"}).encode(),
                      headers={"Retry-After": str(fault.retry_after)})
        else:
            self.send(200, json.dumps({"ok": False, "error": fault.error}).encode())


class FakeSlack:
    def __init__(self) -> None:
        self.calls: list[SlackCall] = []
        self.failures: dict[str, str] = {}  # method -> Slack error code to answer with
        self.users: dict[str, dict[str, Any]] = {}
        self.teams: dict[str, dict[str, Any]] = {}  # team.info answers' "team", by team id
        self.channels: dict[str, dict[str, Any]] = {}  # conversations.info answers' "channel", by id
        self.emails: dict[str, str] = {}  # email -> user id, for users.lookupByEmail
        self.socket_url = ""  # what apps.connections.open hands out, for Socket Mode tests
        # Many workspaces: oauth.v2.access answers by code, and auth.test answers by bot token.
        self.oauth_codes: dict[str, dict[str, Any]] = {}
        self.bot_tokens: dict[str, dict[str, Any]] = {}
        self.keep_calls = True  # False for long runs: only the counters below are kept
        self.counts: dict[str, int] = {}  # method -> calls
        self.posts_by_channel: dict[str, int] = {}  # chat.postMessage per channel
        self.first_posts: dict[str, float] = {}  # when (time.monotonic()) each channel's first post arrived
        self.faults: dict[str, Fault] = {}  # method -> how to misbehave; see misbehave()
        self._ts = itertools.count(1)
        self._lock = threading.Condition()
        self._stopping = threading.Event()
        self._server = LoopbackServer(_Handler, owner=self)

    @property
    def api_url(self) -> str:
        return f"{self._server.url}/api/"

    def hooks_url(self, name: str = "T0001/1/abc") -> str:
        """A response_url on this fake; what is posted to it is recorded as method "response_url"."""
        return f"{self._server.url}/hooks/{name}"

    def start(self) -> FakeSlack:
        self._server.start()
        return self

    def serve_tls(self, context: ssl.SSLContext) -> FakeSlack:
        """Answer over HTTPS, as Slack does (call before ``start``; benchmarks)."""
        self._server.serve_tls(context)
        return self

    def stop(self) -> None:
        self._stopping.set()  # wakes handlers sleeping out a "slow" fault, so stop() never waits on them
        self._server.stop()

    def misbehave(self, method: str, fault: Fault) -> None:
        """From the next call on, ``method`` answers as ``fault`` says (for ``fault.times`` calls)."""
        with self._lock:
            self.faults[method] = fault

    def slow(self, method: str, seconds: float, times: int | None = None) -> None:
        self.misbehave(method, Fault("slow", times, delay=seconds))

    def drop(self, method: str, times: int | None = None) -> None:
        self.misbehave(method, Fault("drop", times))

    def server_error(self, method: str, status: int = 503, times: int | None = None) -> None:
        self.misbehave(method, Fault("status", times, status=status))

    def rate_limit(self, method: str, retry_after: int = 0, times: int | None = None) -> None:
        self.misbehave(method, Fault("rate_limited", times, retry_after=retry_after))

    def refuse(self, method: str, error: str, times: int | None = None) -> None:
        self.misbehave(method, Fault("error", times, error=error))

    def reset(self, method: str | None = None) -> None:
        """Slack recovers: ``method`` (or every method) answers normally again."""
        with self._lock:
            if method is None:
                self.faults.clear()
                self.failures.clear()
            else:
                self.faults.pop(method, None)
                self.failures.pop(method, None)

    def sleep(self, seconds: float) -> bool:
        """Sleep a slow answer; False when the fake was stopped meanwhile."""
        return not self._stopping.wait(seconds)

    def record(self, method: str, args: dict[str, Any], headers: dict[str, str]) -> SlackCall:
        """Count and keep the call, with the fault to apply to it, if any."""
        with self._lock:
            fault = self.faults.get(method)
            if fault is None and method in self.failures:
                fault = Fault("error", error=self.failures[method])
            elif fault is not None and fault.times is not None:
                fault.times -= 1
                if fault.times <= 0:
                    del self.faults[method]
            self.counts[method] = self.counts.get(method, 0) + 1
            if method == "chat.postMessage" and fault is None:
                channel = str(args.get("channel", ""))
                self.posts_by_channel[channel] = self.posts_by_channel.get(channel, 0) + 1
                self.first_posts.setdefault(channel, time.monotonic())
            call = SlackCall(method, args, headers, fault=fault)
            if self.keep_calls:
                self.calls.append(call)
            self._lock.notify_all()
            return call

    def answered(self, call: SlackCall, answer: dict[str, Any]) -> None:
        with self._lock:
            call.answer = answer
            self._lock.notify_all()

    def add_install(self, code: str, token: str, *, team_id: str | None, enterprise_id: str | None = None,
                    org_wide: bool = False) -> None:
        """Slack will exchange ``code`` for the bot ``token`` of this workspace (or, ``org_wide``, this org)."""
        team = {"id": team_id, "name": f"Team {team_id}"} if team_id else None
        enterprise = {"id": enterprise_id, "name": f"Org {enterprise_id}"} if enterprise_id else None
        bot_user = f"UBOT{(team_id or enterprise_id or '')[-4:]}"
        self.oauth_codes[code] = {
            "ok": True, "app_id": "A0LEADBOT", "access_token": token, "token_type": "bot",
            "scope": "commands,chat:write", "bot_user_id": bot_user, "team": team, "enterprise": enterprise,
            "is_enterprise_install": org_wide, "authed_user": {"id": "U0ADMIN1"},
        }
        self.bot_tokens[token] = {
            "ok": True, "url": "https://org.enterprise.slack.com/" if org_wide else "https://ws.slack.com/",
            "team": "", "user": "leadbot", "team_id": team_id, "user_id": bot_user, "bot_id": f"B{bot_user[4:]}",
            "enterprise_id": enterprise_id, "is_enterprise_install": org_wide,
        }

    def answer(self, method: str, args: dict[str, Any], token: str = "") -> dict[str, Any]:
        if method == "oauth.v2.access":
            return self.oauth_codes.get(str(args.get("code")), {"ok": False, "error": "invalid_code"})
        if method == "auth.test" and self.bot_tokens:
            return self.bot_tokens.get(token, {"ok": False, "error": "invalid_auth"})
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
        if method == "users.lookupByEmail":
            found = self.emails.get(str(args.get("email", "")).lower())
            return {"ok": True, "user": {"id": found}} if found else {"ok": False, "error": "users_not_found"}
        if method == "views.open":
            return {"ok": True, "view": {"id": f"V{next(self._ts):08d}", "hash": f"1700000000.{next(self._ts):08d}",
                                         **args.get("view", {})}}
        if method == "views.update":
            return {"ok": True, "view": {"id": args.get("view_id"), "hash": f"1700000000.{next(self._ts):08d}",
                                         **args.get("view", {})}}
        if method == "chat.getPermalink":
            channel, ts = str(args.get("channel")), str(args.get("message_ts"))
            return {"ok": True, "channel": channel,
                    "permalink": f"https://acme.slack.com/archives/{channel}/p{ts.replace('.', '')}"}
        if method == "team.info":
            team = str(args.get("team") or TEAM_ID)
            return {"ok": True, "team": self.teams.get(team) or {"id": team, "name": "Acme", "domain": "acme"}}
        if method == "conversations.info":
            channel = str(args.get("channel"))
            info = self.channels.get(channel)
            return {"ok": True, "channel": info} if info else {"ok": False, "error": "channel_not_found"}
        return {"ok": True}

    def first_post_at(self, channel: str, timeout: float) -> float | None:
        """When the first chat.postMessage to ``channel`` arrived (``time.monotonic()``, the same clock in
        every process of the machine), waiting up to ``timeout`` for it; None if none came."""
        with self._lock:
            self._lock.wait_for(lambda: channel in self.first_posts, timeout)
            return self.first_posts.get(channel)

    def stats(self) -> dict[str, Any]:
        with self._lock:
            return {"counts": dict(self.counts), "posts_by_channel": dict(self.posts_by_channel)}

    def calls_to(self, method: str, *, answered: bool = False) -> list[SlackCall]:
        """The calls of ``method``; with ``answered``, only those the fake answered normally."""
        with self._lock:
            return [call for call in self.calls if call.method == method and (not answered or call.ok)]

    def wait_for(self, method: str, count: int = 1, timeout: float = 10.0, *, answered: bool = False,
                 **match: Any) -> list[SlackCall]:
        """Wait until ``count`` calls of ``method`` (whose args include ``match``) have arrived; with
        ``answered``, only calls the fake answered normally (no fault) count."""
        def found(calls: list[SlackCall]) -> list[SlackCall] | None:
            hits = [c for c in calls if c.method == method and (not answered or c.ok)
                    and all(c.args.get(k) == v for k, v in match.items())]
            return hits if len(hits) >= count else None

        calls: list[SlackCall] = self.wait_until(found, timeout, f"{count} {method} call(s) {match or ''}")
        return calls

    def wait_for_message(self, phrase: str, timeout: float = 10.0) -> SlackCall:
        """The latest message posted or updated (and answered) whose text says ``phrase``, waiting for
        one. A lead's status message may be posted already showing where the lead stands, or updated
        to it later; either way this finds it."""
        def shown(calls: list[SlackCall]) -> SlackCall | None:
            hits = [c for c in calls if c.method in ("chat.postMessage", "chat.update") and c.ok
                    and phrase in str(c.args.get("text"))]
            return hits[-1] if hits else None

        call: SlackCall = self.wait_until(shown, timeout, f"a message saying {phrase!r}")
        return call

    def wait_until(self, check: Callable[[list[SlackCall]], Any], timeout: float = 10.0,
                   expected: str = "a matching call") -> Any:
        """Wait until ``check(calls)`` is truthy (checked on every call and answer); return it."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                result = check(list(self.calls))
                if result:
                    return result
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    seen = [f"{c.method}{' (' + c.fault.label + ')' if c.fault else ''}" for c in self.calls]
                    raise AssertionError(f"expected {expected}; saw {seen}")
                self._lock.wait(remaining)

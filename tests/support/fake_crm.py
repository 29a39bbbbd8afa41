"""A loopback fake of the CRM's Create Lead V3 endpoint.

Scripted answers are used in order, one per request; when the script runs out, every request gets
the default answer (201 created). Every request is recorded as received: method, path, headers and
the raw body bytes, so tests can assert on exactly what LeadBot sent.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from tests.support.loopback import LoopbackServer, QuietHandler


@dataclass(frozen=True)
class Answer:
    status: int = 201
    body: bytes | dict[str, Any] = field(default_factory=lambda: {
        "success": True, "message": "Lead created", "data": {"id": "lead_123"}})
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    hang: bool = False  # read the request and never answer (until the server stops)

    def payload(self) -> bytes:
        return self.body if isinstance(self.body, bytes) else json.dumps(self.body).encode()


def success(message: str = "Lead created", data: Any = None) -> Answer:
    return Answer(201, {"success": True, "message": message, "data": data or {"id": "lead_123"}})


def rejected(status: int, message: str) -> Answer:
    return Answer(status, {"success": False, "message": message, "data": None})


@dataclass(frozen=True)
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    at: float = field(default_factory=time.monotonic)

    def json(self) -> Any:
        return json.loads(self.body)


class _Handler(QuietHandler):
    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        crm: FakeCrm = self.owner
        if self.path == "/__stats":  # for benchmarks in another process
            self.send(200, json.dumps(crm.stats()).encode())
        else:
            self.send(404, b'{"success": false, "message": "Not Found"}')

    def do_POST(self) -> None:  # noqa: N802 - the stdlib's name
        body = self.read_body()
        crm: FakeCrm = self.owner
        if self.path == "/__mode":  # {"status": 503, "delay": 0, "hang": false, "retry_after": "2"}
            crm.set_mode(json.loads(body))
            self.send(200, b"{}")
            return
        answer = crm.record(Received("POST", self.path, dict(self.headers), body))
        with crm.flight():
            if answer.hang:
                crm.stopping.wait(60)
                return
            if answer.delay:
                crm.stopping.wait(answer.delay)
        self.send(answer.status, answer.payload(), answer.headers)


class FakeCrm:
    def __init__(self, port: int = 0) -> None:
        self.received: list[Received] = []
        self.answers: list[Answer] = []  # what each received request was (or will be) answered with
        self.keep_received = True  # False for long runs: only the counters below are kept
        self.accepted: dict[str, int] = {}  # activity id -> answered with success
        self.total = 0
        self.in_flight = 0
        self.max_in_flight = 0  # the most requests it was answering at one time
        self.script: deque[Answer] = deque()
        self.default = success()
        self.stopping = threading.Event()
        self._lock = threading.Condition()
        self._server = LoopbackServer(_Handler, port, owner=self)

    @property
    def url(self) -> str:
        return self._server.url

    @property
    def httpd(self) -> Any:
        """The stdlib HTTP server underneath, for tests that watch its connections."""
        return self._server.httpd

    def start(self) -> FakeCrm:
        self._server.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self._server.stop()

    def then(self, *answers: Answer) -> FakeCrm:
        with self._lock:
            self.script.extend(answers)
        return self

    def record(self, received: Received) -> Answer:
        with self._lock:
            answer = self.script.popleft() if self.script else self.default
            self.total += 1
            if answer.status < 300 and not answer.hang:
                activity = _activity_id(received.body)
                self.accepted[activity] = self.accepted.get(activity, 0) + 1
            if self.keep_received:
                self.received.append(received)
                self.answers.append(answer)
            self._lock.notify_all()
            return answer

    @contextmanager
    def flight(self) -> Iterator[None]:
        with self._lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            yield
        finally:
            with self._lock:
                self.in_flight -= 1

    def stats(self) -> dict[str, Any]:
        with self._lock:
            return {"received": self.total, "accepted": dict(self.accepted)}

    def set_mode(self, mode: dict[str, Any]) -> None:
        status = int(mode.get("status", 201))
        body: dict[str, Any] = ({"success": True, "message": "Lead created", "data": {"id": "lead_123"}}
                                if status < 300 else {"success": False, "message": f"HTTP {status}"})
        headers = {"Retry-After": str(mode["retry_after"])} if mode.get("retry_after") else {}
        with self._lock:
            self.default = Answer(status, body, headers, float(mode.get("delay", 0)), bool(mode.get("hang")))

    def wait_for(self, count: int = 1, timeout: float = 10.0) -> list[Received]:
        deadline = time.monotonic() + timeout
        with self._lock:
            while len(self.received) < count:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"expected {count} CRM request(s), got {len(self.received)}")
                self._lock.wait(remaining)
            return list(self.received)


def _activity_id(body: bytes) -> str:
    try:
        return str(json.loads(body)["lead"]["crmActivities"][0]["id"])
    except (ValueError, KeyError, IndexError, TypeError):
        return "?"

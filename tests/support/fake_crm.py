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
    def do_POST(self) -> None:  # noqa: N802 - the stdlib's name
        body = self.read_body()
        crm: FakeCrm = self.owner
        answer = crm.record(Received("POST", self.path, dict(self.headers), body))
        if answer.hang:
            crm.stopping.wait(60)
            return
        if answer.delay:
            crm.stopping.wait(answer.delay)
        self.send(answer.status, answer.payload(), answer.headers)


class FakeCrm:
    def __init__(self) -> None:
        self.received: list[Received] = []
        self.answers: list[Answer] = []  # what each received request was (or will be) answered with
        self.script: deque[Answer] = deque()
        self.default = success()
        self.stopping = threading.Event()
        self._lock = threading.Condition()
        self._server = LoopbackServer(_Handler)
        self._server.httpd.owner = self  # type: ignore[attr-defined]

    @property
    def url(self) -> str:
        return self._server.url

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
            self.received.append(received)
            self.answers.append(answer)
            self._lock.notify_all()
            return answer

    def wait_for(self, count: int = 1, timeout: float = 10.0) -> list[Received]:
        deadline = time.monotonic() + timeout
        with self._lock:
            while len(self.received) < count:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"expected {count} CRM request(s), got {len(self.received)}")
                self._lock.wait(remaining)
            return list(self.received)

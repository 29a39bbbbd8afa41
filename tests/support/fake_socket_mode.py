"""A loopback fake of Slack's Socket Mode WebSocket: says hello, pushes envelopes, collects acks."""

from __future__ import annotations

import json
import queue
import threading
import time
import uuid
from typing import Any

from websockets.exceptions import ConnectionClosed
from websockets.sync.server import Server, ServerConnection, serve


class FakeSocketMode:
    def __init__(self) -> None:
        self.outbox: queue.Queue[dict[str, Any]] = queue.Queue()
        self.acks: dict[str, dict[str, Any]] = {}
        self.connected = threading.Event()
        self._acked = threading.Condition()
        self._server: Server = serve(self._session, "127.0.0.1", 0)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        port = self._server.socket.getsockname()[1]
        return f"ws://127.0.0.1:{port}/link/?ticket={uuid.uuid4()}&app_id=A0LEADBOT"

    def start(self) -> FakeSocketMode:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()

    def _session(self, connection: ServerConnection) -> None:
        connection.send(json.dumps({"type": "hello", "num_connections": 1,
                                    "connection_info": {"app_id": "A0LEADBOT"},
                                    "debug_info": {"host": "fake", "approximate_connection_time": 3600}}))
        self.connected.set()
        reader = threading.Thread(target=self._read, args=(connection,), daemon=True)
        reader.start()
        while reader.is_alive():
            try:
                envelope = self.outbox.get(timeout=0.1)
            except queue.Empty:
                continue
            try:
                connection.send(json.dumps(envelope))
            except ConnectionClosed:
                return

    def _read(self, connection: ServerConnection) -> None:
        try:
            for raw in connection:
                message = json.loads(raw)
                if "envelope_id" in message:
                    with self._acked:
                        self.acks[message["envelope_id"]] = message
                        self._acked.notify_all()
        except ConnectionClosed:
            return

    def push(self, kind: str, payload: dict[str, Any]) -> str:
        envelope_id = str(uuid.uuid4())
        self.outbox.put({"envelope_id": envelope_id, "type": kind, "payload": payload,
                         "accepts_response_payload": kind != "events_api", "retry_attempt": 0,
                         "retry_reason": ""})
        return envelope_id

    def wait_ack(self, envelope_id: str, timeout: float = 10.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        with self._acked:
            while envelope_id not in self.acks:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"no ack for envelope {envelope_id}")
                self._acked.wait(remaining)
            return self.acks[envelope_id]

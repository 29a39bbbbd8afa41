"""The load generator, run as a process of its own: signed Slack requests at a fixed concurrency for
a fixed time, then one JSON line of results on stdout.

    python -m bench.loadgen --url http://127.0.0.1:3000 --kind command --concurrency 10 --seconds 5
"""

from __future__ import annotations

import argparse
import itertools
import json
import threading
import time
import uuid

import httpx

from bench.common import percentile
from tests.support import slack_requests as sr

_counter = itertools.count()


def body_for(kind: str) -> tuple[str, str]:
    n = next(_counter)
    if kind == "command":
        return sr.slash_command("Jane Roe jane.roe@example.com +1 415 555 0100 Acme Inc"), \
            "application/x-www-form-urlencoded"
    if kind == "dm":
        # A team of 20 reps (names come from a warm cache), each DM a conversation of its own.
        user = f"U0REP{n % 20:04d}"
        event = {"type": "message", "channel": f"D{uuid.uuid4().hex[:10].upper()}", "channel_type": "im", "user": user,
                 "text": "Add Sam Lee, sam@lee.io, +44 20 7946 0958, Lee & Co", "ts": f"1700000000.{n:06d}",
                 "event_ts": f"1700000000.{n:06d}"}
        return sr.event_envelope(event), "application/json"
    if kind == "submit":
        values = {"name": "Jane Roe", "email": "jane.roe@example.com", "phone": "+1 415 555 0100",
                  "company": "Acme Inc", "notes": "Bench"}
        return sr.view_submission(values, private_metadata="{}", view_id=f"V{uuid.uuid4().hex[:12]}"), \
            "application/x-www-form-urlencoded"
    raise ValueError(kind)


def run(url: str, kind: str, concurrency: int, seconds: float, secret: str, warmup: float) -> dict[str, object]:
    latencies: list[float] = []
    errors = 0
    server_errors = 0
    lock = threading.Lock()
    start = time.monotonic()
    measure_from = start + warmup
    stop_at = measure_from + seconds

    def worker() -> None:
        nonlocal errors, server_errors
        with httpx.Client(base_url=url, timeout=10) as client:
            while (now := time.monotonic()) < stop_at:
                body, content_type = body_for(kind)
                headers = sr.signed_headers(body, secret, content_type=content_type)
                sent = time.perf_counter()
                try:
                    response = client.post("/slack/events", content=body.encode(), headers=headers)
                    status = response.status_code
                except httpx.HTTPError:
                    status = 0
                took = (time.perf_counter() - sent) * 1000
                if now < measure_from:
                    continue
                with lock:
                    latencies.append(took)
                    if status >= 500:
                        server_errors += 1
                    if status != 200:
                        errors += 1

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {"count": len(latencies), "errors": errors, "server_errors": server_errors,
            "p50": percentile(latencies, 0.50), "p95": percentile(latencies, 0.95),
            "p99": percentile(latencies, 0.99), "rps": len(latencies) / seconds}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--kind", choices=["command", "dm", "submit"], required=True)
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--warmup", type=float, default=1)
    parser.add_argument("--secret", required=True)
    args = parser.parse_args()
    print(json.dumps(run(args.url, args.kind, args.concurrency, args.seconds, args.secret, args.warmup)))


if __name__ == "__main__":
    main()

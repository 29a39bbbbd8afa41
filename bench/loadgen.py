"""The load generator, run as a process of its own: signed Slack requests at a fixed concurrency for
a fixed time, then one JSON line of results on stdout.

    python -m bench.loadgen --url http://127.0.0.1:3000 --kind command --concurrency 10 --seconds 5
    python -m bench.loadgen --url URL --kind reply --slack-url https://127.0.0.1:N --cafile CA ...
"""

from __future__ import annotations

import argparse
import itertools
import json
import ssl
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
        return dm_event(f"D{uuid.uuid4().hex[:10].upper()}", f"U0REP{n % 20:04d}", n), "application/json"
    if kind == "submit":
        values = {"name": "Jane Roe", "email": "jane.roe@example.com", "phone": "+1 415 555 0100",
                  "company": "Acme Inc", "notes": "Bench"}
        return sr.view_submission(values, private_metadata="{}", view_id=f"V{uuid.uuid4().hex[:12]}"), \
            "application/x-www-form-urlencoded"
    raise ValueError(kind)


def dm_event(channel: str, user: str, n: int) -> str:
    """A signed-to-be DM event: a team of 20 reps (names come from a warm cache), each DM a conversation
    of its own."""
    event = {"type": "message", "channel": channel, "channel_type": "im", "user": user,
             "text": "Add Sam Lee, sam@lee.io, +44 20 7946 0958, Lee & Co", "ts": f"1700000000.{n:06d}",
             "event_ts": f"1700000000.{n:06d}"}
    return sr.event_envelope(event)


def replies(url: str, slack_url: str, cafile: str, concurrency: int, seconds: float, secret: str,
            warmup: float) -> dict[str, object]:
    """Each worker sends a DM and waits for LeadBot's reply to reach the fake Slack, then sends the next:
    the time from the event's arrival (just before it is sent) to the reply's (the fake's clock)."""
    latencies: list[float] = []
    missing = 0
    lock = threading.Lock()
    measure_from = time.monotonic() + warmup
    stop_at = measure_from + seconds

    def worker() -> None:
        nonlocal missing
        with httpx.Client(base_url=url, timeout=10) as client, \
                httpx.Client(base_url=slack_url, timeout=20, verify=ssl.create_default_context(cafile=cafile)) as slack:
            while (now := time.monotonic()) < stop_at:
                n = next(_counter)
                channel = f"D{uuid.uuid4().hex[:10].upper()}"
                body = dm_event(channel, f"U0REP{n % 20:04d}", n)
                headers = sr.signed_headers(body, secret, content_type="application/json")
                sent = time.monotonic()
                try:
                    client.post("/slack/events", content=body.encode(), headers=headers)
                    arrived = slack.get("/__first_post", params={"channel": channel, "timeout": 10}).json()["arrived"]
                except httpx.HTTPError:
                    arrived = None
                if now < measure_from:
                    continue
                with lock:
                    if arrived is None:
                        missing += 1
                    else:
                        latencies.append((arrived - sent) * 1000)

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {"count": len(latencies), "missing": missing, "p50": percentile(latencies, 0.50),
            "p95": percentile(latencies, 0.95), "p99": percentile(latencies, 0.99), "rps": len(latencies) / seconds}


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
    parser.add_argument("--kind", choices=["command", "dm", "submit", "reply"], required=True)
    parser.add_argument("--slack-url", help="reply: the fake Slack, to wait for each reply")
    parser.add_argument("--cafile", help="reply: the CA file the fake Slack's certificate is trusted by")
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--warmup", type=float, default=1)
    parser.add_argument("--secret", required=True)
    args = parser.parse_args()
    if args.kind == "reply":
        print(json.dumps(replies(args.url, args.slack_url, args.cafile, args.concurrency, args.seconds, args.secret,
                                 args.warmup)))
    else:
        print(json.dumps(run(args.url, args.kind, args.concurrency, args.seconds, args.secret, args.warmup)))


if __name__ == "__main__":
    main()

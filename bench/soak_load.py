"""The soak test's load, in a process of its own: a mix of ``/newlead`` commands, modal submissions,
two-message DM conversations (lead, then ``yes``) and Slack-style retries of events, spread over the
replicas like a load balancer would (a replica that refuses the connection is skipped). Prints one
JSON document to ``--out``: what was sent, what was acknowledged, and every 5xx.

    python -m bench.soak_load --urls http://127.0.0.1:1,http://127.0.0.1:2 --seconds 240 --secret S --out F
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import threading
import time
import uuid
from typing import Any

import httpx

from tests.support import slack_requests as sr

LEAD_TEXT = "Add Sam Lee, sam@lee.io, +44 20 7946 0958, Lee & Co"


class Balancer:
    def __init__(self, urls: list[str]) -> None:
        self.urls = urls
        self.turn = itertools.count()
        self.lock = threading.Lock()
        self.stats: dict[str, Any] = {"requests": 0, "server_errors": 0, "refused": 0, "failed": 0}

    def post(self, client: httpx.Client, body: str, content_type: str, retry_num: int = 0) -> int:
        headers = sr.signed_headers(body, SECRET, content_type=content_type)
        if retry_num:
            headers.update({"X-Slack-Retry-Num": str(retry_num), "X-Slack-Retry-Reason": "http_timeout"})
        start = next(self.turn)
        for offset in range(len(self.urls) * 2):  # each replica, twice, before giving up
            url = self.urls[(start + offset) % len(self.urls)]
            try:
                status = client.post(f"{url}/slack/events", content=body.encode(), headers=headers).status_code
            except httpx.TransportError:
                with self.lock:
                    self.stats["refused"] += 1
                time.sleep(0.05)
                continue
            with self.lock:
                self.stats["requests"] += 1
                if status >= 500:
                    self.stats["server_errors"] += 1
            return status
        with self.lock:
            self.stats["failed"] += 1
        return 0


SECRET = ""


def main() -> None:
    global SECRET
    parser = argparse.ArgumentParser()
    parser.add_argument("--urls", required=True)
    parser.add_argument("--seconds", type=float, required=True)
    parser.add_argument("--secret", required=True)
    parser.add_argument("--workers", type=int, default=6)
    parser.add_argument("--out", required=True, help="where to write the results (JSON)")
    args = parser.parse_args()
    SECRET = args.secret
    balancer = Balancer(args.urls.split(","))
    stop_at = time.monotonic() + args.seconds
    lock = threading.Lock()
    acked_forms: list[str] = []
    conversations: list[str] = []  # DM channels whose lead and "yes" were both acknowledged
    counts = {"commands": 0, "forms": 0, "conversations": 0, "retries": 0}

    def worker(seed: int) -> None:
        rng = random.Random(seed)
        with httpx.Client(timeout=10) as client:
            while time.monotonic() < stop_at:
                kind = rng.choices(["command", "form", "dm"], weights=[3, 3, 2])[0]
                if kind == "command":
                    balancer.post(client, sr.slash_command("Jane Roe jane@example.com"),
                                  "application/x-www-form-urlencoded")
                    with lock:
                        counts["commands"] += 1
                elif kind == "form":
                    view_id = f"V{uuid.uuid4().hex[:12].upper()}"
                    body = sr.view_submission({"name": "Jane Roe", "email": "jane@example.com",
                                               "phone": "+1 415 555 0100", "company": "Acme", "notes": ""},
                                              private_metadata="{}", view_id=view_id)
                    if balancer.post(client, body, "application/x-www-form-urlencoded") == 200:
                        with lock:
                            acked_forms.append(view_id)
                    with lock:
                        counts["forms"] += 1
                else:
                    channel = f"D{uuid.uuid4().hex[:10].upper()}"
                    user = f"U0REP{rng.randrange(20):04d}"
                    statuses = []
                    for number, text in enumerate((LEAD_TEXT, "yes")):
                        ts = f"{int(time.time())}.{number:06d}"
                        event = {"type": "message", "channel": channel, "channel_type": "im", "user": user,
                                 "text": text, "ts": ts, "event_ts": ts}
                        envelope = sr.event_envelope(event)
                        statuses.append(balancer.post(client, envelope, "application/json"))
                        if rng.random() < 0.2:  # Slack thinks the first delivery failed and retries it
                            balancer.post(client, envelope, "application/json", retry_num=1)
                            with lock:
                                counts["retries"] += 1
                        time.sleep(0.3)  # a person reads the summary before typing "yes"
                    with lock:
                        counts["conversations"] += 1
                        if statuses == [200, 200]:
                            conversations.append(channel)

    threads = [threading.Thread(target=worker, args=(seed,)) for seed in range(args.workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # A file, not stdout: thousands of ids would overflow a pipe that nobody reads until we exit.
    with open(args.out, "w") as out:
        json.dump({**balancer.stats, **counts, "acked_forms": acked_forms, "conversations_acked": conversations}, out)


if __name__ == "__main__":
    main()

"""Benchmark 3: the time from a DM event's arrival to LeadBot's reply reaching Slack, with the fake
Slack Web API served over TLS (a certificate made now, trusted through ``SSL_CERT_FILE``) as Slack's is.

Closed loop at concurrency 1, 10 and 50: each load generator worker sends a DM, waits until the fake
Slack has the reply, then sends the next. Goal: p99 <= 2x the bare Bolt app's ack p99 at the same
concurrency (from the ack benchmark) plus one Slack round trip.

And what connection reuse saves: chat.postMessage calls over TLS from LeadBot's pooled client (kept-
alive connections) and from slack_sdk's own WebClient (a new connection and TLS handshake per call),
in turns.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time

from slack_sdk import WebClient

from bench.ack import PAIRS, SECONDS, SECRET, WARMUP, leadbot
from bench.common import ROOT, Paired, Row, fake, percentile
from bench.tls import Certificate, loopback_certificate
from bot.slack.pooled_client import PooledWebClient

CALLS = 100  # Slack calls per client and turn


def _call_times(client: WebClient, calls: int = CALLS) -> list[float]:
    took = []
    for n in range(calls):
        started = time.perf_counter()
        client.chat_postMessage(channel=f"DBENCH{n % 7}", text="round trip")
        took.append((time.perf_counter() - started) * 1000)
    return took


def _reuse(slack_url: str, cert: Certificate) -> tuple[list[Row], dict[str, object]]:
    context = cert.client_context()
    pooled = PooledWebClient(token="xoxb-bench", base_url=slack_url + "/api/", ssl=context)
    fresh = WebClient(token="xoxb-bench", base_url=slack_url + "/api/", ssl=context)
    _call_times(pooled, 5)  # the pool's first connection, made once
    runs: dict[str, list[list[float]]] = {"pooled": [], "fresh": []}
    for _ in range(PAIRS):
        runs["pooled"].append(_call_times(pooled))
        runs["fresh"].append(_call_times(fresh))
    p50 = Paired([percentile(r, 0.5) for r in runs["pooled"]], [percentile(r, 0.5) for r in runs["fresh"]])
    p99 = Paired([percentile(r, 0.99) for r in runs["pooled"]], [percentile(r, 0.99) for r in runs["fresh"]])
    rows = [
        p50.row("Slack call over TLS, p50: kept-alive connection (baseline: a new connection each call)", "ms",
                "-", lambda r: True, f"{CALLS} chat.postMessage per run"),
        p99.row("Slack call over TLS, p99: kept-alive connection (baseline: a new connection each call)", "ms",
                "-", lambda r: True),
    ]
    for row in rows:
        row.met = None  # a measurement, not a goal
    return rows, {"pooled_p50": p50.leadbot, "fresh_p50": p50.baseline}


def _replies(ours_url: str, slack_url: str, cert: Certificate, concurrency: int) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-m", "bench.loadgen", "--url", ours_url, "--kind", "reply",
                          "--concurrency", str(concurrency), "--seconds", str(SECONDS), "--warmup", str(WARMUP),
                          "--secret", SECRET, "--slack-url", slack_url, "--cafile", str(cert.cert_file)],
                         cwd=ROOT, capture_output=True, text=True, timeout=SECONDS + 120, check=True)
    result: dict[str, float] = json.loads(out.stdout)
    return result


def run(bare_ack_p99: dict[int, float]) -> tuple[list[Row], dict[str, object]]:
    """``bare_ack_p99``: the bare Bolt app's DM ack p99 by concurrency, from the ack benchmark."""
    cert = loopback_certificate()
    rows: list[Row] = []
    raw: dict[str, object] = {}
    tls = ("--tls-cert", str(cert.cert_file), "--tls-key", str(cert.key_file))
    with fake("slack", *tls) as slack_url, fake("crm") as crm_url:
        reuse_rows, reuse_raw = _reuse(slack_url, cert)
        raw["reuse"] = reuse_raw
        round_trip = statistics.median(reuse_raw["pooled_p50"])  # type: ignore[arg-type]
        with leadbot(slack_url, crm_url, SSL_CERT_FILE=str(cert.cert_file)) as ours_url:
            for concurrency in (1, 10, 50):
                found = _replies(ours_url, slack_url, cert, concurrency)
                raw[f"reply-c{concurrency}"] = found
                bare = bare_ack_p99.get(concurrency)
                limit = 2 * bare + round_trip if bare is not None else None
                rows.append(Row(f"DM to reply in Slack (TLS), p99, concurrency {concurrency}", found["p99"], limit,
                                "ms", "<= 2x bare ack p99 + 1 Slack round trip (baseline: that sum)",
                                found["p99"] <= limit if limit is not None else None,
                                f"p50 {found['p50']:.1f} ms; {found['count']:.0f} replies"
                                + (f", {found['missing']:.0f} missing" if found["missing"] else "")))
    rows.extend(reuse_rows)
    return rows, raw


if __name__ == "__main__":
    for row in run({int(k): float(v) for k, v in json.loads(os.environ.get("BARE_ACK_P99", "{}")).items()})[0]:
        print(row, row.ratio)

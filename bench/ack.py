"""Benchmarks 1 and 2: ack latency and throughput in HTTP mode, and acks that do not wait for the CRM.

1. Signed ``/newlead`` commands and signed DM message events at concurrency 1, 10 and 50 against
   ``python -m bot serve``, and against a bare Bolt app on the same WSGI server with the same thread
   counts (bench/baseline_app.py), in turns (A B A B ..., PAIRS pairs). Goals, on the median of the
   pairs' ratios: p99 <= 1.25x the baseline, throughput >= 0.8x.
2. Modal submissions (each one stores a lead that the worker then delivers) with an instant CRM and
   with a CRM that answers after 2 s. Goal: ack p99 with the slow CRM within 10 % of the instant one.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager

import httpx

from bench.common import ROOT, Paired, Row, fake, served

SECRET = "bench-signing-secret"
THREADS = 16
SECONDS = float(os.environ.get("BENCH_SECONDS", "2"))
WARMUP = float(os.environ.get("BENCH_WARMUP", "0.5"))
PAIRS = max(3, int(os.environ.get("BENCH_PAIRS", "3")))


@contextmanager
def _server(args: list[str], env: dict[str, str]) -> Iterator[str]:
    with served(args, env) as (url, _):
        yield url


def leadbot(slack_url: str, crm_url: str, **extra_env: str) -> AbstractContextManager[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "CRM_", "DATABASE_URL"))}
    env.update(SLACK_BOT_TOKEN="xoxb-bench", SLACK_SIGNING_SECRET=SECRET, SLACK_API_BASE_URL=slack_url + "/api/",
               CRM_BASE_URL=crm_url, CRM_API_TOKEN="bench", CRM_AGENT_ID="agent-bench",
               DATABASE_URL=f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3", WEB_THREADS=str(THREADS),
               LEADBOT_ENV_FILE=os.devnull, LOG_FORMAT="json", **extra_env)
    return _server([sys.executable, "-m", "bot", "serve", "--port", "0", "--host", "127.0.0.1"], env)


def baseline(slack_url: str) -> AbstractContextManager[str]:
    return _server([sys.executable, "-m", "bench.baseline_app", "--slack-url", slack_url + "/api/",
                    "--secret", SECRET, "--threads", str(THREADS)], dict(os.environ))


def settle(slack_url: str, quiet_for: float = 0.5, limit: float = 60) -> None:
    """Wait until the previous run's listener work is done (no Slack calls for a while), so one run's
    backlog does not slow the next."""
    deadline = time.monotonic() + limit
    last, since = None, time.monotonic()
    while time.monotonic() < deadline:
        counts = httpx.get(f"{slack_url}/__stats", timeout=5).json()["counts"]
        if counts != last:
            last, since = counts, time.monotonic()
        elif time.monotonic() - since >= quiet_for:
            return
        time.sleep(0.1)


def load(url: str, kind: str, concurrency: int) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-m", "bench.loadgen", "--url", url, "--kind", kind, "--concurrency",
                          str(concurrency), "--seconds", str(SECONDS), "--warmup", str(WARMUP), "--secret", SECRET],
                         cwd=ROOT, capture_output=True, text=True, timeout=SECONDS + 120, check=True)
    result: dict[str, float] = json.loads(out.stdout)
    return result


Runs = list[dict[str, float]]


def _pairs(ours_url: str, base_url: str, slack_url: str, kind: str, concurrency: int) -> tuple[Runs, Runs]:
    """LeadBot and the baseline in turns, PAIRS times each, so a drift of the machine's load hits both."""
    ours: Runs = []
    base: Runs = []
    for _ in range(PAIRS):
        settle(slack_url)
        ours.append(load(ours_url, kind, concurrency))
        settle(slack_url)
        base.append(load(base_url, kind, concurrency))
    return ours, base


def run() -> tuple[list[Row], dict[str, object]]:
    rows: list[Row] = []
    raw: dict[str, object] = {}
    bare_dm_p99: dict[int, float] = {}
    with fake("slack") as slack_url, fake("crm") as crm_url, leadbot(slack_url, crm_url) as ours_url, \
            baseline(slack_url) as base_url:
        for kind in ("command", "dm"):
            for concurrency in (1, 10, 50):
                ours, base = _pairs(ours_url, base_url, slack_url, kind, concurrency)
                raw[f"{kind}-c{concurrency}"] = {"leadbot": ours, "baseline": base}
                label = "/newlead" if kind == "command" else "DM event"
                p50s = (median(r["p50"] for r in ours), median(r["p50"] for r in base))
                rows.append(Paired([r["p99"] for r in ours], [r["p99"] for r in base]).row(
                    f"ack p99, {label}, concurrency {concurrency}", "ms", "<= 1.25x", lambda r: r <= 1.25,
                    f"p50 {p50s[0]:.1f} vs {p50s[1]:.1f} ms"))
                errors = sum(r["server_errors"] for r in ours)
                rows.append(Paired([r["rps"] for r in ours], [r["rps"] for r in base]).row(
                    f"throughput, {label}, concurrency {concurrency}", "req/s", ">= 0.8x", lambda r: r >= 0.8,
                    f"{errors:.0f} 5xx" if errors else ""))
                if kind == "dm":
                    bare_dm_p99[concurrency] = median(r["p99"] for r in base)
    raw["bare_dm_ack_p99"] = bare_dm_p99
    # The two CRMs take turns, each in a LeadBot of its own.
    instant_runs, slow_runs = [], []
    for _ in range(PAIRS):
        with fake("slack") as slack_url, fake("crm", "--delay", "2") as slow_crm_url, \
                leadbot(slack_url, slow_crm_url) as ours_url:
            slow_runs.append(load(ours_url, "submit", 10))
        with fake("slack") as slack_url, fake("crm") as crm_url, leadbot(slack_url, crm_url) as ours_url:
            instant_runs.append(load(ours_url, "submit", 10))
    raw["submit-instant-crm"] = instant_runs
    raw["submit-slow-crm"] = slow_runs
    stored = (sum(r["count"] for r in slow_runs), sum(r["count"] for r in instant_runs))
    rows.append(Paired([r["p99"] for r in slow_runs], [r["p99"] for r in instant_runs]).row(
        "ack p99 of modal submissions, CRM answering after 2 s", "ms", "<= 1.10x (baseline: instant CRM)",
        lambda r: r <= 1.10, f"{stored[0]} vs {stored[1]} leads stored"))
    return rows, raw


def median(values: Iterable[float]) -> float:
    return statistics.median(list(values))


if __name__ == "__main__":
    found, _ = run()
    for row in found:
        print(row, row.ratio)

"""Benchmark 5: cold start. From launching ``serve`` to ``/healthz`` answering 200 (baseline: the bare
Bolt app on the same server), and ``leadbot --help`` (baseline: starting Python itself)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

from bench.ack import SECRET, THREADS
from bench.common import ROOT, Row, fake, wait_healthy

RUNS = 3


def _until_healthy(args: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    proc = subprocess.Popen(args, cwd=ROOT, env=env, text=True, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()  # the line with the port
        port = line.split()[1] if line.startswith("PORT") else line.rsplit(":", 1)[1].split("/")[0]
        wait_healthy(f"http://127.0.0.1:{port}/healthz")
        return time.perf_counter() - started
    finally:
        proc.terminate()
        proc.wait(30)


def _command(args: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(args, cwd=ROOT, capture_output=True, check=True)
    return time.perf_counter() - started


def run() -> list[Row]:
    leadbot_bin = os.path.join(os.path.dirname(sys.executable), "leadbot")
    with fake("slack") as slack_url:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "CRM_", "DATABASE_URL"))}
        env.update(SLACK_BOT_TOKEN="xoxb-bench", SLACK_SIGNING_SECRET=SECRET, SLACK_API_BASE_URL=slack_url + "/api/",
                   LEADBOT_ENV_FILE=os.devnull, WEB_THREADS=str(THREADS))
        ours = [_until_healthy([sys.executable, "-m", "bot", "serve", "--port", "0", "--host", "127.0.0.1"],
                               {**env, "DATABASE_URL": f"sqlite:///{tempfile.mkdtemp()}/cold.sqlite3"})
                for _ in range(RUNS)]
        base = [_until_healthy([sys.executable, "-m", "bench.baseline_app", "--slack-url", slack_url + "/api/",
                                "--secret", SECRET, "--threads", str(THREADS)], dict(os.environ))
                for _ in range(RUNS)]
    help_ours = [_command([leadbot_bin, "--help"]) for _ in range(RUNS)]
    help_base = [_command([sys.executable, "-c", "pass"]) for _ in range(RUNS)]
    return [
        Row("cold start: serve to /healthz 200 (new database, migrations included)", statistics.median(ours) * 1000,
            statistics.median(base) * 1000, "ms", "-", None, f"median of {RUNS}"),
        Row("cold start: leadbot --help", statistics.median(help_ours) * 1000, statistics.median(help_base) * 1000,
            "ms", "-", None, "baseline: python -c pass"),
    ]


if __name__ == "__main__":
    for row in run():
        print(row, row.ratio)

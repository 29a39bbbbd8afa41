"""The DM ack figure alone, for trying a change: LeadBot variants and the bare Bolt app in turns.

Each variant is ``name=TREE[:ENV=VALUE,...]`` (a source tree to run ``python -m bot serve`` from, and
extra environment), or ``bare`` for the baseline app. In each pair round every server gets the same
load in turn (the order rotates); ratios are per round against ``bare``, reported as median ± half the
range. Server CPU per request (user + system, load and its aftermath until the fake Slack is quiet,
so a DM's turn and reply count too) comes from /proc.

    python -m bench.dm_ab --variant before=/tmp/before --variant after=. --concurrency 1 10 50 --pairs 3
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import AbstractContextManager, ExitStack
from pathlib import Path

from bench.ack import SECRET, THREADS, settle
from bench.common import ROOT, fake, served

SECONDS = float(os.environ.get("BENCH_SECONDS", "2"))
WARMUP = float(os.environ.get("BENCH_WARMUP", "0.5"))


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _leadbot(tree: Path, slack_url: str, crm_url: str,
            extra: dict[str, str]) -> AbstractContextManager[tuple[str, int]]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("SLACK_", "CRM_", "DATABASE_URL", "PYTHONPATH"))}
    env.update(SLACK_BOT_TOKEN="xoxb-bench", SLACK_SIGNING_SECRET=SECRET, SLACK_API_BASE_URL=slack_url + "/api/",
               CRM_BASE_URL=crm_url, CRM_API_TOKEN="bench", CRM_AGENT_ID="agent-bench",
               DATABASE_URL=f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3", WEB_THREADS=str(THREADS),
               LEADBOT_ENV_FILE=os.devnull, LOG_FORMAT="json", PYTHONPATH=str(tree), **extra)
    return served([sys.executable, "-m", "bot", "serve", "--port", "0", "--host", "127.0.0.1"], env, tree)


def _load(url: str, concurrency: int) -> dict[str, float]:
    import json
    out = subprocess.run([sys.executable, "-m", "bench.loadgen", "--url", url, "--kind", "dm", "--concurrency",
                          str(concurrency), "--seconds", str(SECONDS), "--warmup", str(WARMUP), "--secret", SECRET],
                         cwd=ROOT, capture_output=True, text=True, timeout=SECONDS + 120, check=True)
    result: dict[str, float] = json.loads(out.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--variant", action="append", default=[], help="name=TREE[:ENV=V,...]")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 10, 50])
    parser.add_argument("--pairs", type=int, default=3)
    args = parser.parse_args()
    with ExitStack() as stack:
        slack_url = stack.enter_context(fake("slack"))
        crm_url = stack.enter_context(fake("crm"))
        servers: dict[str, tuple[str, int]] = {}
        base_env = dict(os.environ)
        base_env["PYTHONPATH"] = str(ROOT)
        servers["bare"] = stack.enter_context(served(
            [sys.executable, "-m", "bench.baseline_app", "--slack-url", slack_url + "/api/", "--secret", SECRET,
             "--threads", str(THREADS)], base_env, ROOT))
        for spec in args.variant:
            name, _, rest = spec.partition("=")
            tree, _, env_text = rest.partition(":")
            extra = dict(item.split("=", 1) for item in env_text.split(",") if item)
            servers[name] = stack.enter_context(_leadbot(Path(tree).resolve(), slack_url, crm_url, extra))
        names = list(servers)
        for concurrency in args.concurrency:
            runs: dict[str, list[dict[str, float]]] = {name: [] for name in names}
            for round_ in range(args.pairs):
                order = names[round_ % len(names):] + names[:round_ % len(names)]
                for name in order:
                    url, pid = servers[name]
                    settle(slack_url)
                    cpu = _cpu_seconds(pid)
                    result = _load(url, concurrency)
                    settle(slack_url)
                    result["cpu_ms"] = (_cpu_seconds(pid) - cpu) * 1000 / max(1.0, result["count"])
                    runs[name].append(result)
            print(f"--- DM, concurrency {concurrency}, {args.pairs} rounds", flush=True)
            for name in names:
                p99s = [r["p99"] for r in runs[name]]
                rpss = [r["rps"] for r in runs[name]]
                cpus = [r["cpu_ms"] for r in runs[name]]
                line = (f"{name:>10}: p50 {statistics.median(r['p50'] for r in runs[name]):6.2f} ms  "
                        f"p99 {statistics.median(p99s):6.2f} ms  rps {statistics.median(rpss):7.1f}  "
                        f"cpu/req {statistics.median(cpus):5.2f} ms (incl. warmup)")
                if name != "bare":
                    r99 = [a["p99"] / b["p99"] for a, b in zip(runs[name], runs["bare"], strict=True)]
                    rr = [a["rps"] / b["rps"] for a, b in zip(runs[name], runs["bare"], strict=True)]
                    line += (f"  | p99 x{statistics.median(r99):.2f} ± {(max(r99) - min(r99)) / 2:.2f}"
                             f"  rps x{statistics.median(rr):.2f} ± {(max(rr) - min(rr)) / 2:.2f}")
                    errors = sum(r["server_errors"] for r in runs[name])
                    if errors:
                        line += f"  {errors:.0f} 5xx"
                print(line, flush=True)
        time.sleep(0)


if __name__ == "__main__":
    main()

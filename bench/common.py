"""Shared by the benchmarks: processes on loopback, percentiles, the machine, and the results files."""

from __future__ import annotations

import functools
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
RESULTS_MD = ROOT / "bench" / "results.md"
RESULTS_JSON = ROOT / "bench" / "results.json"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return (f"{os.cpu_count()} cores, {cpu}, Python {platform.python_version()}; a reference loop "
            f"(sum(range(10**7)), best of 3) took {reference_loop_s():.2f} s")


@functools.cache
def reference_loop_s() -> float:
    """How fast this machine runs plain Python now: absolute figures (the parse time) read against it. The same
    code has timed twice as slow on a busy machine of this kind as on a quiet one. Read once a run, so
    results.md and results.json give the same reading."""
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        sum(range(10**7))
        best = min(best, time.perf_counter() - started)
    return best


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


@contextmanager
def fake(kind: str, *args: str) -> Iterator[str]:
    """A test fake (``slack`` or ``crm``) in its own process; yields its base URL."""
    proc = subprocess.Popen([sys.executable, "-m", "bench.fakes", kind, *args], cwd=ROOT, text=True,
                            stdout=subprocess.PIPE)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line.startswith("PORT "):
            raise RuntimeError(f"fake {kind} did not start")
        scheme = "https" if "--tls-cert" in args else "http"
        yield f"{scheme}://127.0.0.1:{line.split()[1]}"
    finally:
        proc.terminate()
        proc.wait(10)


@contextmanager
def served(args: list[str], env: dict[str, str], cwd: Path = ROOT) -> Iterator[tuple[str, int]]:
    """A server (LeadBot's ``serve`` or the bare Bolt app) in its own process, once it answers
    ``/healthz``; yields its base URL and process id. It prints ``PORT n`` or waitress's "listening on"."""
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(args, cwd=cwd, env=env, text=True, stdout=subprocess.PIPE, stderr=log)
        try:
            assert proc.stdout is not None
            port = None
            for line in proc.stdout:
                if line.startswith("PORT "):
                    port = int(line.split()[1])
                    break
                if "listening on" in line:
                    port = int(line.rsplit(":", 1)[1].split("/")[0])
                    break
            if port is None:
                log.seek(0)
                raise RuntimeError("server did not start: " + log.read().decode()[-2000:])
            url = f"http://127.0.0.1:{port}"
            wait_healthy(url + "/healthz")
            yield url, proc.pid
        finally:
            proc.terminate()
            try:
                proc.wait(40)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)


def wait_healthy(url: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.02)
    raise RuntimeError(f"{url} did not answer in {timeout} s")


@dataclass
class Row:
    figure: str
    leadbot: float
    baseline: float | None
    unit: str
    goal: str
    met: bool | None
    note: str = ""
    # Interleaved A/B runs: the median of the per-pair ratios, and their spread (half the range).
    median_ratio: float | None = None
    spread: float | None = None

    @property
    def ratio(self) -> float | None:
        if self.median_ratio is not None:
            return self.median_ratio
        return self.leadbot / self.baseline if self.baseline else None


@dataclass(frozen=True)
class Paired:
    """One figure measured in interleaved pairs (LeadBot, then its baseline, then again ...)."""

    leadbot: list[float]
    baseline: list[float]

    @property
    def ratios(self) -> list[float]:
        return [ours / base for ours, base in zip(self.leadbot, self.baseline, strict=True) if base]

    @property
    def median_ratio(self) -> float:
        return statistics.median(self.ratios)

    @property
    def spread(self) -> float:
        return (max(self.ratios) - min(self.ratios)) / 2

    def row(self, figure: str, unit: str, goal: str, met: Callable[[float], bool], note: str = "") -> Row:
        """The row: medians of each side, the median ratio, and ``met`` judged on the median ratio."""
        ratio = self.median_ratio
        return Row(figure, statistics.median(self.leadbot), statistics.median(self.baseline), unit, goal, met(ratio),
                   note, median_ratio=ratio, spread=self.spread)


def write_results(rows: list[Row], extra: dict[str, object]) -> None:
    lines = [
        "# LeadBot benchmarks",
        "",
        f"Machine: {machine()}. Each ratio compares LeadBot with a baseline measured in the same run.",
        "Regenerate with `make bench`.",
        "",
        "Figures marked with ± come from LeadBot and its baseline run in turns (A B A B ...): the values",
        "are medians, the ratio is the median of the pairs' ratios, ± half the range of those ratios (the",
        "spread), and a goal is met when that median ratio meets it.",
        "",
        "| figure | LeadBot | baseline | ratio | goal | met |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for row in rows:
        baseline = f"{row.baseline:,.1f} {row.unit}" if row.baseline is not None else "-"
        ratio = f"{row.ratio:.2f}" if row.ratio is not None else "-"
        if row.spread is not None:
            ratio += f" ± {row.spread:.2f}"
        met = {True: "yes", False: "**no**", None: "-"}[row.met]
        note = f" ({row.note})" if row.note else ""
        lines.append(f"| {row.figure}{note} | {row.leadbot:,.1f} {row.unit} | {baseline} | {ratio} | {row.goal} "
                     f"| {met} |")
    RESULTS_MD.write_text("\n".join(lines) + "\n")
    RESULTS_JSON.write_text(json.dumps({"machine": machine(), "rows": [asdict(r) | {"ratio": r.ratio}
                                                                       for r in rows], **extra}, indent=2) + "\n")

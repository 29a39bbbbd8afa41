"""Run ``python -m bot`` as a real subprocess, with a clean environment of our choosing."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Every line a LeadBot process wrote to stderr (its logs), for the end-of-run scan in conftest.py.
STDERR_SEEN: list[str] = []
# LeadBot's default database lives under XDG_DATA_HOME (or ~/.local/share): never the real home in tests.
TEST_HOME = Path(tempfile.mkdtemp(prefix="leadbot-test-home-"))


def bot_env(**values: str) -> dict[str, str]:
    """The parent's environment minus every LeadBot variable, plus ``values``; no .env is read."""
    prefixes = ("SLACK_", "CRM_", "DATABASE_URL", "PORT", "DEFAULT_PHONE_REGION", "LOG_LEVEL", "WEB_THREADS")
    env = {k: v for k, v in os.environ.items() if not k.startswith(prefixes)}
    env["LEADBOT_ENV_FILE"] = os.devnull
    env["PYTHONUNBUFFERED"] = "1"
    env["HOME"] = str(TEST_HOME)
    env["XDG_DATA_HOME"] = str(TEST_HOME / "data")
    env.update(values)
    return env


def run_bot(*args: str, env: dict[str, str], timeout: float = 60, input_text: str | None = None,
            cwd: Path = ROOT, python: tuple[str, ...] = ("-m", "bot")) -> subprocess.CompletedProcess[str]:
    """``python`` replaces ``-m bot`` (say, with ``-c`` and a script that then runs the CLI)."""
    result = subprocess.run([sys.executable, *python, *args], env=env, cwd=cwd, capture_output=True,
                            text=True, timeout=timeout, input=input_text)
    STDERR_SEEN.append(result.stderr)
    return result


class BotProcess:
    def __init__(self, proc: subprocess.Popen[str]) -> None:
        self.proc = proc
        self.stdout: list[str] = []
        self.stderr: list[str] = []
        self._ready = threading.Event()
        self.url = ""
        threading.Thread(target=self._pump, args=(proc.stdout, self.stdout, True), daemon=True).start()
        threading.Thread(target=self._pump, args=(proc.stderr, self.stderr, False), daemon=True).start()

    def _pump(self, stream: object, sink: list[str], watch: bool) -> None:
        for line in stream:  # type: ignore[attr-defined]
            sink.append(line)
            if not watch:
                STDERR_SEEN.append(line)
            match = re.search(r"listening on (http://\S+?)/slack/events", line) if watch else None
            if match:
                self.url = match.group(1)
            if watch and ("listening on" in line or "connected in Socket Mode" in line):
                self._ready.set()

    def wait_ready(self, timeout: float = 30) -> None:
        if not self._ready.wait(timeout):
            raise AssertionError(f"LeadBot did not start:\n{''.join(self.stdout)}\n{''.join(self.stderr)}")


@contextmanager
def bot_process(*args: str, env: dict[str, str]) -> Iterator[BotProcess]:
    proc = subprocess.Popen([sys.executable, "-m", "bot", *args], env=env, cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    bot = BotProcess(proc)
    try:
        yield bot
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)

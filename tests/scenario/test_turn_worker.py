"""``serve`` with its turn worker process (CHAT_TURNS=process, the default): a DM is acked by the serving
process and answered by the worker; a confirmed chat's lead is delivered at once; a worker that dies is
replaced and loses nothing; stopping serve stops the worker."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import httpx
import jsonschema
import pytest

from tests.support import slack_requests as sr
from tests.support.chat_events import dm
from tests.support.fake_crm import FakeCrm
from tests.support.fake_slack import FakeSlack
from tests.support.harness import SIGNING_SECRET
from tests.support.processes import BotProcess, bot_env, bot_process
from tests.support.waiting import wait_until


@pytest.fixture
def serve_env(fake_slack: FakeSlack, fake_crm: FakeCrm, tmp_path: Path) -> dict[str, str]:
    return bot_env(
        SLACK_BOT_TOKEN="xoxb-1-turnworker", SLACK_SIGNING_SECRET=SIGNING_SECRET, SLACK_API_BASE_URL=fake_slack.api_url,
        CRM_BASE_URL=fake_crm.url, CRM_API_TOKEN="crm-turn-worker", CRM_AGENT_ID="agent-7",
        DATABASE_URL=f"sqlite:///{tmp_path / 'bot.sqlite3'}",
    )


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _worker(bot: BotProcess) -> int:
    wait_until(lambda: len(_children(bot.proc.pid)) == 1, timeout=15)
    return _children(bot.proc.pid)[0]


def _send(bot: BotProcess, text: str, event_id: str, channel: str = "D0REP001") -> None:
    body = sr.event_envelope({**dm(text), "channel": channel}, event_id=event_id)
    response = httpx.post(f"{bot.url}/slack/events", content=body,
                          headers=sr.signed_headers(body, SIGNING_SECRET, content_type="application/json"), timeout=10)
    assert response.status_code == 200


def test_the_worker_answers_a_dm_and_its_confirmed_lead_is_delivered(
        serve_env: dict[str, str], fake_slack: FakeSlack, fake_crm: FakeCrm, lead_schema: dict[str, object]) -> None:
    with bot_process("serve", "--port", "0", "--host", "127.0.0.1", env=serve_env) as bot:
        bot.wait_ready()
        worker = _worker(bot)
        assert Path(f"/proc/{worker}/cmdline").read_bytes().split(b"\0")[2:4] == [b"bot", b"chat-worker"]
        # Below the serving process's priority, once it has started (it lowers its own).
        wait_until(lambda: os.getpriority(os.PRIO_PROCESS, worker) > os.getpriority(os.PRIO_PROCESS, bot.proc.pid))
        assert httpx.get(f"{bot.url}/healthz").json()["turn_worker"] == "running"
        _send(bot, "Add Sam Lee, sam@lee.io, +44 20 7946 0958, Lee & Co", "Ev0TW0001")
        fake_slack.wait_for_message("Here's the lead", timeout=15)
        _send(bot, "yes", "Ev0TW0002")
        sent = fake_crm.wait_for(1)[0]
        jsonschema.validate(json.loads(sent.body), lead_schema)
        assert json.loads(sent.body)["lead"]["email"] == "sam@lee.io"
        bot.proc.send_signal(signal.SIGTERM)
        assert bot.proc.wait(15) == 0
    wait_until(lambda: not _alive(worker), timeout=10)  # stopped with serve, not left behind


def test_a_worker_killed_is_replaced_and_a_dm_acked_meanwhile_is_answered(
        serve_env: dict[str, str], fake_slack: FakeSlack) -> None:
    with bot_process("serve", "--port", "0", "--host", "127.0.0.1", env=serve_env) as bot:
        bot.wait_ready()
        first = _worker(bot)
        os.kill(first, signal.SIGKILL)
        wait_until(lambda: any("turn worker stopped" in line for line in bot.stderr), timeout=10)
        # Acked while no worker runs (or while the next one starts): stored, and answered by the next one.
        _send(bot, "Add Ana Lima, ana@natura.example, +55 11 5555 0134, Natura", "Ev0TW0003", channel="D0REP002")
        reply = fake_slack.wait_for_message("Here's the lead", timeout=20)
        assert reply.args["channel"] == "D0REP002"
        wait_until(lambda: _children(bot.proc.pid) and _children(bot.proc.pid)[0] != first, timeout=10)
        assert httpx.get(f"{bot.url}/healthz").json()["turn_worker"] == "running"
        _send(bot, "Add Bo Chen, bo@chen.example, +1 415 555 0142, Chen Labs", "Ev0TW0004", channel="D0REP003")
        wait_until(lambda: any(c.args.get("channel") == "D0REP003" for c in fake_slack.calls_to("chat.postMessage")),
                   timeout=15)
    texts = [str(c.args["text"]) for c in fake_slack.calls_to("chat.postMessage") if c.args["channel"] == "D0REP002"]
    assert sum("Here's the lead" in t for t in texts) == 1  # answered once, not lost and not twice

"""Kill a real ``serve`` process with SIGKILL at each dangerous moment, bring the CRM back, restart, and
count what the CRM accepted: every lead arrives, and only once (outside the documented window)."""

from __future__ import annotations

import json
import signal
from collections import Counter
from pathlib import Path

import httpx
import pytest

from bot.faults import AFTER_CRM_ACCEPTED, AFTER_STORE, BEFORE_STORE, BEFORE_TURN
from tests.support import slack_requests as sr
from tests.support.chat_events import dm
from tests.support.fake_crm import Answer, FakeCrm
from tests.support.fake_slack import FakeSlack
from tests.support.harness import SIGNING_SECRET
from tests.support.newlead_form import VALID
from tests.support.processes import BotProcess, bot_env, bot_process
from tests.support.waiting import wait_until

SUBMISSION = sr.view_submission(VALID, private_metadata='{"channel_id":"C0SALES1","channel_name":"sales"}',
                                view_id="V0CRASH1")


def _env(fake_slack: FakeSlack, fake_crm: FakeCrm, db: Path, **extra: str) -> dict[str, str]:
    return bot_env(SLACK_BOT_TOKEN="xoxb-1-crash", SLACK_SIGNING_SECRET=SIGNING_SECRET,
                   SLACK_API_BASE_URL=fake_slack.api_url, CRM_BASE_URL=fake_crm.url, CRM_API_TOKEN="crm-crash",
                   CRM_AGENT_ID="agent-1", DATABASE_URL=f"sqlite:///{db}", DELIVERY_LEASE_SECONDS="1",
                   RETRY_BASE_SECONDS="0.1", CRM_TIMEOUT_SECONDS="30", STATUS_CATCH_UP_SECONDS="1",
                   SLACK_TIMEOUT_SECONDS="1", **extra)


def _submit(bot: BotProcess) -> httpx.Response | None:
    """The rep presses Create lead; None when the process died before answering."""
    try:
        return httpx.post(f"{bot.url}/slack/events", content=SUBMISSION,
                          headers=sr.signed_headers(SUBMISSION, SIGNING_SECRET), timeout=10)
    except httpx.TransportError:
        return None


def _latest_status(slack: FakeSlack) -> str:
    calls = [c for c in slack.calls if c.method in ("chat.postMessage", "chat.update")]
    return str(calls[-1].args["text"]) if calls else ""


def _accepted(crm: FakeCrm) -> Counter[str]:
    """Activity ids of the requests the CRM answered with success (a hung request was never answered)."""
    return Counter(r.json()["lead"]["crmActivities"][0]["id"] for r, answer in zip(crm.received, crm.answers,
                                                                                  strict=False)
                   if answer.status < 300 and not answer.hang)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "bot.sqlite3"


@pytest.mark.parametrize("crash_at", [BEFORE_STORE, AFTER_STORE])
def test_a_crash_around_the_commit_loses_nothing_and_sends_once(
    crash_at: str, fake_slack: FakeSlack, fake_crm: FakeCrm, db: Path
) -> None:
    with bot_process("serve", "--port", "0", "--host", "127.0.0.1",
                     env=_env(fake_slack, fake_crm, db, LEADBOT_CRASH_AT=crash_at)) as bot:
        bot.wait_ready()
        assert _submit(bot) is None  # killed before Slack heard back: the rep sees an error
        assert bot.proc.wait(10) == -signal.SIGKILL
    with bot_process("serve", "--port", "0", "--host", "127.0.0.1", env=_env(fake_slack, fake_crm, db)) as bot:
        bot.wait_ready()
        response = _submit(bot)  # the rep presses Create lead again, on the same form
        assert response is not None and response.status_code == 200
        wait_until(lambda: sum(_accepted(fake_crm).values()) >= 1, timeout=15)
        wait_until(lambda: "was created" in _latest_status(fake_slack))
    assert list(_accepted(fake_crm).values()) == [1]
    assert len(fake_crm.received) == 1


def test_a_crash_during_the_crm_call_is_delivered_after_restart(
    fake_slack: FakeSlack, fake_crm: FakeCrm, db: Path
) -> None:
    fake_crm.then(Answer(hang=True))  # the CRM takes the request and says nothing
    with bot_process("serve", "--port", "0", "--host", "127.0.0.1", env=_env(fake_slack, fake_crm, db)) as bot:
        bot.wait_ready()
        assert _submit(bot) is not None
        fake_crm.wait_for(1)
        bot.proc.send_signal(signal.SIGKILL)
        bot.proc.wait(10)
    with bot_process("serve", "--port", "0", "--host", "127.0.0.1", env=_env(fake_slack, fake_crm, db)) as bot:
        bot.wait_ready()
        wait_until(lambda: sum(_accepted(fake_crm).values()) == 1, timeout=15)
    assert list(_accepted(fake_crm).values()) == [1]
    assert fake_crm.received[0].body == fake_crm.received[1].body


def test_the_documented_window_repeats_one_send_with_the_same_activity_id(
    fake_slack: FakeSlack, fake_crm: FakeCrm, db: Path
) -> None:
    """Killed after the CRM accepted but before LeadBot recorded it: the README says this one lead may
    be sent twice, and that the CRM can tell by its activity id. This pins that down."""
    with bot_process("serve", "--port", "0", "--host", "127.0.0.1",
                     env=_env(fake_slack, fake_crm, db, LEADBOT_CRASH_AT=AFTER_CRM_ACCEPTED)) as bot:
        bot.wait_ready()
        _submit(bot)
        assert bot.proc.wait(15) == -signal.SIGKILL
    with bot_process("serve", "--port", "0", "--host", "127.0.0.1", env=_env(fake_slack, fake_crm, db)) as bot:
        bot.wait_ready()
        wait_until(lambda: len(fake_crm.received) == 2, timeout=15)
        wait_until(lambda: "was created" in _latest_status(fake_slack))
    assert list(_accepted(fake_crm).values()) == [2]  # one lead, one id, two sends
    assert json.loads(fake_crm.received[0].body) == json.loads(fake_crm.received[1].body)


def _dm(bot: BotProcess, body: str, retry: str | None = None) -> httpx.Response | None:
    headers = {**sr.signed_headers(body, SIGNING_SECRET, content_type="application/json")}
    if retry:
        headers.update({"X-Slack-Retry-Num": retry, "X-Slack-Retry-Reason": "http_timeout"})
    try:
        return httpx.post(f"{bot.url}/slack/events", content=body, headers=headers, timeout=10)
    except httpx.TransportError:
        return None


@pytest.mark.parametrize("turns_in", ["process", "threads"])
def test_a_dm_killed_before_its_turn_is_applied_once_after_restart(
    fake_slack: FakeSlack, fake_crm: FakeCrm, db: Path, turns_in: str
) -> None:
    """The DM is in the chat inbox when the process applying its turn dies, its turn not applied. With
    turns in the serving process, that is the serving process: whether or not its ack left in time
    (the kill races it), the message is applied after the restart, and Slack's retry of the event (sent
    when no ack came) changes nothing. With a turn worker process, the worker dies and the serving
    process (which acked) lives on; then the power goes, and after the restart the same holds."""
    body = sr.event_envelope(dm("Add Sam Lee, sam@lee.io, +44 20 7946 0958, Lee & Co"), event_id="Ev0CRASHDM1")
    with bot_process("serve", "--port", "0", "--host", "127.0.0.1",
                     env=_env(fake_slack, fake_crm, db, LEADBOT_CRASH_AT=BEFORE_TURN, CHAT_TURNS=turns_in)) as bot:
        bot.wait_ready()
        first = _dm(bot, body)
        if turns_in == "threads":
            assert first is None or first.status_code == 200
            assert bot.proc.wait(10) == -signal.SIGKILL
        else:
            assert first is not None and first.status_code == 200
            wait_until(lambda: any("turn worker stopped" in line for line in bot.stderr), timeout=15)
            bot.proc.send_signal(signal.SIGKILL)
            assert bot.proc.wait(10) == -signal.SIGKILL
    assert fake_slack.calls_to("chat.postMessage") == []  # killed before the turn: no reply yet
    with bot_process("serve", "--port", "0", "--host", "127.0.0.1",
                     env=_env(fake_slack, fake_crm, db, CHAT_TURNS=turns_in)) as bot:
        bot.wait_ready()
        summary = fake_slack.wait_for_message("Here's the lead", timeout=15)
        assert summary.args["channel"] == "D0REP001"
        retried = _dm(bot, body, retry="1")
        assert retried is not None and retried.status_code == 200
        confirm = sr.event_envelope(dm("yes"), event_id="Ev0CRASHDM2")
        assert _dm(bot, confirm) is not None
        wait_until(lambda: sum(_accepted(fake_crm).values()) == 1, timeout=15)
    texts = [str(c.args["text"]) for c in fake_slack.calls_to("chat.postMessage")]
    assert sum("Here's the lead" in t for t in texts) == 1
    assert list(_accepted(fake_crm).values()) == [1]

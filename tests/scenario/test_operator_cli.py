"""The operator's commands as real processes: outbox list/show/retry/drain, doctor, and two drains
sharing one PostgreSQL outbox."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from bot.adapters.store import SqlLeadStore
from bot.domain.outbox import LeadRecord, LeadStatus
from bot.domain.surface import Surface
from tests.support.fake_crm import FakeCrm
from tests.support.fake_slack import FakeSlack
from tests.support.processes import ROOT, bot_env, run_bot

T0 = datetime.now(UTC) - timedelta(minutes=5)


def _body(activity_id: str, email: str = "jane.roe@example.com") -> str:
    return json.dumps({"lead": {"agentId": "agent-1", "name": "Jane Roe", "email": email, "phone": "+14155550100",
                                "metaData": {"source": "chat"},
                                "crmActivities": [{"id": activity_id, "title": "Lead captured"}]}},
                      separators=(",", ":"))


def _queue(store: SqlLeadStore, count: int = 1, status: LeadStatus = LeadStatus.PENDING,
           **changes: object) -> list[LeadRecord]:
    records = []
    for _ in range(count):
        lead_id = str(uuid.uuid4())
        records.append(store.add(LeadRecord(
            id=lead_id, capture_key=f"test:{lead_id}", status=status, body=_body(lead_id), surface=Surface.MODAL,
            user_id="U0REP001", created_at=T0, updated_at=T0, next_attempt_at=T0, queued_at=T0,
        ).evolve(**changes)))
    return records


@pytest.fixture
def store(sqlite_url: str) -> SqlLeadStore:
    return SqlLeadStore.from_url(sqlite_url)


def test_list_and_show_mask_personal_data_unless_asked(store: SqlLeadStore, sqlite_url: str) -> None:
    failed = _queue(store, status=LeadStatus.FAILED, attempts=1, last_error="agentId is unknown")[0]
    _queue(store, 2)
    env = bot_env(DATABASE_URL=sqlite_url)

    listed = run_bot("outbox", "list", "--status", "failed", env=env)
    assert listed.returncode == 0, listed.stderr
    assert failed.id[:8] in listed.stdout and "agentId is unknown" in listed.stdout
    assert "J*** R**" in listed.stdout and "Jane" not in listed.stdout
    assert "failed: 1" in listed.stdout and "pending: 2" in listed.stdout

    shown = run_bot("outbox", "show", failed.id[:8], env=env)
    assert shown.returncode == 0, shown.stderr
    assert "j***@example.com" in shown.stdout
    assert "jane.roe@example.com" not in shown.stdout and "4155550100" not in shown.stdout
    assert "--show-pii" in shown.stdout
    whole = run_bot("outbox", "show", failed.id, "--show-pii", env=env)
    assert "jane.roe@example.com" in whole.stdout and "+14155550100" in whole.stdout

    missing = run_bot("outbox", "show", "nope-nope", env=env)
    assert missing.returncode == 1 and "outbox list" in missing.stderr


def test_retry_queues_failed_leads_and_drain_delivers_them(store: SqlLeadStore, sqlite_url: str,
                                                           fake_crm: FakeCrm) -> None:
    first, second = _queue(store, 2, status=LeadStatus.FAILED, attempts=1, last_error="HTTP 401 Unauthorized")
    env = bot_env(DATABASE_URL=sqlite_url, CRM_BASE_URL=fake_crm.url, CRM_API_TOKEN="fixed-token",
                  CRM_AGENT_ID="agent-1")
    one = run_bot("outbox", "retry", first.id, env=env)
    assert one.returncode == 0 and "queued again" in one.stdout
    again = run_bot("outbox", "retry", first.id, env=env)
    assert again.returncode == 1 and "not failed" in again.stderr
    assert "Queued 1 failed lead(s) again." in run_bot("outbox", "retry", "--failed", env=env).stdout
    assert run_bot("outbox", "retry", env=env).returncode == 2

    drained = run_bot("outbox", "drain", env=env)
    assert drained.returncode == 0, drained.stderr
    assert "Attempted 2 deliveries" in drained.stdout and "delivered 2" in drained.stdout
    assert {r.json()["lead"]["crmActivities"][0]["id"] for r in fake_crm.received} == {first.id, second.id}
    assert all(r.headers["Authorization"] == "Bearer fixed-token" for r in fake_crm.received)


def test_doctor_reports_each_check_with_a_fix(sqlite_url: str, fake_slack: FakeSlack, fake_crm: FakeCrm) -> None:
    env = bot_env(DATABASE_URL=sqlite_url, SLACK_BOT_TOKEN="xoxb-1-doctor-secret", SLACK_SIGNING_SECRET="s",
                  SLACK_API_BASE_URL=fake_slack.api_url, CRM_BASE_URL=fake_crm.url, CRM_API_TOKEN="crm-doc",
                  CRM_AGENT_ID="agent-1")
    healthy = run_bot("doctor", env=env)
    assert healthy.returncode == 0, healthy.stdout
    lines = healthy.stdout.splitlines()
    assert any(line.startswith("✓ slack") and "leadbot" in line for line in lines)
    assert any(line.startswith("✓ crm") for line in lines)
    assert any(line.startswith("! database") or line.startswith("✓ database") for line in lines)
    assert any(line.startswith("✓ team") and "within 90 days" in line and "no team feed" in line for line in lines)
    quiet = run_bot("doctor", env={**env, "DUPLICATE_WINDOW_DAYS": "0"})
    assert "no duplicate warnings (DUPLICATE_WINDOW_DAYS=0)" in quiet.stdout

    fake_slack.failures["auth.test"] = "invalid_auth"
    broken = run_bot("doctor", env={**env, "CRM_BASE_URL": "http://127.0.0.1:1"})
    assert broken.returncode == 1
    assert "✗ slack     auth.test refused the bot token: invalid_auth" in broken.stdout
    assert "✗ crm" in broken.stdout and "fix:" in broken.stdout
    assert "doctor-secret" not in broken.stdout + broken.stderr

    bad_config = run_bot("doctor", env={**env, "PORT": "http"})
    assert bad_config.returncode == 1 and "PORT" in bad_config.stdout


@pytest.mark.postgres
def test_two_drains_share_500_leads_on_postgresql(postgres_url: str, fake_crm: FakeCrm) -> None:
    store = SqlLeadStore.from_url(postgres_url)
    queued = {record.id for record in _queue(store, 500)}
    env = bot_env(DATABASE_URL=postgres_url, CRM_BASE_URL=fake_crm.url, CRM_API_TOKEN="t", CRM_AGENT_ID="a")
    drains = [subprocess.Popen([sys.executable, "-m", "bot", "outbox", "drain"], env=env, cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [drain.communicate(timeout=120) for drain in drains]
    assert [drain.returncode for drain in drains] == [0, 0], outputs
    sent = Counter(r.json()["lead"]["crmActivities"][0]["id"] for r in fake_crm.received)
    assert set(sent) == queued
    assert max(sent.values()) == 1  # each exactly once
    attempted = [int(out.split("Attempted ")[1].split()[0]) for out, _ in outputs]
    assert sum(attempted) == 500 and min(attempted) > 0  # both did a share
    assert store.count_by_status() == {LeadStatus.DELIVERED: 500}
    store.close()

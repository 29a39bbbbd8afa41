"""Dry-run leads: their own status, shown by the outbox, and sent for real once the CRM is configured,
by a running ``serve`` woken across processes well before its old 30 s idle poll."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tests.support.fake_crm import FakeCrm, rejected
from tests.support.fake_slack import FakeSlack
from tests.support.harness import SIGNING_SECRET
from tests.support.processes import bot_env, bot_process, run_bot

LEAD = "Sam Lee, sam@lee.io, +44 20 7946 0958, Acme Inc\nnotes: Sam Lee asked for a demo\nyes\n"
WAKE_TIMEOUT = 10.0  # seconds: well below the 30 s idle poll a woken worker must no longer wait for


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return bot_env(XDG_DATA_HOME=str(tmp_path / "xdg"), DATABASE_URL=f"sqlite:///{tmp_path / 'leads.sqlite3'}")


@pytest.fixture
def crm_env(env: dict[str, str], fake_crm: FakeCrm) -> dict[str, str]:
    return env | {"CRM_BASE_URL": fake_crm.url, "CRM_API_TOKEN": "crm-dry-run-token", "CRM_AGENT_ID": "agent-9"}


def _lead_id(env: dict[str, str], status: str) -> str:
    listed = run_bot("outbox", "list", "--status", status, env=env)
    assert listed.returncode == 0, listed.stderr
    rows = [line for line in listed.stdout.splitlines() if f" {status} " in line]
    assert len(rows) == 1, listed.stdout
    return rows[0].split("│")[1].strip()


def test_a_dry_run_lead_has_its_own_status_everywhere(env: dict[str, str]) -> None:
    shell = run_bot("shell", env=env, input_text=LEAD)
    assert shell.returncode == 0, shell.stderr
    assert "Dry run: the lead is saved but was not sent" in shell.stdout
    lead_id = _lead_id(env, "dry_run")
    listed = run_bot("outbox", "list", env=env)
    assert "delivered: 0" in listed.stdout and "dry_run: 1" in listed.stdout
    shown = run_bot("outbox", "show", lead_id, env=env)
    assert shown.returncode == 0, shown.stderr
    assert "status dry_run" in " ".join(shown.stdout.split())
    retried = run_bot("outbox", "retry", lead_id, env=env)
    assert retried.returncode == 1 and "send it with: python -m bot outbox send-dry-run" in retried.stderr


def test_outbox_show_masks_the_name_in_the_notes_history_too(env: dict[str, str]) -> None:
    assert run_bot("shell", env=env, input_text=LEAD).returncode == 0
    shown = run_bot("outbox", "show", _lead_id(env, "dry_run"), env=env)
    assert shown.returncode == 0, shown.stderr
    for clear in ("Sam", "Lee", "sam@lee.io", "7946"):
        assert clear not in shown.stdout
    assert "S** L** asked for a demo" in shown.stdout
    whole = run_bot("outbox", "show", _lead_id(env, "dry_run"), "--show-pii", env=env)
    assert "Sam Lee asked for a demo" in whole.stdout


def test_sending_dry_run_leads_is_refused_until_the_crm_is_configured(env: dict[str, str]) -> None:
    assert run_bot("shell", env=env, input_text=LEAD).returncode == 0
    refused = run_bot("outbox", "send-dry-run", env=env)
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert "set CRM_API_TOKEN and CRM_AGENT_ID" in refused.stderr
    no_agent = run_bot("outbox", "send-dry-run", env=env | {"CRM_API_TOKEN": "crm-dry-run-token"})
    # The dry run's placeholder agent needs a real default to be replaced by.
    assert no_agent.returncode == 2 and "set CRM_API_TOKEN and CRM_AGENT_ID" in no_agent.stderr
    assert _lead_id(env, "dry_run")  # still there, unchanged


def _serve_env(crm_env: dict[str, str], fake_slack: FakeSlack) -> dict[str, str]:
    return crm_env | {"SLACK_BOT_TOKEN": "xoxb-1-dry-run", "SLACK_SIGNING_SECRET": SIGNING_SECRET,
                      "SLACK_API_BASE_URL": fake_slack.api_url}


def test_send_dry_run_wakes_a_running_server_which_sends_as_the_configured_agent(
        env: dict[str, str], crm_env: dict[str, str], fake_crm: FakeCrm, fake_slack: FakeSlack,
        lead_schema: dict[str, Any]) -> None:
    assert run_bot("shell", env=env, input_text=LEAD).returncode == 0  # a dry run: no CRM yet
    lead_id = _lead_id(env, "dry_run")
    with bot_process("serve", "--port", "0", "--host", "127.0.0.1", env=_serve_env(crm_env, fake_slack)) as bot:
        bot.wait_ready()
        queued = run_bot("outbox", "send-dry-run", "--id", lead_id[:8], env=crm_env)
        assert queued.returncode == 0, queued.stderr
        assert "Queued 1 dry-run lead(s) for the CRM as agent agent-9" in queued.stdout
        sent = fake_crm.wait_for(1, timeout=WAKE_TIMEOUT)[0]
    body = json.loads(sent.body)
    jsonschema.validate(body, lead_schema)
    assert body["lead"]["agentId"] == "agent-9"
    assert {note["agentId"] for note in body["lead"]["crmActivities"][0]["notesHistory"]} == {"agent-9"}
    assert body["lead"]["crmActivities"][0]["id"].startswith(lead_id)  # the list shows 8 characters
    assert "dry-run-agent" not in sent.body.decode()


def test_outbox_retry_wakes_a_running_server(crm_env: dict[str, str], fake_crm: FakeCrm,
                                            fake_slack: FakeSlack) -> None:
    fake_crm.then(rejected(400, "agentId is unknown"))
    failed = run_bot("shell", env=crm_env, input_text=LEAD)
    assert "The CRM refused the lead: agentId is unknown" in failed.stdout
    lead_id = _lead_id(crm_env, "failed")
    with bot_process("serve", "--port", "0", "--host", "127.0.0.1", env=_serve_env(crm_env, fake_slack)) as bot:
        bot.wait_ready()
        retried = run_bot("outbox", "retry", lead_id, env=crm_env)
        assert retried.returncode == 0, retried.stderr
        second = fake_crm.wait_for(2, timeout=WAKE_TIMEOUT)[1]
    assert json.loads(second.body)["lead"]["crmActivities"][0]["id"].startswith(lead_id)

"""``python -m bot shell`` driven through a pipe, as a script or a test would."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema

from tests.support.fake_crm import FakeCrm, rejected
from tests.support.processes import bot_env, run_bot

SCRIPT = "hi\nSam Lee\nsam@lee.io\n+44 20 7946 0958\nchange company to Lee & Co\nnotes: met at the expo\nyes\n"


def _json_lines(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines() if line.startswith("{")]


def test_dry_run_prints_the_exact_json(tmp_path: Path, lead_schema: dict[str, Any]) -> None:
    result = run_bot("shell", env=bot_env(DATABASE_URL=f"sqlite:///{tmp_path / 'shell.sqlite3'}"),
                     input_text=SCRIPT)
    assert result.returncode == 0, result.stderr
    assert "dry run" in result.stderr.lower()
    bodies = _json_lines(result.stdout)
    assert len(bodies) == 1
    body = bodies[0]
    jsonschema.validate(body, lead_schema)
    lead = body["lead"]
    assert (lead["name"], lead["email"], lead["phone"]) == ("Sam Lee", "sam@lee.io", "+442079460958")
    assert lead["metaData"] == {"company": "Lee & Co", "notes": "met at the expo", "source": "chat"}
    activity = lead["crmActivities"][0]
    assert activity["title"] == "Lead captured in the LeadBot terminal"
    assert activity["metadata"]["surface"] == "shell" and "slackUserId" not in activity["metadata"]
    assert [n["text"] for n in activity["notesHistory"]] == SCRIPT.splitlines()
    assert "Dry run: the lead is saved but was not sent" in result.stdout


def test_with_a_crm_the_shell_really_sends(tmp_path: Path, fake_crm: FakeCrm) -> None:
    env = bot_env(DATABASE_URL=f"sqlite:///{tmp_path / 'shell.sqlite3'}", CRM_BASE_URL=fake_crm.url,
                  CRM_API_TOKEN="crm-shell-token", CRM_AGENT_ID="agent-5")
    result = run_bot("shell", env=env, input_text="Sam Lee, sam@lee.io, +44 20 7946 0958, Lee & Co\nyes\n")
    assert result.returncode == 0, result.stderr
    assert _json_lines(result.stdout) == []  # not a dry run: no JSON dump
    sent = fake_crm.wait_for(1)[0]
    assert sent.headers["Authorization"] == "Bearer crm-shell-token"
    assert json.loads(sent.body)["lead"]["agentId"] == "agent-5"
    assert "Created in the CRM." in result.stdout


def test_a_crm_rejection_is_shown(tmp_path: Path, fake_crm: FakeCrm) -> None:
    fake_crm.then(rejected(400, "agentId is unknown"))
    env = bot_env(DATABASE_URL=f"sqlite:///{tmp_path / 'shell.sqlite3'}", CRM_BASE_URL=fake_crm.url,
                  CRM_API_TOKEN="crm-shell-token", CRM_AGENT_ID="agent-5")
    result = run_bot("shell", env=env, input_text="Sam Lee sam@lee.io\nskip\nskip\nyes\nquit\n")
    assert result.returncode == 0, result.stderr
    assert "The CRM refused the lead: agentId is unknown" in result.stdout


def test_cancel_and_quit_send_nothing(tmp_path: Path, fake_crm: FakeCrm) -> None:
    env = bot_env(DATABASE_URL=f"sqlite:///{tmp_path / 'shell.sqlite3'}", CRM_BASE_URL=fake_crm.url,
                  CRM_API_TOKEN="crm-shell-token", CRM_AGENT_ID="agent-5")
    result = run_bot("shell", env=env, input_text="Sam Lee sam@lee.io\ncancel\nquit\nSam Lee\n")
    assert result.returncode == 0
    assert "Cancelled. Nothing was sent to the CRM." in result.stdout
    assert fake_crm.received == []


def test_quit_with_a_half_finished_draft_says_it_is_dropped(tmp_path: Path) -> None:
    env = bot_env(DATABASE_URL=f"sqlite:///{tmp_path / 'shell.sqlite3'}")
    result = run_bot("shell", env=env, input_text="Sam Lee\nsam@lee.io\nquit\n")
    assert result.returncode == 0, result.stderr
    assert "Your unfinished lead was dropped: nothing was saved or sent to the CRM." in result.stdout
    # The truth: each shell session is a conversation of its own, so the next one starts afresh …
    again = run_bot("shell", env=env, input_text="+44 20 7946 0958\nquit\n")
    assert "What's the lead's name?" in again.stdout  # a fresh draft, not the one with Sam Lee
    # … and nothing was left in the outbox, nor an active draft behind.
    listed = run_bot("outbox", "list", env=env)
    assert "pending: 0" in listed.stdout and "dry_run: 0" in listed.stdout
    from sqlalchemy import create_engine, text

    engine = create_engine(env["DATABASE_URL"])
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM conversations WHERE active")).scalar_one() == 0
    engine.dispose()


def test_the_end_of_a_pipe_mid_draft_drops_it_too_and_a_finished_session_says_nothing(tmp_path: Path) -> None:
    env = bot_env(DATABASE_URL=f"sqlite:///{tmp_path / 'shell.sqlite3'}")
    cut = run_bot("shell", env=env, input_text="Sam Lee\n")
    assert "Your unfinished lead was dropped" in cut.stdout
    done = run_bot("shell", env=env, input_text="Sam Lee, sam@lee.io\nskip\nskip\nyes\nquit\n")
    assert "Dry run: this is the exact JSON" in done.stdout and "unfinished" not in done.stdout

"""``python -m bot serve`` as a real process: start-up, health, a signed command, clean SIGTERM, logs."""

from __future__ import annotations

import json
import re
import signal
from pathlib import Path

import httpx
import jsonschema
import pytest

from tests.support import slack_requests as sr
from tests.support.fake_crm import FakeCrm
from tests.support.fake_slack import FakeSlack
from tests.support.harness import SIGNING_SECRET
from tests.support.processes import bot_env, bot_process, run_bot

BOT_TOKEN = "xoxb-9999-8888-processtoken"
CRM_TOKEN = "crm-process-secret-456"


@pytest.fixture
def serve_env(fake_slack: FakeSlack, fake_crm: FakeCrm, tmp_path: Path) -> dict[str, str]:
    return bot_env(
        SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SIGNING_SECRET, SLACK_API_BASE_URL=fake_slack.api_url,
        CRM_BASE_URL=fake_crm.url, CRM_API_TOKEN=CRM_TOKEN, CRM_AGENT_ID="agent-7",
        DATABASE_URL=f"sqlite:///{tmp_path / 'bot.sqlite3'}",
    )


def test_serve_captures_a_lead_and_stops_cleanly(serve_env: dict[str, str], fake_slack: FakeSlack,
                                                 fake_crm: FakeCrm, lead_schema: dict[str, object]) -> None:
    with bot_process("serve", "--port", "0", "--host", "127.0.0.1", env=serve_env) as bot:
        bot.wait_ready()
        with httpx.Client(base_url=bot.url, timeout=10) as http:
            assert http.get("/healthz").json()["ok"] is True
            assert http.get("/slack/events").status_code == 405
            assert http.get("/nowhere").status_code == 404

            body = sr.slash_command("Jane Roe jane.roe@example.com")
            response = http.post("/slack/events", content=body, headers=sr.signed_headers(body, SIGNING_SECRET))
            assert response.status_code == 200
            view = fake_slack.wait_for("views.open")[0].args["view"]

            submission = sr.view_submission(
                {"name": "Jane Roe", "email": "jane.roe@example.com", "phone": "+1 415 555 0100",
                 "company": "Acme Inc", "notes": ""},
                private_metadata=view["private_metadata"])
            response = http.post("/slack/events", content=submission,
                                 headers=sr.signed_headers(submission, SIGNING_SECRET))
            assert response.status_code == 200
        sent = fake_crm.wait_for(1)[0]
        jsonschema.validate(json.loads(sent.body), lead_schema)
        assert json.loads(sent.body)["lead"]["agentId"] == "agent-7"
        fake_slack.wait_for("chat.update")

        bot.proc.send_signal(signal.SIGTERM)
        assert bot.proc.wait(15) == 0
    assert "LeadBot stopped." in "".join(bot.stdout)

    logs = "".join(bot.stdout + bot.stderr)
    entries = [json.loads(line) for line in bot.stderr if line.startswith("{")]  # JSON: stderr is a pipe
    captured = [e for e in entries if e["msg"] == "lead captured"]
    assert len(captured) == 1 and captured[0]["surface"] == "modal" and captured[0]["level"] == "INFO"
    assert captured[0]["lead_id"] == json.loads(sent.body)["lead"]["crmActivities"][0]["id"]
    for secret in (BOT_TOKEN, CRM_TOKEN, SIGNING_SECRET, "jane.roe@example.com", "4155550100", "415 555 0100"):
        assert secret not in logs


def test_serve_without_tokens_names_what_is_missing(tmp_path: Path) -> None:
    result = run_bot("serve", env=bot_env(CRM_API_TOKEN="crm-abc-secret"))
    assert result.returncode == 2
    for variable in ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET"):
        assert variable in result.stderr
    assert "CRM_AGENT_ID" not in result.stderr  # only the default owner's agent: reps may have their own
    assert "crm-abc-secret" not in result.stderr + result.stdout


def test_a_bad_setting_names_the_variable_and_hides_secrets() -> None:
    result = run_bot("serve", env=bot_env(SLACK_BOT_TOKEN="xoxp-user-token-secret", PORT="eighty"))
    assert result.returncode == 2
    assert re.search(r"SLACK_BOT_TOKEN \(from the environment\) must be a bot token", result.stderr)
    assert "PORT (from the environment)" in result.stderr
    assert "xoxp-user-token-secret" not in result.stderr


def test_run_without_slack_tokens_explains_the_setup_and_starts_the_shell(tmp_path: Path) -> None:
    result = run_bot("run", env=bot_env(DATABASE_URL=f"sqlite:///{tmp_path / 'run.sqlite3'}"),
                     input_text="Sam Lee, sam@lee.io\nskip\nskip\nyes\n")
    assert result.returncode == 0, result.stderr
    assert "manifests/socket.json" in result.stderr
    assert "SLACK_BOT_TOKEN" in result.stderr and "SLACK_APP_TOKEN" in result.stderr
    assert '"email":"sam@lee.io"' in result.stdout


def test_manifest_command_fills_in_the_url(manifest_schema: dict[str, object]) -> None:
    result = run_bot("manifest", "--mode", "http", "--url", "https://bot.example.org/slack/events", env=bot_env())
    assert result.returncode == 0, result.stderr
    manifest = json.loads(result.stdout)
    jsonschema.validate(manifest, manifest_schema)
    assert manifest["settings"]["event_subscriptions"]["request_url"] == "https://bot.example.org/slack/events"
    assert manifest["features"]["slash_commands"][0]["url"] == "https://bot.example.org/slack/events"
    assert manifest["settings"]["socket_mode_enabled"] is False

    refused = run_bot("manifest", "--mode", "http", "--url", "ftp://nope", env=bot_env())
    assert refused.returncode == 2

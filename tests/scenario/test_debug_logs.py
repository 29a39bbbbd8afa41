"""LOG_LEVEL=DEBUG leaks no name, email or phone: a real ``serve`` takes a form and a DM conversation."""

from __future__ import annotations

import json
from pathlib import Path

import httpx

from tests.support import slack_requests as sr
from tests.support.fake_crm import FakeCrm
from tests.support.fake_slack import FakeSlack
from tests.support.harness import SIGNING_SECRET
from tests.support.log_scan import violations
from tests.support.processes import bot_env, bot_process


def test_debug_logs_carry_no_personal_data(fake_slack: FakeSlack, fake_crm: FakeCrm, tmp_path: Path) -> None:
    env = bot_env(SLACK_BOT_TOKEN="xoxb-1-debug", SLACK_SIGNING_SECRET=SIGNING_SECRET,
                  SLACK_API_BASE_URL=fake_slack.api_url, CRM_BASE_URL=fake_crm.url, CRM_API_TOKEN="crm-debug-token",
                  CRM_AGENT_ID="agent-7", DATABASE_URL=f"sqlite:///{tmp_path / 'debug.sqlite3'}", LOG_LEVEL="DEBUG")
    with bot_process("serve", "--port", "0", "--host", "127.0.0.1", env=env) as bot:
        bot.wait_ready()
        with httpx.Client(base_url=bot.url, timeout=10) as http:
            def post(body: str) -> None:
                assert http.post("/slack/events", content=body,
                                 headers=sr.signed_headers(body, SIGNING_SECRET)).status_code == 200

            post(sr.slash_command("Jane Roe jane.roe@example.com +1 415 555 0100"))
            view = fake_slack.wait_for("views.open")[0].args["view"]
            post(sr.view_submission({"name": "Jane Roe", "email": "jane.roe@example.com",
                                     "phone": "+1 415 555 0100", "company": "Acme Inc",
                                     "notes": "Jane Roe asked for a demo"},
                                    private_metadata=view["private_metadata"]))
            fake_crm.wait_for(1)
            fake_slack.wait_for("chat.update")
    logs = "".join(bot.stderr)
    debug = [json.loads(line) for line in bot.stderr if line.startswith("{")]
    assert any(entry["level"] == "DEBUG" for entry in debug)  # DEBUG really was on
    assert violations([logs]) == []
    for clear in ("Jane", "Roe", "jane.roe@example.com", "555 0100", "4155550100"):
        assert clear not in logs

"""``python -m bot socket`` as a real process against a fake Socket Mode WebSocket and Web API."""

from __future__ import annotations

import json
import signal
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qsl

import jsonschema
import pytest

from tests.support import slack_requests as sr
from tests.support.fake_crm import FakeCrm
from tests.support.fake_slack import FakeSlack
from tests.support.fake_socket_mode import FakeSocketMode
from tests.support.processes import bot_env, bot_process

APP_TOKEN = "xapp-1-A0LEADBOT-1234-socketsecret"


@pytest.fixture
def socket_mode(fake_slack: FakeSlack) -> Iterator[FakeSocketMode]:
    fake = FakeSocketMode().start()
    fake_slack.socket_url = fake.url
    yield fake
    fake.stop()


def test_socket_mode_captures_a_lead(socket_mode: FakeSocketMode, fake_slack: FakeSlack, fake_crm: FakeCrm,
                                     tmp_path: Path, lead_schema: dict[str, object]) -> None:
    env = bot_env(SLACK_BOT_TOKEN="xoxb-1-socket-bot", SLACK_APP_TOKEN=APP_TOKEN,
                  SLACK_API_BASE_URL=fake_slack.api_url, CRM_BASE_URL=fake_crm.url, CRM_API_TOKEN="crm-t",
                  CRM_AGENT_ID="agent-9", DATABASE_URL=f"sqlite:///{tmp_path / 'bot.sqlite3'}")
    with bot_process("socket", env=env) as bot:
        bot.wait_ready()
        assert socket_mode.connected.wait(15), "".join(bot.stderr)
        opened = fake_slack.calls_to("apps.connections.open")[0]
        assert opened.headers["Authorization"] == f"Bearer {APP_TOKEN}"

        command = dict(parse_qsl(sr.slash_command("Jane Roe jane.roe@example.com")))
        socket_mode.wait_ack(socket_mode.push("slash_commands", command))
        view = fake_slack.wait_for("views.open")[0].args["view"]
        assert view["callback_id"] == "newlead_modal"

        submission = json.loads(dict(parse_qsl(sr.view_submission(
            {"name": "Jane Roe", "email": "jane.roe@example.com", "phone": "", "company": "", "notes": ""},
            private_metadata=view["private_metadata"])))["payload"])
        socket_mode.wait_ack(socket_mode.push("interactive", submission))

        sent = fake_crm.wait_for(1)[0].json()
        jsonschema.validate(sent, lead_schema)
        assert sent["lead"]["email"] == "jane.roe@example.com"
        fake_slack.wait_for("chat.update")

        bad = json.loads(dict(parse_qsl(sr.view_submission(
            {"name": "", "email": "nope@", "phone": "", "company": "", "notes": ""},
            private_metadata=view["private_metadata"], view_id="V0BAD")))["payload"])
        ack = socket_mode.wait_ack(socket_mode.push("interactive", bad))
        assert ack["payload"]["response_action"] == "errors"
        assert "email" in ack["payload"]["errors"]

        bot.proc.send_signal(signal.SIGTERM)
        assert bot.proc.wait(20) == 0
    logs = "".join(bot.stdout + bot.stderr)
    assert APP_TOKEN not in logs and "socketsecret" not in logs

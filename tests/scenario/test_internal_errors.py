"""When LeadBot itself fails on a readable Slack request, it logs the bug at ERROR with its traceback
and answers the way Slack expects for that request type; it never blames the sender with a 400."""

from __future__ import annotations

import json
import logging

import pytest

from bot.entrypoints.web import INTERNAL_PROBLEM
from tests.support import slack_requests as sr
from tests.support.harness import BotHarness


class Boom(RuntimeError):
    pass


@pytest.fixture
def failing_bot(bot: BotHarness, monkeypatch: pytest.MonkeyPatch) -> BotHarness:
    def dispatch(request: object) -> object:
        raise Boom("a bug in LeadBot")

    monkeypatch.setattr(bot.app, "dispatch", dispatch)
    # A rep's plain DM takes the lean path before Bolt's dispatch (bot/slack/fast_path.py): fails there too.
    monkeypatch.setattr(bot.app, "pre_dispatch", dispatch)
    return bot


def _logged_bug(caplog: pytest.LogCaptureFixture) -> logging.LogRecord:
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR and r.name == "bot.entrypoints.web"]
    assert len(errors) == 1 and errors[0].exc_info is not None and errors[0].exc_info[0] is Boom
    return errors[0]


def test_an_event_is_answered_500_so_slack_sends_it_again(
        failing_bot: BotHarness, caplog: pytest.LogCaptureFixture) -> None:
    response = failing_bot.event({"type": "message", "channel_type": "im", "channel": "D0REP001",
                                  "user": "U0REP001", "text": "hi", "ts": "1700000000.000100"})
    assert response.status_code == 500
    assert getattr(_logged_bug(caplog), "request_type", None) == "event_callback"


def test_a_form_submission_keeps_the_form_open_with_the_problem(
        failing_bot: BotHarness, caplog: pytest.LogCaptureFixture) -> None:
    body = sr.view_submission({"name": "Jane Roe"}, private_metadata="{}")
    response = failing_bot.post(_with_input_blocks(body))
    assert response.status_code == 200
    assert response.json() == {"response_action": "errors", "errors": {"name": INTERNAL_PROBLEM}}
    _logged_bug(caplog)


def test_a_slash_command_gets_an_ephemeral_note(failing_bot: BotHarness, caplog: pytest.LogCaptureFixture) -> None:
    response = failing_bot.command("Jane Roe")
    assert response.status_code == 200
    assert response.json() == {"response_type": "ephemeral", "text": INTERNAL_PROBLEM}
    _logged_bug(caplog)


def test_a_button_is_answered_200(failing_bot: BotHarness, caplog: pytest.LogCaptureFixture) -> None:
    response = failing_bot.action("lead_retry", "some-lead")
    assert response.status_code == 200
    _logged_bug(caplog)


def test_an_unreadable_body_is_still_the_senders_fault(bot: BotHarness, caplog: pytest.LogCaptureFixture) -> None:
    response = bot.post("payload=%7Bnot-json", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def _with_input_blocks(form_body: str) -> str:
    from urllib.parse import parse_qs, urlencode

    payload = json.loads(parse_qs(form_body)["payload"][0])
    payload["view"]["blocks"] = [{"type": "input", "block_id": "name", "label": {"type": "plain_text", "text": "Name"},
                                  "element": {"type": "plain_text_input", "action_id": "value"}}]
    return urlencode({"payload": json.dumps(payload)})

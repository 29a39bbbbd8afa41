"""What the fault-replay scenarios share: the faults, a bot with short Slack timeouts, and the checks
every replay ends with (nothing logged at ERROR, no traceback, everything sent is valid Block Kit)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx

from bot.domain.outbox import LeadStatus
from tests.support.block_kit import assert_no_live_markup, assert_valid_call
from tests.support.fake_slack import FakeSlack, SlackCall
from tests.support.harness import BotHarness
from tests.support.log_scan import LogRecords
from tests.support.real_payloads import REP

SHORT_SLACK_TIMEOUT = 0.5  # SLACK_TIMEOUT_SECONDS of the bot the replays run against
SLOW = 1.5  # beyond SHORT_SLACK_TIMEOUT (0.5 s) and beyond users.info's own 1 s
assert max(SHORT_SLACK_TIMEOUT, 1.0) < SLOW
SETTLE = 15.0  # how long a positive signal may take to arrive (it normally takes well under a second)

# An ok:false code Slack really answers for each method.
REFUSALS = {
    "users.info": "user_not_found", "views.open": "expired_trigger_id", "views.publish": "not_enabled",
    "chat.postMessage": "not_in_channel", "chat.update": "message_not_found",
    "chat.postEphemeral": "user_not_in_channel", "views.update": "not_found", "chat.getPermalink": "channel_not_found",
    "team.info": "team_not_found", "functions.completeSuccess": "execution_not_in_running_state",
    "functions.completeError": "function_execution_not_found",
}
WEB_METHODS = tuple(REFUSALS)

FAULTS: dict[str, Callable[[FakeSlack, str], None]] = {
    "slow": lambda slack, method: slack.slow(method, SLOW),
    "drop": lambda slack, method: slack.drop(method),
    "http-503": lambda slack, method: slack.server_error(method, 503),
    "429": lambda slack, method: slack.rate_limit(method, retry_after=0),
    "ok-false": lambda slack, method: slack.refuse(method, REFUSALS[method]),
}


def eventually(check: Callable[[], Any], expected: str, timeout: float = SETTLE) -> Any:
    """Poll ``check`` until it is truthy (a positive signal), and return what it returned."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"expected {expected} within {timeout} s")
        time.sleep(0.02)


def assert_acked(response: httpx.Response) -> None:
    assert response.status_code == 200, f"answered {response.status_code}: {response.text[:200]}"


def assert_submission_acked(response: httpx.Response) -> None:
    """A view_submission is answered with an empty 200 (close the form) or response_action errors."""
    assert_acked(response)
    if response.text:
        assert response.json().get("response_action") == "errors", response.text


def stored_lead(bot: BotHarness, email: str) -> Any:
    return eventually(lambda: next((r for r in bot.runtime.store.list() if r.lead.get("email") == email), None),
                      f"a stored lead for {email}")


def told(slack: FakeSlack, phrase: str) -> SlackCall:
    """A note to the rep mentioning ``phrase``: through the response_url, ephemeral, or in a message."""
    def note(calls: list[SlackCall]) -> SlackCall | None:
        return next((c for c in calls if c.method in ("response_url", "chat.postEphemeral", "chat.postMessage")
                     and c.ok and phrase.lower() in str(c.args.get("text")).lower()), None)
    found: SlackCall = slack.wait_until(note, SETTLE, f"the rep told about {phrase!r}")
    return found


CREATED = "was created in the CRM"  # what the rep's status message says once the CRM has the lead


def status_shown(slack: FakeSlack, phrase: str = CREATED) -> SlackCall:
    """The rep's status message saying ``phrase``, posted or updated, and answered by Slack."""
    def shown(calls: list[SlackCall]) -> SlackCall | None:
        return next((c for c in calls if c.method in ("chat.postMessage", "chat.update") and c.ok
                     and phrase in str(c.args.get("text"))), None)
    found: SlackCall = slack.wait_until(shown, SETTLE, f"a status message saying {phrase!r}")
    return found


def settle_before_recovery(bot: BotHarness, slack: FakeSlack, lead_id: str, method: str) -> None:
    """Wait until LeadBot has met the fault where it matters, so that recovery exercises the catch-up:
    for chat.update, its attempt to show "created" (unless the status message was first posted after
    the delivery, already showing it); otherwise until the lead is delivered."""
    if method == "chat.update":
        slack.wait_until(lambda calls: any(CREATED in str(c.args.get("text")) and (
            (c.method == method and c.fault) or (c.method == "chat.postMessage" and c.ok)) for c in calls),
            SETTLE, "the faulted update to 'created', or a status posted showing it")
    wait_delivered(bot, lead_id)


def wait_delivered(bot: BotHarness, lead_id: str) -> None:
    eventually(lambda: (record := bot.runtime.store.get(lead_id)) is not None
               and record.status is LeadStatus.DELIVERED, "the lead marked delivered")


def finish(bot: BotHarness, slack: FakeSlack, logs: LogRecords) -> None:
    """Let every listener finish, then: nothing at ERROR, no traceback, all Block Kit sent valid."""
    bot.drain()
    problems = logs.problems()
    assert not problems, "logged at ERROR or with a traceback:\n" + "\n".join(problems)
    for call in slack.calls:
        if call.method == "response_url":  # an ephemeral note: text, and perhaps blocks
            assert_no_live_markup(call.args, allowed=[f"<@{REP}>"])
        else:
            assert_valid_call(call.method, call.args, allowed=[f"<@{REP}>"])

"""LeadBot installed in many workspaces (OAuth): installs through the real /slack/install and
/slack/oauth_redirect against the loopback fake Slack, each request authorised with its own workspace's
token, tokens encrypted at rest, an org-wide install, and an uninstall that forgets one workspace."""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import select, text

from bot.adapters.db import BOTS_TABLE, INSTALLATIONS_TABLE
from bot.domain.outbox import LeadStatus
from bot.entrypoints.doctor import run_checks
from bot.services.uninstall import UNINSTALLED_REASON
from tests.support.chat_events import dm
from tests.support.fake_crm import FakeCrm
from tests.support.fake_slack import FakeSlack, SlackCall
from tests.support.harness import BotHarness, make_settings
from tests.support.lead_records import lead_record
from tests.support.waiting import wait_until

ONE, TWO, ORG = "T0ONE0001", "T0TWO0002", "E0ORG0001"
TOKENS = {ONE: "xoxb-one-secret", TWO: "xoxb-two-secret", ORG: "xoxb-org-secret"}


@pytest.fixture
def many(fake_slack: FakeSlack, sqlite_url: str) -> Iterator[BotHarness]:
    settings = make_settings(slack_bot_token=None, slack_client_id="111.222", slack_client_secret="client-secret",
                             leadbot_secret_key=Fernet.generate_key().decode(), crm_api_token=None,
                             slack_api_base_url=fake_slack.api_url, database_url=sqlite_url)
    assert settings.multi_workspace
    harness = BotHarness(settings).start()
    yield harness
    harness.close()


def _install(bot: BotHarness, slack: FakeSlack, code: str, team_key: str, *, org_wide: bool = False) -> str:
    """Click "Add to Slack" and come back from Slack with ``code``; returns the page shown."""
    if org_wide:
        slack.add_install(code, TOKENS[team_key], team_id=None, enterprise_id=team_key, org_wide=True)
    else:
        slack.add_install(code, TOKENS[team_key], team_id=team_key)
    start = bot.http.get("/slack/install")
    assert start.status_code == 200
    state = re.search(r"state=([\w-]+)", start.text)
    assert state is not None, start.text
    cookie = start.headers["set-cookie"].split(";")[0]
    done = bot.http.get("/slack/oauth_redirect", params={"code": code, "state": state.group(1)},
                        headers={"Cookie": cookie})
    assert done.status_code == 200, done.text
    return done.text


def _event(event: dict[str, Any], team_id: str, *, enterprise_id: str | None = None, org_wide: bool = False) -> str:
    return json.dumps({
        "token": "deprecated", "team_id": team_id, "enterprise_id": enterprise_id, "api_app_id": "A0LEADBOT",
        "event": event, "type": "event_callback", "event_id": f"Ev{uuid.uuid4().hex[:10].upper()}",
        "event_time": int(time.time()), "is_ext_shared_channel": False,
        "authorizations": [{"team_id": None if org_wide else team_id, "enterprise_id": enterprise_id,
                            "user_id": "UBOT0001", "is_bot": True, "is_enterprise_install": org_wide}],
    })


def _say_hi(bot: BotHarness, team_id: str, **kwargs: Any) -> None:
    response = bot.post(_event(dm("hi"), team_id, **kwargs), content_type="application/json")
    assert response.status_code == 200


def _wait_for_post_with(slack: FakeSlack, token: str) -> None:
    def posted(calls: list[SlackCall]) -> bool:
        return any(c.method == "chat.postMessage" and c.token == token for c in calls)

    slack.wait_until(posted, expected=f"a message posted with {token[:9]}…")


def test_two_workspaces_install_and_each_request_uses_its_own_token(many: BotHarness,
                                                                    fake_slack: FakeSlack) -> None:
    assert "LeadBot is installed in Team T0ONE0001" in _install(many, fake_slack, "code-one", ONE)
    assert "LeadBot is installed" in _install(many, fake_slack, "code-two", TWO)

    for team in (ONE, TWO):
        _say_hi(many, team)
        _wait_for_post_with(fake_slack, TOKENS[team])
    authorised = {c.token for c in fake_slack.calls_to("auth.test")}
    assert {TOKENS[ONE], TOKENS[TWO]} <= authorised

    with many.runtime.store.engine.connect() as conn:
        stored = [json.dumps([str(v) for v in row]) for table in (INSTALLATIONS_TABLE, BOTS_TABLE)
                  for row in conn.execute(text(f"SELECT * FROM {table}"))]
    assert len(stored) == 4
    assert not any("xoxb-" in row for row in stored)  # sealed with LEADBOT_SECRET_KEY
    # Who installed it is recorded: they may connect the workspace's CRM and hear when it refuses a token.
    with many.runtime.store.engine.connect() as conn:
        installers: dict[str, str] = dict(conn.execute(text("SELECT team_key, installer_id FROM workspaces")).all())
    assert installers == {ONE: "U0ADMIN1", TWO: "U0ADMIN1"}


def test_an_org_wide_install_serves_its_workspaces(many: BotHarness, fake_slack: FakeSlack) -> None:
    assert "LeadBot is installed in Org E0ORG0001" in _install(many, fake_slack, "code-org", ORG, org_wide=True)
    _say_hi(many, "T0INORG01", enterprise_id=ORG, org_wide=True)
    _wait_for_post_with(fake_slack, TOKENS[ORG])


def test_a_bad_state_shows_a_readable_failure(many: BotHarness) -> None:
    page = many.http.get("/slack/oauth_redirect", params={"code": "x", "state": "forged"},
                         headers={"Cookie": "slack-app-oauth-state=forged"})
    assert page.status_code == 401
    assert "LeadBot was not installed" in page.text and 'href="/slack/install"' in page.text


def test_uninstall_forgets_one_workspace_and_fails_its_queued_leads(many: BotHarness, fake_slack: FakeSlack) -> None:
    _install(many, fake_slack, "code-one", ONE)
    _install(many, fake_slack, "code-two", TWO)
    store = many.runtime.store
    later = datetime.now(UTC) + timedelta(days=1)  # queued, not yet due: the worker leaves them alone
    queued = {team: store.add(lead_record(team_id=team).evolve(next_attempt_at=later)) for team in (ONE, TWO)}

    response = many.post(_event({"type": "app_uninstalled"}, ONE), content_type="application/json")
    assert response.status_code == 200
    many.drain()

    failed = store.get(queued[ONE].id)
    assert failed is not None and failed.status is LeadStatus.FAILED and failed.last_error == UNINSTALLED_REASON
    assert failed.id in {r.id for r in store.list(LeadStatus.FAILED)}  # what `outbox list` shows
    untouched = store.get(queued[TWO].id)
    assert untouched is not None and untouched.status is LeadStatus.PENDING
    assert many.runtime.workspaces is not None
    assert many.runtime.workspaces.installations.bot_for(ONE) is None
    assert many.runtime.workspaces.installations.bot_for(TWO) is not None

    # The uninstalled workspace's requests are not served; the other's still are.
    before = len(fake_slack.calls_to("chat.postMessage"))
    _say_hi(many, ONE)
    _say_hi(many, TWO)
    fake_slack.wait_for("chat.postMessage", count=before + 1)
    many.drain()
    posted = [c.token for c in fake_slack.calls_to("chat.postMessage")[before:]]
    assert posted == [TOKENS[TWO]]


def test_an_unknown_workspace_is_not_served(many: BotHarness, fake_slack: FakeSlack) -> None:
    _install(many, fake_slack, "code-two", TWO)
    _say_hi(many, "T0STRANGER")
    _say_hi(many, TWO)
    fake_slack.wait_for("chat.postMessage")
    many.drain()
    assert [c.token for c in fake_slack.calls_to("chat.postMessage")] == [TOKENS[TWO]]
    with many.runtime.store.engine.connect() as conn:
        assert conn.execute(select(text("count(*)")).select_from(text(BOTS_TABLE))).scalar_one() == 1


def test_doctor_counts_the_installations(many: BotHarness, fake_slack: FakeSlack) -> None:
    def slack_check() -> str:
        return next(c.detail for c in run_checks(lambda: many.settings) if c.name == "slack")

    assert "no workspace has installed LeadBot yet" in slack_check()
    _install(many, fake_slack, "code-one", ONE)
    _install(many, fake_slack, "code-org", ORG, org_wide=True)
    assert "installed in 2 workspace(s)" in slack_check()


def _posts_with(slack: FakeSlack, token: str) -> int:
    return sum(1 for c in slack.calls_to("chat.postMessage") if c.token == token)


def _chat(bot: BotHarness, slack: FakeSlack, team_id: str, text: str, *, org: str | None = None) -> None:
    """One DM to LeadBot in ``team_id`` (a workspace of the org-wide install ``org``), waiting for its
    answer (posted with that workspace's, or org's, token)."""
    token = TOKENS[org or team_id]
    before = _posts_with(slack, token)
    event = _event(dm(text), team_id, enterprise_id=org, org_wide=True) if org else _event(dm(text), team_id)
    response = bot.post(event, content_type="application/json")
    assert response.status_code == 200
    slack.wait_until(lambda _: _posts_with(slack, token) > before, expected=f"LeadBot's answer in {team_id}")


def test_two_installed_workspaces_send_their_leads_to_their_own_crms_and_an_uninstall_stops_only_one(
        many: BotHarness, fake_slack: FakeSlack) -> None:
    crms = {ONE: FakeCrm().start(), TWO: FakeCrm().start()}
    try:
        _install(many, fake_slack, "code-one", ONE)
        _install(many, fake_slack, "code-two", TWO)
        connections = many.runtime.core.connections
        assert connections is not None  # many workspaces: each connects its own CRM
        for team, crm in crms.items():
            connections.connect(team, token=f"crm-token-{team}", base_url=crm.url, agent_id=f"agent-{team}")

        for team, name, phone in ((ONE, "Ada Lovelace", "+44 20 7946 0958"), (TWO, "Grace Hopper", "+44 20 7946 0959")):
            _chat(many, fake_slack, team, f"{name}, {name.split()[0].lower()}@example.com, {phone}, Analytical Co")
            _chat(many, fake_slack, team, "yes")
        for team, name in ((ONE, "Ada Lovelace"), (TWO, "Grace Hopper")):
            received = crms[team].wait_for(1)
            assert len(received) == 1  # its own lead, and only that
            assert received[0].headers.get("Authorization") == f"Bearer crm-token-{team}"
            lead = json.loads(received[0].body)["lead"]
            assert (lead["name"], lead["agentId"]) == (name, f"agent-{team}")

        # Uninstalled, ONE is no longer served; TWO goes on as before.
        assert many.post(_event({"type": "app_uninstalled"}, ONE), content_type="application/json").status_code == 200
        many.drain()
        before_one = _posts_with(fake_slack, TOKENS[ONE])
        _say_hi(many, ONE)
        _chat(many, fake_slack, TWO, "hi")
        many.drain()
        assert _posts_with(fake_slack, TOKENS[ONE]) == before_one
        workspace = connections.workspace(ONE)
        assert workspace is not None and not workspace.has_token  # its CRM secret went with it
    finally:
        for crm in crms.values():
            crm.stop()


def test_an_org_wide_install_sends_every_workspaces_leads_to_the_orgs_crm(many: BotHarness,
                                                                           fake_slack: FakeSlack) -> None:
    """One installation and one CRM connection serve every workspace of an Enterprise Grid org: leads
    captured in two of its workspaces reach the org's CRM with its token and agent, and are one scope."""
    crm = FakeCrm().start()
    try:
        _install(many, fake_slack, "code-org", ORG, org_wide=True)
        connections = many.runtime.core.connections
        assert connections is not None
        connections.connect(ORG, token="crm-token-org", base_url=crm.url, agent_id="agent-org")

        _chat(many, fake_slack, "T0INORG01", "Ada Lovelace, ada@example.com, +44 20 7946 0958, Analytical Co",
              org=ORG)
        _chat(many, fake_slack, "T0INORG01", "yes", org=ORG)
        received = crm.wait_for(1)
        assert received[0].headers.get("Authorization") == "Bearer crm-token-org"
        assert json.loads(received[0].body)["lead"]["agentId"] == "agent-org"
        wait_until(lambda: many.runtime.store.list(LeadStatus.DELIVERED), expected="the lead recorded as delivered")
        stored = many.runtime.store.list(LeadStatus.DELIVERED)
        assert [(r.team_id, r.dry_run) for r in stored] == [(ORG, False)]

        # The same person from another workspace of the org is the org's duplicate, not a new stranger.
        _chat(many, fake_slack, "T0INORG02", "Ada Lovelace, ada@example.com, +44 20 7946 0958, Analytical Co",
              org=ORG)
        _chat(many, fake_slack, "T0INORG02", "yes", org=ORG)
        asked = fake_slack.calls_to("chat.postMessage")[-1].args["text"]
        assert "looks like a lead" in asked and "Create anyway?" in asked, asked
    finally:
        crm.stop()

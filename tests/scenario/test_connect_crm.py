"""App Home's "Connect CRM" (many workspaces): admins and owners, or the installer, set the workspace's CRM
token, base URL and default agent; others are told who to ask, and a crafted submission from them stores
nothing. Bolt's app is built as bootstrap builds it, with the workspace connections given, and requests
are dispatched to it signed, against the loopback fake Slack."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import pytest
from slack_bolt import App, BoltRequest, BoltResponse
from sqlalchemy import text

from bot.adapters.clock import SystemClock
from bot.adapters.secrets import SecretBox, new_secret_key
from bot.adapters.workspace_store import SqlWorkspaceStore
from bot.services.home import HomeService
from bot.services.workspaces import CrmConnections
from bot.slack.app import build_bolt_app
from bot.slack.chat_replies import ReplyPoster
from bot.slack.context import SlackDeps
from bot.slack.crm_connect import FIELD_BLOCKS, connect_modal
from bot.slack.home_view import CONNECT_CRM_ACTION
from bot.slack.profiles import SlackMessageSources
from tests.support import real_payloads as rp
from tests.support.fake_slack import TEAM_ID, FakeSlack
from tests.support.harness import SIGNING_SECRET, BotHarness
from tests.support.slack_requests import signed_headers

TOKEN = "acme-crm-token-77"
VALUES = {FIELD_BLOCKS["token"]: TOKEN, FIELD_BLOCKS["base_url"]: "https://crm.acme.example/",
          FIELD_BLOCKS["agent_id"]: "agent-acme"}


class Rig:
    def __init__(self, bot: BotHarness) -> None:
        core = bot.runtime.core
        self.store = SqlWorkspaceStore(bot.runtime.store.engine, SecretBox(new_secret_key()))
        self.connections = CrmConnections(self.store, SystemClock(), default_base_url="https://crm.default.example")
        # The Slack app bootstrap builds, with what a multi-workspace core adds: the connections.
        deps = SlackDeps(
            region="US", capture=core.capture, form=core.form, chat=core.chat, turns=bot.runtime.turns,
            users=bot.runtime.users,
            owners=core.owners, home=HomeService(core.history, core.owners, core.clock, connections=self.connections),
            sources=SlackMessageSources(bot.runtime.clients), workflow=core.workflow,
            connections=self.connections)
        self.app: App = build_bolt_app(bot.runtime.slack_client, signing_secret=SIGNING_SECRET, deps=deps,
                                       replies=ReplyPoster(), clients=bot.runtime.clients,
                                       listener_threads=4)
        self.engine = bot.runtime.store.engine

    def send(self, request: tuple[str, str]) -> BoltResponse:
        body, content_type = request
        headers: dict[str, str | Sequence[str]] = {**signed_headers(body, SIGNING_SECRET, content_type=content_type)}
        return self.app.dispatch(BoltRequest(body=body, headers=headers))

    def press_connect(self) -> BoltResponse:
        return self.send(rp.request("block_actions_home", action_id=CONNECT_CRM_ACTION, block_id="home_crm",
                                    view_blocks=[], action_text="Connect CRM", action_value=""))

    def submit(self, opened: dict[str, Any]) -> BoltResponse:
        return self.send(rp.submission(opened, VALUES))

    def raw_workspaces(self) -> str:
        with self.engine.connect() as conn:
            return repr(conn.execute(text("select * from workspaces")).all())


@pytest.fixture
def rig(bot: BotHarness) -> Iterator[Rig]:
    yield Rig(bot)


def test_an_admin_connects_the_crm_and_the_token_is_stored_sealed(rig: Rig, fake_slack: FakeSlack) -> None:
    fake_slack.users[rp.REP] = {"id": rp.REP, "name": "jamie", "is_admin": True}

    assert rig.press_connect().status == 200
    [opened] = fake_slack.wait_for("views.open")
    view = opened.args["view"]
    base_url = next(b for b in view["blocks"] if b.get("block_id") == FIELD_BLOCKS["base_url"])
    assert base_url["element"]["initial_value"] == "https://crm.default.example"  # CRM_BASE_URL

    assert rig.submit(view).status == 200
    connection = rig.store.connection(TEAM_ID)
    assert connection is not None
    assert (connection.token, connection.base_url, connection.agent_id) == (
        TOKEN, "https://crm.acme.example", "agent-acme")
    assert TOKEN not in rig.raw_workspaces()
    published = fake_slack.wait_for("views.publish")[-1].args["view"]
    assert "Leads go to the CRM at" in repr(published)


def test_the_installer_may_connect_though_not_an_admin(rig: Rig, fake_slack: FakeSlack) -> None:
    rig.store.set_installer(TEAM_ID, rp.REP, SystemClock().now())

    rig.press_connect()
    [opened] = fake_slack.wait_for("views.open")
    rig.submit(opened.args["view"])
    assert rig.store.connection(TEAM_ID) is not None


def test_others_are_told_who_to_ask_and_a_crafted_submission_stores_nothing(rig: Rig,
                                                                            fake_slack: FakeSlack) -> None:
    rig.store.set_installer(TEAM_ID, "U0INSTALL", SystemClock().now())

    rig.press_connect()
    told = fake_slack.wait_for("chat.postMessage", channel=rp.REP)[0]
    assert "<@U0INSTALL>" in told.args["text"] and "admins and owners" in told.args["text"]
    assert fake_slack.calls_to("views.open") == []

    forged = rig.submit(connect_modal(base_url="https://evil.example", agent_id=None))
    assert forged.status == 200 and "errors" in forged.body
    assert rig.store.connection(TEAM_ID) is None


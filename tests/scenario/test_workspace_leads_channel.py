"""Many workspaces: each workspace's admins pick its own leads channel in App Home. A lead delivered in
that workspace is posted there, with that workspace's token; a workspace without one posts nowhere; a
rep who is not an admin is told who to ask; a channel LeadBot was not invited to is said to the admin
at once, by DM, with the fix."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import Any

import pytest
from cryptography.fernet import Fernet

from bot.slack.home_view import LEADS_CHANNEL_ACTION
from bot.slack.leads_channel_setting import CHANNEL_BLOCK, HELLO, OFF_BLOCK
from tests.support import real_payloads as rp
from tests.support.block_kit import assert_valid_view
from tests.support.fake_crm import FakeCrm
from tests.support.fake_slack import FakeSlack, SlackCall
from tests.support.harness import BotHarness, make_settings
from tests.support.waiting import wait_until

ONE, TWO = "T0ONE0001", "T0TWO0002"
TOKENS = {ONE: "xoxb-one-secret", TWO: "xoxb-two-secret"}
ADMIN = "U0ADMIN1"  # installed LeadBot in both (the fake's oauth.v2.access says so)
LEADS = "C0LEADS01"
NOT_IN_AN_ORG = {"enterprise": None}  # Slack's payloads from a workspace outside Enterprise Grid


@pytest.fixture
def many(fake_slack: FakeSlack, sqlite_url: str) -> Iterator[BotHarness]:
    settings = make_settings(slack_bot_token=None, slack_client_id="111.222", slack_client_secret="client-secret",
                             leadbot_secret_key=Fernet.generate_key().decode(), crm_api_token=None,
                             slack_api_base_url=fake_slack.api_url, database_url=sqlite_url)
    harness = BotHarness(settings).start()
    for code, team in (("code-one", ONE), ("code-two", TWO)):
        fake_slack.add_install(code, TOKENS[team], team_id=team)
        start = harness.http.get("/slack/install")
        state = start.text.split("state=")[1].split('"')[0].split("&")[0]
        done = harness.http.get("/slack/oauth_redirect", params={"code": code, "state": state},
                                headers={"Cookie": start.headers["set-cookie"].split(";")[0]})
        assert done.status_code == 200, done.text
    yield harness
    harness.close()


def _press(bot: BotHarness, team: str, user: str) -> None:
    response = bot.replay("block_actions_home", action_id=LEADS_CHANNEL_ACTION, block_id="home_leads_channel",
                          view_blocks=[], action_text="Set leads channel", action_value="", team=team, user=user,
                          **NOT_IN_AN_ORG)
    assert response.status_code == 200


def _form(slack: FakeSlack, token: str, count: int = 1) -> dict[str, Any]:
    """The ``count``-th form LeadBot opened with ``token``."""
    def opened(calls: list[SlackCall]) -> dict[str, Any] | None:
        found = [c for c in calls if c.method == "views.open" and c.token == token]
        return found[count - 1].args["view"] if len(found) >= count else None

    view: dict[str, Any] = slack.wait_until(opened, expected="the leads channel form")
    assert_valid_view(view)
    return view


def _more(count: Callable[[list[SlackCall]], int], than: int, calls: list[SlackCall]) -> bool:
    return count(calls) > than


def _chat_lead(bot: BotHarness, slack: FakeSlack, team: str, name: str) -> None:
    """A rep of ``team`` captures ``name`` in a DM and confirms."""
    for text in (f"{name}, {name.split()[0].lower()}@example.com, +44 20 7946 0958, Analytical Co", "yes"):
        def answers(calls: list[SlackCall]) -> int:
            return sum(1 for c in calls if c.method == "chat.postMessage" and c.token == TOKENS[team])

        before = answers(slack.calls)
        assert bot.send(rp.request("event_message_im", text=text, team=team, **NOT_IN_AN_ORG)).status_code == 200
        slack.wait_until(partial(_more, answers, before), expected=f"the answer in {team}")


def test_each_workspace_posts_its_delivered_leads_in_its_own_channel(many: BotHarness, fake_slack: FakeSlack) -> None:
    _press(many, ONE, ADMIN)
    view = _form(fake_slack, TOKENS[ONE])
    answer = many.send(rp.submission(view, {CHANNEL_BLOCK: LEADS}, team=ONE, user=ADMIN, **NOT_IN_AN_ORG))
    assert answer.status_code == 200 and answer.text == ""
    [hello] = fake_slack.wait_for("chat.postMessage", channel=LEADS)
    assert (hello.args["text"], hello.token) == (HELLO, TOKENS[ONE])

    crms = {ONE: FakeCrm().start(), TWO: FakeCrm().start()}
    try:
        connections = many.runtime.core.connections
        assert connections is not None
        for team, crm in crms.items():
            connections.connect(team, token=f"crm-{team}", base_url=crm.url, agent_id=f"agent-{team}")
        _chat_lead(many, fake_slack, ONE, "Ada Lovelace")
        _chat_lead(many, fake_slack, TWO, "Grace Hopper")
        for crm in crms.values():
            crm.wait_for(1)
        posted = fake_slack.wait_for("chat.postMessage", channel=LEADS, count=2)
        assert "Ada Lovelace" in posted[1].args["text"] and posted[1].token == TOKENS[ONE]
        assert many.runtime.feed is not None and many.runtime.feed.flush(10)
        assert fake_slack.posts_by_channel[LEADS] == 2  # the hello and ONE's lead; TWO has no channel
    finally:
        for crm in crms.values():
            crm.stop()


def test_a_rep_who_is_not_an_admin_is_told_who_to_ask(many: BotHarness, fake_slack: FakeSlack) -> None:
    fake_slack.users["U0REP001"] = {"id": "U0REP001", "name": "jamie", "is_admin": False}
    _press(many, ONE, "U0REP001")
    [told] = fake_slack.wait_for("chat.postMessage", channel="U0REP001")
    assert "admins and owners" in told.args["text"] and f"<@{ADMIN}>" in told.args["text"]
    assert fake_slack.calls_to("views.open") == []


def test_a_channel_leadbot_is_not_in_is_said_to_the_admin_and_off_stops_the_posts(
        many: BotHarness, fake_slack: FakeSlack) -> None:
    fake_slack.refuse("chat.postMessage", "not_in_channel", times=1)
    _press(many, ONE, ADMIN)
    view = _form(fake_slack, TOKENS[ONE])
    saved = many.send(rp.submission(view, {CHANNEL_BLOCK: LEADS}, team=ONE, user=ADMIN, **NOT_IN_AN_ORG))
    assert saved.status_code == 200
    [told] = fake_slack.wait_for("chat.postMessage", channel=ADMIN)
    assert f"<#{LEADS}>" in told.args["text"] and "/invite @LeadBot" in told.args["text"]
    connections = many.runtime.core.connections
    assert connections is not None and connections.leads_channel(ONE) == LEADS  # kept: the admin invites it

    _press(many, ONE, ADMIN)
    view = _form(fake_slack, TOKENS[ONE], count=2)
    initial = next(b for b in view["blocks"] if b.get("block_id") == CHANNEL_BLOCK)["element"]
    assert initial["initial_conversation"] == LEADS
    assert many.send(rp.submission(view, {OFF_BLOCK: "off"}, team=ONE, user=ADMIN, **NOT_IN_AN_ORG)).status_code == 200
    wait_until(lambda: connections.leads_channel(ONE) is None, expected="the leads channel turned off")

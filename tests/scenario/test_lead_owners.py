"""Lead owners end to end: each source of a rep's CRM agent (App Home, an imported file, CRM_AGENT_ID)
reaches the lead's ``agentId``; the form's owner picker and ``owner: @jane`` in chat; a lead whose owner
has no agent is refused before it is stored; ``owners import`` and ``owners list`` as real processes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode

import jsonschema
import pytest

from bot.domain.owners import OwnerSource
from bot.slack.owner_setting import AGENT_BLOCK, SET_AGENT_ACTION, SET_AGENT_CALLBACK
from tests.support import slack_requests as sr
from tests.support.block_kit import assert_no_live_markup, assert_valid_view
from tests.support.chat_events import REP, dm, press, replies
from tests.support.fake_crm import FakeCrm
from tests.support.fake_slack import TEAM_ID, FakeSlack
from tests.support.harness import BotHarness, make_settings
from tests.support.newlead_form import VALID, open_modal
from tests.support.processes import bot_env, run_bot
from tests.support.waiting import wait_until

JANE = "U0JANE001"


def _sent(fake_crm: FakeCrm, lead_schema: dict[str, Any], count: int = 1) -> dict[str, Any]:
    body: dict[str, Any] = fake_crm.wait_for(count)[count - 1].json()
    jsonschema.validate(body, lead_schema)
    lead: dict[str, Any] = body["lead"]
    return lead


def _note_agents(lead: dict[str, Any]) -> set[str]:
    return {note["agentId"] for note in lead["crmActivities"][0]["notesHistory"]}


def _import(bot: BotHarness, rows: list[tuple[str, str, str | None]]) -> None:
    bot.runtime.core.owner_store.replace_imported(TEAM_ID, rows, bot.runtime.core.clock.now())


def test_the_default_agent_owns_a_lead_of_an_unmapped_rep(bot: BotHarness, fake_slack: FakeSlack,
                                                          fake_crm: FakeCrm, lead_schema: dict[str, Any]) -> None:
    view = open_modal(bot, fake_slack)
    picker = next(b for b in view["blocks"] if b.get("block_id") == "owner")
    assert picker["element"]["type"] == "users_select" and picker["element"]["initial_user"] == sr.USER["id"]
    assert_valid_view(view)
    bot.submit(VALID, private_metadata=view["private_metadata"], owner=sr.USER["id"])
    lead = _sent(fake_crm, lead_schema)
    assert lead["agentId"] == "agent-42" and _note_agents(lead) == {"agent-42"}
    assert "slackOwnerId" not in lead["crmActivities"][0]["metadata"]  # the rep owns it


def test_an_imported_agent_owns_the_lead(bot: BotHarness, fake_slack: FakeSlack, fake_crm: FakeCrm,
                                         lead_schema: dict[str, Any]) -> None:
    _import(bot, [(sr.USER["id"], "agent-imported", None)])
    view = open_modal(bot, fake_slack)
    bot.submit(VALID, private_metadata=view["private_metadata"])  # the picker left empty: the rep
    lead = _sent(fake_crm, lead_schema)
    assert lead["agentId"] == "agent-imported" and _note_agents(lead) == {"agent-imported"}


def test_a_rep_sets_their_own_agent_in_app_home_and_it_wins(bot: BotHarness, fake_slack: FakeSlack,
                                                            fake_crm: FakeCrm, lead_schema: dict[str, Any]) -> None:
    _import(bot, [(sr.USER["id"], "agent-imported", None)])
    bot.action(SET_AGENT_ACTION, "")
    view = fake_slack.wait_for("views.open")[0].args["view"]
    assert_valid_view(view)
    assert "agent-imported" in view["blocks"][0]["text"]["text"]  # what applies now, and from where
    answer = bot.post(_with_agent("x" * 300)).json()
    assert answer["response_action"] == "errors" and "longer than" in answer["errors"][AGENT_BLOCK]
    assert bot.post(_with_agent("  agent-mine ")).status_code == 200
    mapping = bot.runtime.core.owners.mapping_of(TEAM_ID, sr.USER["id"])
    assert mapping is not None and (mapping.agent_id, mapping.source) == ("agent-mine", OwnerSource.SELF)

    bot.command()
    view = fake_slack.wait_for("views.open", count=2)[-1].args["view"]
    bot.submit(VALID, private_metadata=view["private_metadata"])
    lead = _sent(fake_crm, lead_schema)
    assert lead["agentId"] == "agent-mine" and _note_agents(lead) == {"agent-mine"}


def _with_agent(agent: str) -> str:
    """A submission of the App Home setting's form with ``agent`` typed in it."""
    submission = sr.view_submission({}, private_metadata="", callback_id=SET_AGENT_CALLBACK)
    payload = json.loads(parse_qs(submission)["payload"][0])
    payload["view"]["state"]["values"] = {AGENT_BLOCK: {"value": {"type": "plain_text_input", "value": agent}}}
    return urlencode({"payload": json.dumps(payload)})


def test_the_picker_gives_the_lead_to_a_colleague(bot: BotHarness, fake_slack: FakeSlack, fake_crm: FakeCrm,
                                                  lead_schema: dict[str, Any]) -> None:
    _import(bot, [(JANE, "agent-jane", "jane@acme.io")])
    view = open_modal(bot, fake_slack)
    bot.submit(VALID, private_metadata=view["private_metadata"], owner=JANE)
    lead = _sent(fake_crm, lead_schema)
    assert lead["agentId"] == "agent-jane"
    assert _note_agents(lead) == {"agent-42"}  # the notes are the capturing rep's, under their own agent
    assert lead["crmActivities"][0]["metadata"]["slackOwnerId"] == JANE
    record = bot.runtime.store.get(lead["crmActivities"][0]["id"])
    assert record is not None and record.owner_id == JANE and record.user_id == sr.USER["id"]


def test_owner_mention_in_chat_gives_the_lead_to_a_colleague(bot: BotHarness, fake_slack: FakeSlack,
                                                             fake_crm: FakeCrm, lead_schema: dict[str, Any]) -> None:
    _import(bot, [(JANE, "agent-jane", None)])
    fake_slack.users[JANE] = {"id": JANE, "name": "jane", "profile": {"display_name": "Jane Poe"}}
    bot.event(dm(f"Sam Lee, sam@lee.io, +44 20 7946 0958, Lee Co, owner: <@{JANE}>"))
    summary = replies(fake_slack, 1)[0]
    assert "Owner: Jane Poe" in summary["text"] and "<@" not in summary["text"]  # named, never pinged
    assert_no_live_markup(summary)
    wait_until(lambda: bot.runtime.users.cached(REP) is not None)
    press(bot, summary, "chat_confirm")
    lead = _sent(fake_crm, lead_schema)
    assert lead["agentId"] == "agent-jane" and _note_agents(lead) == {"agent-42"}


def test_owner_me_in_chat_takes_the_lead_back(bot: BotHarness, fake_slack: FakeSlack, fake_crm: FakeCrm,
                                              lead_schema: dict[str, Any]) -> None:
    _import(bot, [(JANE, "agent-jane", None)])
    bot.event(dm(f"Sam Lee, sam@lee.io, +44 20 7946 0958, Lee Co, owner: <@{JANE}|jane>"))
    replies(fake_slack, 1)
    bot.event(dm("owner: me"))
    summary = replies(fake_slack, 2)[1]
    assert "the lead is yours" in summary["text"] and "Owner:" not in summary["text"]
    press(bot, summary, "chat_confirm")
    assert _sent(fake_crm, lead_schema)["agentId"] == "agent-42"


@pytest.fixture
def no_default_bot(fake_slack: FakeSlack, fake_crm: FakeCrm, sqlite_url: str) -> Iterator[BotHarness]:
    harness = BotHarness(make_settings(slack_api_base_url=fake_slack.api_url, crm_base_url=fake_crm.url,
                                       database_url=sqlite_url, crm_agent_id=None)).start()
    yield harness
    harness.close()


def test_an_owner_without_an_agent_is_told_before_anything_is_stored(
        no_default_bot: BotHarness, fake_slack: FakeSlack, fake_crm: FakeCrm, lead_schema: dict[str, Any]) -> None:
    bot = no_default_bot
    view = open_modal(bot, fake_slack)
    answer = bot.submit(VALID, private_metadata=view["private_metadata"]).json()
    assert answer["response_action"] == "errors"
    assert "You have no CRM agent yet" in answer["errors"]["owner"]
    bot.event(dm("Sam Lee, sam@lee.io, +44 20 7946 0958, Lee Co"))
    press(bot, replies(fake_slack, 1)[0], "chat_confirm")
    told = fake_slack.wait_for_message("no CRM agent yet").args
    assert "owner: @name" in told["text"]
    assert bot.runtime.store.count_by_status() == {}
    # A colleague with an agent can still take the lead, and then it is stored and sent.
    _import(bot, [(JANE, "agent-jane", None)])
    bot.event(dm(f"owner: <@{JANE}>"))
    summary = fake_slack.wait_for_message("Owner:").args
    press(bot, summary, "chat_confirm")
    assert _sent(fake_crm, lead_schema)["agentId"] == "agent-jane"


def _csv(tmp_path: Path, text: str) -> str:
    path = tmp_path / "owners.csv"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_owners_import_and_list(tmp_path: Path, sqlite_url: str, fake_slack: FakeSlack) -> None:
    fake_slack.emails["jane@acme.io"] = JANE
    env = bot_env(DATABASE_URL=sqlite_url, SLACK_BOT_TOKEN="xoxb-1-owners", SLACK_API_BASE_URL=fake_slack.api_url,
                  CRM_AGENT_ID="agent-default")
    good = _csv(tmp_path, "slack_user,agent_id\nU0REP001,agent-7\nJane@Acme.io,agent-jane\n")
    imported = run_bot("owners", "import", good, env=env)
    assert imported.returncode == 0, imported.stderr
    assert f"Imported 2 lead owner(s) for workspace {TEAM_ID}" in imported.stdout  # the bot token's (auth.test)
    assert fake_slack.wait_for("users.lookupByEmail")[0].args["email"] == "jane@acme.io"

    listed = run_bot("owners", "list", env=env)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert any("U0REP001" in line and "agent-7" in line and "imported" in line for line in lines)
    assert any(JANE in line and "agent-jane" in line and "j***@acme.io" in line for line in lines)
    assert "CRM_AGENT_ID, agent agent-default" in listed.stdout


def test_a_bad_owners_file_is_reported_by_line_and_nothing_is_imported(
        tmp_path: Path, sqlite_url: str, fake_slack: FakeSlack) -> None:
    env = bot_env(DATABASE_URL=sqlite_url, SLACK_BOT_TOKEN="xoxb-1-owners", SLACK_API_BASE_URL=fake_slack.api_url)
    first = run_bot("owners", "import", "--team", "T0001", _csv(tmp_path, "slack_user,agent_id\nU0REP001,a-1\n"),
                    env=env)
    assert first.returncode == 0, first.stderr
    bad = _csv(tmp_path, "slack_user,agent_id\nU0OTHER1,a-2\nnobody,a-3\nU0REP002,\nghost@acme.io,a-4\n")
    result = run_bot("owners", "import", "--team", "T0001", bad, env=env)
    assert result.returncode == 1
    assert "line 3:" in result.stderr and "line 4:" in result.stderr and "not imported" in result.stderr
    unknown = run_bot("owners", "import", "--team", "T0001",
                      _csv(tmp_path, "slack_user,agent_id\nU0OTHER1,a-2\nghost@acme.io,a-4\n"), env=env)
    assert unknown.returncode == 1 and "line 3: Slack has no user with this email" in unknown.stderr
    listed = run_bot("owners", "list", env=env).stdout
    assert "a-1" in listed and "a-2" not in listed  # the first import stands, whole

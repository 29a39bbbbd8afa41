"""A workspace can never retry, edit or resend another workspace's lead, nor confirm its chat draft:
signed payloads from one workspace that name the other's lead ids are refused, and the same buttons work
in the lead's own workspace. Two workspaces are simulated in one deployment by their team ids."""

from __future__ import annotations

from typing import Any

import pytest

from bot.adapters.store import SqlLeadStore
from bot.domain.outbox import LeadRecord, LeadStatus
from bot.slack.blocks import EDIT_ACTION_ID, RETRY_ACTION_ID, lead_modal
from bot.slack.payload import ModalOrigin
from tests.support import real_payloads as rp
from tests.support.chat_events import dm, press, replies
from tests.support.fake_crm import FakeCrm
from tests.support.fake_slack import TEAM_ID, FakeSlack
from tests.support.harness import BotHarness
from tests.support.lead_records import lead_record
from tests.support.newlead_form import VALID

OTHER = "T0OTHER1"


@pytest.fixture
def theirs(bot: BotHarness) -> LeadRecord:
    """A lead the other workspace's CRM refused, waiting for an edit or a retry there."""
    store: SqlLeadStore = bot.runtime.store
    return store.add(lead_record(team_id=OTHER, user_id=rp.REP, status=LeadStatus.FAILED,
                                 last_error="HTTP 422: Unknown agent"))


def _press(bot: BotHarness, action_id: str, lead_id: str, team: str) -> None:
    """Press a lead's button on App Home, as a rep of ``team``."""
    block = {"type": "actions", "block_id": f"home_retry_{lead_id}", "elements": []}
    response = bot.replay("block_actions_home", action_id=action_id, block_id=block["block_id"],
                          view_blocks=[block], action_text="Retry", action_value=lead_id, team=team)
    assert response.status_code == 200


def test_retry_naming_another_workspaces_lead_is_refused(bot: BotHarness, fake_slack: FakeSlack,
                                                          fake_crm: FakeCrm, theirs: LeadRecord) -> None:
    _press(bot, RETRY_ACTION_ID, theirs.id, team=TEAM_ID)
    fake_slack.wait_for("chat.postMessage", channel=rp.REP, text="That lead is no longer waiting for a retry.")
    assert bot.runtime.store.get(theirs.id) == theirs

    _press(bot, RETRY_ACTION_ID, theirs.id, team=OTHER)  # its own workspace may
    assert fake_crm.wait_for(1)[0].json()["lead"]["crmActivities"][0]["id"] == theirs.id


def test_edit_naming_another_workspaces_lead_opens_no_form(bot: BotHarness, fake_slack: FakeSlack,
                                                            theirs: LeadRecord) -> None:
    _press(bot, EDIT_ACTION_ID, theirs.id, team=TEAM_ID)
    fake_slack.wait_for("chat.postMessage", channel=rp.REP, text="That lead is no longer waiting for an edit.")
    assert fake_slack.calls_to("views.open") == []

    _press(bot, EDIT_ACTION_ID, theirs.id, team=OTHER)  # its own workspace may
    [opened] = fake_slack.wait_for("views.open")
    assert ModalOrigin.loads(opened.args["view"]["private_metadata"]).lead_id == theirs.id


def test_a_resend_form_naming_another_workspaces_lead_and_team_changes_nothing(
        bot: BotHarness, fake_crm: FakeCrm, theirs: LeadRecord) -> None:
    forged = ModalOrigin(team_id=OTHER, lead_id=theirs.id).dumps()  # private metadata is the sender's to write
    view: dict[str, Any] = lead_modal(private_metadata=forged, resend=True, initial=VALID)

    assert bot.send(rp.submission(view, VALID, team=TEAM_ID)).status_code == 200
    bot.drain()
    assert bot.runtime.store.get(theirs.id) == theirs
    assert fake_crm.total == 0

    assert bot.send(rp.submission(view, VALID, team=OTHER)).status_code == 200  # its own workspace may
    assert fake_crm.wait_for(1)[0].json()["lead"]["crmActivities"][0]["id"] == theirs.id


def test_a_chat_button_naming_another_workspaces_draft_is_refused(bot: BotHarness, fake_slack: FakeSlack,
                                                                   fake_crm: FakeCrm) -> None:
    """The same user id pressing Confirm from another workspace (a crafted payload naming this
    workspace's conversation) stores nothing; the draft is still the rep's to confirm at home."""
    bot.event(dm("Ada Lovelace, ada@example.com, +44 20 7946 0958, Analytical Co"))
    [summary] = replies(fake_slack, 1)
    press(bot, summary, "chat_confirm", team_id=OTHER)
    fake_slack.wait_for("chat.postMessage", count=1)  # nothing new in the DM
    bot.drain()
    assert bot.runtime.store.list(LeadStatus.PENDING) + bot.runtime.store.list(LeadStatus.DELIVERED) == []

    press(bot, summary, "chat_confirm")  # from its own workspace
    assert fake_crm.wait_for(1)[0].json()["lead"]["name"] == "Ada Lovelace"

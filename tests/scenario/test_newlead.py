"""/newlead end to end: signed requests into the real HTTP server, a fake Slack Web API and a fake CRM."""

from __future__ import annotations

import json
import time
from typing import Any

import jsonschema

from bot.domain.outbox import LeadStatus
from bot.slack.blocks import EDIT_ACTION_ID
from tests.support import slack_requests as sr
from tests.support.fake_crm import FakeCrm, rejected, success
from tests.support.fake_slack import FakeSlack
from tests.support.harness import BotHarness
from tests.support.newlead_form import VALID, open_modal
from tests.support.waiting import wait_until


def _initial(view: dict[str, Any]) -> dict[str, str]:
    return {b["block_id"]: b["element"].get("initial_value") for b in view["blocks"]
            if b["type"] == "input" and b["element"]["type"] != "users_select"}


def test_command_acks_and_opens_the_modal(bot: BotHarness, fake_slack: FakeSlack) -> None:
    response = bot.command()
    assert response.status_code == 200
    assert response.text == ""
    call = fake_slack.wait_for("views.open")[0]
    view = call.args["view"]
    assert view["callback_id"] == "newlead_modal"
    labels = [b["label"]["text"] for b in view["blocks"] if b["type"] == "input"]
    assert labels == ["Name", "Email", "Phone", "Company", "Notes", "Owner"]
    email = next(b for b in view["blocks"] if b.get("block_id") == "email")
    assert email["element"]["type"] == "email_text_input"
    assert call.args["trigger_id"]
    # views.open is the first Web API call made for the command: nothing slow runs before it.
    assert [c.method for c in fake_slack.calls if c.method != "auth.test"][0] == "views.open"


def test_command_text_prefills_the_modal(bot: BotHarness, fake_slack: FakeSlack) -> None:
    view = open_modal(bot, fake_slack, "Jane Roe jane.roe@Example.COM +1 415 555 0100 Acme Inc")
    assert _initial(view) == {"name": "Jane Roe", "email": "jane.roe@example.com", "phone": "+14155550100",
                              "company": "Acme Inc", "notes": None}
    origin = json.loads(view["private_metadata"])
    assert origin["channel_id"] == "C0SALES1"
    assert origin["channel_name"] == "sales"
    assert origin["team_id"] == "T0001"


def test_command_text_is_read_as_the_rep_typed_it(bot: BotHarness, fake_slack: FakeSlack) -> None:
    # Slack escapes &, < and > in a command's text and may wrap links in its markup
    view = open_modal(bot, fake_slack, "Jane Roe from Roe &amp; Daughters, <https://roe.example|roe.example> "
                                       "<mailto:jane@roe.example|jane@roe.example>")
    assert _initial(view) == {"name": "Jane Roe", "email": "jane@roe.example", "phone": None,
                              "company": "Roe & Daughters", "notes": None}


def test_unparseable_command_text_is_shown_not_lost(bot: BotHarness, fake_slack: FakeSlack) -> None:
    view = open_modal(bot, fake_slack, "Jane Roe jane@ +1 415")
    assert _initial(view)["name"] == "Jane Roe"
    warning = view["blocks"][0]
    assert warning["type"] == "context"
    assert "email" in warning["elements"][0]["text"]


def test_bad_fields_are_answered_with_errors_by_block(bot: BotHarness, fake_slack: FakeSlack,
                                                      fake_crm: FakeCrm) -> None:
    view = open_modal(bot, fake_slack)
    response = bot.submit({**VALID, "email": "jane@example", "phone": "12"},
                          private_metadata=view["private_metadata"])
    assert response.status_code == 200
    answer = response.json()
    assert answer["response_action"] == "errors"
    assert set(answer["errors"]) == {"email", "phone"}
    assert "domain" in answer["errors"]["email"]
    assert bot.runtime.store.count_by_status() == {}
    assert fake_crm.received == []


def test_a_lead_needs_a_name_email_or_phone(bot: BotHarness, fake_slack: FakeSlack) -> None:
    view = open_modal(bot, fake_slack)
    response = bot.submit({"name": "", "email": "", "phone": "", "company": "Acme", "notes": ""},
                          private_metadata=view["private_metadata"])
    assert response.json()["response_action"] == "errors"
    assert "name" in response.json()["errors"]


def test_valid_submission_is_stored_sent_and_confirmed(
    bot: BotHarness, fake_slack: FakeSlack, fake_crm: FakeCrm, lead_schema: dict[str, Any]
) -> None:
    fake_crm.then(success("Lead created", {"id": "crm-9"}))
    view = open_modal(bot, fake_slack, "Jane Roe")
    response = bot.submit(VALID, private_metadata=view["private_metadata"])
    assert response.status_code == 200
    assert response.text == ""  # an empty 200 closes the modal

    sent = fake_crm.wait_for(1)[0]
    assert sent.path == "/v3/leads"
    assert sent.headers["Authorization"] == "Bearer crm-secret-token-123"
    assert sent.headers["Content-Type"] == "application/json"
    body = json.loads(sent.body)
    jsonschema.validate(body, lead_schema)
    lead = body["lead"]
    assert {k: lead[k] for k in ("agentId", "name", "email", "phone")} == {
        "agentId": "agent-42", "name": "Jane Roe", "email": "jane.roe@example.com", "phone": "+14155550100"}
    assert lead["metaData"] == {"company": "Acme Inc", "notes": "Wants a demo next week", "source": "chat"}
    activity = lead["crmActivities"][0]
    assert activity["title"] == "Lead captured in Slack via /newlead"
    assert activity["completed"] is True and activity["responded"] is True
    assert activity["note"] == "Captured by Jamie Doe in #sales in the acme workspace via the /newlead form."
    assert [n["text"] for n in activity["notesHistory"]] == ["/newlead Jane Roe", "Wants a demo next week"]
    assert {n["agentName"] for n in activity["notesHistory"]} == {"Jamie Doe"}
    assert activity["metadata"] == {"surface": "modal", "slackTeamId": "T0001", "slackChannelId": "C0SALES1",
                                    "slackUserId": "U0REP001"}
    assert lead["lastActivityDate"].endswith("Z")
    # The bytes sent are the bytes stored.
    record = bot.runtime.store.get(activity["id"])
    assert record is not None and record.body.encode() == sent.body

    posted = fake_slack.wait_for("chat.postMessage")[0]
    assert posted.args["channel"] == "U0REP001"
    final = fake_slack.wait_for_message("was created in the CRM").args
    assert final["channel"] in ("U0REP001", "D0REP001")  # the post, or an update of it in the DM
    assert "Lead created" in final["text"]
    assert len(fake_slack.calls_to("chat.postMessage")) == 1  # one message, updated in place
    assert bot.runtime.store.get(activity["id"]).status is LeadStatus.DELIVERED  # type: ignore[union-attr]


def test_rejected_lead_shows_the_reason_and_can_be_edited_and_resent(
    bot: BotHarness, fake_slack: FakeSlack, fake_crm: FakeCrm, lead_schema: dict[str, Any]
) -> None:
    fake_crm.then(rejected(422, "Phone number already belongs to another lead"), success("Created after edit"))
    view = open_modal(bot, fake_slack)
    bot.submit(VALID, private_metadata=view["private_metadata"])
    first = fake_crm.wait_for(1)[0].json()
    failed = fake_slack.wait_for_message("did not accept")
    assert "Phone number already belongs to another lead" in failed.args["text"]
    button = failed.args["blocks"][-2]["elements"][0]
    assert button["action_id"] == EDIT_ACTION_ID

    bot.action(EDIT_ACTION_ID, button["value"])
    resend_view = fake_slack.wait_for("views.open", count=2)[-1].args["view"]
    assert _initial(resend_view)["phone"] == "+14155550100"
    bot.submit({**VALID, "phone": "+44 20 7946 0958"}, private_metadata=resend_view["private_metadata"],
               view_id="V0MODAL2")
    second = fake_crm.wait_for(2)[1].json()
    jsonschema.validate(second, lead_schema)
    assert second["lead"]["phone"] == "+442079460958"
    # The same lead: the activity id is stable across the edit.
    assert second["lead"]["crmActivities"][0]["id"] == first["lead"]["crmActivities"][0]["id"]
    fake_slack.wait_for_message("Created after edit")
    assert len(fake_slack.calls_to("chat.postMessage")) == 1


def test_double_submit_of_one_modal_stores_one_lead(bot: BotHarness, fake_slack: FakeSlack,
                                                    fake_crm: FakeCrm) -> None:
    view = open_modal(bot, fake_slack)
    for _ in range(2):
        assert bot.submit(VALID, private_metadata=view["private_metadata"]).status_code == 200
    fake_crm.wait_for(1)
    wait_until(lambda: bot.runtime.store.count_by_status() == {"delivered": 1})
    assert len(fake_crm.received) == 1  # one lead, delivered: there is nothing else to send


def test_forged_and_stale_signatures_get_401_and_do_nothing(bot: BotHarness, fake_slack: FakeSlack) -> None:
    body = sr.slash_command("Jane Roe")
    assert bot.post(body, secret="not-the-secret").status_code == 401
    assert bot.post(body, timestamp=int(time.time()) - 6 * 60).status_code == 401
    unsigned = bot.http.post("/slack/events", content=body,
                             headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert unsigned.status_code == 401
    assert bot.command("Jane Roe").status_code == 200
    fake_slack.wait_for("views.open")  # the signed command that followed opened a form...
    bot.drain()
    assert len(fake_slack.calls_to("views.open")) == 1  # ...and none of the others did


def test_healthz(bot: BotHarness) -> None:
    response = bot.http.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"ok": True, "database": "ok", "backlog": 0, "crm": "configured"}


def test_when_the_form_cannot_open_the_rep_is_told(bot: BotHarness, fake_slack: FakeSlack) -> None:
    fake_slack.failures["views.open"] = "expired_trigger_id"
    response_url = fake_slack.api_url + "commands.response"
    assert bot.command("Jane Roe", response_url=response_url).status_code == 200
    told = fake_slack.wait_for("commands.response")[0]
    assert told.args["response_type"] == "ephemeral"
    assert "/newlead again" in told.args["text"]


"""The Workflow Builder step "Create CRM lead" end to end: a real-shaped, signed function_executed event
into the real server; the lead is stored and reaches the CRM, and the step is completed with its id
(functions.completeSuccess) or failed with the lead form's messages (functions.completeError), each
with the step's own token."""

from __future__ import annotations

from typing import Any

import jsonschema

from bot.domain.contact import build_contact
from tests.support import real_payloads as rp
from tests.support.fake_crm import FakeCrm, success
from tests.support.fake_slack import TEAM_ID, FakeSlack, SlackCall
from tests.support.harness import BotHarness
from tests.support.waiting import wait_until

SAM = {"name": "Sam Lee", "email": "Sam@Lee.IO", "phone": "+44 20 7946 0958", "company": "Lee & Co",
       "notes": "Asked for a demo", "submitted_by": rp.REP}


def _run_step(bot: BotHarness, inputs: dict[str, Any], **values: Any) -> dict[str, Any]:
    """Slack runs the step once; returns the event's payload."""
    payload = rp.fill("event_function_executed", inputs=inputs, **values)
    response = bot.send(rp.encode("event_function_executed", payload))
    assert response.status_code == 200, response.text
    return payload


def _finished(fake_slack: FakeSlack, method: str, count: int = 1) -> list[SlackCall]:
    calls = fake_slack.wait_for(method, count, answered=True)
    for call in calls:
        # Bolt hands complete/fail the token of this step's execution, not the bot token.
        assert call.headers.get("Authorization") == f"Bearer {rp.WORKFLOW_TOKEN}"
    return calls


def _stored(bot: BotHarness) -> int:
    return sum(bot.runtime.store.count_by_status().values())


def test_the_step_stores_the_lead_and_completes_with_its_id(
    bot: BotHarness, fake_slack: FakeSlack, fake_crm: FakeCrm, lead_schema: dict[str, Any]
) -> None:
    fake_crm.then(success("Lead created", {"id": "crm-9"}))
    payload = _run_step(bot, SAM)
    event = payload["event"]
    done = _finished(fake_slack, "functions.completeSuccess")[0]
    assert done.args["function_execution_id"] == event["function_execution_id"]
    lead_id = done.args["outputs"]["lead_id"]
    assert done.args["outputs"] == {"lead_id": lead_id, "status": "pending"}

    sent = fake_crm.wait_for(1)[0].json()
    jsonschema.validate(sent, lead_schema)
    lead = sent["lead"]
    # Normalised exactly like the form: the email's domain lower-cased, the phone as E.164.
    assert {k: lead[k] for k in ("name", "email", "phone", "agentId")} == {
        "name": "Sam Lee", "email": "Sam@lee.io", "phone": "+442079460958", "agentId": "agent-42"}
    activity = lead["crmActivities"][0]
    assert activity["id"] == lead_id
    assert activity["title"] == "Lead captured in Slack by a Workflow Builder workflow"
    assert activity["metadata"] == {
        "surface": "workflow", "slackTeamId": TEAM_ID, "slackUserId": rp.REP,
        "slackWorkflowExecutionId": event["workflow_execution_id"],
        "slackFunctionExecutionId": event["function_execution_id"]}
    assert "\u201cCreate CRM lead\u201d step of a Workflow Builder workflow" in activity["note"]
    assert f"(workflow run {event['workflow_execution_id']})" in activity["note"]
    # The rep who used the workflow is told the lead's status by DM, as for the shortcut.
    assert fake_slack.wait_for("chat.postMessage")[0].args["channel"] == rp.REP


def test_bad_input_fails_the_step_with_the_forms_messages(bot: BotHarness, fake_slack: FakeSlack) -> None:
    bad = {"name": "Sam Lee", "email": "sam@", "phone": "12", "submitted_by": rp.REP}
    _run_step(bot, bad)
    failed = _finished(fake_slack, "functions.completeError")[0]
    _, problems = build_contact(region="US", name="Sam Lee", email="sam@", phone="12")
    assert set(problems) == {"email", "phone"}
    assert failed.args["error"] == f"Email: {problems['email']} Phone: {problems['phone']}"
    bot.drain()
    assert fake_slack.calls_to("functions.completeSuccess") == []
    assert _stored(bot) == 0


def test_a_step_without_a_way_to_reach_the_person_fails_like_the_form(bot: BotHarness,
                                                                      fake_slack: FakeSlack) -> None:
    _run_step(bot, {"company": "Lee & Co", "submitted_by": rp.REP})
    failed = _finished(fake_slack, "functions.completeError")[0]
    assert failed.args["error"] == "Name: Give at least a name, an email or a phone number."


def test_a_retried_event_is_one_lead(bot: BotHarness, fake_slack: FakeSlack, fake_crm: FakeCrm) -> None:
    fake_crm.then(success("Lead created", {"id": "crm-10"}))
    first = _run_step(bot, SAM)
    step = first["event"]["function_execution_id"]
    _finished(fake_slack, "functions.completeSuccess")
    # Slack sends the same execution again (a new event id, as a retry after a slow ack can have).
    _run_step(bot, SAM, function_execution_id=step,
              workflow_execution_id=first["event"]["workflow_execution_id"])
    both = _finished(fake_slack, "functions.completeSuccess", 2)
    assert both[0].args["outputs"]["lead_id"] == both[1].args["outputs"]["lead_id"]
    fake_crm.wait_for(1)
    bot.drain()
    assert _stored(bot) == 1


def test_the_owner_input_chooses_the_agent(bot: BotHarness, fake_slack: FakeSlack, fake_crm: FakeCrm) -> None:
    bot.runtime.core.owners.set_own(TEAM_ID, "U0JANE001", "agent-jane")
    fake_crm.then(success("Lead created", {"id": "crm-11"}))
    _run_step(bot, {**SAM, "owner": "U0JANE001"})
    _finished(fake_slack, "functions.completeSuccess")
    lead = fake_crm.wait_for(1)[0].json()["lead"]
    assert lead["agentId"] == "agent-jane"
    assert lead["crmActivities"][0]["metadata"]["slackOwnerId"] == "U0JANE001"


def test_an_earlier_lead_is_created_anyway_and_named_in_the_note(
    bot: BotHarness, fake_slack: FakeSlack, fake_crm: FakeCrm
) -> None:
    fake_crm.then(success("Lead created", {"id": "crm-12"}))
    fake_crm.then(success("Lead created", {"id": "crm-13"}))
    _run_step(bot, SAM)
    first = _finished(fake_slack, "functions.completeSuccess")[0].args["outputs"]["lead_id"]
    _run_step(bot, {**SAM, "phone": ""})  # another run of the workflow: the same email
    second = _finished(fake_slack, "functions.completeSuccess", 2)[1].args["outputs"]["lead_id"]
    assert second != first
    sent = [r.json()["lead"] for r in fake_crm.wait_for(2)]
    note = next(lead for lead in sent if lead["crmActivities"][0]["id"] == second)["crmActivities"][0]["note"]
    assert "Created anyway, as a workflow cannot be asked" in note
    assert f"(LeadBot lead {first})" in note and "same email" in note


def test_the_completed_outputs_match_the_declared_ones(bot: BotHarness, fake_slack: FakeSlack) -> None:
    payload = _run_step(bot, SAM)
    declared = {p["name"] for p in payload["event"]["function"]["output_parameters"]}
    done = _finished(fake_slack, "functions.completeSuccess")[0]
    assert set(done.args["outputs"]) == declared
    wait_until(lambda: _stored(bot) == 1, expected="the lead stored")

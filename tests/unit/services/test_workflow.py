"""WorkflowCapture.submit over the in-memory fakes: what a Workflow Builder step stores, how the step is
finished, and in which order the rep and the worker hear of it."""

from __future__ import annotations

import json

import pytest

from bot.domain.contact import build_contact
from bot.domain.outbox import LeadStatus
from bot.services.workflow import (
    NO_SUBMITTER,
    STORE_DOWN,
    WorkflowCapture,
    WorkflowResult,
    WorkflowRun,
    capture_key,
    problems_sentence,
)
from tests.support.service_kit import REGION, Answers, ServiceKit

SAM = {"name": "Sam Lee", "email": "sam@lee.io", "phone": "+44 20 7946 0958", "company": "Lee & Co"}


@pytest.fixture
def kit() -> ServiceKit:
    return ServiceKit()


def _capture(kit: ServiceKit) -> WorkflowCapture:
    return WorkflowCapture(kit.capture, kit.clock, region=REGION)


def _run(values: dict[str, str] | None = None, *, step: str = "Fx1", submitter: str = "U0REP",
         owner: str = "") -> WorkflowRun:
    return WorkflowRun(values=SAM if values is None else values, step_run=step, workflow_run="Wx1", team_id="T0001",
                       submitted_by=submitter, submitter_name="Rita Rep", owner_id=owner)


def test_a_valid_step_is_stored_finished_then_announced(kit: ServiceKit) -> None:
    finishes = Answers[WorkflowResult](kit)

    result = _capture(kit).submit(_run(), finishes)

    assert result.lead is not None and kit.leads.get(result.lead.id) == result.lead
    assert result.outputs() == {"lead_id": result.lead.id, "status": "pending"}
    assert result.lead.capture_key == capture_key("Fx1")
    assert (result.lead.user_id, result.lead.surface) == ("U0REP", "workflow")
    assert finishes.results == [result]
    assert finishes.told_before == [([], 0)]  # the step was finished before the rep or the worker heard
    assert (kit.notifier.statuses(), kit.wakes.count) == ([("stored", "pending")], 1)


def test_the_lead_is_normalised_like_the_form(kit: ServiceKit) -> None:
    result = _capture(kit).submit(_run({**SAM, "email": " Sam@LEE.io "}), Answers[WorkflowResult](kit))
    assert result.lead is not None
    lead = json.loads(result.lead.body)["lead"]
    expected, _ = build_contact(region=REGION, **{**SAM, "email": " Sam@LEE.io "})
    assert expected is not None
    assert (lead["email"], lead["phone"]) == (expected.email, expected.phone) == ("Sam@lee.io", "+442079460958")


def test_invalid_inputs_fail_with_the_forms_messages_and_store_nothing(kit: ServiceKit) -> None:
    finishes = Answers[WorkflowResult](kit)
    values = {**SAM, "email": "sam at lee", "phone": "12"}

    result = _capture(kit).submit(_run(values), finishes)

    _, problems = build_contact(region=REGION, **values)
    assert result == WorkflowResult(error=problems_sentence(problems))
    assert result.error.startswith("Email: ") and " Phone: " in result.error
    assert finishes.results == [result]
    assert kit.leads.count_by_status() == {}
    assert (kit.notifier.events, kit.wakes.count) == ([], 0)


def test_a_store_outage_fails_the_step_with_a_retry_message(kit: ServiceKit) -> None:
    kit.leads.failures.fail("add")

    result = _capture(kit).submit(_run(), Answers[WorkflowResult](kit))

    assert result == WorkflowResult(error=STORE_DOWN)
    assert "again" in STORE_DOWN
    assert (kit.notifier.events, kit.wakes.count) == ([], 0)


def test_a_step_without_a_submitter_fails_and_says_how_to_fix_it(kit: ServiceKit) -> None:
    result = _capture(kit).submit(_run(submitter=""), Answers[WorkflowResult](kit))
    assert result == WorkflowResult(error=NO_SUBMITTER)
    assert kit.leads.count_by_status() == {}


def test_a_retried_step_is_the_same_lead(kit: ServiceKit) -> None:
    capture = _capture(kit)
    first = capture.submit(_run(step="Fx9"), Answers[WorkflowResult](kit))
    again = capture.submit(_run(step="Fx9"), Answers[WorkflowResult](kit))
    assert first.lead is not None and again.lead is not None
    assert again.lead.id == first.lead.id
    assert kit.leads.count_by_status() == {LeadStatus.PENDING.value: 1}


def test_the_owner_input_owns_the_lead_and_the_submitter_is_the_rep(kit: ServiceKit) -> None:
    kit.owners.set_own("T0001", "U0JANE", "agent-jane")

    result = _capture(kit).submit(_run(owner="U0JANE"), Answers[WorkflowResult](kit))

    assert result.lead is not None
    assert (result.lead.owner_id, result.lead.user_id) == ("U0JANE", "U0REP")
    assert json.loads(result.lead.body)["lead"]["agentId"] == "agent-jane"


def test_the_submitter_as_owner_is_no_separate_owner(kit: ServiceKit) -> None:
    result = _capture(kit).submit(_run(owner="U0REP"), Answers[WorkflowResult](kit))
    assert result.lead is not None and result.lead.owner_id is None

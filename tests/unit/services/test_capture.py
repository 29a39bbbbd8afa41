"""LeadCapture over the in-memory fakes: storing once per capture key, resubmits and retries."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

import pytest

from bot.domain.outbox import LeadRecord, LeadStatus
from bot.errors import StoreError
from tests.support.service_kit import MODAL, SAM_CONTACT, ServiceKit


@pytest.fixture
def kit() -> ServiceKit:
    return ServiceKit()


def test_a_capture_is_stored_pending_and_due_now(kit: ServiceKit) -> None:
    lead = kit.capture.capture(SAM_CONTACT, MODAL, capture_key="form:1")

    assert kit.leads.get(lead.id) == lead
    assert (lead.status, lead.next_attempt_at, lead.queued_at, lead.dry_run) == (
        LeadStatus.PENDING, kit.clock.now(), kit.clock.now(), False)
    assert lead.lead["email"] == "sam@lee.io"
    assert kit.metrics.captured == ["modal"]


def test_a_second_capture_with_the_same_key_gives_back_the_first_and_is_counted_once(kit: ServiceKit) -> None:
    first = kit.capture.capture(SAM_CONTACT, MODAL, capture_key="form:1")
    kit.clock.advance(timedelta(seconds=1))

    second = kit.capture.capture(SAM_CONTACT.model_copy(update={"name": "Samuel Lee"}), MODAL, capture_key="form:1")

    assert second == first
    assert kit.leads.count_by_status() == {"pending": 1}
    assert kit.metrics.captured == ["modal"]


def test_capture_does_not_announce_the_surface_does_after_answering_slack(kit: ServiceKit) -> None:
    lead = kit.capture.capture(SAM_CONTACT, MODAL, capture_key="form:1")
    assert (kit.notifier.events, kit.wakes.count) == ([], 0)

    kit.capture.announce(lead)

    assert (kit.notifier.statuses(), kit.wakes.count) == ([("stored", "pending")], 1)


def test_a_store_that_is_down_raises_and_counts_nothing(kit: ServiceKit) -> None:
    kit.leads.failures.fail("add")

    with pytest.raises(StoreError):
        kit.capture.capture(SAM_CONTACT, MODAL, capture_key="form:1")
    assert kit.metrics.captured == []


def test_a_failed_lead_is_resubmitted_with_its_new_body_and_the_same_activity(kit: ServiceKit) -> None:
    lead = _failed_lead(kit)
    kit.clock.advance(timedelta(hours=1))

    again = kit.capture.resubmit(lead.id, SAM_CONTACT.model_copy(update={"email": "sam@lee.co.uk"}), MODAL)

    assert again is not None
    assert (again.id, again.status, again.attempts, again.queued_at) == (
        lead.id, LeadStatus.PENDING, 0, kit.clock.now())
    assert again.lead["email"] == "sam@lee.co.uk"
    assert again.lead["crmActivities"][0]["id"] == lead.id
    assert kit.capture.resubmit(lead.id, SAM_CONTACT, MODAL) is None  # a double click: no longer failed


def test_retry_queues_a_failed_lead_unchanged_shows_the_rep_and_wakes_the_worker(kit: ServiceKit) -> None:
    lead = _failed_lead(kit)

    again = kit.capture.retry(lead.id, MODAL.team_id)

    assert again is not None
    assert (again.status, again.body) == (LeadStatus.PENDING, lead.body)
    assert (kit.notifier.statuses(), kit.wakes.count) == ([("changed", "pending")], 1)


def test_retrying_a_lead_that_is_not_failed_changes_nothing_and_tells_nobody(kit: ServiceKit) -> None:
    lead = kit.capture.capture(SAM_CONTACT, MODAL, capture_key="form:1")

    assert kit.capture.retry(lead.id, MODAL.team_id) is None
    assert kit.capture.retry("no-such-lead", MODAL.team_id) is None
    assert (kit.notifier.events, kit.wakes.count) == ([], 0)


def test_failed_lead_finds_only_failed_leads(kit: ServiceKit) -> None:
    pending = kit.capture.capture(SAM_CONTACT, MODAL, capture_key="form:2")
    failed = _failed_lead(kit)

    assert kit.capture.failed_lead(failed.id, MODAL.team_id) == failed
    assert kit.capture.failed_lead(pending.id, MODAL.team_id) is None
    assert kit.capture.failed_lead("no-such-lead", MODAL.team_id) is None


def test_another_workspaces_lead_cannot_be_retried_edited_or_resubmitted(kit: ServiceKit) -> None:
    failed = _failed_lead(kit)  # workspace T0001's
    other = replace(MODAL, team_id="T0OTHER")

    assert kit.capture.retry(failed.id, other.team_id) is None
    assert kit.capture.failed_lead(failed.id, other.team_id) is None
    assert kit.capture.failed_lead(failed.id, None) is None
    assert kit.capture.resubmit(failed.id, SAM_CONTACT.model_copy(update={"email": "x@evil.example"}), other) is None

    assert kit.leads.get(failed.id) == failed  # untouched
    assert (kit.notifier.events, kit.wakes.count) == ([], 0)
    assert kit.capture.failed_lead(failed.id, MODAL.team_id) == failed  # its own workspace still may


def test_a_dry_run_capture_is_marked_so() -> None:
    dry = ServiceKit(dry_run=True)
    lead = dry.capture.capture(SAM_CONTACT, MODAL, capture_key="form:1")
    assert lead.dry_run
    assert json.loads(lead.body)["lead"]["agentId"] == "agent-1"


def _failed_lead(kit: ServiceKit) -> LeadRecord:
    lead = kit.capture.capture(SAM_CONTACT, MODAL, capture_key="form:failed")
    failed = lead.evolve(status=LeadStatus.FAILED, attempts=1, last_error="HTTP 400: bad email")
    kit.leads.save(failed)
    return failed

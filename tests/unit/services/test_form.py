"""LeadForm.submit over the in-memory fakes: what is stored, what the surface is told, and in which order."""

from __future__ import annotations

import pytest

from bot.domain.assembly import FormOrigin
from bot.domain.conversation import Stage
from bot.domain.outbox import LeadRecord, LeadStatus
from bot.ports import ConversationKey
from bot.services.form import STORE_DOWN, FormResult, FormSubmission
from tests.support.service_kit import DM, REP, Answers, ServiceKit

SAM_FORM = {"name": "Sam Lee", "email": "sam@lee.io", "phone": "+44 20 7946 0958", "company": "Lee & Co"}


@pytest.fixture
def kit() -> ServiceKit:
    return ServiceKit()


def _submission(values: dict[str, str] | None = None, *, key: str = "view-1", resend_of: str = "",
                conversation: ConversationKey | None = None) -> FormSubmission:
    return FormSubmission(values=SAM_FORM if values is None else values, user_id="U0REP", user_name="Rita Rep",
                          origin=FormOrigin(team_id="T0001", channel_id="C0SALES1"), capture_key=key,
                          resend_of=resend_of, conversation=conversation)


def test_a_valid_form_is_stored_answered_then_announced(kit: ServiceKit) -> None:
    answers = Answers[FormResult](kit)

    result = kit.form.submit(_submission(), answers)

    assert result.problems == {}
    assert result.lead is not None and kit.leads.get(result.lead.id) == result.lead
    assert answers.results == [result]
    assert answers.told_before == [([], 0)]  # Slack was answered before the rep or the worker heard
    assert (kit.notifier.statuses(), kit.wakes.count) == ([("stored", "pending")], 1)


def test_an_invalid_form_gets_its_problems_and_nothing_is_stored_or_announced(kit: ServiceKit) -> None:
    answers = Answers[FormResult](kit)

    result = kit.form.submit(_submission({**SAM_FORM, "email": "sam at lee"}), answers)

    assert set(result.problems) == {"email"}
    assert result.lead is None
    assert answers.results == [result]
    assert kit.leads.count_by_status() == {}
    assert (kit.notifier.events, kit.wakes.count, kit.metrics.captured) == ([], 0, [])


def test_a_store_that_is_down_keeps_the_form_open_and_announces_nothing(kit: ServiceKit) -> None:
    kit.leads.failures.fail("add")
    answers = Answers[FormResult](kit)

    result = kit.form.submit(_submission(), answers)

    assert result == FormResult(problems={"name": STORE_DOWN})
    assert answers.results == [result]
    assert (kit.notifier.events, kit.wakes.count) == ([], 0)


def test_a_double_submit_stores_one_lead(kit: ServiceKit) -> None:
    first = kit.form.submit(_submission(), Answers[FormResult](kit))
    second = kit.form.submit(_submission({**SAM_FORM, "name": "Samuel Lee"}), Answers[FormResult](kit))

    assert first.lead is not None and second.lead == first.lead
    assert kit.leads.count_by_status() == {"pending": 1}


def test_a_resend_queues_the_failed_lead_with_the_edits_and_shows_its_new_status(kit: ServiceKit) -> None:
    failed = _failed_lead(kit)
    answers = Answers[FormResult](kit)

    result = kit.form.submit(_submission({**SAM_FORM, "email": "sam@lee.co.uk"}, key="view-2",
                                         resend_of=failed.id), answers)

    assert result.lead is not None
    assert (result.lead.id, result.lead.status, result.lead.lead["email"]) == (
        failed.id, LeadStatus.PENDING, "sam@lee.co.uk")
    assert kit.leads.count_by_status() == {"pending": 1}
    assert answers.told_before == [([], 0)]
    assert (kit.notifier.statuses(), kit.wakes.count) == ([("changed", "pending")], 1)


def test_a_resend_of_a_lead_no_longer_failed_stores_and_announces_nothing(kit: ServiceKit) -> None:
    failed = _failed_lead(kit)
    kit.form.submit(_submission(key="view-2", resend_of=failed.id), Answers[FormResult](kit))
    told = (list(kit.notifier.events), kit.wakes.count)

    result = kit.form.submit(_submission(key="view-3", resend_of=failed.id), Answers[FormResult](kit))

    assert result == FormResult()
    assert (kit.notifier.events, kit.wakes.count) == told


def test_a_resend_while_the_store_is_down_keeps_the_form_open(kit: ServiceKit) -> None:
    failed = _failed_lead(kit)
    kit.leads.failures.fail("resubmit")

    result = kit.form.submit(_submission(key="view-2", resend_of=failed.id), Answers[FormResult](kit))

    assert result == FormResult(problems={"name": STORE_DOWN})
    assert kit.leads.get(failed.id) == failed


def test_the_chat_that_offered_the_form_ends_after_slack_was_answered(kit: ServiceKit) -> None:
    kit.chat.handle(DM, "Sam Lee", REP)
    assert kit.chat.is_active(DM)
    active_when_answered: list[bool] = []

    kit.form.submit(_submission(conversation=DM), lambda result: active_when_answered.append(kit.chat.is_active(DM)))

    assert active_when_answered == [True]
    state = kit.chat.state_of(DM)
    assert not kit.chat.is_active(DM)
    assert state is not None and state.stage is Stage.CONFIRMED


def _failed_lead(kit: ServiceKit) -> LeadRecord:
    stored = kit.form.submit(_submission(key="view-1"), Answers[FormResult](kit)).lead
    assert stored is not None
    failed = stored.evolve(status=LeadStatus.FAILED, attempts=1, last_error="HTTP 400: bad email")
    kit.leads.save(failed)
    kit.notifier.events.clear()
    kit.wakes.count = 0
    return failed

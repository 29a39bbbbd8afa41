"""The duplicate check (service) and the chat's Create anyway / Cancel question (engine), with an
in-memory history."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from bot.domain.conversation import ConversationEngine, ConversationState, ReplyKind, Stage
from bot.domain.duplicates import DuplicateLead
from bot.domain.outbox import LeadRecord, LeadStatus
from bot.domain.surface import Surface
from bot.services.duplicates import SOMEONE, DuplicateCheck
from tests.support.fakes import FixedClock

NOW = datetime(2026, 11, 2, 15, 0, tzinfo=UTC)
WINDOW = timedelta(days=90)


@dataclass
class OneLeadHistory:
    """Answers every look-up with ``lead`` and remembers what it was asked."""

    lead: LeadRecord | None
    asked: list[dict[str, Any]] = field(default_factory=list)

    def earlier_lead(self, team_id: str | None, *, email_key: str | None, phone_key: str | None,
                     since: datetime, excluding_capture_key: str | None = None) -> LeadRecord | None:
        self.asked.append({"team_id": team_id, "email_key": email_key, "phone_key": phone_key, "since": since,
                           "excluding": excluding_capture_key})
        return self.lead

    def recent_for(self, team_id: str | None, user_id: str, limit: int) -> list[LeadRecord]:
        return []

    def counts_for(self, team_id: str | None, user_id: str, since: datetime) -> dict[str, int]:
        return {}

    def claim_feed_post(self, lead_id: str, now: datetime) -> bool:
        return False


@dataclass
class KnownNames:
    names: dict[str, str]

    def name(self, user_id: str, fallback: str = "", *, team: str) -> str:
        return self.names.get(user_id) or fallback or user_id

    def warm(self, user_id: str, *, team: str) -> None:
        pass

    def name_now(self, user_id: str, *, team: str) -> str:
        return self.names.get(user_id) or user_id


def _earlier(*, user: str = "U0ALEX", agent_name: str | None = "Alex Kim", email: str = "sam@lee.io",
             phone: str = "+442079460958", status: LeadStatus = LeadStatus.DELIVERED) -> LeadRecord:
    notes = [{"text": "Sam Lee", "agentId": "a1", "agentName": agent_name}] if agent_name else []
    body = json.dumps({"lead": {"agentId": "a1", "name": "Sam Lee", "email": email, "phone": phone,
                                "crmActivities": [{"id": "x", "notesHistory": notes}]}})
    at = NOW - timedelta(days=3)
    return LeadRecord(id="earlier-1", capture_key="modal:V1", status=status, body=body, surface=Surface.MODAL,
                      user_id=user, created_at=at, updated_at=at, next_attempt_at=at, queued_at=at, team_id="T1")


def _check(history: OneLeadHistory, *, window: timedelta = WINDOW, names: KnownNames | None = None
           ) -> DuplicateCheck:
    return DuplicateCheck(history, FixedClock(NOW), window=window, names=names)


def _find(check: DuplicateCheck, contact: dict[str, str] | None = None, *, user: str = "U0REP",
          accepted: str = "") -> DuplicateLead | None:
    return check.find("T1", contact if contact is not None else {"email": "Sam@Lee.io"}, user_id=user,
                      capture_key="modal:V2", accepted=accepted)


def test_the_earlier_lead_is_looked_up_by_lower_case_email_and_phone_within_the_window() -> None:
    history = OneLeadHistory(_earlier())
    found = _find(_check(history), {"email": "Sam@Lee.IO", "phone": "+442079460958", "name": "Samuel"})
    assert history.asked == [{"team_id": "T1", "email_key": "sam@lee.io", "phone_key": "+442079460958",
                              "since": NOW - WINDOW, "excluding": "modal:V2"}]
    assert found == DuplicateLead(lead_id="earlier-1", lead_name="Sam Lee", captured_by="Alex Kim",
                                  captured_at=NOW - timedelta(days=3), status=LeadStatus.DELIVERED,
                                  same="email and phone")


def test_a_window_of_zero_days_looks_nothing_up() -> None:
    history = OneLeadHistory(_earlier())
    assert _find(_check(history, window=timedelta(0))) is None
    assert history.asked == []


def test_a_lead_without_email_or_phone_has_no_duplicate() -> None:
    history = OneLeadHistory(_earlier())
    assert _find(_check(history), {"name": "Sam Lee", "company": "Lee & Co"}) is None
    assert history.asked == []


def test_the_earlier_lead_the_rep_accepted_no_longer_stops_the_lead() -> None:
    check = _check(OneLeadHistory(_earlier()))
    assert _find(check, accepted="earlier-1") is None
    assert _find(check, accepted="another-lead") is not None


@pytest.mark.parametrize(("names", "user", "agent_name", "expected"), [
    (KnownNames({"U0ALEX": "Alex from Slack"}), "U0REP", "Alex Kim", "Alex from Slack"),  # Slack's name first
    (KnownNames({}), "U0REP", "Alex Kim", "Alex Kim"),  # not known to Slack yet: the lead's record
    (None, "U0REP", "Alex Kim", "Alex Kim"),  # no Slack (the terminal): the lead's record
    (KnownNames({}), "U0REP", None, SOMEONE),  # nobody knows: never a bare user id
    (None, "U0REP", None, SOMEONE),
    (KnownNames({"U0ALEX": "Alex"}), "U0ALEX", "Alex Kim", "you"),  # the rep's own earlier lead
])
def test_who_captured_the_earlier_lead(names: KnownNames | None, user: str, agent_name: str | None,
                                       expected: str) -> None:
    found = _find(_check(OneLeadHistory(_earlier(agent_name=agent_name)), names=names), user=user)
    assert found is not None and found.captured_by == expected


def test_the_sentence_says_who_when_status_and_what_matched() -> None:
    found = _find(_check(OneLeadHistory(_earlier(status=LeadStatus.FAILED))), {"phone": "+442079460958"})
    assert found is not None
    assert found.sentence() == ("Sam Lee looks like a lead Alex Kim captured on 30 Oct 2026 at 15:00 UTC "
                                "(the CRM refused it): same phone")


def test_every_status_reads_in_the_sentence() -> None:
    for status in LeadStatus:
        found = _find(_check(OneLeadHistory(_earlier(status=status))))
        assert found is not None and "()" not in found.sentence()


# --- the engine's question ---------------------------------------------------------------------------

ENGINE = ConversationEngine("GB")
DUPLICATE = DuplicateLead(lead_id="earlier-1", lead_name="Sam Lee", captured_by="Alex Kim",
                          captured_at=NOW - timedelta(days=3), status=LeadStatus.PENDING, same="email")


def _asked() -> ConversationState:
    state, _ = ENGINE.handle(None, "Sam Lee, sam@lee.io, +44 20 7946 0958, Lee & Co", NOW)
    state, replies = ENGINE.handle(state, "yes", NOW)
    assert [r.kind for r in replies] == [ReplyKind.CONFIRMED]
    held, replies = ENGINE.hold_for_duplicate(state, DUPLICATE)
    assert [r.kind for r in replies] == [ReplyKind.DUPLICATE]
    assert replies[0].text == ("Before I save it: Sam Lee looks like a lead Alex Kim captured on 30 Oct 2026 at "
                               "15:00 UTC (queued for the CRM): same email. Create anyway?")
    assert (held.stage, held.duplicate) == (Stage.DUPLICATE, "earlier-1")
    assert not held.stage.is_over  # the draft waits for the answer
    return ConversationState.loads(held.dumps())  # it is stored between messages


@pytest.mark.parametrize("answer", ["create anyway", "Create anyway!", "yes", "confirm"])
def test_create_anyway_confirms_the_lead_beside_the_earlier_one(answer: str) -> None:
    state, replies = ENGINE.handle(_asked(), answer, NOW)
    assert [r.kind for r in replies] == [ReplyKind.CONFIRMED]
    assert (state.stage, state.duplicate) == (Stage.CONFIRMED, "earlier-1")


@pytest.mark.parametrize("answer", ["no", "cancel", "nope"])
def test_no_or_cancel_ends_the_draft(answer: str) -> None:
    state, replies = ENGINE.handle(_asked(), answer, NOW)
    assert [r.kind for r in replies] == [ReplyKind.ENDED]
    assert state.stage is Stage.CANCELLED


def test_a_correction_goes_back_to_the_summary_and_forgets_the_question() -> None:
    state, replies = ENGINE.handle(_asked(), "actually the email is ida@li.io", NOW)
    assert [r.kind for r in replies] == [ReplyKind.SUMMARY]
    assert (state.stage, state.duplicate, state.fields["email"]) == (Stage.CONFIRMING, "", "ida@li.io")


def test_words_that_change_nothing_go_back_to_the_summary() -> None:
    state, replies = ENGINE.handle(_asked(), "hmm", NOW)
    assert [r.kind for r in replies] == [ReplyKind.SUMMARY]
    assert (state.stage, state.duplicate) == (Stage.CONFIRMING, "")


def test_an_unanswered_question_expires_like_any_draft() -> None:
    state, replies = ENGINE.expire(_asked(), NOW + ENGINE.idle_timeout)
    assert state.stage is Stage.EXPIRED and [r.kind for r in replies] == [ReplyKind.ENDED]

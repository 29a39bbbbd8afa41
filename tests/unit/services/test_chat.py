"""ChatService over the in-memory fakes: state and lead saved together, conflicts, repeats and idle chats."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.domain.conversation import ReplyKind, Stage
from bot.errors import StoreError
from bot.ports import SaveResult
from bot.services.chat import ChatOutcome
from tests.support.fakes import RecordingPoster
from tests.support.service_kit import DM, IDLE_TIMEOUT, REP, SAM, ServiceKit

ATTEMPTS = 5  # bot/services/chat.py gives up on a message after this many conflicting saves


@pytest.fixture
def kit() -> ServiceKit:
    return ServiceKit()


def test_a_confirmed_lead_is_saved_with_the_state_that_confirms_it_and_announced_after_show(
        kit: ServiceKit) -> None:
    kit.chat.handle(DM, SAM, REP)
    at_show: list[tuple[int, object]] = []

    def show(outcome: ChatOutcome) -> None:
        stored = kit.leads.get(outcome.lead.id) if outcome.lead else None
        at_show.append((len(kit.notifier.events), stored))

    outcome = kit.chat.handle(DM, "yes", REP, show=show)

    lead = outcome.lead
    assert lead is not None and ReplyKind.CONFIRMED in [reply.kind for reply in outcome.replies]
    confirming = kit.conversations.saves[-1]
    assert (confirming.lead, confirming.active, confirming.result) == (lead, False, SaveResult.SAVED)
    assert [save.lead for save in kit.conversations.saves[:-1]] == [None]
    assert at_show == [(0, lead)]  # stored before the replies went out, announced only after
    assert (kit.notifier.statuses(), kit.wakes.count, kit.metrics.captured) == (
        [("stored", "pending")], 1, ["chat"])
    assert (lead.surface, lead.team_id, lead.channel_id, lead.lead["email"]) == ("chat", "T0001", "D0DM", "sam@lee.io")


def test_a_second_confirm_does_not_store_a_second_lead(kit: ServiceKit) -> None:
    kit.chat.handle(DM, SAM, REP)
    first = kit.chat.handle(DM, "yes", REP)

    again = kit.chat.handle(DM, "yes", REP)

    assert first.lead is not None and again.lead is None
    assert kit.leads.count_by_status() == {"pending": 1}
    assert len(kit.notifier.events) == 1


def test_a_conflicting_save_applies_the_message_again(kit: ServiceKit) -> None:
    kit.conversations.answer_next_saves(SaveResult.CONFLICT, ATTEMPTS - 1)

    outcome = kit.chat.handle(DM, SAM, REP)

    assert outcome.replies
    assert kit.conversations.loads == ATTEMPTS
    assert [save.result for save in kit.conversations.saves] == [SaveResult.CONFLICT] * (ATTEMPTS - 1) + [
        SaveResult.SAVED]
    assert kit.chat.is_active(DM)


def test_a_conversation_that_keeps_changing_is_given_up_on_with_a_store_error(kit: ServiceKit) -> None:
    kit.chat.handle(DM, SAM, REP)
    kit.conversations.answer_next_saves(SaveResult.CONFLICT, ATTEMPTS)
    shown: list[ChatOutcome] = []

    with pytest.raises(StoreError):
        kit.chat.handle(DM, "yes", REP, show=shown.append)

    assert shown == []
    assert [save.result for save in kit.conversations.saves[-ATTEMPTS:]] == [SaveResult.CONFLICT] * ATTEMPTS
    assert kit.leads.count_by_status() == {}
    assert (kit.notifier.events, kit.wakes.count) == ([], 0)


def test_a_repeated_slack_event_gets_no_replies_and_changes_nothing(kit: ServiceKit) -> None:
    first = kit.chat.handle(DM, SAM, REP, event_id="Ev1")
    shown: list[ChatOutcome] = []

    again = kit.chat.handle(DM, SAM, REP, event_id="Ev1", show=shown.append)

    assert first.replies and again.replies == []
    assert [outcome.replies for outcome in shown] == [[]]
    assert again.state == first.state
    stored = kit.conversations.load(DM)
    assert stored is not None and stored.version == 1


def test_a_store_that_is_down_raises_and_nothing_is_shown(kit: ServiceKit) -> None:
    kit.conversations.failures.fail("save")
    shown: list[ChatOutcome] = []

    with pytest.raises(StoreError):
        kit.chat.handle(DM, SAM, REP, show=shown.append)
    assert shown == []


def test_idle_conversations_are_ended_and_their_reps_told_once(kit: ServiceKit) -> None:
    kit.chat.handle(DM, "Sam Lee", REP, event_id="Ev1")
    poster = RecordingPoster()
    kit.clock.advance(IDLE_TIMEOUT - timedelta(seconds=1))
    assert kit.chat.expire_idle(poster) == 0
    kit.clock.advance(timedelta(hours=2))

    assert kit.chat.expire_idle(poster) == 1

    assert [(channel, thread) for channel, thread, _ in poster.posts] == [("D0DM", None)]
    assert "timed out" in poster.posts[0][2]
    state = kit.chat.state_of(DM)
    assert not kit.chat.is_active(DM)
    assert state is not None and state.stage is Stage.EXPIRED
    assert not kit.conversations.has_seen("Ev1")  # older than the event memory: forgotten
    assert kit.chat.expire_idle(poster) == 0
    assert len(poster.posts) == 1

"""The engine: one turn of a conversation, plus idle expiry and a repeated confirm."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from bot.domain.conversation.commands import Command, detect_command
from bot.domain.conversation.state import (
    MAX_KEPT_TURNS,
    MAX_TURN_TEXT,
    ConversationState,
    Reply,
    ReplyKind,
    Stage,
    Turn,
)
from bot.domain.conversation.turn import TurnHandler
from bot.domain.duplicates import DuplicateLead

ALREADY_SAVED = ("That lead is already saved; I'll let you know here when the CRM has it. To add another "
                 "lead, just tell me about it.")


class ConversationEngine:
    def __init__(self, region: str, *, idle_timeout: timedelta = timedelta(minutes=30)) -> None:
        self.region = region
        self.idle_timeout = idle_timeout

    def start(self, now: datetime) -> ConversationState:
        stamp = now.timestamp()
        return ConversationState(started=stamp, last=stamp)

    def is_idle(self, state: ConversationState, now: datetime) -> bool:
        return not state.stage.is_over and now.timestamp() - state.last >= self.idle_timeout.total_seconds()

    def expire(self, state: ConversationState, now: datetime) -> tuple[ConversationState, list[Reply]]:
        """End a conversation that has been quiet too long."""
        if not self.is_idle(state, now):
            return state, []
        minutes = round(self.idle_timeout.total_seconds() / 60)
        return state.model_copy(update={"stage": Stage.EXPIRED}), [Reply(
            ReplyKind.ENDED, f"This lead draft timed out after {minutes} minutes without a reply, so I've "
            "dropped it. Nothing was sent to the CRM. Message me again to start a new one.")]

    def handle(self, state: ConversationState | None, text: str, now: datetime, *,
               name_of: Callable[[str], str] = str) -> tuple[ConversationState, list[Reply]]:
        """``name_of`` names a Slack user (a lead's owner) in replies, which never mention anyone."""
        if state is not None and self._confirms_again(state, text, now):
            # A second Confirm click, or "yes" typed after the lead was saved: the same lead, not a
            # new draft (which would later time out saying nothing was sent).
            return state, [Reply(ReplyKind.SAY, ALREADY_SAVED)]
        prefix: list[Reply] = []
        if state is not None and self.is_idle(state, now):
            state, prefix = self.expire(state, now)
        if state is None or state.stage.is_over:
            state = self.start(now)
        turns = (*state.turns, Turn(t=text[:MAX_TURN_TEXT], at=now.timestamp()))[-MAX_KEPT_TURNS:]
        state = state.changed(turns=turns, last=now.timestamp())
        new_state, replies = TurnHandler(self.region, state, text, name_of).run()
        return new_state, prefix + replies

    def hold_for_duplicate(self, state: ConversationState, duplicate: DuplicateLead
                           ) -> tuple[ConversationState, list[Reply]]:
        """The rep confirmed a lead that looks like ``duplicate`` (the caller looked it up): nothing is
        stored; ask whether to create it anyway. "create anyway" confirms it beside that lead, "no" or
        "cancel" ends the draft, a correction goes back to the summary."""
        held = state.model_copy(update={"stage": Stage.DUPLICATE, "duplicate": duplicate.lead_id, "asking": None})
        return held, [Reply(ReplyKind.DUPLICATE, f"Before I save it: {duplicate.sentence()}. Create anyway?",
                            dict(held.fields))]

    def _confirms_again(self, state: ConversationState, text: str, now: datetime) -> bool:
        recent = now.timestamp() - state.last < self.idle_timeout.total_seconds()
        return (state.stage is Stage.CONFIRMED and recent
                and detect_command(text, confirming=True) is Command.CONFIRM)

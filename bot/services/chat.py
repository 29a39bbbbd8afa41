"""Chat capture: run one rep message through the conversation engine, keep the state in the store, and
hand a confirmed lead to the same capture path as the modal.

Several replicas (or two quick messages) may handle the same conversation at once. The state is
saved with optimistic versioning: on a conflict the message is applied again to the newer state. The
engine is pure, so applying again is safe, and capture is idempotent per conversation, so a confirmed
lead is stored once however often this runs: it is written in the same transaction as the state
that confirms it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

from bot.domain.assembly import CaptureContext, Surface, activity_note
from bot.domain.conversation import (
    OWNER_HOW,
    ConversationEngine,
    ConversationState,
    Reply,
    ReplyKind,
    Stage,
    transcript_summary,
    typed_notes,
)
from bot.domain.duplicates import DuplicateLead
from bot.domain.outbox import LeadRecord
from bot.errors import ContactError, OwnerError, StoreError
from bot.ports import (
    ChatPoster,
    Clock,
    ConversationKey,
    ConversationStore,
    ConversationWrite,
    SaveResult,
    StoredConversation,
)
from bot.services.capture import LeadCapture
from bot.services.duplicates import DuplicateCheck

log = logging.getLogger(__name__)

_SAVE_ATTEMPTS = 5
EVENT_MEMORY = timedelta(hours=2)  # Slack retries within minutes; keep ids well beyond that


@dataclass(frozen=True)
class Rep:
    """Who is talking, and where, as the capture context needs it."""

    user_name: str
    team_name: str | None = None
    channel_name: str | None = None
    surface: Surface = Surface.CHAT  # SHELL: the terminal, which has no Slack ids to record
    name_of: Callable[[str], str] = str  # a Slack user's name (a lead's owner) for replies; never waits long


@dataclass
class _Turn:
    """What one try of a turn worked out, inside the store's transaction."""

    before: ConversationState | None = None
    state: ConversationState | None = None
    replies: list[Reply] = field(default_factory=list)
    lead: LeadRecord | None = None


@dataclass(frozen=True)
class ChatOutcome:
    replies: list[Reply]
    state: ConversationState
    lead: LeadRecord | None = None


class ChatService:
    def __init__(self, engine: ConversationEngine, conversations: ConversationStore, capture: LeadCapture,
                 clock: Clock, duplicates: DuplicateCheck | None = None) -> None:
        self._duplicates = duplicates
        self._engine = engine
        self._conversations = conversations
        self._capture = capture
        self._clock = clock

    @property
    def engine(self) -> ConversationEngine:
        return self._engine

    def is_active(self, key: ConversationKey) -> bool:
        stored = self._conversations.load(key)
        return stored is not None and stored.active

    def state_of(self, key: ConversationKey) -> ConversationState | None:
        stored = self._conversations.load(key)
        return ConversationState.loads(stored.state) if stored else None

    def handle(self, key: ConversationKey, text: str, rep: Rep, *, event_id: str = "",
               show: Callable[[ChatOutcome], None] = lambda outcome: None, inbox_id: str | None = None) -> ChatOutcome:
        """Apply one message, then ``show`` the outcome (the surface posts the replies), then, when the
        message confirmed a lead, show the rep its status and wake the worker. With ``event_id`` (a
        Slack event), a repeat of the same event changes nothing and gets no replies: the id is
        recorded in the same transaction as the new state, as is dropping ``inbox_id`` from the chat inbox."""
        outcome = self._apply(key, text, rep, event_id, inbox_id)
        show(outcome)
        if outcome.lead is not None:
            self._capture.announce(outcome.lead)
        return outcome

    def _apply(self, key: ConversationKey, text: str, rep: Rep, event_id: str, inbox_id: str | None) -> ChatOutcome:
        for _ in range(_SAVE_ATTEMPTS):
            turn = _Turn()

            def step(stored: StoredConversation | None, turn: _Turn = turn) -> ConversationWrite:
                now = self._clock.now()
                turn.before = ConversationState.loads(stored.state) if stored else None
                turn.state, turn.replies = self._engine.handle(turn.before, text, now, name_of=rep.name_of)
                if any(reply.kind is ReplyKind.CONFIRMED for reply in turn.replies):
                    self._confirm(key, turn, rep)
                # The lead enters the outbox in the same transaction that marks the conversation done.
                return ConversationWrite(turn.state.dumps(), not turn.state.stage.is_over, now, turn.lead)

            # One round trip: the state is read and written in one transaction, the inbox item dropped.
            result = self._conversations.turn(key, step, event_id=event_id or None, inbox_id=inbox_id)
            assert turn.state is not None  # step ran: a store that answers has read the conversation
            if result is SaveResult.DUPLICATE:
                log.info("repeated Slack event ignored")
                return ChatOutcome([], turn.before or turn.state, None)
            if result is SaveResult.SAVED:
                if turn.lead is not None:
                    self._capture.stored(turn.lead)
                return ChatOutcome(turn.replies, turn.state, turn.lead)
            log.info("conversation changed meanwhile; applying the message again")
        raise StoreError("conversation kept changing underneath; giving up on this message")

    def _confirm(self, key: ConversationKey, turn: _Turn, rep: Rep) -> None:
        """The rep confirmed: prepare the lead, unless its owner has no agent or it looks like an
        earlier lead (then nothing is stored until the rep chooses)."""
        assert turn.state is not None
        try:
            lead = self._prepare_lead(key, turn.state, rep)
        except OwnerError as exc:
            # Nothing is stored: the draft waits at its summary for another owner (or an agent).
            turn.state = turn.state.model_copy(update={"stage": Stage.CONFIRMING})
            turn.replies = [Reply(ReplyKind.SAY, f"{exc} {OWNER_HOW}")]
            return
        duplicate = self._earlier_lead(key, turn.state, lead)
        if duplicate is not None:
            turn.state, turn.replies = self._engine.hold_for_duplicate(turn.state, duplicate)
            return
        turn.lead = lead

    def end_via_form(self, key: ConversationKey) -> None:
        """The rep finished this lead in the form instead: the conversation is over."""
        for _ in range(_SAVE_ATTEMPTS):
            stored = self._conversations.load(key)
            if stored is None or not stored.active:
                return
            state = ConversationState.loads(stored.state).model_copy(update={"stage": Stage.CONFIRMED})
            if self._conversations.save(key, state.dumps(), active=False, last_activity=self._clock.now(),
                                        expected_version=stored.version) is SaveResult.SAVED:
                return

    def expire_idle(self, poster: ChatPoster) -> int:
        """End conversations quiet for longer than the engine's timeout and tell their reps."""
        now = self._clock.now()
        ended = 0
        for stored in self._conversations.idle_since(now - self._engine.idle_timeout):
            state = ConversationState.loads(stored.state)
            new_state, replies = self._engine.expire(state, now)
            saved = self._conversations.save(stored.key, new_state.dumps(), active=False,
                                             last_activity=stored.last_activity, expected_version=stored.version)
            if saved is SaveResult.SAVED and replies:
                ended += 1
                thread = stored.key.thread_ts or None
                for reply in replies:
                    poster.post_text(stored.key.channel_id, thread, reply.text, team_id=stored.key.team_id)
        self._conversations.forget_events(now - EVENT_MEMORY)
        return ended

    def _earlier_lead(self, key: ConversationKey, state: ConversationState, lead: LeadRecord) -> DuplicateLead | None:
        if self._duplicates is None:
            return None
        return self._duplicates.find(lead.team_id, lead.contact_fields(), user_id=key.user_id,
                                     capture_key=lead.capture_key, accepted=state.duplicate)

    def _prepare_lead(self, key: ConversationKey, state: ConversationState, rep: Rep) -> LeadRecord:
        contact = state.contact(self._engine.region)
        if contact is None:  # the engine confirms only a valid contact; this guards the invariant
            raise ContactError("name", "a confirmed conversation has no valid contact")
        in_slack = rep.surface is not Surface.SHELL
        context = CaptureContext(
            surface=rep.surface, user_id=key.user_id, user_name=rep.user_name,
            team_id=key.team_id if in_slack and key.team_id else None, team_name=rep.team_name,
            channel_id=key.channel_id if in_slack else None, channel_name=rep.channel_name,
            thread_ts=key.thread_ts if in_slack and key.thread_ts else None, typed=typed_notes(state),
            owner_id=state.owner if state.owner != key.user_id else None,
        )
        note = f"{activity_note(context)} {transcript_summary(state)}"
        # One lead per conversation: a second Confirm (double click, Slack retry) finds the first.
        return self._capture.prepare(contact, context, capture_key=f"chat:{key}:{state.started:.6f}", note=note)

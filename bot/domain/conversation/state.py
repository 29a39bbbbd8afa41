"""What a chat conversation remembers between messages, and what it answers: small, pure models."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict, Field

from bot.domain.assembly import TypedNote
from bot.domain.contact import Contact, build_contact
from bot.domain.freetext import MAX_INPUT

ASK_ORDER = ("name", "email", "phone", "company")
CANONICAL = (*ASK_ORDER, "notes")
IDENTITY = ("name", "email", "phone")
MAX_FAILURES = 3  # on one field, then the form is offered
MAX_IDLE_TURNS = 8  # turns in a row that achieve nothing, then the conversation ends
MAX_KEPT_TURNS = 40
# The transcript keeps what was read of each message (notes run up to the contact's limit), no less.
MAX_TURN_TEXT = MAX_INPUT

class Stage(StrEnum):
    COLLECTING = "collecting"
    CONFIRMING = "confirming"
    DUPLICATE = "duplicate"  # confirmed, but it looks like an earlier lead: asked Create anyway or Cancel
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"
    EXPIRED = "expired"
    ABANDONED = "abandoned"

    @property
    def is_over(self) -> bool:
        return self not in (Stage.COLLECTING, Stage.CONFIRMING, Stage.DUPLICATE)


class Turn(NamedTuple):
    """One thing the rep typed, with when (epoch seconds). A tuple, stored as a two-item JSON array:
    a conversation keeps up to 40 of these, and a model per turn would cost several times the memory."""

    t: str
    at: float


class ConversationState(BaseModel):
    """Everything the engine remembers between messages. Short keys keep the stored JSON small."""

    model_config = ConfigDict(frozen=True)

    stage: Stage = Stage.COLLECTING
    fields: dict[str, str] = Field(default_factory=dict)
    skipped: tuple[str, ...] = ()
    # Skipped by the last message's own words ("no email, only a mobile: …"): a bare "skip" right after
    # may still mean that field, so it skips nothing new.
    declined: tuple[str, ...] = ()
    asking: str | None = None
    fails: dict[str, int] = Field(default_factory=dict)
    idle: int = 0
    order: tuple[str, ...] = ()  # the order fields were filled in, for `back`
    fixed: tuple[str, ...] = ()  # fields the rep corrected, for the activity note
    # The earlier lead asked about (stage DUPLICATE); kept by "create anyway", so it no longer stops the lead.
    duplicate: str = ""
    turns: tuple[Turn, ...] = ()
    suggested: str = ""  # the company the email suggests, while the company is asked for (see suggestion.py)
    owner: str | None = None  # the Slack user the lead is for (``owner: @jane``); None: the rep
    started: float = 0.0
    last: float = 0.0

    def changed(self, **changes: object) -> ConversationState:
        """This state with ``changes``: what ``model_copy(update=changes)`` makes, without its generic
        copying (``copy.copy`` of each part), for a model with no extra or private attributes. A turn makes
        about three; tests/unit/test_conversation_state.py compares the two."""
        copied = object.__new__(ConversationState)
        values = self.__dict__.copy()
        values.update(changes)
        object.__setattr__(copied, "__dict__", values)
        object.__setattr__(copied, "__pydantic_fields_set__", self.__pydantic_fields_set__ | changes.keys())
        object.__setattr__(copied, "__pydantic_extra__", None)
        object.__setattr__(copied, "__pydantic_private__", None)
        return copied

    def dumps(self) -> str:
        return self.model_dump_json(exclude_defaults=True)

    @classmethod
    def loads(cls, raw: str) -> ConversationState:
        return cls.model_validate_json(raw)

    def contact(self, region: str) -> Contact | None:
        contact, _ = build_contact(region=region, **self.fields)
        return contact


class ReplyKind(StrEnum):
    SAY = "say"  # plain text, usually ending in a question
    SUMMARY = "summary"  # the lead so far, with Confirm / Edit / Cancel
    OFFER_FORM = "offer_form"  # a button to the prefilled modal
    CONFIRMED = "confirmed"  # the lead is ready: the caller captures it
    DUPLICATE = "duplicate"  # it looks like an earlier lead: Create anyway / Cancel
    ENDED = "ended"  # cancelled, expired or abandoned: nothing is sent


@dataclass(frozen=True)
class Reply:
    kind: ReplyKind
    text: str
    fields: dict[str, str] = field(default_factory=dict)



def typed_notes(state: ConversationState) -> tuple[TypedNote, ...]:
    """The rep's turns, verbatim and timed, for the activity's notes history."""
    return tuple(TypedNote(turn.t, datetime.fromtimestamp(turn.at, UTC)) for turn in state.turns if turn.t.strip())


def transcript_summary(state: ConversationState) -> str:
    """One or two sentences about how the lead was collected, for the activity note."""
    count = len(state.turns)
    minutes = max(0, round((state.last - state.started) / 60))
    span = "in under a minute" if minutes == 0 else f"over {minutes} minute{'s' if minutes != 1 else ''}"
    given = [f for f in CANONICAL if f in state.fields]
    text = (f"Collected in a chat of {count} message{'s' if count != 1 else ''} {span}; "
            f"the rep gave the {_join(given) or 'no details'}.")
    if state.skipped:
        text += f" Skipped: {_join(list(state.skipped))}."
    if state.fixed:
        text += f" Corrected: {_join(list(state.fixed))}."
    return text


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1] if items else ""

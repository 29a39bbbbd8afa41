"""The chat conversation that fills in a lead: ``(state, turn) -> (new state, replies)``.

Pure and synchronous: no Slack, no I/O, no clock of its own (the caller passes ``now``). The state is
a small pydantic model that round-trips through JSON, so it can live in the store between messages.

What the engine promises:
- it takes several fields from one message, in any order, and asks only for what is missing;
- it accepts corrections at any point, and ``skip``, ``back``, ``help``, ``cancel``, ``start over``;
- it validates with the same rules as the modal and explains each refusal; after three failures on
  one field it offers the form, prefilled with everything it has;
- it never takes an email or a phone number as a name;
- it never loops: every turn fills something, asks something new or ends, and a run of turns that
  achieve nothing ends the conversation (nothing is sent).

Modules: ``engine`` (the turn loop), ``turn`` (what one message does), ``state`` (the JSON state and
replies), ``text`` (commands, corrections and answers read from a message).
"""

from bot.domain.conversation.engine import ALREADY_SAVED, ConversationEngine
from bot.domain.conversation.owner_clause import OWNER_HOW
from bot.domain.conversation.state import (
    MAX_IDLE_TURNS,
    ConversationState,
    Reply,
    ReplyKind,
    Stage,
    Turn,
    transcript_summary,
    typed_notes,
)
from bot.domain.conversation.turn import HELP, QUESTIONS, RETRY

__all__ = [
    "ALREADY_SAVED", "HELP", "MAX_IDLE_TURNS", "OWNER_HOW", "QUESTIONS", "RETRY", "ConversationEngine",
    "ConversationState", "Reply", "ReplyKind", "Stage", "Turn", "transcript_summary", "typed_notes",
]

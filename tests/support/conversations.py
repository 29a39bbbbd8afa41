"""Free text and whole chat conversations, read the way the parser-round tests read them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.domain.conversation import ConversationEngine, ConversationState
from bot.domain.freetext import parse_free_text

Values = dict[str, str]


def read(text: str, region: str = "US") -> Values:
    """What the ``/newlead`` prefill takes from ``text``."""
    return parse_free_text(text, region).values


def chat(region: str, *messages: str) -> ConversationState:
    """The draft after a rep sends ``messages`` one by one, 20 seconds apart."""
    engine = ConversationEngine(region)
    state: ConversationState | None = None
    now = datetime(2026, 11, 28, 9, tzinfo=UTC)
    for message in messages:
        state, _ = engine.handle(state, message, now)
        now += timedelta(seconds=20)
    assert state is not None
    return state

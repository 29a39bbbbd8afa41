"""Long chat input: notes past what a lead holds are kept to what fits and the rep is told, never a crash;
replies repeat long values in short, while the state keeps them whole."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.domain.contact import MAX_NOTES
from bot.domain.conversation import QUESTIONS, RETRY, ConversationEngine, ReplyKind, Stage
from bot.domain.conversation.state import CANONICAL
from bot.domain.conversation.text import MAX_SHOWN, shown_value

T0 = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
ENGINE = ConversationEngine("GB")
SAM = "Add Sam Lee, sam@lee.io, +44 20 7946 0958, Lee & Co"


@pytest.mark.parametrize("first", [SAM, "Sam Lee"])
def test_notes_over_the_limit_keep_what_fits_and_say_what_was_left_out(first: str) -> None:
    state, _ = ENGINE.handle(None, first, T0)
    notes = "".join(f"{i % 10}" for i in range(4000))
    state, replies = ENGINE.handle(state, f"notes: {notes}", T0)
    assert state.fields["notes"] == notes[:MAX_NOTES]
    said = " ".join(reply.text for reply in replies)
    assert "Notes hold at most 3,000 characters, so I kept the first 3,000 and left out the last 1,000." in said
    assert len(said) < 2000 and f"({MAX_NOTES:,} characters in all)" in said
    if first == SAM:
        assert [r.kind for r in replies] == [ReplyKind.SUMMARY]
        state, replies = ENGINE.handle(state, "yes", T0)
        assert state.stage is Stage.CONFIRMED and replies[-1].fields["notes"] == notes[:MAX_NOTES]


def test_every_field_has_a_question_and_a_retry() -> None:
    # A problem with any field is re-asked; a missing entry was a KeyError that dropped the rep's message.
    assert set(QUESTIONS) == set(RETRY) == set(CANONICAL)


def test_a_long_value_is_shown_in_short() -> None:
    assert shown_value("x" * MAX_SHOWN) == "x" * MAX_SHOWN
    assert shown_value("x" * 3000) == "x" * MAX_SHOWN + "\u2026 (3,000 characters in all)"

"""ConversationState.changed: the cheap copy a turn makes, the same as pydantic's model_copy."""

from __future__ import annotations

import copy

import pytest
from pydantic import ValidationError

from bot.domain.conversation.state import ConversationState, Stage, Turn


def _states() -> list[ConversationState]:
    return [
        ConversationState(),
        ConversationState(fields={"name": "Sam Lee"}, asking="email", turns=(Turn("Sam Lee", 1.0),), last=1.0),
        ConversationState.loads(ConversationState(stage=Stage.CONFIRMING, skipped=("phone",), idle=2).dumps()),
    ]


def test_changed_is_model_copy() -> None:
    changes: dict[str, object] = {"stage": Stage.COLLECTING, "asking": "phone", "idle": 0, "fields": {"a": "b"}}
    for state in _states():
        before = copy.deepcopy(state.__dict__)
        mine, theirs = state.changed(**changes), state.model_copy(update=changes)
        assert mine == theirs
        assert mine.__dict__ == theirs.__dict__
        assert mine.model_fields_set == theirs.model_fields_set
        assert mine.__pydantic_extra__ == theirs.__pydantic_extra__
        assert mine.__pydantic_private__ == theirs.__pydantic_private__
        assert mine.dumps() == theirs.dumps()
        assert ConversationState.loads(mine.dumps()) == mine
        assert state.__dict__ == before  # the original is untouched
        assert mine.__dict__ is not state.__dict__


def test_a_changed_state_stays_frozen() -> None:
    state = ConversationState().changed(asking="name")
    with pytest.raises(ValidationError, match="frozen"):
        state.asking = "email"  # type: ignore[misc]

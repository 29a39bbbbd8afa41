"""What a delivered lead keeps of the CRM's answer: JSON that always parses, and never too much of it."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.services.delivery import MAX_CRM_RESPONSE, crm_response_json

# Whatever a JSON answer can hold, escape-heavy text included: quotes, backslashes and control
# characters grow when encoded, so they are the ones that could push a cut document over the limit.
_text = st.one_of(st.text(max_size=50), st.sampled_from(['"', "\\", "\x00", "\n", "\u2028", "\U0001f680"]))
_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | _text,
    lambda inner: st.lists(inner, max_size=8) | st.dictionaries(_text, inner, max_size=8),
    max_leaves=40,
)
_long = st.builds(lambda piece, count: {"id": "L9", "echo": piece * count},
                  _text.filter(bool), st.integers(0, 2 * MAX_CRM_RESPONSE))


@settings(max_examples=200, deadline=None)
@given(data=st.one_of(_json, _long))
def test_the_kept_answer_always_parses_and_fits(data: Any) -> None:
    kept = crm_response_json(data)
    assert kept is not None or data is None
    if kept is None:
        return
    assert len(kept) <= MAX_CRM_RESPONSE
    parsed = json.loads(kept)
    whole = json.dumps(data, ensure_ascii=False)
    if len(whole) <= MAX_CRM_RESPONSE:
        assert parsed == data
    else:
        assert parsed["truncated"] is True
        assert whole.startswith(parsed["start"]) and len(parsed["start"]) > MAX_CRM_RESPONSE // 7


def test_an_answer_just_over_the_limit_says_it_was_cut() -> None:
    data = {"note": "x" * MAX_CRM_RESPONSE}
    parsed = json.loads(crm_response_json(data) or "null")
    assert parsed == {"truncated": True, "start": json.dumps(data)[:len(parsed["start"])]}


def test_nothing_is_kept_when_the_crm_sent_no_data() -> None:
    assert crm_response_json(None) is None


def test_an_answer_that_is_not_json_shaped_is_kept_as_its_text() -> None:
    assert json.loads(crm_response_json({1, 2}) or "null") == "{1, 2}"

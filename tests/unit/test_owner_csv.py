"""The owners CSV: every problem reported with its line, nothing returned from a bad file."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.owners import OwnerSource, choose, parse_owner_csv
from bot.errors import OwnerError


def test_ids_and_emails_are_read_with_their_lines() -> None:
    rows = parse_owner_csv("\ufeffslack_user,agent_id\r\nU0JANE1,agent-7\r\n\r\n Jo@Acme.COM , agent 8 \r\n")
    assert [(r.line, r.slack_user, r.agent_id, r.is_email) for r in rows] == [
        (2, "U0JANE1", "agent-7", False), (4, "jo@acme.com", "agent 8", True)]


def test_every_bad_row_is_named_by_its_line_and_nothing_is_returned() -> None:
    with pytest.raises(OwnerError) as caught:
        parse_owner_csv("slack_user,agent_id\nU0JANE1,a\njane,b\nU0JANE1,c\nW0BOB1,\nU0X1,a,b\nbad@,x\n")
    message = str(caught.value)
    for expected in ("line 3: ", "line 4: U0JANE1 is already on line 2", "line 5: the agent id is empty",
                     "line 6: expected 2 columns", "line 7: "):
        assert expected in message
    assert "line 2" not in message.replace("already on line 2", "")


@pytest.mark.parametrize("text", ["", "\n\n", "user,agent\nU0JANE1,a\n", "agent_id,slack_user\n"])
def test_a_file_without_the_header_is_refused_at_line_one(text: str) -> None:
    with pytest.raises(OwnerError, match="line 1: "):
        parse_owner_csv(text)


@given(st.text(max_size=300))
def test_any_text_gives_rows_or_an_owner_error(text: str) -> None:
    try:
        rows = parse_owner_csv(text)
    except OwnerError:
        return
    for row in rows:
        assert row.agent_id and row.agent_id == row.agent_id.strip()


def test_the_most_specific_mapping_wins() -> None:
    both = {OwnerSource.SELF: "mine", OwnerSource.IMPORTED: "admin's"}
    assert choose(both, "default", "U1").agent_id == "mine"  # type: ignore[union-attr]
    assert choose({OwnerSource.IMPORTED: "admin's"}, "default", "U1").source is OwnerSource.IMPORTED  # type: ignore[union-attr]
    assert choose({}, "default", "U1").source is OwnerSource.DEFAULT  # type: ignore[union-attr]
    assert choose({}, None, "U1") is None

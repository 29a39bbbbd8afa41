"""The general causes behind the misses of the first held-out set (issue 12, second round), one or more
new examples each: the same kind of message, different words."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.domain.conversation import ConversationEngine, ConversationState
from bot.domain.freetext import parse_free_text

Values = dict[str, str]

CAUSES: list[tuple[str, Values]] = [
    # when it happened leads in like "met" does
    ("Great call this morning with Wanda Maximoff, wanda@westview.io, Westview Media",
     {"name": "Wanda Maximoff", "email": "wanda@westview.io", "company": "Westview Media"}),
    # a full name after a segment's late "with" / "for"
    ("follow-up on 2026-12-09 with Carol Danvers", {"name": "Carol Danvers"}),
    ("Quote 3310 for Peter Quill", {"name": "Peter Quill"}),
    # a full name wins over a one-word exclamation before it
    ("Booked! Sam Wilson at Falcon Air", {"name": "Sam Wilson", "company": "Falcon Air"}),
    # a time word after a joiner ends the company
    ("Elinor Dashwood at Norland Park on Friday", {"name": "Elinor Dashwood", "company": "Norland Park"}),
    # "works at" said with another verb, after a pronoun
    ("Spoke to Luke Cage today, he owns Harlem Paradise", {"name": "Luke Cage", "company": "Harlem Paradise"}),
    # particles in a row
    ("Maria de la Cruz, Cruz Textiles SL", {"name": "Maria de la Cruz", "company": "Cruz Textiles SL"}),
    # a job title's own "at" names the company; the next item is the person
    ("spoke to the VP of sales at Cyberdyne, Miles Dyson",
     {"name": "Miles Dyson", "company": "Cyberdyne"}),
    # a company in a script without case, after the name
    ("محمد علي، شركة الأمل", {"name": "محمد علي", "company": "شركة الأمل"}),
    # suffixes with dots, and a '/' inside a suffixed name
    ("Lucía Pérez, Textiles Andinos S.A.S.", {"name": "Lucía Pérez", "company": "Textiles Andinos S.A.S."}),
    ("Rita Moreno, 9/11 Memorial Trust Ltd", {"name": "Rita Moreno", "company": "9/11 Memorial Trust Ltd"}),
    # a label after client/customer
    ("customer name Tony Stark, company Stark Industries", {"name": "Tony Stark", "company": "Stark Industries"}),
    # a labelled company runs over its own comma to its suffix
    ("company: Skadden, Arps LLP, tel 212 555 0133",
     {"company": "Skadden, Arps LLP", "phone": "+12125550133"}),
    # Chinese "new customer" leads in
    ("新客户 王芳 wang@hongda.cn", {"name": "王芳", "email": "wang@hongda.cn"}),
]


@pytest.mark.parametrize(("text", "expected"), CAUSES)
def test_each_general_cause(text: str, expected: Values) -> None:
    region = "US"
    assert parse_free_text(text, region).values == expected


@pytest.mark.parametrize("text", [
    "Order 5521 for Acme",  # a one-word "name" late in a segment is no name
    "Tim from billing, tim.k@gmail.com",  # a department is no company
    "Jane Roe started Monday",  # a day is no company
    "Refund 77 for jane",
])
def test_no_name_or_company_is_invented(text: str) -> None:
    values = parse_free_text(text, "US").values
    assert values.get("company") is None
    assert values.get("name") in (None, "Jane Roe", "Tim")


T0 = datetime(2026, 11, 28, 9, tzinfo=UTC)


def _chat(*messages: str) -> ConversationState:
    engine = ConversationEngine("US")
    state: ConversationState | None = None
    for index, text in enumerate(messages):
        state, _ = engine.handle(state, text, T0 + timedelta(seconds=20 * index))
    assert state is not None
    return state


@pytest.mark.parametrize(("answer", "company"), [
    ("no, he's a contractor", None),  # "a …" describes them: no company's name (it was taken as one)
    ("no, she's a freelancer", None),
    ("no, she's an independent", None),
    ("no, he's at Kessler Foods now", "Kessler Foods"),
])
def test_turning_down_the_suggestion(answer: str, company: str | None) -> None:
    state = _chat("Ada Byron, ada@byronworks.com, +1 415 555 0100", answer)
    assert state.fields.get("company") == company


def test_a_sentence_about_them_is_no_company() -> None:
    state = _chat("Ada Byron, ada@byronworks.com", "skip", "she handles procurement there")
    assert "company" not in state.fields


@pytest.mark.parametrize("company", ["Dunmore S.L.", "Byron Works Inc.", "K.K. Tanaka"])
def test_a_plain_answer_keeps_the_company_s_own_dot(company: str) -> None:
    state = _chat("Ada Byron", "ada@gmail.com", "+1 415 555 0100", company)
    assert state.fields.get("company") == company

"""The company an email suggests (issue 12): read from the registrable domain, never for a personal
address, offered in the chat for a `yes`, and in the form as a button, never filled in unasked; and the
form's marks on values a weak rule found."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.domain.conversation import ConversationEngine, ConversationState, Stage
from bot.domain.email_company import email_origin, is_free_mail
from bot.domain.freetext import parse_free_text
from bot.slack import blocks
from bot.slack.form_hints import GUESSED_HINT, SUGGEST_COMPANY_ACTION, SUGGESTION_BLOCK, FormHints
from tests.support.block_kit import assert_valid_view

T0 = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(("email", "company"), [
    ("sam@initrode.com", "Initrode"),
    ("sam@mail.initrode.co.uk", "Initrode"),  # the registrable part, under a two-label suffix
    ("k@hanse-logistik.de", "Hanse-Logistik"),
    ("ana@padaria.com.br", "Padaria"),
])
def test_a_company_domain_suggests_its_name(email: str, company: str) -> None:
    origin = email_origin(email)
    assert origin is not None and origin.company == company and not origin.personal


@pytest.mark.parametrize("email", ["omar@gmail.com", "a@outlook.com", "a@yahoo.co.uk", "a@yahoo.fr", "a@163.com",
                                   "a@gmx.de", "a@proton.me", "a@icloud.com"])
def test_a_personal_address_suggests_nothing(email: str) -> None:
    origin = email_origin(email)
    assert origin is not None and origin.personal and origin.company is None


def test_the_free_mail_list_is_the_maintained_one_not_a_handful() -> None:
    assert is_free_mail("hotmail.co.uk") and is_free_mail("yandex.ru") and is_free_mail("qq.com")
    assert not is_free_mail("initrode.com")


def _chat(*messages: str) -> tuple[ConversationState, str]:
    engine = ConversationEngine("US")
    state: ConversationState | None = None
    said = ""
    for index, text in enumerate(messages):
        state, replies = engine.handle(state, text, T0 + timedelta(seconds=20 * index))
        said = " ".join(reply.text for reply in replies)
    assert state is not None
    return state, said


def test_the_chat_offers_the_company_and_yes_takes_it() -> None:
    state, said = _chat("Sam Lowry, sam@initrode.com, +1 415 555 0100")
    assert "company" not in state.fields  # never filled in unasked
    assert "\u201cInitrode\u201d" in said and "`yes`" in said
    state, said = _chat("Sam Lowry, sam@initrode.com, +1 415 555 0100", "yes")
    assert state.fields["company"] == "Initrode" and state.stage is Stage.CONFIRMING


@pytest.mark.parametrize(("answer", "company"), [
    ("no", None), ("no thanks", None), ("no, she's independent", None),
    ("no, it's Adler Consulting", "Adler Consulting"), ("Initrode Europe", "Initrode Europe"), ("skip", None),
])
def test_the_rep_can_turn_the_suggestion_down_or_answer(answer: str, company: str | None) -> None:
    state, _ = _chat("Sam Lowry, sam@initrode.com, +1 415 555 0100", answer)
    assert state.fields.get("company") == company
    assert state.stage is Stage.CONFIRMING  # nothing left to ask: the summary


def test_a_personal_address_is_said_and_nothing_is_suggested() -> None:
    state, said = _chat("Omar Little, omar@gmail.com, 410 555 0112")
    assert "personal address (gmail.com)" in said and not state.suggested
    state, _ = _chat("Omar Little, omar@gmail.com, 410 555 0112", "yes")
    assert "company" not in state.fields


def test_a_reply_about_another_field_is_read_as_that_field() -> None:
    state, _ = _chat("Spoke with Dana Whitfield, dana@gmail.com", "skip", "hang on, the number is 212 555 0187")
    assert state.fields == {"name": "Dana Whitfield", "email": "dana@gmail.com", "phone": "+12125550187"}
    state, _ = _chat("Nadia Bose, nadia@gmail.com, 312 555 0156", "she is the CTO")
    assert "company" not in state.fields  # a job title is no company


def _block(view: dict[str, object], block_id: str) -> dict[str, object]:
    found = [b for b in view["blocks"] if isinstance(b, dict) and b.get("block_id") == block_id]  # type: ignore[attr-defined]
    assert len(found) == 1, block_id
    return found[0]


def test_the_form_offers_the_company_as_a_button_not_a_value() -> None:
    parsed = parse_free_text("Sam Lowry, sam@initrode.com", "US")
    view = blocks.lead_modal(private_metadata="{}", initial=dict(parsed.values), hints=FormHints.of(parsed))
    assert_valid_view(view)
    company = _block(view, "company")
    assert "initial_value" not in company["element"]  # type: ignore[operator]
    assert "initrode.com" in company["hint"]["text"]  # type: ignore[index]
    button = _block(view, SUGGESTION_BLOCK)["elements"][0]  # type: ignore[index]
    assert button["action_id"] == SUGGEST_COMPANY_ACTION and button["value"] == "Initrode"


def test_the_form_says_a_personal_address_and_offers_nothing() -> None:
    parsed = parse_free_text("Omar Little, omar@gmail.com", "US")
    view = blocks.lead_modal(private_metadata="{}", initial=dict(parsed.values), hints=FormHints.of(parsed))
    assert "personal address" in _block(view, "company")["hint"]["text"]  # type: ignore[index]
    assert all(b.get("block_id") != SUGGESTION_BLOCK for b in view["blocks"])


def test_the_form_marks_guessed_values() -> None:
    parsed = parse_free_text("Bob Smith, Acme", "US")
    view = blocks.lead_modal(private_metadata="{}", initial=dict(parsed.values), hints=FormHints.of(parsed))
    assert _block(view, "company")["hint"]["text"] == GUESSED_HINT  # type: ignore[index]
    assert "hint" not in _block(view, "name")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=300), st.sampled_from(["com", "co.uk", "io"]))
def test_any_domain_keeps_the_form_within_block_kit_limits(label: str, suffix: str) -> None:
    hints = FormHints(frozenset({"name", "company"}), email_origin(f"a@{label}.{suffix}"))
    assert_valid_view(blocks.lead_modal(private_metadata="{}", initial={"name": "x" * 120}, hints=hints))

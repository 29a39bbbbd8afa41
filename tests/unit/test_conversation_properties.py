"""Properties of the conversation engine over random turn sequences: it never raises, never loops, every
state round-trips through JSON, names are never emails or numbers, and a confirmed lead is a valid CRM body."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import jsonschema
from hypothesis import HealthCheck, event, given, settings, target
from hypothesis import strategies as st

from bot.domain.assembly import CaptureContext, Surface, build_lead
from bot.domain.contact import build_contact
from bot.domain.conversation import (
    MAX_IDLE_TURNS,
    ConversationEngine,
    ConversationState,
    Reply,
    ReplyKind,
    Stage,
    transcript_summary,
    typed_notes,
)

REGION = "US"
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
ENGINE = ConversationEngine(REGION)
ENDS = (Stage.CONFIRMED, Stage.CANCELLED, Stage.ABANDONED)
# Turns of junk after which any conversation has ended; see _junk_ends_within for why these bounds hold.
NOISE_BOUND = MAX_IDLE_TURNS  # junk without a letter or digit: every turn is idle
WORDS_BOUND = 3 * MAX_IDLE_TURNS  # junk words may be taken once as the name and once as the company

COMMANDS = ["yes", "confirm", "no", "nope", "cancel", "skip", "no phone", "back", "help", "?", "start over",
            "hi", "hello", "edit", "wait", "ok"]
NAMES = ["Sam Lee", "Jane Roe", "José Núñez", "李小龙", "O'Brien", "Anne-Marie d'Arc", "bob", "Dr. Who"]
EMAILS = ["sam@lee.io", "jane.roe@Example.COM", "x@y.io", "jürgen@bücher.de", "<mailto:a.b@c.co.uk>"]
BAD_EMAILS = ["jane@", "@acme.com", "jane@acme", "jane@@acme.com", "jane@acme..com", "j ane@acme.com"]
PHONES = ["+44 20 7946 0958", "415 555 0100", "(415) 555-0100", "+1 415 555 0100", "tel: +49 30 901820"]
BAD_PHONES = ["12", "555", "+99 123", "123 456 7890", "0000000000", "+1 (555)", "1" * 45]
COMPANIES = ["Lee & Co", "Initech", "Acme Inc", "at Globex", "works for Umbrella Corp", "Müller GmbH"]
CORRECTIONS = ["actually the phone is +44 20 7946 0958", "change company to Initech", "email: x@y.io",
               "her email should be jane@initech.com", "name: Bob Smith", "notes: wants a demo next week",
               "change name to 555 1234", "actually the email is nope", "set the phone to 12", "name: @@"]
NOISE = ["", "   ", "???", "🙂", "\x00\x01\x1b", "...", "\n\n", "🙂 " * 100, "!" * 5000, "-_-", "@", "+"]
JUNK = [*NOISE, "asdf", "lol", "¯\\_(ツ)_/¯", "a" * 5000, "9" * 300, "hmm, well", "ok so", "12", "jane@", "+99 123"]

_piece = st.one_of(
    st.sampled_from(NAMES + EMAILS + BAD_EMAILS + PHONES + BAD_PHONES + COMPANIES),
    st.text(max_size=30),
)
message = st.one_of(
    st.sampled_from(COMMANDS),
    st.sampled_from(NAMES + EMAILS + BAD_EMAILS + PHONES + BAD_PHONES + COMPANIES + CORRECTIONS + JUNK),
    st.lists(_piece, min_size=2, max_size=4).map(", ".join),  # several details at once
    st.lists(_piece, min_size=2, max_size=4).map(" ".join),
    st.text(max_size=60),
    st.text(min_size=500, max_size=5000),
)
# Seconds between turns; 1900 s is past the 30-minute timeout, so drafts expire mid-sequence too.
gap = st.sampled_from([1, 20, 300, 1900])
turns = st.lists(st.tuples(message, gap), max_size=25)

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _mostly_digits(value: str) -> bool:
    chars = [ch for ch in value if not ch.isspace()]
    return 2 * sum(ch.isdigit() for ch in chars) > len(chars)


def _check_state(state: ConversationState, replies: list[Reply]) -> None:
    assert ConversationState.loads(state.dumps()) == state
    name = state.fields.get("name")
    assert name is None or ("@" not in name and not _mostly_digits(name)), name
    assert replies, "every turn gets an answer"
    if state.asking is not None and "`skip`" in replies[0].text.rpartition(". ")[2]:
        # The bot never invites a skip it would refuse.
        _, after_skip = ENGINE.handle(state, "skip", datetime.fromtimestamp(state.last, UTC))
        assert "can't skip" not in after_skip[0].text, (state, replies)
    for reply in replies:
        if reply.kind is ReplyKind.CONFIRMED:
            assert state.stage is Stage.CONFIRMED and reply.fields == state.fields
            contact, errors = build_contact(region=REGION, **reply.fields)
            assert contact is not None, errors


def _play(sequence: list[tuple[str, int]], state: ConversationState | None = None
          ) -> tuple[ConversationState | None, datetime]:
    now = T0
    for text, seconds in sequence:
        now += timedelta(seconds=seconds)
        state, replies = ENGINE.handle(state, text, now)
        _check_state(state, replies)
    return state, now


@SETTINGS
@given(turns)
def test_random_turns_never_raise_and_keep_the_invariants(sequence: list[tuple[str, int]]) -> None:
    _play(sequence)


def _junk_ends_within(bound: int, prefix: list[tuple[str, int]], more: list[str]) -> int:
    """After any prefix, a rep who keeps typing junk reaches an end within ``bound`` turns; returns how many.

    Why: a turn that fills or changes nothing adds one to ``idle``, and the engine ends the conversation
    when ``idle`` reaches MAX_IDLE_TURNS; any progress resets it. Junk holds no command, valid email or
    valid phone, and noise (no letter or digit) fills nothing, so noise ends within MAX_IDLE_TURNS turns.
    Junk words can fill the name once (while there is none; later unlabelled guesses never replace it) and
    the company once, so at most two turns reset ``idle``: 3 * MAX_IDLE_TURNS turns at most.
    """
    state, now = _play(prefix)
    if state is None or state.stage.is_over:
        return 0
    for count, text in enumerate(more[:bound], 1):
        now += timedelta(seconds=20)
        state, replies = ENGINE.handle(state, text, now)
        _check_state(state, replies)
        if state.stage in ENDS:
            assert state.stage is Stage.ABANDONED and [r.kind for r in replies] == [ReplyKind.ENDED]
            return count
        assert not state.stage.is_over
    raise AssertionError(f"still {state.stage} after {bound} junk turns: {state}")


@SETTINGS
@given(turns, st.lists(st.sampled_from(NOISE), min_size=NOISE_BOUND, max_size=NOISE_BOUND))
def test_noise_ends_the_conversation_within_max_idle_turns(prefix: list[tuple[str, int]], more: list[str]) -> None:
    target(float(_junk_ends_within(NOISE_BOUND, prefix, more)), label="noise turns to the end")


@SETTINGS
@given(turns, st.lists(st.sampled_from(JUNK), min_size=WORDS_BOUND, max_size=WORDS_BOUND))
def test_junk_words_end_the_conversation(prefix: list[tuple[str, int]], more: list[str]) -> None:
    target(float(_junk_ends_within(WORDS_BOUND, prefix, more)), label="junk turns to the end")


def test_the_junk_words_bound_is_reached() -> None:
    # The worst case: junk taken as the name, then as the company, each just before the rep gives up.
    script = ["???"] * 7 + ["asdf"] + ["???"] * 7 + ["Qwerty, Zxcv"] + ["???"] * 8
    state: ConversationState | None = None
    for count, text in enumerate(script, 1):
        state, _ = ENGINE.handle(state, text, T0 + timedelta(seconds=count))
        assert state.stage.is_over == (count == len(script)), count
    assert state is not None and state.stage is Stage.ABANDONED
    assert state.fields == {"name": "asdf", "company": "Qwerty"}
    assert len(script) == WORDS_BOUND
    print(f"\nlongest run of junk before the engine gives up: {len(script)} turns")


@SETTINGS
@given(turns, st.lists(st.sampled_from(NAMES + EMAILS + PHONES + COMPANIES), min_size=1, max_size=4),
       st.sampled_from(["yes", "confirm", "looks good"]))
def test_confirmed_leads_are_valid_crm_bodies(lead_schema: dict[str, Any], prefix: list[tuple[str, int]],
                                              details: list[str], yes: str) -> None:
    # Anything at all, then good details, skips for whatever is missing, and a confirmation.
    played, now = _play(prefix)
    state = played or ENGINE.start(now)
    for text in [", ".join(details), *["skip"] * 4, yes, yes]:
        now += timedelta(seconds=20)
        state, replies = ENGINE.handle(state, text, now)
        _check_state(state, replies)
        if state.stage.is_over:
            break
    event(f"stage after the confirmation: {state.stage.value}")
    if state.stage is not Stage.CONFIRMED:
        return
    contact, errors = build_contact(region=REGION, **state.fields)
    assert contact is not None, errors
    context = CaptureContext(surface=Surface.CHAT, user_id="U123", user_name="Jamie Doe", channel_id="D123",
                             typed=typed_notes(state))
    body = build_lead(contact, context, agent_id="agent-1", activity_id=str(uuid.uuid4()), now=now,
                      note=transcript_summary(state)).to_wire()
    jsonschema.Draft7Validator(lead_schema).validate(body)
    lead = body["lead"]
    assert lead["agentId"] == "agent-1"
    assert {k: lead[k] for k in ("name", "email", "phone") if k in lead} == {
        k: v for k, v in state.fields.items() if k in ("name", "email", "phone")}
    assert [n["text"] for n in lead["crmActivities"][0]["notesHistory"]] == [t.t for t in state.turns if t.t.strip()]

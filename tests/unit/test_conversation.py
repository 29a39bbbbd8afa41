"""The chat conversation engine, driven by scripted conversations: (rep message, expectation) steps."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from bot.domain.conversation import (
    HELP,
    MAX_IDLE_TURNS,
    QUESTIONS,
    RETRY,
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
GAP = timedelta(seconds=20)
ENGINE = ConversationEngine(REGION)

SAY, SUMMARY, OFFER, CONFIRMED, ENDED = (ReplyKind.SAY, ReplyKind.SUMMARY, ReplyKind.OFFER_FORM,
                                         ReplyKind.CONFIRMED, ReplyKind.ENDED)
SAM = {"name": "Sam Lee", "email": "sam@lee.io", "phone": "+442079460958", "company": "Lee & Co"}
JANE = {"name": "Jane Roe", "email": "jane@acme.com", "phone": "+14155550100", "company": "Acme Inc"}
SAM_MSG = "Add Sam Lee, sam@lee.io, +44 20 7946 0958, Lee & Co"
_UNSET: Any = object()


@dataclass(frozen=True)
class E:
    """What one turn should produce: reply kinds in order, and optionally the state after it."""

    kinds: tuple[ReplyKind, ...]
    fields: dict[str, str] | None = None
    asking: str | None = _UNSET
    says: tuple[str, ...] = ()  # substrings of the replies' text
    stage: Stage | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # other state attributes, e.g. skipped


def ask(name: str, fields: dict[str, str] | None = None, *says: str, retry: bool = False, **extra: Any) -> E:
    question = (RETRY if retry else QUESTIONS)[name]
    return E((SAY,), fields, name, (*says, question), Stage.COLLECTING, extra)


def summary(fields: dict[str, str], *says: str) -> E:
    return E((SUMMARY,), fields, None, (*says, "Here's the lead:"), Stage.CONFIRMING)


def confirmed(fields: dict[str, str]) -> E:
    return E((CONFIRMED,), fields, None, (), Stage.CONFIRMED)


Step = tuple[str, E]


@dataclass(frozen=True)
class Case:
    id: str
    steps: list[Step]
    realistic: bool = True  # a rep could plausibly type exactly this to capture a lead


def _with(base: dict[str, str], **changes: str) -> dict[str, str]:
    return {**base, **changes}


CASES = [
    Case("one-message-then-yes", [
        (SAM_MSG, summary(SAM, "Got it: name Sam Lee; email sam@lee.io; phone +442079460958; company Lee & Co.")),
        ("yes", confirmed(SAM)),
    ]),
    Case("multi-turn", [
        ("Jane Roe", ask("email", {"name": "Jane Roe"}, "Got it: name Jane Roe.")),
        ("jane@acme.com", ask("phone", {"name": "Jane Roe", "email": "jane@acme.com"})),
        ("415 555 0100", ask("company", {k: JANE[k] for k in ("name", "email", "phone")}, "phone +14155550100")),
        ("Acme Inc", summary(JANE, "company Acme Inc")),
        ("confirm", confirmed(JANE)),
    ]),
    Case("several-at-once-any-order", [
        ("+1 415 555 0100 jane@acme.com", ask("name", {"phone": "+14155550100", "email": "jane@acme.com"})),
        ("Jane Roe from Acme Inc", summary(JANE)),
        ("looks good", confirmed(JANE)),
    ]),
    Case("corrections-while-collecting", [
        ("Jane Roe, jane@acme.com, 415 555 0100", ask("company", {k: JANE[k] for k in ("name", "email", "phone")})),
        ("actually the phone is +44 20 7946 0958", ask("company", {"name": "Jane Roe", "email": "jane@acme.com",
                                                                   "phone": "+442079460958"},
                                                        "changed the phone to +442079460958")),
        ("email: jane@initech.com", ask("company", None, "changed the email to jane@initech.com")),
        ("change name to Janet Roe", ask("company", None, "changed the name to Janet Roe")),
        ("change company to Initech", summary({"name": "Janet Roe", "email": "jane@initech.com",
                                               "phone": "+442079460958", "company": "Initech"})),
        ("yes", E((CONFIRMED,), stage=Stage.CONFIRMED, extra={"fixed": ("phone", "email", "name")})),
    ]),
    Case("corrections-at-summary", [
        (SAM_MSG, summary(SAM)),
        ("actually the phone is 415 555 0100", summary(_with(SAM, phone="+14155550100"), "changed the phone to")),
        ("change company to Initech", summary(_with(SAM, phone="+14155550100", company="Initech"))),
        ("email: x@y.io", summary(_with(SAM, phone="+14155550100", company="Initech", email="x@y.io"))),
        ("her name should be Samantha Lee", summary(_with(SAM, phone="+14155550100", company="Initech",
                                                          email="x@y.io", name="Samantha Lee"))),
        ("notes: wants a demo", summary(_with(SAM, phone="+14155550100", company="Initech", email="x@y.io",
                                              name="Samantha Lee", notes="wants a demo"), "Notes: wants a demo")),
        ("yes", confirmed({"name": "Samantha Lee", "email": "x@y.io", "phone": "+14155550100",
                           "company": "Initech", "notes": "wants a demo"})),
    ]),
    Case("skip-optional-fields", [
        ("Jane Roe", ask("email", {"name": "Jane Roe"})),
        ("skip", ask("phone", {"name": "Jane Roe"}, skipped=("email",))),
        ("no phone", ask("company", {"name": "Jane Roe"}, skipped=("email", "phone"))),
        ("skip", summary({"name": "Jane Roe"}, "Email: —")),
        ("yes", confirmed({"name": "Jane Roe"})),
    ]),
    Case("skip-refused-when-no-identity-could-remain", [
        ("hi", ask("name", {}, "Hi!")),
        ("skip", ask("email", {}, skipped=("name",))),
        ("skip", E((SAY,), {}, "phone", ("(or give me their name or email instead)",), Stage.COLLECTING,
                   {"skipped": ("name", "email")})),  # skipping the phone too is not offered...
        ("skip", E((SAY,), {}, "phone", ("can't skip this", "Try the number again, or give me their name or email "
                                         "instead."), Stage.COLLECTING)),  # ...nor accepted
        ("415 555 0100", ask("company", {"phone": "+14155550100"})),
        ("skip", summary({"phone": "+14155550100"})),
        ("yes", confirmed({"phone": "+14155550100"})),
    ]),
    Case("back", [
        ("back", ask("name", {}, "nothing to go back to")),
        ("Jane Roe, jane@acme.com", ask("phone", {"name": "Jane Roe", "email": "jane@acme.com"})),
        ("back", ask("email", {"name": "Jane Roe"}, "redo the email")),
        ("jim@acme.com", ask("phone", {"name": "Jane Roe", "email": "jim@acme.com"})),
    ], realistic=False),
    Case("back-at-summary", [
        (SAM_MSG, summary(SAM)),
        ("go back", ask("company", {k: SAM[k] for k in ("name", "email", "phone")}, "redo the company")),
        ("Initech", summary(_with(SAM, company="Initech"))),
    ], realistic=False),
    Case("help-keeps-everything", [
        ("Jane Roe", ask("email", {"name": "Jane Roe"})),
        ("help", ask("email", {"name": "Jane Roe"}, HELP)),
    ], realistic=False),
    Case("cancel-while-collecting", [
        ("Jane Roe, jane@acme.com", ask("phone")),
        ("cancel", E((ENDED,), {"name": "Jane Roe", "email": "jane@acme.com"}, None, ("Nothing was sent",),
                     Stage.CANCELLED)),
    ], realistic=False),
    Case("cancel-at-summary", [
        (SAM_MSG, summary(SAM)),
        ("cancel", E((ENDED,), SAM, None, ("Cancelled",), Stage.CANCELLED)),
    ], realistic=False),
    Case("start-over", [
        ("Sam Lee, sam@lee.io", ask("phone", {"name": "Sam Lee", "email": "sam@lee.io"})),
        ("start over", ask("name", {}, "starting over", skipped=(), order=())),
        ("Bob Smith, bob@smith.io, +1 415 555 0100, Smith Ltd", summary(
            {"name": "Bob Smith", "email": "bob@smith.io", "phone": "+14155550100", "company": "Smith Ltd"})),
        ("yes", E((CONFIRMED,), stage=Stage.CONFIRMED)),
    ]),
    Case("greeting-on-fresh-conversation", [("hi", ask("name", {}, "Hi! Let's add a lead."))], realistic=False),
    Case("bad-email-then-good", [
        ("Jane Roe", ask("email")),
        ("jane@acme", ask("email", {"name": "Jane Roe"}, "has no dot", retry=True, fails={"email": 1})),
        ("jane@acme.com", ask("phone", {"name": "Jane Roe", "email": "jane@acme.com"}, fails={})),
    ], realistic=False),
    Case("three-bad-phones-offer-the-form", [
        ("Jane Roe, jane@acme.com", ask("phone")),
        ("12", ask("phone", None, "wrong number of digits", retry=True)),
        ("555", ask("phone", None, retry=True)),
        ("123 456 7890", E((SAY, OFFER), {"name": "Jane Roe", "email": "jane@acme.com"}, "phone",
                           ("not a valid phone number", "3 tries for the phone", "use the form"))),
        ("415 555 0100", ask("company", {"name": "Jane Roe", "email": "jane@acme.com", "phone": "+14155550100"})),
    ], realistic=False),
    Case("email-or-phone-when-name-asked-is-not-a-name", [
        ("hi", ask("name", {})),
        ("jane@acme.com", ask("name", {"email": "jane@acme.com"})),
        ("+1 415 555 0100", ask("name", {"email": "jane@acme.com", "phone": "+14155550100"})),
        ("jane@", ask("email", {"email": "jane@acme.com", "phone": "+14155550100"}, "no domain", retry=True)),
        ("skip", ask("name", {"email": "jane@acme.com", "phone": "+14155550100"}, "keeping the email as jane@acme.com",
                     skipped=())),
        ("4155550100", ask("name", {"email": "jane@acme.com", "phone": "+14155550100"})),
        ("a 123456", ask("name", {"email": "jane@acme.com", "phone": "+14155550100"}, "looks like a number",
                         retry=True)),
        ("no", E((SAY, OFFER), {"email": "jane@acme.com", "phone": "+14155550100"}, "name",
                 ("didn't catch a name", "3 tries for the name"))),  # "no" is not a name either
        ("Jane Roe", ask("company", {"email": "jane@acme.com", "phone": "+14155550100", "name": "Jane Roe"})),
    ], realistic=False),
    Case("yes-before-summary-does-not-confirm", [
        ("Jane Roe", ask("email")),
        ("yes", ask("email", {"name": "Jane Roe"})),
        ("confirm", ask("email", {"name": "Jane Roe"})),
    ], realistic=False),
    Case("no-at-summary-lets-the-rep-edit", [
        (SAM_MSG, summary(SAM)),
        ("no", E((SAY,), SAM, None, ("What should change?",), Stage.COLLECTING)),
        ("phone +1 415 555 0100", summary(_with(SAM, phone="+14155550100"), "changed the phone")),
        ("no", E((SAY,), stage=Stage.COLLECTING)),
        ("no", summary(_with(SAM, phone="+14155550100"))),  # nothing to change after all; "no" is not a name
        ("yes", confirmed(_with(SAM, phone="+14155550100"))),
    ]),
]


def _check(step: int, text: str, state: ConversationState, replies: list[Reply], expect: E) -> None:
    where = f"step {step} ({text!r}): {[(r.kind.value, r.text) for r in replies]} -> {state}"
    assert tuple(r.kind for r in replies) == expect.kinds, where
    if expect.fields is not None:
        assert state.fields == expect.fields, where
    if expect.asking is not _UNSET:
        assert state.asking == expect.asking, where
    if expect.stage is not None:
        assert state.stage is expect.stage, where
    for key, value in expect.extra.items():
        assert getattr(state, key) == value, where
    said = "\n".join(r.text for r in replies)
    for part in expect.says:
        assert part in said, where
    # Whatever the script: a summary, the form offer and a confirmation carry the fields as they are.
    for reply in replies:
        if reply.kind in (SUMMARY, OFFER, CONFIRMED):
            assert reply.fields == state.fields, where
    # One clear question at a time: a plain reply ends with the question for the field being asked.
    if state.asking is not None and replies[0].kind is SAY:
        assert replies[0].text.endswith((QUESTIONS[state.asking], RETRY[state.asking], "instead)", "instead.")), where
    assert ConversationState.loads(state.dumps()) == state


def run(steps: list[Step], state: ConversationState | None = None) -> ConversationState:
    now = T0
    for index, (text, expect) in enumerate(steps, 1):
        state, replies = ENGINE.handle(state, text, now)
        _check(index, text, state, replies, expect)
        now += GAP
    assert state is not None
    return state


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_scripted_conversation(case: Case) -> None:
    state = run(case.steps)
    assert [turn.t for turn in state.turns] == [text for text, _ in case.steps][-len(state.turns):]


def test_longest_realistic_conversation_is_short() -> None:
    realistic = [c for c in CASES if c.realistic]
    assert all(c.steps[-1][1].kinds == (CONFIRMED,) for c in realistic)
    longest = max(realistic, key=lambda c: len(c.steps))
    shortest = min(realistic, key=lambda c: len(c.steps))
    print(f"\nrealistic scripted conversations: {len(realistic)}; longest {longest.id!r} = {len(longest.steps)} "
          f"turns; shortest {shortest.id!r} = {len(shortest.steps)} turns")
    assert len(longest.steps) <= 10


@pytest.mark.parametrize("cycle", [["hi"], ["start over"], ["help"], ["yes"], ["back"], ["skip"], ["no", "asdf"],
                                   ["wait", "???"], ["no", "no"], ["hello", "start over", "help"]], ids="|".join)
@pytest.mark.parametrize("opening", [[], [SAM_MSG]], ids=["fresh", "at-summary"])
def test_repeated_commands_that_achieve_nothing_end_the_conversation(opening: list[str], cycle: list[str]) -> None:
    state: ConversationState | None = None
    for index, text in enumerate(opening + cycle * 20):
        state, replies = ENGINE.handle(state, text, T0 + GAP * index)
        if state.stage.is_over:
            break
    assert state is not None
    if opening and cycle == ["yes"]:
        assert (index, state.stage) == (1, Stage.CONFIRMED)  # the one command that does something here
        return
    assert state.stage is Stage.ABANDONED, (cycle, state)
    assert replies == [Reply(ENDED, replies[0].text, state.fields)] and "going round in circles" in replies[0].text
    # `back`, `skip` and a bare "no" (no email, no phone, no company) may move on once per field, each after
    # one miss at most; a move starts the count of turns that achieve nothing afresh
    assert index - len(opening) < MAX_IDLE_TURNS + 2 * len(SAM)


def test_transcript_feeds_the_activity() -> None:
    state = run(CASES[3].steps)  # corrections-while-collecting
    notes = typed_notes(state)
    assert [n.text for n in notes] == [text for text, _ in CASES[3].steps]
    assert [n.at for n in notes] == [T0 + GAP * i for i in range(len(notes))]
    assert transcript_summary(state) == ("Collected in a chat of 6 messages over 2 minutes; the rep gave the name, "
                                         "email, phone and company. Corrected: phone, email and name.")
    skipped = run(CASES[5].steps)  # skip-optional-fields
    assert "Skipped: email, phone and company." in transcript_summary(skipped)


def test_idle_conversation_expires() -> None:
    state = run(CASES[1].steps[:2])  # name and email given, phone asked; last turn at T0 + 20s
    quiet = T0 + GAP + timedelta(minutes=29)
    assert ENGINE.expire(state, quiet) == (state, [])
    expired, replies = ENGINE.expire(state, T0 + GAP + timedelta(minutes=31))
    assert expired.stage is Stage.EXPIRED
    assert [r.kind for r in replies] == [ENDED]
    assert "30 minutes" in replies[0].text and "Nothing was sent" in replies[0].text
    assert ENGINE.expire(expired, T0 + timedelta(days=1)) == (expired, [])  # once over, it stays quiet


def test_handle_after_idle_timeout_ends_the_old_draft_and_starts_anew() -> None:
    state = run(CASES[1].steps[:2])
    later = T0 + GAP + timedelta(minutes=31)
    fresh, replies = ENGINE.handle(state, "Bob Smith", later)
    assert [r.kind for r in replies] == [ENDED, SAY]
    assert "timed out" in replies[0].text
    assert replies[1].text.endswith(QUESTIONS["email"])
    assert fresh.fields == {"name": "Bob Smith"}
    assert [t.t for t in fresh.turns] == ["Bob Smith"]
    assert fresh.started == fresh.last == later.timestamp()


def test_idle_timeout_is_configurable() -> None:
    engine = ConversationEngine(REGION, idle_timeout=timedelta(minutes=5))
    state, _ = engine.handle(None, "Jane Roe", T0)
    assert not engine.is_idle(state, T0 + timedelta(minutes=4, seconds=59))
    _, replies = engine.expire(state, T0 + timedelta(minutes=5))
    assert "5 minutes" in replies[0].text


@pytest.mark.parametrize("case", [c for c in CASES if c.realistic], ids=lambda c: c.id)
def test_state_round_trips_and_stays_small(case: Case) -> None:
    state = run(case.steps)
    raw = state.dumps()
    assert ConversationState.loads(raw) == state
    assert ConversationState.loads(raw).dumps() == raw
    print(f"\n{case.id}: {len(state.turns)} turns, dumps() = {len(raw.encode())} bytes")
    assert len(raw.encode()) < 1000


def test_typical_six_turn_conversation_is_a_few_hundred_bytes() -> None:
    state = run([("hi", ask("name")), *CASES[1].steps])  # greeting, four answers, confirm
    assert len(state.turns) == 6 and state.stage is Stage.CONFIRMED
    size = len(state.dumps().encode())
    print(f"\ntypical finished 6-turn conversation: dumps() = {size} bytes")
    assert size < 1000


def test_a_quick_chat_is_summarised_as_under_a_minute() -> None:
    engine = ConversationEngine("US")
    now = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
    state, _ = engine.handle(None, "Add Sam Lee, sam@lee.io, +44 20 7946 0958, Lee & Co", now)
    state, _ = engine.handle(state, "yes", now + timedelta(seconds=20))
    assert transcript_summary(state).startswith("Collected in a chat of 2 messages in under a minute; ")

"""Every view and message LeadBot builds stays inside Slack's Block Kit limits and carries a rep's text as
data, for any text a rep can send: huge, quote-heavy, astral emoji, right-to-left, control characters,
every form of Slack markup, and text that is already escaped."""

from __future__ import annotations

import json
import re
import uuid
from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.domain.assembly import CaptureContext, Surface, TypedNote, build_lead
from bot.domain.contact import MAX_COMPANY, MAX_EMAIL, MAX_NAME, MAX_NOTES, MAX_PHONE_INPUT, Contact
from bot.domain.conversation import ConversationEngine, Reply, ReplyKind
from bot.domain.outbox import LeadRecord, LeadStatus
from bot.services.home import HomePage
from bot.slack import blocks
from bot.slack.home_view import home_view
from bot.slack.mrkdwn import INPUT_MAX, PRIVATE_METADATA_MAX, escape, slack_len, unescape
from bot.slack.payload import ModalOrigin
from tests.support.block_kit import (
    assert_no_live_markup,
    assert_valid_message,
    assert_valid_view,
    live_markup,
)

MARKUP = (
    "<!channel>", "<!here>", "<!everyone>", "<@U0123ABCD>", "<@U0123ABCD|sam>", "<#C0123ABCD|general>",
    "<!subteam^S0123ABCD|@sales>", "<https://evil.example/x|your invoice>", "<mailto:a@b.io|a@b.io>",
    "<!date^1392734382^{date}|Feb 18>", "&lt;!channel&gt;", "&amp;lt;!here&amp;gt;", "&", "<", ">",
)
PIECES = (*MARKUP, '"', "\\", "'", "\n", "\t", "\x00", "\x1b", "\u202e", "\u200f", "\u200b", "\ufeff",
          "\U0001f600", "\U0001f469\u200d\U0001f469\u200d\U0001f467", "\U0001d54f", "\u05e9\u05dc\u05d5\u05dd",
          "\u0645\u0631\u062d\u0628\u0627", "@channel", "#general", "https://x.io", "*b*", "_i_", "~s~", "```", "`")
hostile = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=20)), max_size=80).map("".join)
huge = st.builds(lambda piece, n: piece * n, st.sampled_from((*PIECES, "x", " ")), st.integers(0, 6000))
rep_text = st.one_of(hostile, huge, st.text(max_size=4000))
FIELDS = ("name", "email", "phone", "company", "notes")
T0 = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
EXAMPLES = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@EXAMPLES
@given(initial=st.dictionaries(st.sampled_from(FIELDS), rep_text),
       problems=st.dictionaries(st.sampled_from(FIELDS), rep_text), resend=st.booleans(),
       typed=rep_text, channel_name=st.text(max_size=100))
def test_the_lead_modal_is_valid_for_any_prefill_and_problems(
        initial: dict[str, str], problems: dict[str, str], resend: bool, typed: str, channel_name: str) -> None:
    origin = ModalOrigin(channel_id="C0SALES1", channel_name=channel_name, team_id="T0001", typed=typed,
                         typed_at=1.5)
    view = blocks.lead_modal(private_metadata=origin.dumps(), initial=initial, problems=problems, resend=resend)
    assert_valid_view(view)
    assert_no_live_markup(view)
    prefilled = {b["block_id"]: b["element"].get("initial_value") for b in view["blocks"] if b["type"] == "input"}
    for field, value in initial.items():
        if value and prefilled[field] != value:  # what does not fit is cut, and the form says so
            assert prefilled[field] is None or value.startswith(prefilled[field])
            assert f"*{field}*" in view["blocks"][0]["elements"][0]["text"]


def test_a_prefill_longer_than_its_input_is_cut_and_the_rep_is_told() -> None:
    view = blocks.lead_modal(private_metadata="{}", initial={"notes": "n" * 3500, "email": "a" * 300 + "@x.io"},
                             problems={"notes": "Those notes are too long (at most 3000 characters)."})
    assert_valid_view(view)
    inputs = {b["block_id"]: b["element"] for b in view["blocks"] if b["type"] == "input"}
    assert inputs["notes"]["initial_value"] == "n" * MAX_NOTES
    assert "initial_value" not in inputs["email"]
    warning = view["blocks"][0]["elements"][0]["text"]
    assert "Only the first 3,000 of its 3,500 characters fit in the form. Those notes" in warning
    assert "The email has 305 characters, more than the form holds, so it is left out." in warning


def test_each_input_holds_exactly_what_its_contact_field_accepts() -> None:
    view = blocks.lead_modal(private_metadata="{}")
    limits = {b["block_id"]: b["element"].get("max_length") for b in view["blocks"]
              if b["type"] == "input" and b["element"]["type"] != "users_select"}  # the owner picker holds no text
    assert limits == {"name": MAX_NAME, "email": None, "phone": MAX_PHONE_INPUT, "company": MAX_COMPANY,
                      "notes": MAX_NOTES}
    assert blocks.INPUT_LIMITS["email"] == MAX_EMAIL
    assert max(blocks.INPUT_LIMITS.values()) <= INPUT_MAX


origins = st.builds(
    ModalOrigin, channel_id=st.text(max_size=40), channel_name=st.one_of(st.text(max_size=100), huge),
    team_id=st.text(max_size=20), team_domain=st.text(max_size=60), thread_ts=st.text(max_size=20),
    typed=rep_text, typed_at=st.floats(0, 2e9), lead_id=st.text(max_size=40), conversation=st.text(max_size=120))


@EXAMPLES
@given(origin=origins)
def test_modal_origin_fits_private_metadata_and_round_trips(origin: ModalOrigin) -> None:
    raw = origin.dumps()
    assert slack_len(raw) <= PRIVATE_METADATA_MAX
    back = ModalOrigin.loads(raw)
    assert origin.typed.startswith(back.typed)
    # A real channel name (at most 80 characters) is kept whole, and so is every id. The room a name
    # takes is measured as JSON, where a control character takes six characters.
    if slack_len(json.dumps(origin.channel_name)) < 1000:
        assert back.channel_name == origin.channel_name
        assert (back.team_id, back.thread_ts, back.conversation) == (
            origin.team_id, origin.thread_ts, origin.conversation)


def test_quote_heavy_typed_text_keeps_as_much_as_fits() -> None:
    origin = ModalOrigin(channel_id="C0SALES1", team_id="T0001", typed='"' * 3000, typed_at=1.0)
    raw = origin.dumps()
    assert len(raw) <= PRIVATE_METADATA_MAX
    kept = ModalOrigin.loads(raw).typed
    assert kept == '"' * len(kept) and len(kept) > 1400  # two characters each once encoded


def _record(status: LeadStatus, lead: dict[str, object], **changes: object) -> LeadRecord:
    return LeadRecord(id=str(uuid.uuid4()), capture_key="k", status=status, body=json.dumps({"lead": lead}),
                      surface=Surface.MODAL, user_id="U0REP001", created_at=T0, updated_at=T0,
                      next_attempt_at=T0 + timedelta(seconds=30), queued_at=T0).evolve(**changes)


def _max_size_body(text: str) -> str:
    contact = Contact(name=(text or "x")[:MAX_NAME], email="a" * 64 + "@" + "b" * 180 + ".io",
                      phone="+442079460958", company=(text or "c")[:MAX_COMPANY], notes=(text * 3000)[:MAX_NOTES])
    typed = tuple(TypedNote((text * 500)[:500], T0) for _ in range(40))
    context = CaptureContext(surface=Surface.CHAT, user_id="U0REP001", user_name=text[:80] or "Jamie",
                             team_id="T0001", channel_id="D0REP001", typed=typed)
    return build_lead(contact, context, agent_id="dry-run-agent", activity_id=str(uuid.uuid4()), now=T0,
                      note=text).to_json()


@EXAMPLES
@given(status=st.sampled_from(LeadStatus), dry_run=st.booleans(), name=rep_text, company=rep_text,
       error=rep_text, crm_message=rep_text, crm_id=rep_text, max_body=st.booleans())
def test_status_message_is_valid_for_every_status_and_any_crm_answer(
        status: LeadStatus, dry_run: bool, name: str, company: str, error: str, crm_message: str, crm_id: str,
        max_body: bool) -> None:
    record = _record(status, {"agentId": "a", "name": name, "email": error, "phone": crm_id,
                              "metaData": {"company": company}},
                     dry_run=dry_run, last_error=error, crm_message=crm_message, attempts=3,
                     crm_response=json.dumps({"id": crm_id}))
    if max_body:
        record = record.evolve(body=_max_size_body(name))
    text, built = blocks.status_message(record)
    assert_valid_message(text, built)
    assert_no_live_markup({"text": text, "blocks": built})


def test_a_dry_run_with_a_max_size_body_fits_and_shows_the_start_of_the_json() -> None:
    record = _record(LeadStatus.DRY_RUN, {}, dry_run=True).evolve(body=_max_size_body('<"&>' * 40))
    text, built = blocks.status_message(record)
    assert_valid_message(text, built)
    shown = next(b["text"]["text"] for b in built if "would send" in b.get("text", {}).get("text", ""))
    assert shown.endswith("\u2026```") and unescape(shown).split("```")[1].startswith('{\n  "lead": {')


@EXAMPLES
@given(kind=st.sampled_from(ReplyKind), text=rep_text)
def test_chat_replies_of_every_kind_are_valid_and_inert(kind: ReplyKind, text: str) -> None:
    fallback, built = blocks.chat_reply_message(Reply(kind, text), "T0001:D0REP001::U0REP001")
    assert_valid_message(fallback, built)
    assert_no_live_markup({"text": fallback, "blocks": built})
    printable = re.sub(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", "", text)
    if slack_len(escape(printable)) <= 3000 and printable.strip():
        assert unescape(fallback) == printable.strip()  # nothing but control characters is cut when it fits
    plain_fallback, plain_blocks = blocks.text_message(text)
    assert_valid_message(plain_fallback, plain_blocks)
    assert_no_live_markup({"text": plain_fallback, "blocks": plain_blocks})


@EXAMPLES
@given(name=st.text(min_size=1, max_size=MAX_NAME), company=st.text(max_size=MAX_COMPANY),
       notes=st.one_of(hostile, huge), piece=st.sampled_from(MARKUP))
def test_the_chat_summary_with_long_fields_and_notes_is_valid(name: str, company: str, notes: str,
                                                              piece: str) -> None:
    engine = ConversationEngine("GB")
    state, _ = engine.handle(None, f"name: {piece} {name[:100]}, email: sam@lee.io, phone +44 20 7946 0958",
                             T0)
    state, _ = engine.handle(state, f"company: {company or 'Acme'}", T0)
    state, replies = engine.handle(state, f"notes: {notes or 'none'}", T0)
    for reply in replies:
        fallback, built = blocks.chat_reply_message(reply, "T0001:D0REP001::U0REP001")
        assert_valid_message(fallback, built)
        assert_no_live_markup({"text": fallback, "blocks": built})


def test_a_summary_of_max_length_fields_and_notes_shows_its_whole_closing_line() -> None:
    engine = ConversationEngine("GB")
    state, _ = engine.handle(None, f"name: {'N' * MAX_NAME}, email: {'e' * 240}@lee.io, phone +44 20 7946 0958",
                             T0)
    state, _ = engine.handle(state, f"company: {'C' * MAX_COMPANY}", T0)
    state, replies = engine.handle(state, f"notes: {'<' * MAX_NOTES}", T0)
    assert replies[-1].kind is ReplyKind.SUMMARY and state.fields["notes"] == "<" * MAX_NOTES
    fallback, built = blocks.chat_reply_message(replies[-1], "T0001:D0REP001::U0REP001")
    assert_valid_message(fallback, built)
    assert built[1]["text"]["text"].startswith("Confirm to send it to the CRM")


@EXAMPLES
@given(echoed=rep_text, action=st.sampled_from((*blocks.CHAT_ACTIONS, "other")),
       user_id=st.one_of(st.just("U0REP001"), st.text(max_size=30)))
def test_a_closed_summary_is_rebuilt_as_data(echoed: str, action: str, user_id: str) -> None:
    text, built = blocks.closed_summary_message(echoed, action, user_id)
    assert_valid_message(text, built)
    assert_no_live_markup({"text": text, "blocks": built}, allowed=["<@U0REP001>"])


def test_a_closed_summary_keeps_escaped_text_escaped_and_neutralises_raw_markup() -> None:
    text, _ = blocks.closed_summary_message("Name: &lt;!channel&gt; &amp;lt; <!here>", "chat_confirm", "U0REP001")
    assert text == "Name: &lt;!channel&gt; &amp;lt; &lt;!here&gt;"
    _, built = blocks.closed_summary_message("x", "chat_confirm", "U1>|<!channel")
    assert live_markup({"blocks": built}) == []


def test_the_home_view_is_valid() -> None:
    for view in (home_view(None), home_view(HomePage("U0REP001"))):
        assert_valid_view(view)
        assert_no_live_markup(view)


def test_the_checker_catches_what_slack_would_refuse_or_parse() -> None:
    # The checker itself must be able to fail: each of these is a real way to be refused or to ping.
    too_long = [{"type": "section", "fields": [{"type": "mrkdwn", "text": "x" * 2001, "verbatim": True}]}]
    astral = [{"type": "section", "text": {"type": "mrkdwn", "text": "\U0001f600" * 1501, "verbatim": True}}]
    for bad in (too_long, astral, [{"type": "divider"}] * 51):
        try:
            assert_valid_message("ok", bad)
        except AssertionError:
            continue
        raise AssertionError(f"not caught: {str(bad)[:80]}")
    assert live_markup("<!channel> hi") == [("$.text", "<!channel>")]
    assert live_markup({"text": "hi", "link_names": True}) == [("$", "asks Slack to parse names")]
    assert live_markup({"blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "@here"}}]}) == [
        ("$.blocks[0].text", "mrkdwn without verbatim: true")]


@given(text=st.text(alphabet=st.characters(codec=None, blacklist_categories=())))
def test_slack_len_counts_utf16_code_units_for_any_text(text: str) -> None:
    """Slack measures its limits in UTF-16 code units: a character beyond the BMP (an emoji) is two,
    and a lone surrogate one."""
    assert slack_len(text) == sum(2 if ord(ch) > 0xFFFF else 1 for ch in text)

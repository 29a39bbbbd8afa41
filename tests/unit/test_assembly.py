"""build_lead: a contact plus its capture context becomes a schema-valid Create Lead V3 body."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import jsonschema
import phonenumbers
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from bot.domain.assembly import (
    CaptureContext,
    FormOrigin,
    SourceMessage,
    Surface,
    TypedNote,
    activity_note,
    build_lead,
    form_context,
    how_captured,
)
from bot.domain.contact import Contact, build_contact

AGENT = "agent-42"
ACTIVITY_ID = "6f1c2d1e-8a7b-4c1e-9f0a-2b3c4d5e6f70"
NOW = datetime(2026, 11, 25, 12, 15, 30, 987654, tzinfo=timezone(timedelta(hours=2)))  # 10:15:30 UTC
ISO_Z = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")

FULL = Contact(name="Jane Roe", email="jane.roe@example.com", phone="+14155550100", company="Acme Inc",
               notes="Wants a demo")
CONTEXT = CaptureContext(
    surface=Surface.MODAL, user_id="U123", user_name="Jamie Doe", team_id="T1", team_name="Acme Sales",
    channel_id="C1", channel_name="sales", thread_ts="1700000000.000100",
    typed=(TypedNote("Jane wants a demo next week", datetime(2026, 11, 25, 10, 14, 2, tzinfo=UTC)),
           TypedNote("   ", datetime(2026, 11, 25, 10, 14, 5, tzinfo=UTC)),
           TypedNote("She runs logistics", datetime(2026, 11, 25, 5, 14, 9, tzinfo=timezone(timedelta(hours=-5))))),
)


def _wire(contact: Contact = FULL, context: CaptureContext = CONTEXT, **kwargs: Any) -> dict[str, Any]:
    kwargs.setdefault("agent_id", AGENT)
    kwargs.setdefault("activity_id", ACTIVITY_ID)
    kwargs.setdefault("now", NOW)
    return build_lead(contact, context, **kwargs).to_wire()


def _nulls(value: Any, path: str = "") -> list[str]:
    if value is None:
        return [path]
    if isinstance(value, dict):
        return [p for key, item in value.items() for p in _nulls(item, f"{path}.{key}")]
    if isinstance(value, list):
        return [p for index, item in enumerate(value) for p in _nulls(item, f"{path}[{index}]")]
    return []


def _validate(schema: dict[str, Any], body: dict[str, Any]) -> None:
    jsonschema.Draft7Validator.check_schema(schema)
    jsonschema.Draft7Validator(schema).validate(body)


def test_full_body_validates_and_has_every_value(lead_schema: dict[str, Any]) -> None:
    body = _wire()
    _validate(lead_schema, body)
    lead = body["lead"]
    assert set(body) == {"lead"}
    assert lead["agentId"] == AGENT
    assert (lead["name"], lead["email"], lead["phone"]) == ("Jane Roe", "jane.roe@example.com", "+14155550100")
    assert lead["metaData"] == {"company": "Acme Inc", "notes": "Wants a demo", "source": "chat"}
    assert lead["lastActivityDate"] == "2026-11-25T10:15:30Z"
    [activity] = lead["crmActivities"]
    assert activity["id"] == ACTIVITY_ID
    assert activity["title"] == "Lead captured in Slack via /newlead"
    assert activity["date"] == "2026-11-25T10:15:30Z"
    assert activity["completed"] is True
    assert activity["responded"] is True
    assert activity["note"] == "Captured by Jamie Doe in #sales in the Acme Sales workspace via the /newlead form."
    assert activity["metadata"] == {"surface": "modal", "slackTeamId": "T1", "slackChannelId": "C1",
                                    "slackUserId": "U123", "slackThreadTs": "1700000000.000100"}


def test_notes_history_carries_agent_and_utc_timestamps() -> None:
    history = _wire()["lead"]["crmActivities"][0]["notesHistory"]
    assert history == [
        {"text": "Jane wants a demo next week", "agentId": AGENT, "agentName": "Jamie Doe",
         "timestamp": "2026-11-25T10:14:02Z"},
        {"text": "She runs logistics", "agentId": AGENT, "agentName": "Jamie Doe",
         "timestamp": "2026-11-25T10:14:09Z"},  # 05:14:09 at UTC-5; the blank note in between is skipped
    ]


def test_optional_fields_are_left_out_not_null(lead_schema: dict[str, Any]) -> None:
    context = CaptureContext(surface=Surface.SHELL, user_id="local", user_name="Jamie Doe")
    body = _wire(Contact(name="Jane Roe"), context)
    _validate(lead_schema, body)
    assert _nulls(body) == []
    lead = body["lead"]
    assert set(lead) == {"agentId", "name", "metaData", "lastActivityDate", "crmActivities"}
    assert lead["metaData"] == {"source": "chat"}
    activity = lead["crmActivities"][0]
    assert activity["metadata"] == {"surface": "shell", "capturedBy": "local"}
    assert activity["notesHistory"] == []
    assert activity["note"] == "Captured by Jamie Doe outside Slack via the LeadBot terminal."
    assert not {"dueDate", "firstEngaged", "secondEngaged"} & set(activity)
    assert "null" not in build_lead(Contact(name="Jane Roe"), context, agent_id=AGENT, activity_id=ACTIVITY_ID,
                                    now=NOW).to_json()


def test_to_json_is_the_wire_dict() -> None:
    request = build_lead(FULL, CONTEXT, agent_id=AGENT, activity_id=ACTIVITY_ID, now=NOW)
    assert json.loads(request.to_json()) == request.to_wire()


def test_activity_id_is_the_given_stable_id() -> None:
    first = _wire(now=NOW)
    retried = _wire(now=NOW + timedelta(hours=3))
    assert first["lead"]["crmActivities"][0]["id"] == ACTIVITY_ID
    assert retried["lead"]["crmActivities"][0]["id"] == ACTIVITY_ID
    assert retried["lead"]["lastActivityDate"] == "2026-11-25T13:15:30Z"
    other = _wire(activity_id="11111111-2222-3333-4444-555555555555")
    assert other["lead"]["crmActivities"][0]["id"] == "11111111-2222-3333-4444-555555555555"


def test_explicit_note_replaces_the_default() -> None:
    assert _wire(note="Imported by hand")["lead"]["crmActivities"][0]["note"] == "Imported by hand"


@pytest.mark.parametrize(("surface", "title", "how"), [
    (Surface.MODAL, "Lead captured in Slack via /newlead", "the /newlead form"),
    (Surface.CHAT, "Lead captured in a Slack chat with LeadBot", "a chat with LeadBot"),
    (Surface.SHELL, "Lead captured in the LeadBot terminal", "the LeadBot terminal"),
])
def test_every_surface_has_title_and_note(surface: Surface, title: str, how: str) -> None:
    context = CaptureContext(surface=surface, user_id="U1", user_name="Jamie")
    activity = _wire(context=context)["lead"]["crmActivities"][0]
    assert activity["title"] == title
    assert activity["note"] == f"Captured by Jamie outside Slack via {how}."
    assert activity["metadata"]["surface"] == surface.value
    assert _wire(context=context)["lead"]["metaData"]["source"] == "chat"  # whatever the surface


@pytest.mark.parametrize(("kwargs", "where"), [
    ({"channel_id": "D42", "channel_name": "directmessage"}, "in a direct message"),
    ({"channel_id": "G42", "channel_name": "privategroup", "team_id": "T9"}, "in channel G42 in the T9 workspace"),
    ({"channel_id": "C42", "channel_name": "sales", "team_name": "Acme"}, "in #sales in the Acme workspace"),
    ({"team_id": "T9"}, "in the T9 workspace"),
    ({}, "outside Slack"),
])
def test_where(kwargs: dict[str, Any], where: str) -> None:
    context = CaptureContext(surface=Surface.CHAT, user_id="U1", user_name="Jamie", **kwargs)
    assert context.where() == where
    assert activity_note(context) == f"Captured by Jamie {where} via a chat with LeadBot."


def test_naive_time_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        build_lead(FULL, CONTEXT, agent_id=AGENT, activity_id=ACTIVITY_ID, now=datetime(2026, 1, 1))


# --- hypothesis: any valid contact gives a schema-valid body -------------------------------------

_PHONES = [
    phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    for number in map(phonenumbers.example_number, sorted(phonenumbers.SUPPORTED_REGIONS))
    if number is not None
]
_TEXT = st.text(st.characters(codec="utf-8"), max_size=40)  # JSON-encodable: no lone surrogates
_ZONES = st.builds(timezone, st.timedeltas(min_value=timedelta(hours=-14), max_value=timedelta(hours=14)))
_MOMENTS = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2200, 1, 1), timezones=_ZONES)


@st.composite
def contacts(draw: st.DrawFn) -> Contact:
    fields = {
        "name": draw(st.one_of(st.none(), _TEXT)),
        "email": draw(st.one_of(st.none(), st.emails())),
        "phone": draw(st.one_of(st.none(), st.sampled_from(_PHONES))),
        "company": draw(st.one_of(st.none(), _TEXT)),
        "notes": draw(st.one_of(st.none(), st.text(max_size=200))),
    }
    contact, errors = build_contact(region="US", **fields)
    assume(contact is not None)
    assert contact is not None and errors == {}
    return contact


contexts = st.builds(
    CaptureContext,
    surface=st.sampled_from(list(Surface)),
    user_id=st.text(min_size=1, max_size=12),
    user_name=_TEXT,
    team_id=st.one_of(st.none(), st.text(max_size=12)),
    team_name=st.one_of(st.none(), _TEXT),
    channel_id=st.one_of(st.none(), st.text(max_size=12)),
    channel_name=st.one_of(st.none(), _TEXT),
    thread_ts=st.one_of(st.none(), st.just("1700000000.000100")),
    typed=st.lists(st.builds(TypedNote, text=st.text(max_size=60), at=_MOMENTS), max_size=4).map(tuple),
)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(contacts(), contexts, _MOMENTS, st.text(min_size=1, max_size=20), st.uuids().map(str))
def test_any_contact_gives_a_schema_valid_body(
    lead_schema: dict[str, Any], contact: Contact, context: CaptureContext, now: datetime, agent_id: str,
    activity_id: str,
) -> None:
    body = _wire(contact, context, now=now, agent_id=agent_id, activity_id=activity_id)
    jsonschema.Draft7Validator(lead_schema).validate(body)
    assert _nulls(body) == []
    lead = body["lead"]
    assert lead["agentId"] == agent_id
    assert lead["metaData"]["source"] == "chat"
    for field in ("name", "email", "phone"):
        assert lead.get(field) == getattr(contact, field)
    assert lead["metaData"].get("company") == contact.company
    assert lead["metaData"].get("notes") == contact.notes
    assert lead["lastActivityDate"] == now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    [activity] = lead["crmActivities"]
    assert activity["id"] == activity_id
    assert activity["date"] == lead["lastActivityDate"]
    kept = [typed for typed in context.typed if typed.text.strip()]
    assert [entry["text"] for entry in activity["notesHistory"]] == [typed.text for typed in kept]
    for entry, typed in zip(activity["notesHistory"], kept, strict=True):
        assert entry["agentId"] == agent_id
        assert entry["agentName"] == context.user_name
        assert ISO_Z.match(entry["timestamp"])
        stamp = datetime.strptime(entry["timestamp"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        assert stamp == typed.at.astimezone(UTC).replace(microsecond=0)
    assert json.loads(json.dumps(body)) == body


def test_a_form_from_a_message_is_a_shortcut_lead_that_links_the_message(lead_schema: dict[str, Any]) -> None:
    message = SourceMessage(ts="1700000000.000200", author_id="U0JANE001", author_name="Jane Roe",
                            permalink="https://acme.slack.com/archives/C1/p1700000000000200")
    origin = FormOrigin(team_id="T1", channel_id="C1", channel_name="sales", typed="Jane here: <call me>",
                        typed_at=datetime(2026, 11, 25, 9, 0, tzinfo=UTC), message=message)
    context = form_context(origin, user_id="U123", user_name="Jamie Doe", notes="Wants a demo", now=NOW)
    assert context.surface is Surface.SHORTCUT
    assert [note.text for note in context.typed] == ["Jane here: <call me>", "Wants a demo"]  # no /newlead prefix
    wire = _wire(context=context)
    jsonschema.validate(wire, lead_schema)
    activity = wire["lead"]["crmActivities"][0]
    assert activity["metadata"]["slackMessagePermalink"] == message.permalink
    assert activity["metadata"]["slackMessageAuthorId"] == "U0JANE001"
    assert activity["note"] == ("Captured by Jamie Doe in #sales in the T1 workspace via the \u201cCreate lead from "
                                f"message\u201d shortcut, from a message by Jane Roe: {message.permalink}.")
    assert how_captured(Surface.SHORTCUT) == "the \u201cCreate lead from message\u201d shortcut"


def test_a_group_dm_is_named_as_one() -> None:
    context = CaptureContext(surface=Surface.SHORTCUT, user_id="U1", user_name="Jamie",
                             channel_id="G0MPDM001", channel_name="mpdm-jamie--jane--sam-1")
    assert context.where() == "in a group direct message"
